"""Hostile text gives valid files with the text kept; bad destinations give clear errors, no partial files."""

from __future__ import annotations

import errno
import os

import pytest

from app.core.compose import BriefSpec
from app.core.errors import BriefpackError
from app.core.export import ExportCancelled
from tests.export.helpers import paragraphs, pdf_pages, squash

LONG_WORD = "x" * 300
HOSTILE = f"R&D <foo> <b>unclosed &amp; &#x41; ]]> \"quotes\" 'apostrophe' \u202eevil\u202c {LONG_WORD} end."


@pytest.fixture
def hostile_spec(workspace) -> BriefSpec:
    big = " ".join(["Paragraph of a very long report with words."] * 24_000)  # about 1 MB
    text = f"{HOSTILE}\n\n{big}"
    workspace.edits.add_source(
        {
            "id": "hostile",
            "title": "<script>alert(1)</script> & Co",
            "issuer": "A&B (A&B)",
            "date": "2024",
            "text": text + "\x00\x0b\x1b",
        },
        [
            {"id": "hostile-1", "text": HOSTILE + "\x00\x0c", "locator": "<para> 1"},
            {"id": "hostile-2", "text": big, "locator": "para 2"},
        ],
    )
    return BriefSpec.make(
        title="R&D <b> brief \x00\x0b",
        key_messages=("<i>not italic</i> & \x1b",),
        entries=(("hostile-1", "note <b> & \ufffe"), ("hostile-2", "")),
        template="full-dossier",
    )


def test_hostile_text_in_docx_is_kept(workspace, hostile_spec, tmp_path):
    import docx

    (path,) = workspace.exports.export_brief(hostile_spec, ["docx"], tmp_path)
    docx.Document(str(path))  # opens
    body = "\n".join(t for _, t in paragraphs(path))
    assert HOSTILE in body
    assert "R&D <b> brief" in body and "<i>not italic</i> &" in body
    assert workspace.item("hostile-2").text in body


def test_hostile_text_in_pdf_is_kept(workspace, hostile_spec, tmp_path):
    path, _ = workspace.exports.export_brief(hostile_spec, ["pdf", "md"], tmp_path)
    pages = pdf_pages(path)
    # without the running header and footer, text continues across pages
    text = "".join(
        squash(p).removesuffix(f"R&D<b>briefPage{n}of{len(pages)}") for n, p in enumerate(pages, 1)
    )
    for note in workspace.exports.compose_brief(hostile_spec).notes:  # page-foot notes interrupt the flow
        text = text.replace(squash(f"{note.number}{note.text}"), "", 1)
    kept = squash(HOSTILE.replace("\u202e", "").replace("\u202c", ""))
    assert kept in text
    assert squash("R&D <b> brief") in text and squash("<i>not italic</i> &") in text
    assert text.count("Paragraphofaverylongreportwithwords.") == 24_000


def test_bad_destinations_are_clear_errors(workspace, spec, tmp_path):
    with pytest.raises(BriefpackError, match="does not exist"):
        workspace.exports.export_brief(spec, ["md"], tmp_path / "missing" / "deeper")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(BriefpackError, match="is a file"):
        workspace.exports.export_brief(spec, ["md"], a_file)
    (tmp_path / "out" / f"{spec.title}.md").mkdir(parents=True)
    with pytest.raises(BriefpackError, match="is a folder"):
        workspace.exports.export_brief(spec, ["md"], tmp_path / "out")
    with pytest.raises(BriefpackError, match="format"):
        workspace.exports.export_brief(spec, ["odt"], tmp_path)


def test_locked_or_read_only_target_leaves_no_partial_file(workspace, spec, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{spec.title}.docx").write_bytes(b"previous")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(BriefpackError) as caught:
        workspace.exports.export_brief(spec, ["docx"], out)
    assert "may not write" in caught.value.user_message and "open in Word" in caught.value.hint
    assert sorted(p.name for p in out.iterdir()) == [f"{spec.title}.docx"]
    assert (out / f"{spec.title}.docx").read_bytes() == b"previous"


def test_progress_and_cancel(workspace, spec, tmp_path):
    seen = []
    files = workspace.exports.export_brief(
        spec,
        ["docx", "pdf", "md"],
        tmp_path,
        progress=lambda done, total, message: seen.append((done, total, message)),
    )
    assert [p.suffix for p in files] == [".docx", ".pdf", ".md"]
    dones = [d for d, t, _ in seen if t > 1]
    assert dones == sorted(dones) and seen[-1][0] == seen[-1][1] and seen[-1][2] == "Done"

    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    out = tmp_path / "cancelled"
    with pytest.raises(ExportCancelled):
        workspace.exports.export_brief(spec, ["docx", "pdf"], out, cancel=cancel)
    assert list(out.iterdir()) == []
