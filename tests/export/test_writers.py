"""DOCX, PDF and Markdown read back: every quote verbatim, every item cited, note numbers matching."""

from __future__ import annotations

import re
import unicodedata

import pytest

from app.core.brief import BriefMeta
from app.core.compose import BriefSpec
from app.core.document import Document, Meta, UnknownNodeError
from app.core.export import make_writer
from app.core.templates import load_template
from tests.export.helpers import (
    W,
    docx_parts,
    docx_xml,
    note_refs,
    note_texts,
    paragraphs,
    pdf_pages,
    squash,
)

TEMPLATES = ["meeting-brief", "training-handout", "full-dossier"]


def _spec(spec: BriefSpec, template: str) -> BriefSpec:
    return BriefSpec.make(**{**spec.__dict__, "template": template})


@pytest.mark.parametrize("template", TEMPLATES)
def test_docx_quotes_citations_and_notes(workspace, spec, tmp_path, template):
    spec = _spec(spec, template)
    doc = workspace.exports.compose_brief(spec)
    (path,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    paras = paragraphs(path)
    texts = [t for _, t in paras]
    body = "\n".join(texts)
    for block in doc.items():
        for text in block.paragraphs:
            assert text in body, f"{block.item_id} not verbatim in {template}"
    if doc.citation_style == "footnotes":
        refs = note_refs(path)
        assert refs == list(range(1, len(doc.items()) + 1))
        notes = note_texts(path)
        assert sorted(notes) == refs
        assert [notes[n.number] for n in doc.notes] == [n.text for n in doc.notes]
        # each item's last paragraph carries its own note number
        root = docx_xml(path)
        for block in doc.items():
            tail = block.paragraphs[-1][-40:]
            holder = next(
                p
                for p in root.iter(f"{{{W}}}p")
                if tail in "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
            )
            numbers = [int(r.get(f"{{{W}}}id")) for r in holder.iter(f"{{{W}}}footnoteReference")]
            assert numbers == [block.citation.number], block.item_id
    else:
        for block in doc.items():
            assert block.citation.text.removesuffix(".") in body
        assert "word/footnotes.xml" not in docx_parts(path)


def test_docx_styles_headings_and_properties(workspace, spec, tmp_path):
    (path,) = workspace.exports.export_brief(_spec(spec, "full-dossier"), ["docx"], tmp_path)
    styles = {s for s, _ in paragraphs(path)}
    assert {"Title", "Heading1", "Quote", "ListNumber", "TOC1", "Bibliography"} <= styles
    instr = " ".join(t.text for t in docx_xml(path).iter("{*}instrText"))
    assert "TOC \\o" in instr and "PAGEREF _Toc" in instr
    settings = docx_xml(path, "word/settings.xml")
    assert settings.find("{*}updateFields") is not None
    core = docx_xml(path, "docProps/core.xml")
    values = {el.tag.split("}")[1]: el.text for el in core}
    assert values["title"] == spec.title
    assert values["creator"] == spec.brief.author
    assert values["language"] == "en-GB"
    assert values["subject"] == spec.brief.meeting
    assert "Children" in values["keywords"] or values["keywords"]
    footer = (
        " ".join(t for _, t in paragraphs(path, "word/footer1.xml"))
        if "word/footer1.xml" in docx_parts(path)
        else ""
    )
    footer_xml = "".join(docx_parts(path))
    assert "footer" in footer_xml
    del footer


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdf_quotes_pages_and_notes(workspace, spec, tmp_path, template):
    spec = _spec(spec, template)
    doc = workspace.exports.compose_brief(spec)
    (path,) = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    pages = pdf_pages(path)
    squashed = [squash(p) for p in pages]
    assert f"Page1of{len(pages)}" in squashed[-1] or f"Page{len(pages)}of{len(pages)}" in squashed[-1]
    # the text without the page furniture, so a quote split over two pages reads on
    everything = "".join(re.sub(r"Page\d+of\d+", "", p).replace(squash(spec.title), "") for p in squashed)
    for block in doc.items():
        for text in block.paragraphs:
            assert squash(text) in everything, f"{block.item_id} missing from the PDF ({template})"
    if doc.citation_style == "footnotes":
        for block in doc.items():
            tail = squash(block.paragraphs[-1])[-40:]
            note = squash(doc.notes[block.citation.number - 1].text)
            page = next(n for n, text in enumerate(squashed) if tail in text)
            # the note sits on the page where its quote ends (or the next, when the quote ends at the foot)
            assert note in squashed[page] or note in "".join(squashed[page : page + 2]), block.item_id


def test_pdf_outline_metadata_and_links(workspace, spec, tmp_path):
    from pypdf import PdfReader

    spec = _spec(spec, "full-dossier")
    doc = workspace.exports.compose_brief(spec)
    (path,) = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    reader = PdfReader(str(path))
    assert reader.metadata.title == spec.title
    assert reader.metadata.author == spec.brief.author
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline == [h.text for h in doc.headings(1)]
    contents = squash(reader.pages[1].extract_text())
    assert "Contents" in contents and squash(doc.headings(1)[0].text) in contents
    links = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])]
    assert any(a.get("/Subtype") == "/Link" for a in links)


