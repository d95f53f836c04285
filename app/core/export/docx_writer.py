"""The DOCX writer (the one module that imports python-docx): real footnotes, TOC, styles by name."""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor

from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    NoteList,
    NotesSpace,
    Paragraph,
    Section,
    SourceList,
    TableOfContents,
    TitleBlock,
    UnknownNodeError,
)
from app.core.errors import BriefpackError
from app.core.export import docx_xml as dx
from app.core.export.docx_styles import ROLES, STYLES, StyleSpec
from app.core.export.templates import Template

W = f"{{{dx.W}}}"


def style_ids(document) -> dict[str, str]:
    """Style name (case-insensitive) -> style id, read once from styles.xml."""
    found = {}
    for style in document.styles.element.findall(f"{W}style"):
        name = style.find(f"{W}name")
        if name is not None:
            found[name.get(f"{W}val").lower()] = style.get(f"{W}styleId")
    return found


def missing_styles(path: Path) -> list[str]:
    """The style names the writer needs that a reference.docx lacks."""
    ids = style_ids(docx.Document(str(path)))
    return [name for name in ROLES.values() if name.lower() not in ids]


class DocxWriter:
    """Renders a Document into the template's reference.docx."""

    name = "docx"
    extension = "docx"

    def __init__(self, template: Template, tick: Callable[[], None] = lambda: None) -> None:
        self.template = template
        self.tick = tick

    # -- set-up ----------------------------------------------------------
    def _open(self):
        path = self.template.reference_docx
        try:
            return docx.Document(str(path))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise BriefpackError(f"The template {self.template.name} has no usable reference.docx.",
                                 detail=f"{path}: {exc}",
                                 hint="Reinstall Briefpack or repair the template.") from exc

    def render(self, doc: Document) -> bytes:
        self.doc = doc
        document = self._open()
        self.document = document
        ids = style_ids(document)
        self.s = {role: ids.get(name.lower(), "Normal") for role, name in ROLES.items()}
        body = document.element.body
        for child in list(body):
            if child.tag != f"{W}sectPr":
                body.remove(child)
        self.out: list[str] = []
        self.note_runs: list[tuple[int, str]] = []
        self.notes_part = self._notes_part() if doc.citation_style in ("footnotes", "endnotes") else None
        self.bookmarks = {h.anchor: (f"_Toc{n:06d}", n) for n, h in enumerate(doc.headings(3), 1)}
        self.page_break_next = False
        self.has_toc = False
        for block in doc.blocks:
            self._block(block)
        sect_pr = body.find(f"{W}sectPr")
        for child in list(parse_xml(dx.body(self.out))):
            sect_pr.addprevious(child)
        if doc.meta.logo and any(isinstance(b, TitleBlock) for b in doc.blocks):
            self._logo(body)
        self._finish_notes()
        self._header_footer()
        self._properties()
        if self.has_toc:
            settings = document.settings.element
            settings.insert(0, parse_xml(f'<w:updateFields {dx.NS} w:val="true"/>'))
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    # -- blocks ----------------------------------------------------------
    def _para(self, role: str, content: str, text: str = "", keep_next: bool = False) -> None:
        self.out.append(dx.paragraph(self.s[role], content, text, keep_next, self.page_break_next))
        self.page_break_next = False

    def _block(self, block: object) -> None:
        if isinstance(block, TitleBlock):
            self._title(block)
        elif isinstance(block, TableOfContents):
            self.has_toc = True
            self._para("toc_heading", dx.run(block.title))
            headings = self.doc.headings(block.levels)
            entries = [(h.level, h.text, self.bookmarks[h.anchor][0]) for h in headings]
            self.out.append(dx.toc(entries, self.s, block.levels))
            self.page_break_next = True
        elif isinstance(block, Section):
            self._heading(block.heading)
            for child in block.blocks:
                self._block(child)
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._para("body", dx.run(block.text), block.text)
        elif isinstance(block, KeyMessages):
            for message in block.messages:
                self._para("list_number", dx.run(message), message)
        elif isinstance(block, KeyFacts):
            if block.title:
                title = dx.run(block.title, dx.rpr(self.s["strong"]))
                self._para("fact", title, block.title, keep_next=True)
            for fact in block.facts:
                text = " ".join(fact.paragraphs)
                self._para("fact", dx.run(text) + self._mark(fact), text, keep_next=bool(fact.note))
                if fact.note:
                    self._para("note", dx.run("Note: ", dx.rpr(self.s["strong"])) + dx.run(fact.note),
                               fact.note)
                self.tick()
        elif isinstance(block, ItemBlock):
            self._item(block)
        elif isinstance(block, NotesSpace):
            self._para("lead_in", dx.run(block.title), keep_next=True)
            for _ in range(block.lines):
                self._para("notes_line", "<w:r><w:tab/></w:r>")
        elif isinstance(block, SourceList):
            self._heading(block.heading)
            for entry in block.entries:
                content = dx.run(f"[{entry.number}] ") if block.numbered else ""
                if entry.label:
                    content += dx.run(f"{entry.label}: ", dx.rpr(self.s["strong"]))
                content += dx.run(entry.text)
                if entry.url:
                    content += dx.run(" ") + self._link(entry.url)
                self._para("bibliography", content, entry.text)
                for detail in entry.details:
                    self._para("source_details", dx.run(detail), detail)
        elif isinstance(block, NoteList):
            # Word keeps real endnotes after the last paragraph: this heading introduces them.
            self._heading(block.heading)
        else:
            raise UnknownNodeError("DOCX", block)

    def _heading(self, heading: Heading) -> None:
        role = {1: "h1", 2: "h2"}.get(heading.level, "h3")
        name, number = self.bookmarks.get(heading.anchor, (heading.anchor, 0))
        content = dx.run(heading.text)
        if number:
            content = dx.bookmark(content, name, number)
        self._para(role, content, heading.text)

    def _title(self, block: TitleBlock) -> None:
        meta = self.doc.meta
        if meta.marking:
            self._para("marking", dx.run(meta.marking), meta.marking)
        self._para("title", dx.run(meta.title), meta.title)
        if meta.subtitle:
            self._para("subtitle", dx.run(meta.subtitle), meta.subtitle)
        for detail in (meta.meeting, meta.date, meta.author, meta.organisation):
            if detail:
                self._para("cover", dx.run(detail), detail)
        if meta.audience_note:
            label = self.template.labels["prepared_for"]
            self._para("body", dx.run(f"{label}: ", dx.rpr(self.s["strong"])) + dx.run(meta.audience_note),
                       meta.audience_note)
        if block.cover:
            self.page_break_next = True

    def _mark(self, item: ItemBlock) -> str:
        ref = item.citation
        if ref is None:
            return ""
        if self.doc.citation_style == "inline":
            return dx.run(f" ({ref.text.removesuffix('.')})")
        kind = "footnote" if self.doc.citation_style == "footnotes" else "endnote"
        return dx.note_reference(kind, ref.number, self.s[f"{kind}_ref"])

    def _item(self, item: ItemBlock) -> None:
        if item.lead_in:
            self._para("lead_in", dx.run(item.lead_in), item.lead_in, keep_next=True)
        last = len(item.paragraphs) - 1
        for n, text in enumerate(item.paragraphs):
            mark = self._mark(item) if n == last else ""
            self._para("quote", dx.run(text) + mark, text, keep_next=n < last or bool(item.note))
        if item.note:
            self._para("note", dx.run("Note: ", dx.rpr(self.s["strong"])) + dx.run(item.note), item.note)
        self.tick()

    def _link(self, url: str, part=None) -> str:
        part = part or self.document.part
        rel_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
        return dx.hyperlink(rel_id, url, self.s["hyperlink"])

    # -- notes -----------------------------------------------------------
    def _notes_part(self):
        kind = "footnotes" if self.doc.citation_style == "footnotes" else "endnotes"
        reltype = RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES
        for rel in self.document.part.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                return rel.target_part
        content_type = CT.WML_FOOTNOTES if kind == "footnotes" else CT.WML_ENDNOTES
        part = Part(PackURI(f"/word/{kind}.xml"), content_type, b"", self.document.part.package)
        self.document.part.relate_to(part, reltype)
        return part

    def _finish_notes(self) -> None:
        if self.notes_part is None:
            return
        kind = "footnote" if self.doc.citation_style == "footnotes" else "endnote"
        runs = []
        for note in self.doc.notes:
            content = dx.run(note.text)
            if note.url:
                content += dx.run(" ") + self._link(note.url, self.notes_part)
            runs.append((note.number, content))
        blob = dx.notes_part(kind, runs, self.s[f"{kind}_text"], self.s[f"{kind}_ref"])
        if isinstance(self.notes_part, XmlPart):
            self.notes_part._element = parse_xml(blob)
        else:
            self.notes_part._blob = blob

    # -- page furniture and properties -------------------------------------
    def _logo(self, body) -> None:
        paragraph = self.document.add_paragraph()
        try:
            paragraph.add_run().add_picture(self.doc.meta.logo, height=Mm(14))
        except Exception as exc:  # python-docx raises several types for a bad image
            body.remove(paragraph._p)
            raise BriefpackError("The branding logo could not be placed in the Word file.",
                                 detail=f"{self.doc.meta.logo}: {exc}",
                                 hint="Choose a PNG or JPEG logo in the branding profile.") from exc
        first = next(iter(body))
        first.addprevious(paragraph._p)

    def _header_footer(self) -> None:
        meta = self.doc.meta
        section = self.document.sections[0]
        cover = any(isinstance(b, TitleBlock) and b.cover for b in self.doc.blocks)
        section.different_first_page_header_footer = cover
        header_text = " · ".join(t for t in (meta.title, meta.marking) if t)
        self._fill(section.header.paragraphs[0], "header", dx.run(header_text), header_text)
        props = dx.rpr()
        footer = dx.run(meta.footer_text or meta.organisation) + '<w:r><w:tab/></w:r>'
        footer += dx.run("Page ") + dx.field("PAGE", "1", props)
        footer += dx.run(" of ") + dx.field("NUMPAGES", "1", props)
        self._fill(section.footer.paragraphs[0], "footer", footer, meta.footer_text)

    def _fill(self, paragraph, role: str, content: str, text: str) -> None:
        new = parse_xml(dx.body([dx.paragraph(self.s[role], content, text)]))[0]
        paragraph._p.addprevious(new)
        paragraph._p.getparent().remove(paragraph._p)

    def _properties(self) -> None:
        meta = self.doc.meta
        props = self.document.core_properties
        props.title = meta.title[:255]
        props.subject = (meta.subject or meta.subtitle)[:255]
        props.author = (meta.author or meta.organisation)[:255]
        props.keywords = ", ".join(meta.keywords)[:255]
        props.language = meta.language
        props.category = self.template.name
        props.comments = f"{self.doc.item_count} quoted items with their sources."
        props.created = props.modified = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
        props.last_modified_by = (meta.author or meta.organisation)[:255]
        props.revision = 1


