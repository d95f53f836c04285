"""What a delegate hands out, read back: who says what, headings that follow the pack, pages that
keep together, the page budget, languages, and nothing printed outside its box."""

from __future__ import annotations

import re

from pypdf import PdfReader

from app.cli import main
from app.core.compose import BriefSpec
from app.core.export.pdf import flowables, fonts
from app.core.search import Query
from tests.export.helpers import docx_xml, paragraphs, pdf_pages, squash

LABELS = ("h1", "h2", "attribution", "lead_in", "lines_title")


def _mixed_spec(workspace) -> BriefSpec:
    """Two items continuing one lead-in, then ICAT's own commitment, then a fact, then the lead-in again."""
    call = [
        i for i in workspace.library.items_of("icat-call-2021") if i.lead_in == "ICAT calls on States to:"
    ]
    commitment = next(i for i in workspace.library.items_of("icat-poa-2020") if i.kind == "commitment")
    fact = next(i for i in workspace.library if i.kind == "fact" and i.source_id != "icat-call-2021")
    ids = [call[0].id, call[1].id, commitment.id, fact.id, call[2].id]
    return BriefSpec.make(
        title="Mixed sources",
        entries=tuple((i, "") for i in ids),
        grouping="ordered",
        template="full-dossier",
    )


def _drawn(workspace, spec, tmp_path, monkeypatch) -> tuple[list, object]:
    drawn: list = []
    monkeypatch.setattr(flowables.NotedParagraph, "drawn", drawn)
    files = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    return drawn, files