def test_markdown_preview_has_quotes_and_notes(workspace, spec):
    from app.core.export.markdown import unescape

    text = workspace.exports.preview_markdown(spec)
    doc = workspace.exports.compose_brief(spec)
    plain = unescape(text)
    for block in doc.items():
        assert block.paragraphs[-1].split("\n")[-1] in plain
    for note in doc.notes:
        assert f"[^{note.number}]: " in text


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_writers_raise_on_unknown_nodes(fmt):
    template = load_template("meeting-brief")
    doc = Document(Meta(BriefMeta(title="T")), blocks=(object(),), labels=template.labels())
    with pytest.raises(UnknownNodeError):
        make_writer(fmt, template).render(doc)


MULTILINGUAL = {
    "fr": "Les États doivent protéger les enfants victimes de la traite.",
    "ru": "Государства должны защищать детей, ставших жертвами торговли людьми.",
    "ar": "يجب على الدول حماية الأطفال ضحايا الاتجار بالبشر.",
    "zh": "各国应保护人口贩运的儿童受害者。",
}


@pytest.fixture
def multilingual_spec(workspace) -> BriefSpec:
    text = "\n\n".join(MULTILINGUAL.values())
    items = [
        {
            "id": f"ml-{lang}",
            "text": value,
            "locator": f"para {n}",
            "themes": ["children"],
            "audiences": ["states"],
            "kind": "recommendation",
        }
        for n, (lang, value) in enumerate(MULTILINGUAL.items(), 1)
    ]
    workspace.edits.add_source(
        {
            "id": "ml-source",
            "title": "Déclaration multilingue",
            "issuer": "Test (TST)",
            "date": "2024-03-01",
            "text": text,
            "url": "https://example.org/report?a=1&b=2",
        },
        items,
    )
    return BriefSpec.make(
        title="Protection des enfants — حماية الأطفال — 儿童保护",
        entries=tuple((f"ml-{lang}", "") for lang in MULTILINGUAL),
        template="full-dossier",
    )


def test_multilingual_docx(workspace, multilingual_spec, tmp_path):
    (path,) = workspace.exports.export_brief(multilingual_spec, ["docx"], tmp_path)
    body = "\n".join(t for _, t in paragraphs(path))
    for value in MULTILINGUAL.values():
        assert value in body
    assert multilingual_spec.title in body
    root = docx_xml(path)
    arabic = [
        p
        for p in root.iter("{*}p")
        if MULTILINGUAL["ar"][:10] in "".join(t.text or "" for t in p.iter("{*}t"))
    ]
    assert arabic and arabic[0].find("{*}pPr/{*}bidi") is not None
    assert any(r.find("{*}rPr/{*}rtl") is not None for r in arabic[0].iter("{*}r"))
    rels = docx_xml(path, "word/_rels/footnotes.xml.rels")
    assert any(r.get("Target") == "https://example.org/report?a=1&b=2" for r in rels)


def test_multilingual_pdf(workspace, multilingual_spec, tmp_path):
    from pypdf import PdfReader

    (path,) = workspace.exports.export_brief(multilingual_spec, ["pdf"], tmp_path)
    reader = PdfReader(str(path))
    text = "".join(p.extract_text() for p in reader.pages)
    flat = squash(unicodedata.normalize("NFKC", text))
    for lang in ("fr", "ru", "zh"):
        assert squash(MULTILINGUAL[lang]) in flat, lang
    for word in re.findall(r"\w+", MULTILINGUAL["ar"]):  # Arabic comes out shaped, in visual order
        assert word in flat or word[::-1] in flat, word
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoNaskhArabic" in f for f in fonts) and any("WenQuanYi" in f for f in fonts)


def test_long_dossier_keeps_every_note_with_its_quote(workspace, tmp_path):
    """Many pages of page-foot notes: the room kept for notes never carries over to the next page."""
    from dataclasses import replace

    items = list(workspace.library)
    snapshots, entries = {}, []
    for n in range(150):
        copy = replace(items[n % len(items)], id=f"copy-{n}")
        snapshots[copy.id] = (copy, workspace.library.source_of(items[n % len(items)]))
        entries.append((copy.id, ""))
    spec = BriefSpec.make(
        title="Long", entries=tuple(entries), template="full-dossier", grouping="ordered", snapshots=snapshots
    )
    doc = workspace.exports.compose_brief(spec)
    (path,) = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    pages = [squash(p) for p in pdf_pages(path)]
    assert len(pages) > 15
    page = 0
    for block in doc.items():  # in reading order; some items end with the same words, so look ahead only
        tail = squash(block.paragraphs[-1])[-40:]
        page = next(n for n in range(page, len(pages)) if tail in pages[n])
        note = squash(f"{block.citation.number}{doc.notes[block.citation.number - 1].text}")
        assert note in pages[page], block.item_id


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_note_on_a_key_fact_is_printed_in_every_format(workspace, tmp_path, template):
    fact = next(i for i in workspace.library if i.kind == "fact")
    recommendation = next(i for i in workspace.library if i.kind == "recommendation")
    spec = BriefSpec.make(
        title="Notes on facts",
        template=template,
        entries=((fact.id, "Quote this figure first."), (recommendation.id, "")),
    )
    docx, pdf, md = workspace.exports.export_brief(spec, ["docx", "pdf", "md"], tmp_path)
    assert any("Quote this figure first." in text for _, text in paragraphs(docx))
    assert squash("Quote this figure first.") in squash("".join(pdf_pages(pdf)))
    assert "Quote this figure first." in md.read_text("utf-8")
