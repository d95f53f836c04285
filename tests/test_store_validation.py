"""Records of the wrong shape in every store file: set aside with a reason, the rest loads,
the user is told, never a traceback (hypothesis makes the wrong shapes)."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.core.branding import Branding
from app.core.packs import add_items, set_note
from app.core.search import Query
from app.core.workspace import Workspace

# Values of any JSON shape: what a hand edit, another program or a bad disk leaves in a record.
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _build(home: Path) -> dict[str, list[str]]:
    """A data folder with two records in every table a user fills; returns ids by file."""
    ws = Workspace(home)
    items = [i.id for i in list(ws.library)[:6]]
    packs = []
    for n in range(2):
        pack = ws.packs.save(add_items(ws.packs.new(f"Pack {n}"), items[n * 3 : n * 3 + 3]))
        pack = ws.packs.save(set_note(pack, pack.entries[0].item_id, f"note {n}"))
        packs.append(pack.id)
    ws.edits.edit_item(items[0], note="first edit")
    ws.edits.edit_item(items[1], themes=["children"])
    ws.save_search("children", {"text": "child"})
    ws.save_search("migrants", {"text": "migrant"})
    ws.exports.save_branding(Branding(id="ngo", name="An NGO", accent="#112233"))
    ws.exports.save_branding(Branding(id="ministry", name="Ministry"))
    text = "Governments should protect victims. States should train judges."
    ws.edits.add_source(
        {"id": "mine", "title": "My notes", "text": text},
        [{"text": "Governments should protect victims."}, {"text": "States should train judges."}],
    )
    ws.close()
    return {"packs.json": packs, "pack-history": packs}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("template-home")
    _build(home)
    return home


FILES = ["packs.json", "library.json", "export.json", "sources/mine.json", "pack-history"]


def _store_file(home: Path, name: str) -> Path:
    if name == "pack-history":
        return sorted((home / "store").glob("pack-history-*.json"))[0]
    return home / "store" / name


def _use_everything(home: Path) -> Workspace:
    """What a user does after start-up: every store file is read."""
    ws = Workspace(home)
    assert len(ws.library) > 100
    ws.search(Query(text="children"))
    for summary in ws.packs.summaries():
        ws.packs.get(summary.id)
        ws.packs.history(summary.id)
    ws.exports.brandings()
    ws.saved_searches()
    ws.preferences()
    return ws


def _damage(path: Path, mutate) -> None:
    data = json.loads(path.read_text("utf-8"))
    mutate(data)
    path.write_text(json.dumps(data), "utf-8")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(FILES),
    how=st.sampled_from(["record", "field", "no-id", "meta"]),
    value=junk,
    pick=st.integers(min_value=0, max_value=50),
)
def test_wrong_shapes_in_any_store_file_are_set_aside_and_the_rest_loads(template, name, how, value, pick):
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        shutil.copytree(template, home)
        path = _store_file(home, name)

        def mutate(data: dict) -> None:
            if how == "meta":
                if not isinstance(value, int) or isinstance(value, bool):
                    data["_meta"]["1"]["schema_version"] = value
                return
            tables = sorted(t for t in data if t != "_meta")
            table = data[tables[pick % len(tables)]]
            key = sorted(table)[pick % len(table)]
            if how == "record":
                table[key] = value
            elif how == "no-id":
                table[key].pop("id", None)
            else:
                fields = sorted(table[key])
                table[key][fields[pick % len(fields)]] = value

        before = json.loads(path.read_text("utf-8"))
        _damage(path, mutate)
        ws = _use_everything(home)  # never raises
        after = json.loads(path.read_text("utf-8"))
        if after != json.loads(json.dumps(before)) and ws.recovery_messages:
            label = path.relative_to(home / "store").as_posix()
            assert any(label in m for m in ws.recovery_messages), ws.recovery_messages
        ws.close()
        # the command line, on the repaired folder, starts without complaint
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            assert main(["--home", str(home), "pack", "list"]) == 0
        assert "unexpected error" not in err.getvalue()


def test_a_pack_that_is_a_number_is_set_aside_named_and_the_other_loads(template, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(template, home)
    path = home / "store" / "packs.json"
    _damage(path, lambda data: data["packs"].update({"1": 42}))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["--home", str(home), "pack", "list"]) == 0
    assert "Pack 1" in out.getvalue()
    assert "briefpack: repaired: 1 record of packs.json could not be used" in err.getvalue()
    assert "not an object" in err.getvalue()
    aside = list((home / "store" / "quarantine").glob("packs-*.json"))
    assert len(aside) == 1
    kept = json.loads(aside[0].read_text("utf-8"))
    assert kept["file"] == "packs.json" and kept["records"][0]["record"] == 42
    # the last good copy of that pack was in packs.json.bak: it is back
    assert "restored" in err.getvalue()
    ws = Workspace(home)
    assert {s.title for s in ws.packs.summaries()} == {"Pack 0", "Pack 1"}
    assert ws.recovery_messages == []  # repaired once, on disk: the next start is clean
    ws.close()


def test_a_branding_with_an_unknown_field_no_longer_stops_export_settings(template, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(template, home)
    path = home / "store" / "export.json"
    _damage(path, lambda data: next(iter(data["brandings"].values())).update({"title": "x"}))
    ws = Workspace(home)
    ids = [b.id for b in ws.exports.brandings()]
    assert ids == ["default", "ngo", "ministry"]  # the damaged one is back from its last good copy
    assert any("unknown field title" in m and "was restored" in m for m in ws.recovery_messages)
    assert list((home / "store" / "quarantine").glob("export-*.json"))
    ws.close()


def test_a_schema_version_that_is_not_a_number_is_reset(template, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(template, home)
    path = home / "store" / "library.json"
    _damage(path, lambda data: data["_meta"]["1"].update({"schema_version": "abc"}))
    ws = Workspace(home)
    assert ws.library.item(next(iter(ws.library.items))).id
    assert any("schema_version 'abc'" in m for m in ws.recovery_messages)
    assert ws.saved_searches()[0].name == "children"
    ws.close()
    assert json.loads(path.read_text("utf-8"))["_meta"]["1"]["schema_version"] == 1


def test_two_repairs_in_one_second_keep_both_damaged_copies(template, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(template, home)
    path = home / "store" / "packs.json"
    for n in range(2):
        path.write_bytes(b'{"packs": {"1": ' + str(n).encode())
        Workspace(home).packs.summaries()
    copies = sorted(p.name for p in path.parent.glob("packs.json.corrupt-*"))
    assert len(copies) == 2, copies
    assert {p.read_bytes() for p in path.parent.glob("packs.json.corrupt-*")} == {
        b'{"packs": {"1": 0',
        b'{"packs": {"1": 1',
    }
