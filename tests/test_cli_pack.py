"""`briefpack pack ...` from the command line."""

from __future__ import annotations

import json

import pytest

from app.cli import EXIT_ERROR, main


@pytest.fixture
def item_ids(workspace) -> list[str]:
    return list(workspace.library.items)[:5]


def _new(capsys, *extra: str) -> dict:
    assert main(["pack", "new", "--title", "Regional meeting", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_new_empty_then_edit_entries(capsys, item_ids):
    pack = _new(capsys, "--empty", "--meeting", "Bali Process", "--key-message", "Identify early.")
    assert pack["id"] and pack["entries"] == [] and pack["meeting"] == "Bali Process"
    assert pack["key_messages"] == ["Identify early."]
    ref = pack["id"][:8]
    assert main(["pack", "add", ref, *item_ids[:3]]) == 0
    assert main(["pack", "add", ref, item_ids[3], "--at", "1", "--no-pin", "--note", "first"]) == 0
    assert main(["pack", "move", ref, item_ids[0], "--after", item_ids[2]]) == 0
    assert main(["pack", "note", ref, item_ids[1], "Say this"]) == 0
    assert main(["pack", "exclude", ref, item_ids[2]]) == 0
    assert main(["pack", "pin", ref, item_ids[3]]) == 0
    assert main(["pack", "remove", ref, item_ids[1]]) == 0
    capsys.readouterr()
    assert main(["pack", "show", ref, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    entries = [(e["item_id"], e["note"], e["pinned"], e["excluded"]) for e in shown["entries"]]
    assert entries == [
        (item_ids[3], "first", True, False),
        (item_ids[2], "", False, True),
        (item_ids[0], "", True, False),
    ]
    assert all(r["citation"] and r["status"] == "library" for r in shown["resolved"])


def test_show_text(capsys, item_ids):
    ref = _new(capsys, "--empty")["id"]
    main(["pack", "add", ref, *item_ids[:2]])
    main(["pack", "note", ref, item_ids[0], "Lead with this"])
    main(["pack", "exclude", ref, item_ids[1]])
    capsys.readouterr()
    assert main(["pack", "show", ref]) == 0
    out = capsys.readouterr().out
    assert "Regional meeting" in out and ref in out
    assert "note: Lead with this" in out
    assert "1 built, 1 excluded" in out


def test_edit_details_and_history_restore(capsys):
    ref = _new(capsys, "--empty")["id"]
    assert (
        main(["pack", "edit", ref, "--title", "Renamed", "--author", "Desk officer", "--grouping", "source"])
        == 0
    )
    assert main(["pack", "edit", ref, "--title", "Renamed again"]) == 0
    capsys.readouterr()
    assert main(["pack", "history", ref, "--json"]) == 0
    versions = json.loads(capsys.readouterr().out)
    assert [v["version"] for v in versions] == [3, 2, 1]
    assert main(["pack", "restore", ref, "2"]) == 0
    capsys.readouterr()
    main(["pack", "show", ref, "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert (shown["title"], shown["author"], shown["grouping"]) == ("Renamed", "Desk officer", "source")


def test_list_duplicate_delete(capsys):
    ref = _new(capsys, "--empty")["id"]
    assert main(["pack", "duplicate", ref, "--title", "Second", "--json"]) == 0
    copy = json.loads(capsys.readouterr().out)
    assert copy["id"] != ref and copy["title"] == "Second"
    main(["pack", "list", "--json"])
    assert {p["title"] for p in json.loads(capsys.readouterr().out)} == {"Regional meeting", "Second"}
    assert main(["pack", "delete", ref]) == 0
    capsys.readouterr()
    main(["pack", "list"])
    out = capsys.readouterr().out
    assert "Second" in out and "Regional meeting" not in out


def test_export_and_import_file(capsys, tmp_path, item_ids):
    ref = _new(capsys, "--empty")["id"]
    main(["pack", "add", ref, *item_ids[:2]])
    target = tmp_path / "shared.briefpack"
    assert main(["pack", "export-file", ref, str(target)]) == 0
    capsys.readouterr()
    assert main(["pack", "import-file", str(target), "--copy", "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["id"] != ref
    assert [e["item_id"] for e in imported["entries"]] == item_ids[:2]
    assert imported["embedded"] == [] and imported["conflicts"] == []


def test_errors_are_clear_and_exit_3(capsys, tmp_path, item_ids):
    ref = _new(capsys, "--empty")["id"]
    assert main(["pack", "show", "no-such-pack"]) == EXIT_ERROR
    assert "No pack 'no-such-pack'" in capsys.readouterr().err
    assert main(["pack", "add", ref, "no-such-item"]) == EXIT_ERROR
    assert "No item with id 'no-such-item'" in capsys.readouterr().err
    assert main(["pack", "note", ref, item_ids[0], "x"]) == EXIT_ERROR
    assert "is not in the pack" in capsys.readouterr().err
    bad = tmp_path / "bad.briefpack"
    bad.write_text('{"format": "briefpack", "schema_version": 9, "pack": {}}')
    assert main(["pack", "import-file", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "newer Briefpack" in err and "Update Briefpack" in err
    assert main(["pack", "new", "--title", "T", "--themes", "no-such-theme"]) == EXIT_ERROR
    assert "Unknown theme 'no-such-theme'. Known themes: evidence," in capsys.readouterr().err
    assert main(["pack", "new", "--title", "T", "--themes", "chidren", "--audiences", "justis"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "Unknown theme 'chidren': did you mean 'children'?" in err
    assert "Unknown audience 'justis': did you mean 'justice'?" in err
    assert main(["pack", "restore", ref, "42"]) == EXIT_ERROR
    assert "no version 42" in capsys.readouterr().err
