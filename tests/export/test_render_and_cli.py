"""LibreOffice opens the DOCX (footnotes at the foot, TOC, cover); `briefpack build` writes files."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.cli import main
from app.core.compose import BriefSpec
from tests.export.conftest import pick
from tests.export.helpers import pdf_pages, squash

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_dossier_with_notes_at_the_page_foot(workspace, spec, tmp_path):
    spec = BriefSpec.make(**{**spec.__dict__, "template": "full-dossier"})
    doc = workspace.exports.compose_brief(spec)
    (path,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = pdf_pages(tmp_path / "lo" / path.with_suffix(".pdf").name)
    assert squash(spec.title) in squash(pages[0]) and "Contents" in pages[1]
    body = [squash(p) for p in pages[2:]]
    for block in doc.items():
        note = squash(doc.notes[block.citation.number - 1].text)
        tail = squash(block.paragraphs[-1])[-30:]
        page = next(n for n, text in enumerate(body) if tail in text)
        assert note in body[page] or note in body[page + 1]
    assert all(f"Page{n}of{len(pages)}" in squash(p) for n, p in enumerate(pages, 1) if n > 1)


def test_build_from_explicit_items(workspace, tmp_path, capsys):
    ids = pick(workspace, 5)
    code = main(
        [
            "--home",
            str(workspace.home),
            "build",
            "--items",
            *ids,
            "--template",
            "training-handout",
            "--format",
            "md,docx",
            "--title",
            "Handout",
            "--key-message",
            "One",
            "-o",
            str(tmp_path / "o"),
        ]
    )
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["Handout.docx", "Handout.md"]
    text = (tmp_path / "o" / "Handout.md").read_text("utf-8")
    from app.core.export.markdown import unescape

    assert "1. **One**" in text  # key messages stand out
    assert all(workspace.item(i).text.split("\n")[-1] in unescape(text) for i in ids)
    assert "wrote" in capsys.readouterr().out


def test_build_reports_a_wrong_item_and_a_wrong_format(workspace, tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["--home", str(workspace.home), "build", "--items", "nope", "-o", str(out)]) == 3
    assert "nope" in capsys.readouterr().err
    ids = pick(workspace, 2)
    assert (
        main(["--home", str(workspace.home), "build", "--items", *ids, "--format", "odt", "-o", str(out)])
        == 3
    )
    assert "odt" in capsys.readouterr().err
    assert not out.exists()


def test_build_from_a_search(workspace, tmp_path, capsys):
    code = main(
        [
            "--home",
            str(workspace.home),
            "build",
            "--themes",
            "children",
            "--kinds",
            "recommendation",
            "--template",
            "meeting-brief",
            "--format",
            "docx,pdf,md",
            "-o",
            str(tmp_path / "o"),
        ]
    )
    assert code == 0
    text = (tmp_path / "o" / "Children.md").read_text("utf-8")
    expected = [i for i in workspace.library if "children" in i.themes and i.kind == "recommendation"]
    assert text.count("[^") >= 2 * len(expected)
    assert {p.suffix for p in (tmp_path / "o").iterdir()} == {".docx", ".pdf", ".md"}


def test_list_templates(workspace, capsys):
    assert main(["--home", str(workspace.home), "build", "--list-templates"]) == 0
    out = capsys.readouterr().out
    assert "meeting-brief" in out and "full-dossier" in out and "training-handout" in out
