"""The Word writer: a Document as WordprocessingML in the template's reference.docx, with notes,
header and footer, and the file's properties."""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

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
from app.core.export.docx import wordml as dx
from app.core.export.docx.pydocx import (
    CT,
    RT,
    Mm,
    PackURI,
    Part,
    XmlPart,
    parse_xml,
)
from app.core.export.docx.pydocx import (
    Document as WordDocument,
)
from app.core.export.docx.styles import ROLES
from app.core.export.writer import Writer, safe_url

W = dx.W_TAG


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
    ids = style_ids(WordDocument(str(path)))
    return [name for name in ROLES.values() if name.lower() not in ids]


class DocxWriter(Writer):
    """Renders a Document into the template's reference.docx."""

    name = "docx"
    extension = "docx"
    pages = 0  # the page count of the laid-out PDF, for the file's properties, when known

    # -- set-up ----------------------------------------------------------
    def _open(self):
        path = self.template.reference_docx
        try:
            return WordDocument(str(path))
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
        self.rtl = doc.labels.rtl  # a right-to-left brief: its own paragraphs, notes and pages mirrored
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
        self.out.append(
            dx.paragraph(self.s[role], content, text, keep_next, self.page_break_next, rtl=self.rtl and own)
        )
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
                role if n == last else f"{role}_cont",
                content,
                text,
                keep_next=n < last or bool(item.note),
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
        if self.rtl:  # the section itself right to left: Word mirrors its page layout
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
        props.keywords = dx.cut_at_word(", ".join(meta.keywords))
        props.language = meta.language
        props.category = self.template.name
        props.comments = self.labels.plural("properties_comment", self.tree.item_count)
        props.created = props.modified = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
        props.last_modified_by = (brief.author or brief.organisation)[:255]
        props.revision = 1
        package = self.document.part.package
        for rel_id, rel in list(package.rels.items()):
            # the template's blank preview image and the app properties of whoever made the template
            if rel.reltype in (dx.THUMBNAIL, dx.EXTENDED):
                del package.rels[rel_id]
        app = Part(
            PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, dx.app_properties(self.pages), package
        )
        package.relate_to(app, dx.EXTENDED)


# -- reference.docx ------------------------------------------------------------
