"""The DOCX writer (the one module that imports python-docx): real footnotes, TOC, styles by name."""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from app.core.citations import Styled
from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    NoteList,
    NotesSpace,
    Paragraph,
    QuoteGroup,
    SourceList,
    TableOfContents,
    TitleBlock,
)
from app.core.errors import BriefpackError
from app.core.export import docx_xml as dx
from app.core.export.docx_styles import BUILT_IN, FONT_FALLBACKS, FONT_NAMES, ROLES, STYLES, StyleSpec
from app.core.export.writer import Writer, safe_url
from app.core.templates import Template

W = f"{{{dx.W}}}"
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"


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


def _cut_at_word(text: str, limit: int = 255) -> str:
    """At most `limit` characters, cut after a whole keyword (Word's property limit)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(", ")] if ", " in cut else cut.rsplit(" ", 1)[0]


class DocxWriter(Writer):
    """Renders a Document into the template's reference.docx."""

    name = "docx"
    extension = "docx"
    pages = 0  # the page count of the laid-out PDF, for the file's properties, when known

    # -- set-up ----------------------------------------------------------
    def _open(self):
        path = self.template.reference_docx
        try:
            return docx.Document(str(path))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise BriefpackError(
                f"The template {self.template.name} has no usable reference.docx.",
                detail=f"{path}: {exc}",
                hint="Reinstall Briefpack or repair the template.",
            ) from exc

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
        self.notes_part = self._notes_part() if doc.citation_style in ("footnotes", "endnotes") else None
        self.bookmarks = {h.anchor: (f"_Toc{n:06d}", n) for n, h in enumerate(doc.headings(3), 1)}
        self.page_break_next = False
        self.has_toc = False
        self.lang = doc.meta.language
        self.rtl = doc.labels.rtl   # a right-to-left brief: its own paragraphs, notes and pages mirrored
        self.visit_all(doc.blocks)
        sect_pr = body.find(f"{W}sectPr")
        for child in list(parse_xml(dx.body(self.out))):
            sect_pr.addprevious(child)
        if doc.meta.logo and any(isinstance(b, TitleBlock) for b in doc.blocks):
            self._logo(body)
        self._finish_notes()
        self._header_footer()
        self._language()
        self._properties()
        if self.has_toc:
            settings = document.settings.element
            settings.insert(0, parse_xml(f'<w:updateFields {dx.NS} w:val="true"/>'))
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    # -- text --------------------------------------------------------------
    def _para(
        self, role: str, content: str, text: str = "", keep_next: bool = False, own: bool = True
    ) -> None:
        """A paragraph; the brief's own text (`own`: not a verbatim quote) in the brief's direction."""
        self.out.append(dx.paragraph(self.s[role], content, text, keep_next, self.page_break_next,
                                     rtl=self.rtl and own))
        self.page_break_next = False

    def _run(self, text: str, props: str = "", lang: str = "") -> str:
        return dx.run(text, props, lang if lang and lang.split("-")[0] != self.lang.split("-")[0] else "")

    def _styled(self, text: Styled, props: str = "") -> str:
        return "".join(
            self._run(piece, dx.rpr(italic=True) if italic else props) for piece, italic in text.runs()
        )

    def _ltr_block(self, text: str, content: str) -> str:
        """In a right-to-left brief, left-to-right `content` (its plain `text`) kept in its own order."""
        if not self.rtl:
            return content
        start, end = dx.ltr_embedding(text)
        return self._run(start) + content + self._run(end)

    def _strong(self, text: str) -> str:
        return self._run(text, dx.rpr(self.s["strong"]))

    def _link(self, url: str, part=None) -> str:
        if not safe_url(url):
            return self._run(url)
        part = part or self.document.part
        rel_id = part.relate_to(url.strip(), RT.HYPERLINK, is_external=True)
        return dx.hyperlink(rel_id, url, self.s["hyperlink"])

    # -- blocks ----------------------------------------------------------
    def visit_title_block(self, block: TitleBlock) -> None:
        meta, brief = self.tree.meta, self.tree.meta.brief
        if meta.marking:
            self._para("marking", self._run(meta.marking), meta.marking)
        self._para("title", self._run(brief.title), brief.title)
        if brief.subtitle:
            self._para("subtitle", self._run(brief.subtitle), brief.subtitle)
        for detail in (brief.meeting, brief.date, brief.author, brief.organisation, block.scope):
            if detail:
                self._para("cover", self._run(detail), detail)
        if brief.audience_note:
            label = self.labels["prepared_for"]
            self._para(
                "body", self._strong(f"{label} ") + self._run(brief.audience_note), brief.audience_note
            )
        if block.cover:
            self.page_break_next = True

    def visit_table_of_contents(self, block: TableOfContents) -> None:
        self.has_toc = True
        self._para("toc_heading", self._run(block.title))
        pages = dict(block.pages)
        entries = [
            (h.level, h.text, self.bookmarks[h.anchor][0], str(pages.get(h.anchor, "")))
            for h in self.tree.headings(block.levels)
        ]
        self.out.append(dx.toc(entries, self.s, block.levels, self.rtl))
        self.page_break_next = True

    def visit_heading(self, heading: Heading) -> None:
        role = {1: "h1", 2: "h2"}.get(heading.level, "h3")
        name, number = self.bookmarks.get(heading.anchor, (heading.anchor, 0))
        content = self._run(heading.text)
        if number:
            content = dx.bookmark(content, name, number)
        self._para(role, content, heading.text)

    def visit_paragraph(self, block: Paragraph) -> None:
        self._para("body", self._run(block.text), block.text)

    def visit_key_messages(self, block: KeyMessages) -> None:
        for message in block.messages:
            self._para("list_number", self._run(message), message)

    def visit_key_facts(self, block: KeyFacts) -> None:
        if block.title:
            self._para("fact", self._strong(block.title), block.title, keep_next=True)
        for fact in block.facts:
            text = " ".join(fact.paragraphs)
            content = self._context(fact) + self._run(text, lang=fact.language) + self._mark(fact)
            if fact.source_label:
                content += self._run(f" — {fact.source_label}", dx.rpr(self.s["source_label"]))
            self._para("fact", content, text, keep_next=bool(fact.note), own=False)
            if fact.note:
                self._note(fact.note, "fact_note")
            self.tick()

    def visit_quote_group(self, group: QuoteGroup) -> None:
        self._para("attribution", self._run(group.attribution), group.attribution, keep_next=True)
        if group.lead_in:
            self._para("lead_in", self._run(group.lead_in), group.lead_in, keep_next=True, own=False)
        for n, item in enumerate(group.items):
            self._quote(item, "quote_next" if n % 2 else "quote")

    def _context(self, item: ItemBlock) -> str:
        return self._run(self.context(item) + " ", dx.rpr(self.s["context"])) if item.context else ""

    def _mark(self, item: ItemBlock) -> str:
        mark = self.mark(item)
        if mark is None:
            return ""
        if mark.kind == "inline":
            return self._run(" (") + self._styled(mark.styled) + self._run(")")
        return dx.note_reference(mark.kind, mark.number, self.s[f"{mark.kind}_ref"])

    def _quote(self, item: ItemBlock, role: str) -> None:
        last = len(item.paragraphs) - 1
        for n, text in enumerate(item.paragraphs):
            content = (self._context(item) if n == 0 else "") + self._run(text, lang=item.language)
            if n == last:
                content += self._mark(item)
            self._para(
                role if n == last else f"{role}_cont", content, text, keep_next=n < last or bool(item.note),
                own=False,
            )
        if item.note:
            self._note(item.note)
        self.tick()

    def _note(self, note: str, role: str = "note") -> None:
        self._para(role, self._strong(self.labels["note"] + " ") + self._run(note), note)

    def visit_notes_space(self, block: NotesSpace) -> None:
        self._para("lines_title", self._run(block.title), block.title, keep_next=True)
        for n in range(block.lines):
            self._para("notes_line", "<w:r><w:tab/></w:r>", keep_next=n < block.lines - 1)

    def visit_source_list(self, block: SourceList) -> None:
        self.visit(block.heading)
        for entry in block.entries:
            content = self._run(f"[{entry.number}] ") if block.numbered else ""
            if entry.label:
                content += self._strong(f"{entry.label}: ")
            cited = self._styled(entry.styled)
            if entry.url:
                cited += self._run(" ") + self._link(entry.url)
            content += self._ltr_block(entry.text, cited)
            # an entry and its details stay on one page
            self._para("bibliography", content, entry.text, keep_next=bool(entry.details))
            for n, detail in enumerate(entry.details):
                self._para("source_details", self._run(detail), detail, keep_next=n < len(entry.details) - 1)

    def visit_note_list(self, block: NoteList) -> None:
        # Word keeps real endnotes after the last paragraph: this heading introduces them.
        self.visit(block.heading)

    # -- notes -----------------------------------------------------------
    def _notes_part(self):
        kind = "footnotes" if self.tree.citation_style == "footnotes" else "endnotes"
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
        kind = "footnote" if self.tree.citation_style == "footnotes" else "endnote"
        runs = []
        for note in self.tree.notes:
            content = self._styled(note.styled)
            if note.url:
                content += self._run(" ") + self._link(note.url, self.notes_part)
            runs.append((note.number, self._ltr_block(note.text, content)))
        blob = dx.notes_part(kind, runs, self.s[f"{kind}_text"], self.s[f"{kind}_ref"], self.rtl)
        if isinstance(self.notes_part, XmlPart):
            self.notes_part._element = parse_xml(blob)
        else:
            self.notes_part._blob = blob

    # -- page furniture and properties -------------------------------------
    def _logo(self, body) -> None:
        paragraph = self.document.add_paragraph()
        try:
            paragraph.add_run().add_picture(self.tree.meta.logo, height=Mm(14))
        except Exception as exc:  # python-docx raises several types for a bad image
            body.remove(paragraph._p)
            raise BriefpackError(
                "The branding logo could not be placed in the Word file.",
                detail=f"{self.tree.meta.logo}: {exc}",
                hint="Choose a PNG or JPEG logo in the branding profile.",
            ) from exc
        first = next(iter(body))
        first.addprevious(paragraph._p)

    def _header_footer(self) -> None:
        meta = self.tree.meta
        section = self.document.sections[0]
        cover = any(isinstance(b, TitleBlock) and b.cover for b in self.tree.blocks)
        section.different_first_page_header_footer = cover
        header_text = " · ".join(t for t in (meta.title, meta.marking) if t)
        self._fill(section.header.paragraphs[0], "header", self._run(header_text), header_text)
        # "Page {page} of {pages}" with both numbers as fields, in the label's own word order
        page = self.labels["page"]
        pieces = []
        for chunk in re.split(r"(\{page\}|\{pages\})", page):
            if chunk == "{page}":
                pieces.append(dx.field("PAGE", "1"))
            elif chunk == "{pages}":
                pieces.append(dx.field("NUMPAGES", str(self.pages or 1)))
            elif chunk:
                pieces.append(self._run(chunk))
        footer = (
            self._run(meta.footer_text or meta.brief.organisation) + "<w:r><w:tab/></w:r>" + "".join(pieces)
        )
        self._fill(section.footer.paragraphs[0], "footer", footer, meta.footer_text)

    def _fill(self, paragraph, role: str, content: str, text: str) -> None:
        new = parse_xml(dx.body([dx.paragraph(self.s[role], content, text, rtl=self.rtl)]))[0]
        paragraph._p.addprevious(new)
        paragraph._p.getparent().remove(paragraph._p)

    def _language(self) -> None:
        """The brief's language as the default of every run (Word's proofing and screen readers)."""
        styles = self.document.styles.element
        defaults = styles.find(f"{W}docDefaults")
        if defaults is None:
            return
        rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
        if rpr is None:
            return
        for old in rpr.findall(f"{W}lang"):
            rpr.remove(old)
        # the brief's language for Latin, East Asian and right-to-left text alike where it is one of them
        east_asian = self.lang if self.lang.split("-")[0] in ("zh", "ja", "ko") else "zh-CN"
        bidi = self.lang if self.rtl else "ar-SA"
        lang = f'<w:lang {dx.NS} w:val="{self.lang}" w:eastAsia="{east_asian}" w:bidi="{bidi}"/>'
        rpr.append(parse_xml(lang))
        if self.rtl:   # the section itself right to left: Word mirrors its page layout
            sect_pr = self.document.element.body.find(f"{W}sectPr")
            if sect_pr is not None and sect_pr.find(f"{W}bidi") is None:
                sect_pr.append(parse_xml(f"<w:bidi {dx.NS}/>"))

    def _properties(self) -> None:
        meta = self.tree.meta
        brief = meta.brief
        props = self.document.core_properties
        props.title = brief.title[:255]
        props.subject = (meta.subject or brief.subtitle)[:255]
        props.author = (brief.author or brief.organisation)[:255]
        props.keywords = _cut_at_word(", ".join(meta.keywords))
        props.language = meta.language
        props.category = self.template.name
        props.comments = self.labels.plural("properties_comment", self.tree.item_count)
        props.created = props.modified = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
        props.last_modified_by = (brief.author or brief.organisation)[:255]
        props.revision = 1
        package = self.document.part.package
        for rel_id, rel in list(package.rels.items()):
            # the template's blank preview image and the app properties of whoever made the template
            if rel.reltype in (THUMBNAIL, EXTENDED):
                del package.rels[rel_id]
        app = Part(
            PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, dx.app_properties(self.pages), package
        )
        package.relate_to(app, EXTENDED)


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
    styles = document.styles.element
    # fonts named directly, not through the theme (a theme font wins over a named one)
    for fonts in styles.iter(f"{W}rFonts"):
        for attribute in [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")]:
            del fonts.attrib[attribute]
    by_name = {s.name.lower(): s for s in document.styles}
    for spec in STYLES:
        style = by_name.get(spec.name.lower())
        if style is None:
            kind = WD_STYLE_TYPE.CHARACTER if spec.kind == "character" else WD_STYLE_TYPE.PARAGRAPH
            style = document.styles.add_style(spec.name, kind)
            style.element.set(f"{W}styleId", spec.style_id)
            by_name[spec.name.lower()] = style
        if spec.name.lower() in BUILT_IN:
            style.element.attrib.pop(f"{W}customStyle", None)
        if spec.base:
            style.base_style = by_name[spec.base.lower()]
        style.hidden = False
        style.quick_style = spec.kind == "paragraph"
        _apply(style, spec, template, text_width)
    for ics in styles.iter(f"{W}iCs"):   # Arabic and Hebrew have no italics: never slant them
        ics.set(f"{W}val", "0")
    latent = styles.find(f"{W}latentStyles")
    if latent is not None:
        styles.remove(latent)
    _font_table(document, template)
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == THUMBNAIL:
            del package.rels[rel_id]
    document.core_properties.title = template.name
    document.core_properties.comments = _cut_at_word(template.description)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _font_table(document, template: Template) -> None:
    """Name the bundled families in the font table with a fallback for machines without them."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            table = rel.target_part
            break
    else:
        return
    element = parse_xml(table.blob) if not isinstance(table, XmlPart) else table.element
    for family in dict.fromkeys((template.font, template.heading_font)):
        fallback, kind = FONT_FALLBACKS[family]
        element.append(
            parse_xml(
                f'<w:font {dx.NS} w:name="{FONT_NAMES[family]}"><w:altName w:val="{fallback}"/>'
                f'<w:charset w:val="00"/><w:family w:val="{kind}"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    if not isinstance(table, XmlPart):
        table._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _apply(style, spec: StyleSpec, template: Template, text_width) -> None:
    font = style.font
    font.name = FONT_NAMES[template.heading_font if spec.font == "heading" else template.font]
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
    for name in ("spacing", "kern"):  # python-docx's Title is letter-spaced
        for old in rpr.findall(f"{W}{name}"):
            rpr.remove(old)
    # right-to-left and complex-script text takes its weight and size from bCs and szCs
    bold = rpr.find(f"{W}b")
    if bold is not None:
        for old in rpr.findall(f"{W}bCs"):
            rpr.remove(old)
        bold.addnext(parse_xml(f'<w:bCs {dx.NS} w:val="{bold.get(f"{W}val", "1")}"/>'))
    size = rpr.find(f"{W}sz")
    if size is not None:
        for old in rpr.findall(f"{W}szCs"):
            rpr.remove(old)
        size.addnext(parse_xml(f'<w:szCs {dx.NS} w:val="{size.get(f"{W}val")}"/>'))
    italic = rpr.find(f"{W}i")
    if italic is not None:
        # right-to-left text follows iCs; Arabic and Hebrew have no italics, so never slant them
        for old in rpr.findall(f"{W}iCs"):
            rpr.remove(old)
        italic.addnext(parse_xml(f'<w:iCs {dx.NS} w:val="0"/>'))
    fonts = rpr.get_or_add_rFonts()
    fonts.set(f"{W}cs", "Noto Naskh Arabic")
    fonts.set(f"{W}eastAsia", "Microsoft YaHei")
    if spec.kind == "character":
        return
    fmt = style.paragraph_format
    scale = template.spacing
    if spec.before is not None:
        fmt.space_before = Pt(spec.before * scale)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after * scale)
    if spec.indent_mm or spec.hanging_mm:
        fmt.left_indent = Mm(spec.indent_mm + spec.hanging_mm)
    if spec.hanging_mm:
        fmt.first_line_indent = Mm(-spec.hanging_mm)
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.line_pt:
        fmt.line_spacing = Pt(spec.line_pt)
    elif spec.size:
        # lines as tall as the PDF's (1.38 times the size; Word's single spacing for Noto is 1.36)
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        factor = 1.32 if spec.font == "heading" else 1.38
        fmt.line_spacing = Pt(round(template.sizes[spec.size] * factor, 1))
    if spec.align:
        fmt.alignment = {"center": 1, "right": 2}[spec.align]
    if spec.tab_right:
        # Word's Header and Footer bring a centre tab that the page number would hit
        fmt.tab_stops.clear_all()
        leader = {"dots": WD_TAB_LEADER.DOTS, "lines": WD_TAB_LEADER.LINES}.get(
            spec.leader, WD_TAB_LEADER.SPACES
        )
        fmt.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, leader)
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(f"{W}pBdr"):  # python-docx's blue rule under Title
        ppr.remove(old)
    successors = (
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:bidi",
        "w:spacing",
        "w:ind",
        "w:jc",
        "w:outlineLvl",
        "w:rPr",
    )
    rule = template.colours["rule"].lstrip("#")
    accent = template.colours["accent"].lstrip("#")
    if spec.border:
        sides = {
            "left": [("left", accent, 18, 8)],
            "bottom": [("bottom", rule, 6, 2)],
            "box": [(s, rule, 6, 4) for s in ("top", "left", "bottom", "right")],
        }[spec.border]
        inner = "".join(
            f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'
            for side, colour, size, space in sides
        )
        ppr.insert_element_before(parse_xml(f"<w:pBdr {dx.NS}>{inner}</w:pBdr>"), *successors)
    if spec.shading:
        fill = template.colours[spec.shading].lstrip("#")
        ppr.insert_element_before(
            parse_xml(f'<w:shd {dx.NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'), *successors[1:]
        )
    if spec.name == "TOC Heading":
        ppr.insert_element_before(parse_xml(f'<w:outlineLvl {dx.NS} w:val="9"/>'), "w:rPr")
