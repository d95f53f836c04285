"""`briefpack library ...` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main


def test_check_prints_counts_and_passes(capsys):
    assert main(["library", "check"]) == 0
    out = capsys.readouterr().out
    assert "items in 5 sources" in out and "by theme:" in out and "library OK" in out


def test_check_fails_with_one_line_per_problem(tmp_path, capsys, briefpack_home):
    from app.core.workspace import Workspace

    ws = Workspace(briefpack_home)
    ws.store.save_user_source(
        {"id": "broken", "title": "Broken", "issuer": "X", "date": "2020", "text": "Some text."},
        [
            {
                "id": "broken-1",
                "source_id": "broken",
                "kind": "wish",
                "text": "Other text.",
                "span": [0, 11],
                "themes": ["nope"],
                "audiences": ["states"],
                "locator": "",
            }
        ],
    )
    ws.close()
    assert main(["library", "check"]) == 1
    err = capsys.readouterr().err
    assert "item broken-1: unknown kind 'wish'" in err
    assert "item broken-1: unknown theme 'nope'" in err
    assert "item broken-1: no locator" in err
    assert "not found verbatim" in err


def test_export_json_has_the_documented_fields(tmp_path, capsys):
    out_file = tmp_path / "lib.json"
    assert main(["library", "export", "--format", "json", "-o", str(out_file)]) == 0
    data = json.loads(out_file.read_text("utf-8"))
    assert data["schema_version"] == 1
    assert {"id", "title", "short_title", "issuer", "type", "date"} <= set(data["sources"][0])
    assert set(data["items"][0]) == {
        "id",
        "source_id",
        "kind",
        "section",
        "locator",
        "text",
        "lead_in",
        "themes",
        "audiences",
    }
    assert len(data["items"]) >= 150


def test_export_csv(capsys):
    assert main(["library", "export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) >= 150
    child = next(r for r in rows if r["id"] == "child23-action5")
    assert "children" in child["themes"].split(";")


def test_show_prints_item_citation_and_passage(capsys):
    assert main(["library", "show", "child23-action5"]) == 0
    out = capsys.readouterr().out
    assert "Citation: ICAT, Call for Accelerated Action by 2025" in out
    assert "action 5." in out
    assert ">>> " in out and " <<<" in out


def test_show_unknown_id_is_a_clear_error(capsys):
    assert main(["library", "show", "no-such-item"]) == 3
    assert "No item with id 'no-such-item'" in capsys.readouterr().err


def test_the_collector_is_paused_until_the_library_is_loaded(monkeypatch, capsys):
    """The command line's policy (app/gc_policy.py): no cyclic collection from its first line until
    the library is loaded, then the loaded records are frozen out of the collector's sight and it
    runs again; the process goes on with it running."""
    import gc

    from app.core.workspace import Workspace

    seen = []
    original = Workspace.library.fget

    def library(self):
        seen.append(("loading", gc.isenabled()))
        value = original(self)
        seen.append(("loaded", gc.isenabled(), gc.get_freeze_count()))
        return value

    monkeypatch.setattr(Workspace, "library", property(library))
    gc.unfreeze()
    assert main(["library", "check"]) == 0
    assert seen[0] == ("loading", False)
    assert seen[-1][:2] == ("loaded", True) and seen[-1][2] > 0
    assert gc.isenabled()
    with pytest.raises(SystemExit):  # a usage error leaves before any command runs
        main(["--bogus"])
    assert gc.isenabled()
    capsys.readouterr()
