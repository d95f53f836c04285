"""Export files at the edges (names, sets written whole, hostile text) and the finish of the Word file."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile

import pytest

from app.core.compose import BriefSpec
from app.core.errors import BriefpackError
from app.core.export import file_stem
from app.core.export.docx.styles import ROLES
from app.core.export.markdown import MarkdownWriter
from app.core.export.writer import safe_url
from tests.export.conftest import pick
from tests.export.helpers import docx_xml, paragraphs, pdf_pages, squash


@pytest.mark.parametrize(
    "title", ["😀" * 80, "儿童保护" * 20, "बाल तस्करी की रोकथाम " * 9, "👩‍👩‍👧‍👦" * 40, "é" * 200]
)
def test_long_titles_make_names_every_file_system_takes(workspace, tmp_path, title):
    stem = file_stem(title)
    assert 0 < len(stem.encode("utf-8")) <= 150 and len(stem.encode("utf-16-le")) <= 150
    assert not stem.endswith(("\u200d", "\ufe0f", " ", "."))
    spec = BriefSpec.make(title=title, entries=tuple((i, "") for i in pick(workspace, 2)))
    files = workspace.exports.export_brief(spec, ["docx", "pdf", "md"], tmp_path)
    assert [p.name for p in files] == [f"{stem}.docx", f"{stem}.pdf", f"{stem}.md"]
    assert all(p.stat().st_size > 0 for p in files)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("CON", "CON_"),
        ("nul", "nul_"),
        ("aux.txt", "aux_.txt"),
        ("Com1 . ", "Com1_"),
        ("Brief. ", "Brief"),
        ("...", "Brief"),
        ("LPT9.notes", "LPT9_.notes"),
        ("Console", "Console"),
    ],
)
def test_windows_device_names_and_trailing_dots_are_handled_everywhere(title, expected):
    assert file_stem(title) == expected


def test_an_export_set_is_all_or_nothing(workspace, tmp_path):
    spec = BriefSpec.make(title="Set", entries=tuple((i, "") for i in pick(workspace, 3)))
    out = tmp_path / "out"
    out.mkdir()
    (out / "Set.pdf").mkdir()  # the PDF cannot be written where a folder stands
    (out / "Set.docx").write_bytes(b"the old file")
    with pytest.raises(BriefpackError):
        workspace.exports.export_brief(spec, ["docx", "pdf"], out)
    assert (out / "Set.docx").read_bytes() == b"the old file"
    assert sorted(p.name for p in out.iterdir()) == ["Set.docx", "Set.pdf"]  # no temporary file left


def test_a_failure_while_renaming_puts_the_old_files_back(workspace, tmp_path, monkeypatch):
    spec = BriefSpec.make(title="Set", entries=tuple((i, "") for i in pick(workspace, 3)))
    out = tmp_path / "out"
    out.mkdir()
    (out / "Set.docx").write_bytes(b"old docx")
    (out / "Set.md").write_bytes(b"old md")
    real = os.replace
    calls = []

    def failing(src, dst):
        calls.append(dst)
        if str(dst).endswith("Set.md") and not str(src).endswith(".old"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(BriefpackError, match="disk is full"):
        workspace.exports.export_brief(spec, ["docx", "md"], out)
    monkeypatch.setattr(os, "replace", real)
    assert (out / "Set.docx").read_bytes() == b"old docx"
    assert (out / "Set.md").read_bytes() == b"old md"
    assert sorted(p.name for p in out.iterdir()) == ["Set.docx", "Set.md"]


# an unescaped tag (our own anchors aside)
RAW_HTML = re.compile(r"(?<!\\)<(?!a id=\"h-|/a>|https://|mailto:)[a-z/]")
URLS = [
    "https://example.org/report?a=1&b=2",
    "mailto:office@example.org",
    'https://example.org/a"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "file:///etc/passwd",
    r"\\server\share\doc",
]


@pytest.mark.parametrize("url", URLS)
def test_source_urls_are_escaped_and_only_web_and_mail_links_are_links(workspace, tmp_path, url):
    workspace.edits.add_source(
        {
            "id": "odd-source",
            "title": "Odd <b>source</b>",
            "issuer": "Test (TST)",
            "date": "2024",
            "url": url,
            "text": "Protect children now.",
        },
        [
            {
                "id": "odd-1",
                "text": "Protect children now.",
                "locator": "para 1",
                "themes": ["children"],
                "audiences": ["states"],
                "kind": "recommendation",
            }
        ],
    )
    spec = BriefSpec.make(title="Odd", entries=(("odd-1", ""),), template="full-dossier")
    markdown = workspace.exports.preview_markdown(spec)
    assert not RAW_HTML.search(markdown)
    web = safe_url(url)
    assert (f"<{url}>" in markdown) == web
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    with zipfile.ZipFile(docx) as archive:
        rels = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".rels"))
    assert (url in rels.replace("&amp;", "&")) == web
    assert "javascript:" not in rels and "file:" not in rels and "server" not in rels
    from pypdf import PdfReader

    uris = [
        a.get_object().get("/A", {}).get("/URI")
        for p in PdfReader(str(pdf)).pages
        for a in p.get("/Annots", [])
    ]
    assert all(u is None or u.startswith(("https://", "mailto:")) for u in uris)
    assert squash("Odd <b>source</b>") in squash("".join(pdf_pages(pdf)))


def test_markdown_contents_links_resolve(workspace, tmp_path):
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    spec = BriefSpec.make(
        title="Dossier", entries=tuple((i, "") for i in pick(workspace, 20)), template="full-dossier"
    )
    (md,) = workspace.exports.export_brief(spec, ["md"], tmp_path)
    html = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "html", str(md)], capture_output=True, text=True, check=True
    ).stdout
    targets = re.findall(r'href="#([^"]+)"', html)
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert targets and all(t in ids for t in targets if not t.startswith("fn")), set(targets) - ids


def test_markdown_annex_entries_and_notes_do_not_run_together(workspace):
    spec = BriefSpec.make(
        title="Dossier",
        entries=tuple((i, "Ask about it.") for i in pick(workspace, 6)),
        template="full-dossier",
    )
    text = workspace.exports.preview_markdown(spec)
    annex = text[text.index("Annex") :]
    # each detail ends its line with a hard break, so it is not joined to the next
    for line in annex.splitlines():
        if line.strip().startswith(("Subject:", "Type:")):
            assert line.endswith("  ")


def test_word_file_finish(workspace, tmp_path):
    spec = BriefSpec.make(
        title="Finish", entries=tuple((i, "") for i in pick(workspace, 40)), template="full-dossier"
    )
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    with zipfile.ZipFile(docx) as archive:
        names = archive.namelist()
        app = archive.read("docProps/app.xml").decode()
    assert not any("thumbnail" in n for n in names)
    from pypdf import PdfReader

    pages = len(PdfReader(str(pdf)).pages)
    assert "<Application>Briefpack</Application>" in app and f"<Pages>{pages}</Pages>" in app
    styles = docx_xml(docx, "word/styles.xml")
    w = styles.nsmap["w"]
    by_name = {s.find("{*}name").get(f"{{{w}}}val"): s for s in styles.iter("{*}style")}
    title = by_name["Title"]
    assert title.find("{*}pPr/{*}pBdr") is None and title.find("{*}rPr/{*}spacing") is None
    for name in ("Title", "heading 1", "Quote", "footer", "toc 1", "Bibliography"):
        assert by_name[name].get(f"{{{w}}}customStyle") is None, name
    assert all(t.get(f"{{{w}}}val") != "center" for t in by_name["footer"].iter("{*}tab"))
    for style in by_name.values():
        for ics in style.iter("{*}iCs"):
            assert ics.get(f"{{{w}}}val") in ("0", "false"), "right-to-left text set in fake italic"
    used = {name.lower() for name in ROLES.values()}
    fonts = {
        f.get(f"{{{w}}}ascii")
        for name, style in by_name.items()
        if name.lower() in used
        for f in style.iter("{*}rFonts")
    } - {None}
    assert fonts <= {"Noto Sans", "Noto Serif"}
    note = by_name["Item Note"].find("{*}rPr")
    body = by_name["Normal"].find("{*}rPr")
    size = int(note.find("{*}sz").get(f"{{{w}}}val"))
    assert size >= int(body.find("{*}sz").get(f"{{{w}}}val")) - 2  # half-points: body minus 1 pt at least
    core = docx_xml(docx, "docProps/core.xml")
    keywords = next(el.text for el in core if el.tag.endswith("keywords"))
    assert not keywords.endswith(",")


def test_word_contents_carry_the_pdf_page_numbers(workspace, tmp_path):
    from pypdf import PdfReader

    spec = BriefSpec.make(
        title="Dossier", entries=tuple((i, "") for i in pick(workspace, 60)), template="full-dossier"
    )
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    toc = [t.split("\t") for style, t in paragraphs(docx) if style in ("TOC1", "TOC2") and "\t" in t]
    assert toc and all(page.isdigit() for _, page in toc)
    reader = PdfReader(str(pdf))
    outline = []

    def walk(entries):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                outline.append((entry.title, str(reader.get_destination_page_number(entry) + 1)))

    walk(reader.outline)
    assert [tuple(line) for line in toc] == outline


def test_libreoffice_shows_the_contents_page_numbers(workspace, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    spec = BriefSpec.make(
        title="Dossier", entries=tuple((i, "") for i in pick(workspace, 30)), template="full-dossier"
    )
    (docx,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo-out"),
            str(docx),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = pdf_pages(tmp_path / "lo-out" / "Dossier.pdf")[1]
    lines = [line for line in text.splitlines() if line.strip()]
    numbered = [line for line in lines[1:] if re.search(r"\d+\s*$", line)]
    assert len(numbered) >= len(lines[1:]) - 1, lines


def test_preview_escapes_what_a_pack_file_brings(workspace):
    spec = BriefSpec.make(
        title="**bold** <script>x</script> [a](javascript:x)",
        key_messages=("# not a heading",),
        entries=tuple((i, "<img src=x>") for i in pick(workspace, 2)),
    )
    document = workspace.exports.compose_brief(spec)
    text = MarkdownWriter(workspace.exports.template("meeting-brief")).text(document)
    assert not RAW_HTML.search(text) and "](javascript" not in text.replace("\\]", "")
    if shutil.which("pandoc"):
        html = subprocess.run(
            ["pandoc", "-f", "markdown", "-t", "html"], input=text, capture_output=True, text=True, check=True
        ).stdout
        assert "<script" not in html and "<img" not in html and "<strong>bold" not in html


def test_every_character_typed_reaches_the_pdf_or_is_named_and_reported(workspace, tmp_path):
    text = "Hebrew שלום עולם, emoji 😀👩‍👩‍👧, maths 𝐀𝐁, ext-B 𠀀, Greek αβγ, Cyrillic жизнь"
    workspace.edits.add_source(
        {"id": "s1", "title": "Scripts", "issuer": "X (X)", "date": "2024", "text": text},
        [
            {
                "id": "i1",
                "text": text,
                "locator": "p1",
                "themes": ["children"],
                "audiences": ["states"],
                "kind": "recommendation",
            }
        ],
    )
    spec = BriefSpec.make(title="Edge 😀", entries=(("i1", ""),))
    files = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    extracted = "".join(pdf_pages(files[0]))
    for word in ("שלום", "עולם", "αβγ", "жизнь", "AB", "[Grinning Face]", "[Woman]", "[Girl]"):
        assert word in extracted, word
    # nothing above U+FFFF is drawn as a glyph (reportlab's text map would name it wrongly)
    assert not any(ord(ch) > 0xFFFF for ch in extracted)
    assert any("[Grinning Face]" in p and "shown by name" in p for p in files.problems)