def test_a_lead_in_governs_only_the_items_of_its_source_and_kind_in_word(workspace, tmp_path):
    spec = _mixed_spec(workspace)
    (path,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    items = {workspace.item(i).text: workspace.item(i) for i, _ in spec.entries}
    governing = None
    checked = 0
    for style, text in paragraphs(path):
        if style in ("Attribution", "Heading1", "Heading2"):
            governing = None
        elif style == "Lead-in":
            governing = text
        elif style.startswith("Quote") and text.strip():
            text = re.sub(r"^\[[^\]]*\] ", "", text)  # an editorial context printed before the quote
            item = next(i for t, i in items.items() if t.startswith(text[:60]) or text.startswith(t[:60]))
            if governing is not None:
                assert item.lead_in == governing, f"{item.id} printed under a lead-in it does not continue"
                checked += 1
    assert checked == 3  # the two items after the first lead-in and the one after it is repeated


def test_each_quote_says_what_it_is_and_whose_in_every_format(workspace, tmp_path):
    spec = _mixed_spec(workspace)
    docx, pdf, md = workspace.exports.export_brief(spec, ["docx", "pdf", "md"], tmp_path)
    attributions = [text for style, text in paragraphs(docx) if style == "Attribution"]
    assert attributions == [
        "Recommendation · ICAT Call for Action 2021",
        "Commitment of ICAT · ICAT Plan of Action 2020",
        attributions[2],
        "Recommendation · ICAT Call for Action 2021",
    ]
    assert attributions[2].startswith("Background fact · ")
    pdf_text = squash("".join(pdf_pages(pdf)))
    markdown = md.read_text("utf-8")
    for line in attributions:
        assert squash(line) in pdf_text and line in markdown
    # the commitment does not read as continuing "ICAT calls on States to:"
    commitment = workspace.item(spec.entries[2][0]).text
    between = pdf_text[
        pdf_text.index(squash("ICAT calls on States to:")) : pdf_text.index(squash(commitment[:50]))
    ]
    assert squash("Commitment of ICAT") in between


def test_every_quote_is_its_own_block_in_markdown(workspace, tmp_path):
    (md,) = workspace.exports.export_brief(_mixed_spec(workspace), ["md"], tmp_path)
    blocks = [b for b in md.read_text("utf-8").split("\n\n") if b.startswith(">")]
    assert len(blocks) == 5


def test_word_headings_are_the_chosen_themes(workspace, tmp_path):
    hits = workspace.search(Query(themes=("technology", "children"))).hits
    spec = BriefSpec.make(
        title="Technology",
        entries=tuple((h.item_id, "") for h in hits[:20]),
        themes=("technology",),
        template="full-dossier",
    )
    (path,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    headings = [text for style, text in paragraphs(path) if style == "Heading1"]
    assert headings[0] == workspace.taxonomy.label("technology")


def test_no_pdf_line_is_drawn_outside_its_box(workspace, tmp_path, monkeypatch):
    ids = [i.id for i in workspace.library][:60]
    for template in ("meeting-brief", "training-handout", "full-dossier"):
        spec = BriefSpec.make(
            title="All",
            entries=tuple((i, "Raise it.") for i in ids),
            template=template,
            key_messages=("Invest in prevention.",),
        )
        drawn, _ = _drawn(workspace, spec, tmp_path, monkeypatch)
        assert drawn
        for para, _, _ in drawn:
            if not hasattr(para, "frags"):
                continue  # ruled lines
            style = para.style
            for line_font in {(f.fontName, f.fontSize) for f in para.frags if hasattr(f, "fontName")}:
                font, size = line_font
                # the last line's baseline sits (leading - size) above the box's foot; its descenders must fit
                room = style.leading - style.fontSize
                assert room >= fonts.descent(font) * size - 0.01, (template, style.name, font, size)


def test_no_heading_or_label_ends_a_page(workspace, tmp_path, monkeypatch):
    ids = [i.id for i in workspace.library]
    for template in ("meeting-brief", "training-handout", "full-dossier"):
        spec = BriefSpec.make(
            title="Every item",
            entries=tuple((i, "") for i in ids),
            template=template,
            grouping="theme/source" if template == "full-dossier" else "",
        )
        drawn, _ = _drawn(workspace, spec, tmp_path, monkeypatch)
        for n, (para, page, (_, y)) in enumerate(drawn):
            if para.style.name.split("-")[0] not in LABELS:
                continue
            below = [
                q
                for q, p, (_, y2) in drawn[n + 1 :]
                if p == page
                and y2 < y
                and getattr(q, "style", None)
                and q.style.name.split("-")[0] not in LABELS
            ]
            assert below, f"{template}: {para.text[:40]!r} ends page {page}"


def test_the_meeting_brief_warns_over_its_target_and_fits_when_asked(workspace, tmp_path, capsys):
    args = [
        "--home",
        str(workspace.home),
        "build",
        "--themes",
        "children",
        "--audiences",
        "justice",
        "--template",
        "meeting-brief",
        "--format",
        "pdf",
        "--title",
        "Children and law enforcement",
    ]
    assert main([*args, "-o", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err
    pages = len(PdfReader(str(tmp_path / "a" / "Children and law enforcement.pdf")).pages)
    assert pages > 2
    assert f"pages: {pages} pages (target 2)".split(": ", 1)[1] in err and "--fit" in err
    assert main([*args, "--fit", "-o", str(tmp_path / "b")]) == 0
    err = capsys.readouterr().err
    assert len(PdfReader(str(tmp_path / "b" / "Children and law enforcement.pdf")).pages) <= 2
    assert "left out:" in err  # never silently


def test_pdf_and_word_say_their_language(workspace, tmp_path):
    source_text = "Les États doivent protéger les enfants.\n\nيجب على الدول حماية الأطفال."
    workspace.edits.add_source(
        {
            "id": "fr-source",
            "title": "Déclaration",
            "issuer": "Test (TST)",
            "date": "2024",
            "language": "fr",
            "text": source_text,
        },
        [
            {
                "id": "fr-1",
                "text": "Les États doivent protéger les enfants.",
                "locator": "para 1",
                "themes": ["children"],
                "audiences": ["states"],
                "kind": "recommendation",
            },
            {
                "id": "ar-1",
                "text": "يجب على الدول حماية الأطفال.",
                "locator": "para 2",
                "themes": ["children"],
                "audiences": ["states"],
                "kind": "recommendation",
            },
        ],
    )
    spec = BriefSpec.make(title="Languages", entries=(("fr-1", ""), ("ar-1", "")), template="meeting-brief")
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    styles = docx_xml(docx, "word/styles.xml")
    default = styles.find("{*}docDefaults/{*}rPrDefault/{*}rPr/{*}lang")
    assert default is not None and default.get(f"{{{styles.nsmap['w']}}}val") == "en-GB"
    runs = list(docx_xml(docx).iter("{*}r"))
    w = styles.nsmap["w"]

    def lang_of(text: str) -> dict:
        run = next(r for r in runs if text in "".join(t.text or "" for t in r.iter("{*}t")))
        lang = run.find("{*}rPr/{*}lang")
        return dict(lang.attrib) if lang is not None else {}

    assert lang_of("Les États")[f"{{{w}}}val"] == "fr"
    assert lang_of("حماية")[f"{{{w}}}bidi"] == "ar-SA"
    core = docx_xml(docx, "docProps/core.xml")
    assert next(el.text for el in core if el.tag.endswith("language")) == "en-GB"


PAINTING = {b"Tj", b"TJ", b"'", b'"', b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"Do", b"sh"}


def test_the_pdf_is_tagged_every_mark_in_its_structure_and_nothing_drawn_outside(workspace, tmp_path):
    from pypdf.generic import ContentStream

    entries = tuple((i.id, "Raise it.") for i in list(workspace.library)[:40])
    spec = BriefSpec.make(
        title="Tagged", entries=entries, template="full-dossier", key_messages=("Invest in prevention.",)
    )
    (pdf,) = workspace.exports.export_brief(spec, ["pdf"], tmp_path)
    reader = PdfReader(str(pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    document = root["/StructTreeRoot"]["/K"]
    elements = [k.get_object() for k in document["/K"]]
    roles = [str(e["/S"]) for e in elements]
    assert roles[0] == "/H1" and {"/H2", "/BlockQuote", "/Note", "/L"} <= set(roles)
    quotes = [e for e in elements if e["/S"] == "/BlockQuote"]
    assert len(quotes) == 40 and all(str(k.get_object()["/S"]) == "/P" for q in quotes for k in q["/K"])
    lists = [e for e in elements if e["/S"] == "/L"]
    assert [str(k.get_object()["/S"]) for k in lists[0]["/K"]] == ["/LI"]
    nums = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    parents = {int(nums[i]): nums[i + 1].get_object() for i in range(0, len(nums), 2)}
    for index, page in enumerate(reader.pages):
        assert int(page["/StructParents"]) == index
        depth, mcids = 0, []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
                if operator == b"BDC":
                    mcids.append(int(operands[1]["/MCID"]))
            elif operator == b"EMC":
                depth -= 1
            elif operator in PAINTING:
                assert depth > 0, f"page {index + 1}: {operator!r} drawn outside any tag or artifact"
        assert mcids == list(range(len(mcids)))
        assert len(parents[index]) == len(mcids)  # every mark has its element in the structure
