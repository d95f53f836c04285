"""Importing many documents at once: folders, parallel reading, one failure never stops the rest,
re-imports recognised as updates, one summary line per file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.importing.bulk import collect, read_all
from app.core.workspace import Workspace

UN = Path(__file__).resolve().parent.parent / "fixtures" / "un-ga"


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    for name in ("A_RES_78_267.pdf", "A_RES_79_188.txt"):
        shutil.copy(UN / name, docs / name)
    shutil.copy(UN / "A_RES_80_227.pdf", docs / "sub" / "A_RES_80_227.pdf")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a PDF at all")
    (docs / "notes.odt").write_bytes(b"PK\x03\x04 not ours")  # not a format Briefpack reads: left out
    (docs / ".~lock.A_RES_78_267.pdf#").write_text("lock file")
    return docs


def test_collect_expands_folders_and_reports_missing_paths(folder, tmp_path):
    files, missing = collect([folder, folder / "A_RES_78_267.pdf", tmp_path / "nope.pdf"])
    names = [f.name for f in files]
    assert names == ["A_RES_78_267.pdf", "A_RES_79_188.txt", "broken.pdf", "A_RES_80_227.pdf"]
    assert [m.path.name for m in missing] == ["nope.pdf"] and "does not exist" in missing[0].error


def test_parallel_reading_keeps_the_order_and_reports_each_failure(folder, tmp_path):
    workspace = Workspace(home=tmp_path / "home")
    files, _ = collect([folder])
    reads = list(read_all(files, workspace.imports.tagger(), jobs=2))
    assert [r.path.name for r in reads] == [f.name for f in files]
    broken = next(r for r in reads if r.path.name == "broken.pdf")
    assert broken.draft is None and "not a readable PDF" in broken.error and broken.hint
    assert all(r.draft is not None for r in reads if r.path.name != "broken.pdf")


def test_import_folder_with_yes_then_again_as_updates(folder, tmp_path, capsys):
    home = tmp_path / "home"
    code = main(["--home", str(home), "import", str(folder), "--yes", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # one file was refused
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert statuses == {
        "A_RES_78_267.pdf": "added",
        "A_RES_79_188.txt": "added",
        "broken.pdf": "refused",
        "A_RES_80_227.pdf": "added",
    }
    workspace = Workspace(home=home)
    source = workspace.library.sources["a-res-79-188"]
    assert source.symbol == "A/RES/79/188" and source.title.startswith("Preventing and countering violence")
    assert source.date == "2024-12-17" and "agenda item" in source.context
    items = workspace.library.items_of("a-res-79-188")
    assert len(items) == 12 and all(i.text in source.text for i in items)
    assert [i.locator for i in items][:2] == ["para. 1", "para. 2"]
    # the same folder again: recognised, updated in place, item ids kept
    before = {i.id for i in items}
    assert main(["--home", str(home), "import", str(folder), "--yes", "--json"]) == 1
    again = json.loads(capsys.readouterr().out)
    assert {Path(f["path"]).name: f["status"] for f in again["files"]}["A_RES_79_188.txt"] == "updated"
    assert {i.id for i in Workspace(home=home).library.items_of("a-res-79-188")} == before


def test_several_files_need_yes_without_a_terminal(folder, tmp_path, capsys, monkeypatch):
    with open("/dev/null") as nothing:
        monkeypatch.setattr("sys.stdin", nothing)
        code = main(["--home", str(tmp_path / "home"), "import", str(folder)])
    assert code == 1
    assert "--yes" in capsys.readouterr().err
    assert not (tmp_path / "home" / "store" / "sources").exists() or not list(
        (tmp_path / "home" / "store" / "sources").glob("*.json")
    )


def test_one_document_options_are_refused_for_several(folder, tmp_path, capsys):
    assert main(["--home", str(tmp_path / "home"), "import", str(folder), "--title", "X", "--yes"]) == 3
    assert "applies to one document" in capsys.readouterr().err


def test_the_same_document_twice_in_one_run_is_imported_once(tmp_path, capsys):
    home = tmp_path / "home"
    paths = [str(UN / "A_RES_78_267.pdf"), str(UN / "A_RES_78_267.txt")]
    assert main(["--home", str(home), "import", *paths, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "replaced" in out and "1 added" in out
    assert list(Workspace(home=home).store.user_source_ids()) == ["a-res-78-267"]


def test_an_empty_path_is_refused_not_read_as_the_current_folder(folder, tmp_path, capsys, monkeypatch):
    # `briefpack import "$FILE" --yes` with FILE unset: the current folder must not be imported
    monkeypatch.chdir(folder)
    home = tmp_path / "home"
    with pytest.raises(SystemExit) as refused:
        main(["--home", str(home), "import", "", "--yes"])
    assert refused.value.code == 2
    assert "an empty PATH names no document" in capsys.readouterr().err
    assert Workspace(home).library.sources == Workspace(tmp_path / "fresh").library.sources