# -- reference.docx ------------------------------------------------------------
def build_reference_docx(template: Template) -> bytes:
    """A reference.docx with every style the writer uses, set from the template's manifest."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != f"{W}sectPr":
            body.remove(child)
    section = document.sections[0]
    width_mm, height_mm = template.page_mm
    top, right, bottom, left = template.margins_mm
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = section.footer_distance = Mm(min(top, bottom) / 2)
    text_width = Mm(width_mm - left - right)
    by_name = {s.name.lower(): s for s in document.styles}
    for spec in STYLES:
        style = by_name.get(spec.name.lower())
        if style is None:
            kind = WD_STYLE_TYPE.CHARACTER if spec.kind == "character" else WD_STYLE_TYPE.PARAGRAPH
            style = document.styles.add_style(spec.name, kind)
            style.element.set(f"{W}styleId", spec.style_id)
            by_name[spec.name.lower()] = style
        if spec.base:
            style.base_style = by_name[spec.base.lower()]
        style.hidden = False
        style.quick_style = spec.kind == "paragraph"
        _apply(style, spec, template, text_width)
    latent = document.styles.element.find(f"{W}latentStyles")
    if latent is not None:
        document.styles.element.remove(latent)
    document.core_properties.title = template.name
    document.core_properties.comments = template.description
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _apply(style, spec: StyleSpec, template: Template, text_width) -> None:
    font = style.font
    font.name = template.docx_heading_font if spec.font == "heading" else template.docx_font
    if spec.size:
        font.size = Pt(template.sizes[spec.size])
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.colour:
        font.color.rgb = RGBColor.from_string(template.colours[spec.colour].lstrip("#").upper())
    if spec.superscript:
        font.superscript = True
    if spec.caps:
        font.all_caps = True
    rpr = style.element.get_or_add_rPr()
    italic = rpr.find(f"{W}i")
    if italic is not None and rpr.find(f"{W}iCs") is None:   # right-to-left text follows iCs
        italic.addnext(parse_xml(f'<w:iCs {dx.NS} w:val="{"1" if spec.italic else "0"}"/>'))
    fonts = rpr.get_or_add_rFonts()
    fonts.set(f"{W}cs", "Arial")
    fonts.set(f"{W}eastAsia", "Microsoft YaHei")
    if spec.kind == "character":
        return
    fmt = style.paragraph_format
    scale = template.spacing
    if spec.before is not None:
        fmt.space_before = Pt(spec.before * scale)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after * scale)
    if spec.indent_mm:
        fmt.left_indent = Mm(spec.indent_mm + spec.hanging_mm)
    if spec.hanging_mm:
        fmt.first_line_indent = Mm(-spec.hanging_mm)
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.line_pt:
        fmt.line_spacing = Pt(spec.line_pt)
    if spec.align:
        fmt.alignment = {"center": 1, "right": 2}[spec.align]
    if spec.tab_right:
        leader = {"dots": WD_TAB_LEADER.DOTS, "lines": WD_TAB_LEADER.LINES}.get(spec.leader,
                                                                            WD_TAB_LEADER.SPACES)
        fmt.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, leader)
    ppr = style.element.get_or_add_pPr()
    successors = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:bidi", "w:spacing", "w:ind", "w:jc",
                  "w:outlineLvl", "w:rPr")
    rule = template.colours["rule"].lstrip("#")
    accent = template.colours["accent"].lstrip("#")
    if spec.border:
        sides = {"left": [("left", accent, 18, 8)], "bottom": [("bottom", rule, 6, 2)],
                 "box": [(s, rule, 6, 4) for s in ("top", "left", "bottom", "right")]}[spec.border]
        inner = "".join(f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'
                        for side, colour, size, space in sides)
        ppr.insert_element_before(parse_xml(f"<w:pBdr {dx.NS}>{inner}</w:pBdr>"), *successors)
    if spec.shading:
        fill = template.colours[spec.shading].lstrip("#")
        ppr.insert_element_before(parse_xml(f'<w:shd {dx.NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                                  *successors[1:])
    if spec.name == "TOC Heading":
        ppr.insert_element_before(parse_xml(f'<w:outlineLvl {dx.NS} w:val="9"/>'), "w:rPr")
