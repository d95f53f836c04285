"""The .briefpack file: writing, importing elsewhere, and refusing bad files cleanly."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.core import packs
from app.core.errors import BriefpackError, NotFoundError
from app.core.packs import PackExistsError
from app.core.packs.portable import MAX_FILE_BYTES, PackFileError, parse_pack_bytes
from app.core.packs.schema import SCHEMA, schema_json
from app.core.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SOURCE_TEXT = "Alpha: train border guards to identify victims. Beta: share data across borders."


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _user_source(ws: Workspace, alpha: str = "Alpha: train border guards to identify victims.") -> None:
    ws.edits.add_source(
        {
            "id": "desk-notes",
            "title": "Desk notes",
            "issuer": "Regional Office (RO)",
            "date": "2024-05-01",
            "text": SOURCE_TEXT,
        },
        [
            {"id": "desk-alpha", "text": alpha, "themes": ["migration"], "audiences": ["justice"]},
            {
                "id": "desk-beta",
                "text": "Beta: share data across borders.",
                "themes": ["evidence"],
                "audiences": ["states"],
            },
        ],
    )


@pytest.fixture
def sample(workspace, outbox) -> tuple[packs.Pack, Path]:
    """A pack with bundled and user items, notes, pins and an exclusion, written to a file."""
    _user_source(workspace)
    bundled = [i for i in workspace.library.items if not i.startswith("desk-")][:4]
    pack = workspace.packs.new(
        "Migration and law enforcement",
        meeting="Regional meeting",
        author="Desk",
        key_messages=["Identify early.", "Share data."],
    )
    pack = packs.add_items(pack, [*bundled, "desk-alpha", "desk-beta"], pinned=False)
    pack = packs.set_note(pack, bundled[1], "Lead with this")
    pack = packs.set_pinned(pack, ["desk-alpha"])
    pack = packs.set_excluded(pack, [bundled[3]])
    pack = packs.move_items(pack, ["desk-alpha"], 0)
    pack = workspace.packs.save(pack)
    path = workspace.packs.export_file(pack.id, outbox / "regional")
    return pack, path


@pytest.fixture
def outbox(tmp_path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


@pytest.fixture
def other_home(tmp_path) -> Path:
    home = tmp_path / "colleague-home"
    home.mkdir()
    return home


def test_docs_schema_file_is_the_schema_the_code_validates_with():
    assert (ROOT / "docs" / "briefpack.schema.json").read_text("utf-8") == schema_json()
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(SCHEMA)


def test_docs_describe_every_field():
    doc = (ROOT / "docs" / "PACK_FORMAT.md").read_text("utf-8")
    names = set(SCHEMA["properties"])
    for definition in SCHEMA["$defs"].values():
        names |= set(definition.get("properties", {}))
    missing = [n for n in sorted(names) if f"`{n}`" not in doc]
    assert missing == []


def test_export_writes_valid_json_with_every_snapshot(outbox, sample):
    pack, path = sample
    assert path.name == "regional.briefpack"
    data = json.loads(path.read_text("utf-8"))
    from jsonschema import Draft202012Validator

    assert list(Draft202012Validator(SCHEMA).iter_errors(data)) == []
    assert data["format"] == "briefpack" and data["schema_version"] == 1
    embedded = {i["id"] for i in data["pack"]["items"]}
    assert embedded == set(pack.item_ids)
    assert {s["id"] for s in data["pack"]["sources"]} >= {"desk-notes"}
    assert all("text" not in s for s in data["pack"]["sources"])


def test_import_into_a_fresh_home_without_the_items(sample, other_home):
    pack, path = sample
    colleague = Workspace(other_home)
    imported = colleague.packs.import_file(path)
    got = imported.pack
    assert got.id != pack.id
    assert got.title == pack.title and got.key_messages == pack.key_messages
    assert got.item_ids == pack.item_ids
    assert [e.note for e in got.entries] == [e.note for e in pack.entries]
    assert [(e.pinned, e.excluded) for e in got.entries] == [(e.pinned, e.excluded) for e in pack.entries]
    assert set(imported.embedded) == {"desk-alpha", "desk-beta"}
    assert imported.conflicts == ()
    resolved = {r.item_id: r for r in colleague.packs.resolve_entries(got)}
    assert resolved["desk-alpha"].status == "embedded"
    assert resolved["desk-alpha"].item.text == "Alpha: train border guards to identify victims."
    assert resolved["desk-alpha"].source.title == "Desk notes"
    assert colleague.packs.get(got.id) == got
    assert colleague.packs.history(got.id)[0].summary == "imported from regional.briefpack"
    colleague.close()


def test_imported_item_with_other_text_keeps_both_and_is_flagged(sample, other_home):
    _, path = sample
    colleague = Workspace(other_home)
    _user_source(colleague, alpha="Alpha: train border guards")  # same id, shorter text
    imported = colleague.packs.import_file(path)
    assert len(imported.conflicts) == 1
    new_id, library_id = imported.conflicts[0]
    assert library_id == "desk-alpha" and new_id.startswith("desk-alpha.imported-")
    entry = imported.pack.entry(new_id)
    assert entry.conflict_with == "desk-alpha" and entry.embedded and entry.pinned
    assert imported.pack.snapshot(new_id).text == "Alpha: train border guards to identify victims."
    assert colleague.item("desk-alpha").text == "Alpha: train border guards"  # the library's is untouched
    assert "desk-beta" not in imported.embedded  # same text: the library's
    # the user settles it in favour of the library's version
    settled = colleague.packs.save(packs.replace_item(imported.pack, new_id, "desk-alpha"))
    assert settled.entry("desk-alpha").conflict_with == "" and settled.index_of("desk-alpha") == 0
    colleague.close()


def test_import_refuses_missing_file(workspace, tmp_path):
    with pytest.raises(NotFoundError):
        workspace.packs.import_file(tmp_path / "nope.briefpack")
    with pytest.raises(PackFileError, match="not a file"):
        workspace.packs.import_file(tmp_path)


# -- bad files ---------------------------------------------------------------------------
def _nested(depth: int) -> list:
    value: list = ["x"]
    for _ in range(depth):
        value = [value]
    return value


def _mutations(data: dict) -> dict[str, object]:
    def changed(fn):
        d = copy.deepcopy(data)
        fn(d)
        return d

    p = "pack"
    return {
        "wrong type: title": changed(lambda d: d[p].__setitem__("title", 5)),
        "wrong type: entries": changed(lambda d: d[p].__setitem__("entries", {"a": 1})),
        "wrong type: pinned": changed(lambda d: d[p]["entries"][0].__setitem__("pinned", "yes")),
        "wrong type: span": changed(lambda d: d[p]["items"][0].__setitem__("span", ["0", 1])),
        "missing title": changed(lambda d: d[p].pop("title")),
        "unknown field": changed(lambda d: d[p].__setitem__("script", "rm -rf /")),
        "newer version": changed(lambda d: d.__setitem__("schema_version", 2)),
        "version as text": changed(lambda d: d.__setitem__("schema_version", "1")),
        "not a pack": changed(lambda d: d.__setitem__("format", "docx")),
        "path as item id": changed(lambda d: d[p]["entries"][0].__setitem__("item_id", "../../etc/passwd")),
        "absolute path id": changed(lambda d: d[p]["items"][0].__setitem__("id", "/etc/passwd")),
        "windows path id": changed(lambda d: d[p]["sources"][0].__setitem__("id", "..\\..\\x")),
        "path as pack id": changed(lambda d: d[p].__setitem__("id", "../../../tmp/x")),
        "path as template": changed(lambda d: d[p].__setitem__("template", "../../templates/x")),
        "path as conflict": changed(lambda d: d[p]["entries"][0].__setitem__("conflict_with", "a/../b")),
        "entry twice": changed(lambda d: d[p]["entries"].append(dict(d[p]["entries"][0]))),
        "entry without snapshot": changed(lambda d: d[p]["items"].pop(0)),
        "item without source": changed(lambda d: d[p]["sources"].clear()),
        "span backwards": changed(lambda d: d[p]["items"][0].__setitem__("span", [9, 2])),
        "nested in a field": changed(lambda d: d[p]["rules"].__setitem__("text", _nested(14))),
        "empty title": changed(lambda d: d[p].__setitem__("title", "")),
        "too many key messages": changed(lambda d: d[p].__setitem__("key_messages", ["m"] * 51)),
    }


def test_bad_files_are_refused_cleanly_and_the_store_is_unchanged(workspace, sample, tmp_path):
    _, path = sample
    data = json.loads(path.read_text("utf-8"))
    text = path.read_text("utf-8")
    cases: dict[str, bytes] = {name: json.dumps(value).encode() for name, value in _mutations(data).items()}
    cases |= {
        "truncated": text[: len(text) // 2].encode(),
        "truncated in a string": text[: text.index("Lead with this") + 4].encode(),
        "cut to nothing": b"",
        "whitespace": b"  \n ",
        "not json": b"PK\x03\x04 this is a zip file",
        "binary": bytes(range(256)),
        "html": b"<html><body>pack</body></html>",
        "json list": b"[1, 2, 3]",
        "json string": b'"briefpack"',
        "deeply nested": b"[" * 200_000 + b"]" * 200_000,
        "deeply nested objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "duplicate keys": text.replace(
            '"format": "briefpack"', '"format": "briefpack", "format": "briefpack"', 1
        ).encode(),
        "NaN": text.replace('"schema_version": 1', '"schema_version": NaN', 1).encode(),
        "huge number": text.replace('"schema_version": 1', '"schema_version": ' + "9" * 5000, 1).encode(),
    }
    before = _tree(workspace.home)
    for name, raw in cases.items():
        bad = tmp_path / "inbox" / f"{name.replace(' ', '-').replace(':', '')}.briefpack"
        bad.parent.mkdir(exist_ok=True)
        bad.write_bytes(raw)
        with pytest.raises(PackFileError) as caught:
            workspace.packs.import_file(bad)
        message = caught.value.user_message
        assert bad.name in message, (name, message)
        assert len(message) < 400, (name, message)
        assert _tree(workspace.home) == before, name
    assert len(workspace.packs.summaries()) == 1


def test_specific_messages(tmp_path):
    data = {"format": "briefpack", "schema_version": 3, "pack": {}}
    with pytest.raises(PackFileError, match="newer Briefpack"):
        parse_pack_bytes(json.dumps(data).encode(), "x.briefpack")
    with pytest.raises(PackFileError, match="incomplete"):
        parse_pack_bytes(b'{"format": "briefpack", "pack": {"title": "abc', "x.briefpack")
    with pytest.raises(PackFileError, match="nested"):
        parse_pack_bytes(b"[" * 100_000, "x.briefpack")
    with pytest.raises(PackFileError, match="not valid JSON"):
        parse_pack_bytes(b"{'single': 'quotes'}", "x.briefpack")
    with pytest.raises(PackFileError, match=r"file\.pack\.entries\[0\]\.pinned"):
        parse_pack_bytes(
            json.dumps(
                {
                    "format": "briefpack",
                    "schema_version": 1,
                    "pack": {
                        "id": "abc",
                        "title": "t",
                        "entries": [{"item_id": "a", "pinned": 3}],
                        "items": [],
                        "sources": [],
                    },
                }
            ).encode(),
            "x.briefpack",
        )


def test_huge_file_is_refused_before_it_is_read(workspace, tmp_path):
    huge = tmp_path / "huge.briefpack"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    before = _tree(workspace.home)
    with pytest.raises(PackFileError, match="too large"):
        workspace.packs.import_file(huge)
    assert _tree(workspace.home) == before
    with pytest.raises(PackFileError, match="too large"):
        parse_pack_bytes(b" " * (MAX_FILE_BYTES + 1))


def test_import_writes_nothing_outside_the_data_folder(sample, tmp_path, other_home):
    _, path = sample
    outside_before = {p for p in tmp_path.rglob("*") if other_home not in p.parents and p != other_home}
    source_bytes = path.read_bytes()
    colleague = Workspace(other_home)
    colleague.packs.import_file(path)
    colleague.close()
    outside_after = {p for p in tmp_path.rglob("*") if other_home not in p.parents and p != other_home}
    assert outside_after == outside_before
    assert path.read_bytes() == source_bytes


# -- generated cases -------------------------------------------------------------------------
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            yield from _paths(child, (*prefix, n))


def _set(data, path, value):
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def _import_or_refuse(ws: Workspace, raw: bytes, folder: Path) -> None:
    file = folder / "generated.briefpack"
    file.write_bytes(raw)
    count = len(ws.packs.summaries())
    before = _tree(ws.store.root)
    try:
        imported = ws.packs.import_file(file)
    except (PackFileError, PackExistsError):  # damaged, or (undamaged) the pack the store holds
        event("refused")
        assert _tree(ws.store.root) == before
        assert len(ws.packs.summaries()) == count
    else:
        event("imported")
        assert ws.packs.get(imported.pack.id) == imported.pack
        ws.packs.delete(imported.pack.id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=_json)
def test_generated_json_values_are_refused(workspace, tmp_path, value):
    _import_or_refuse(workspace, json.dumps(value).encode(), tmp_path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
def test_generated_bytes_are_refused(workspace, tmp_path, raw):
    _import_or_refuse(workspace, raw, tmp_path)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_damage_to_a_valid_file_is_refused_or_imported_whole(workspace, sample, tmp_path, data):
    _, path = sample
    original = json.loads(path.read_text("utf-8"))
    damaged = copy.deepcopy(original)
    choice = data.draw(st.sampled_from(["replace", "delete", "truncate"]))
    if choice == "truncate":
        raw = path.read_bytes()
        raw = raw[: data.draw(st.integers(0, len(raw) - 2))]
    else:
        paths = [p for p in _paths(damaged) if p]
        target = data.draw(st.sampled_from(paths))
        if choice == "replace":
            _set(damaged, target, data.draw(_json))
        else:
            parent = damaged
            for part in target[:-1]:
                parent = parent[part]
            del parent[target[-1]]
        raw = json.dumps(damaged).encode()
    _import_or_refuse(workspace, raw, tmp_path)


def test_builtin_refusal_is_a_briefpack_error():
    assert issubclass(PackFileError, BriefpackError)


def test_export_refuses_a_pack_with_an_item_found_nowhere(workspace, outbox):
    from dataclasses import replace

    pack = workspace.packs.new("P")
    ghost = replace(pack, entries=(packs.PackEntry("ghost-item"),))
    workspace._packs.store.save(ghost)  # bypasses the snapshot sync: the item exists nowhere
    with pytest.raises(BriefpackError, match="neither the library nor the pack: ghost-item"):
        workspace.packs.export_file(pack.id, outbox / "ghost")
    assert list(outbox.iterdir()) == []
    excluded = workspace.packs.save(packs.set_excluded(workspace.packs.get(pack.id), ["ghost-item"]))
    assert workspace.packs.export_file(excluded.id, outbox / "ghost").exists()


_ID_SLOTS = (
    ("pack", "id"),
    ("pack", "entries", 0, "item_id"),
    ("pack", "entries", 0, "conflict_with"),
    ("pack", "items", 0, "id"),
    ("pack", "items", 0, "source_id"),
    ("pack", "sources", 0, "id"),
    ("pack", "template"),
    ("pack", "branding"),
)
_path_like = st.one_of(
    st.builds(lambda a, b: f"{a}/{b}", st.text(max_size=8), st.text(max_size=8)),
    st.builds(lambda a, b: f"{a}\\{b}", st.text(max_size=8), st.text(max_size=8)),
    st.builds(lambda a: f"../{a}", st.text(max_size=8)),
    st.builds(lambda a: f".{a}", st.text(max_size=8)),
    st.builds(lambda a: f"C:{a}", st.text(max_size=8)),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slot=st.sampled_from(_ID_SLOTS), bad=_path_like)
def test_generated_path_like_ids_are_refused(sample, slot, bad):
    _, path = sample
    data = json.loads(path.read_text("utf-8"))
    _set(data, slot, bad)
    with pytest.raises(PackFileError):
        parse_pack_bytes(json.dumps(data).encode(), "x.briefpack")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(version=st.integers(min_value=2, max_value=10**9), where=st.sampled_from(["file", "pack"]))
def test_generated_newer_versions_are_refused(sample, version, where):
    _, path = sample
    data = json.loads(path.read_text("utf-8"))
    (data if where == "file" else data["pack"])["schema_version"] = version
    with pytest.raises(PackFileError, match="newer Briefpack"):
        parse_pack_bytes(json.dumps(data).encode(), "x.briefpack")


@settings(max_examples=40, deadline=None)
@given(depth=st.integers(min_value=13, max_value=3000), opener=st.sampled_from(["[", '{"k":']))
def test_generated_deep_nesting_is_refused(depth, opener):
    closer = "]" if opener == "[" else "}"
    raw = (
        '{"format": "briefpack", "schema_version": 1, "pack": ' + opener * depth + "0" + closer * depth + "}"
    ).encode()
    with pytest.raises(PackFileError, match="nested"):
        parse_pack_bytes(raw, "x.briefpack")
