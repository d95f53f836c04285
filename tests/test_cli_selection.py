"""The command line's selections: one way to read values, unknown tags refused with a suggestion,
`build` and `pack new` making the same pack, packs named by the start of their title."""

from __future__ import annotations

import json

import pytest

from app.cli import EXIT_ERROR, main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [["build", "-o", "OUT"], ["pack", "new", "--title", "T"]])
def test_a_misspelt_theme_is_refused_with_a_suggestion(capsys, tmp_path, command):
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    code, _out, err = _run(capsys, *argv, "--themes", "chidren")
    assert code == EXIT_ERROR
    assert "Unknown theme 'chidren': did you mean 'children'?" in err
    code, _out, err = _run(capsys, *argv, "--themes", "nonsense")
    assert code == EXIT_ERROR and "Unknown theme 'nonsense'. Known themes:" in err
    code, _out, err = _run(capsys, *argv, "--themes", "children", "--kinds", "facts")
    assert code == EXIT_ERROR and "did you mean 'fact'?" in err
    assert not (tmp_path / "out").exists()
    assert _run(capsys, "pack", "list", "--json")[1].strip() == "[]"


def test_values_read_alike_in_every_command(capsys, tmp_path):
    """`--themes "children migration"`, `--themes children migration` and `children,migration`."""
    code, out, _ = _run(capsys, "search", "--themes", "children migration", "--json")
    assert code == 0
    spaced = json.loads(out)
    for form in (["children", "migration"], ["children,migration"]):
        code, out, _ = _run(capsys, "search", "--themes", *form, "--json")
        assert json.loads(out)["total"] == spaced["total"]
    assert spaced["query"]["themes"] == ["children", "migration"]
    code, out, _ = _run(
        capsys,
        "build",
        "--themes",
        "children migration",
        "--audiences",
        "justice",
        "--format",
        "md",
        "--title",
        "B",
        "-o",
        str(tmp_path / "b"),
    )
    assert code == 0, out
    code, out, _ = _run(
        capsys,
        "pack",
        "new",
        "--title",
        "P",
        "--themes",
        "children migration",
        "--audiences",
        "justice",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["rules"]["themes"] == ["children", "migration"]


def test_build_and_pack_new_make_the_same_pack_and_say_why(capsys, tmp_path, workspace):
    code, out, _ = _run(
        capsys,
        "pack",
        "new",
        "--title",
        "Children and justice",
        "--themes",
        "children",
        "--audiences",
        "justice",
        "--json",
    )
    assert code == 0
    pack = json.loads(out)
    ids = [e["item_id"] for e in pack["entries"]]
    search = json.loads(_run(capsys, "search", "--themes", "children", "--audiences", "justice", "--json")[1])
    matched = [i["id"] for i in search["items"]]
    facts = [i for i in ids if i not in matched]
    assert set(matched) <= set(ids) and facts, "the key facts on the themes come after the matches"
    assert all(workspace.library.items[i].kind == "fact" for i in facts)
    code, out, _ = _run(
        capsys, "pack", "new", "--title", "Again", "--themes", "children", "--audiences", "justice"
    )
    assert f"{len(matched)} items match the selection; {len(facts)} key fact(s) on its themes" in out
    code, out, _ = _run(
        capsys,
        "build",
        "--themes",
        "children",
        "--audiences",
        "justice",
        "--format",
        "md",
        "-o",
        str(tmp_path / "o"),
    )
    assert code == 0
    assert out.startswith(f"{len(ids)} items, template meeting-brief")
    text = (tmp_path / "o" / "Children · Law enforcement and criminal justice.md").read_text("utf-8")
    for item_id in ids:
        assert workspace.library.items[item_id].text[:40] in " ".join(text.split()).replace("\\", "")


def test_packs_are_named_by_the_start_of_their_title(capsys):
    for title in ("Migration and law enforcement", "Children and justice", "Children online"):
        assert _run(capsys, "pack", "new", "--title", title, "--empty")[0] == 0
    code, out, _ = _run(capsys, "pack", "show", "migration", "--json")
    assert code == 0 and json.loads(out)["title"] == "Migration and law enforcement"
    code, out, err = _run(capsys, "pack", "show", "Children")
    assert code == EXIT_ERROR and "names 2 packs" in err and "Children and justice" in err
    code, out, _ = _run(capsys, "pack", "show", "children a", "--json")
    assert json.loads(out)["title"] == "Children and justice"


def test_importing_the_same_pack_file_twice_keeps_one_pack(capsys, tmp_path):
    code, out, _ = _run(capsys, "pack", "new", "--title", "Shared brief", "--themes", "children", "--json")
    pack_id = json.loads(out)["id"]
    shared = tmp_path / "shared.briefpack"
    assert _run(capsys, "pack", "export-file", pack_id, str(shared))[0] == 0
    code, out, err = _run(capsys, "pack", "import-file", str(shared))
    assert code == EXIT_ERROR and "a pack you already have: “Shared brief”" in err
    assert len(json.loads(_run(capsys, "pack", "list", "--json")[1])) == 1
    # asked for, a second copy gets a title of its own, so packs stay apart by title
    code, out, _ = _run(capsys, "pack", "import-file", str(shared), "--copy", "--json")
    assert code == 0 and json.loads(out)["title"] == "Shared brief (2)"
    code, out, _ = _run(capsys, "pack", "show", "Shared brief", "--json")
    assert code == 0 and json.loads(out)["id"] == pack_id
