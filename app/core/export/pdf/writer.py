"""The PDF writer: a Document laid out with reportlab's platypus in the template's styles."""

from __future__ import annotations

import io
from collections.abc import Callable

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
from app.core.export.pdf.flowables import (
    FactTable,
    KeepWithNext,
    Logo,
    NotedParagraph,
    RuledLines,
    TocLines,
)
from app.core.export.pdf.fonts import RENDER_LOCK, font_set, mirrored
from app.core.export.pdf.markup import attr, chunks, is_rtl_paragraph, markup, rtl_markup
from app.core.export.pdf.pages import BriefCanvas, BriefDoc
from app.core.export.pdf.rl import (
    A4,
    LETTER,
    TA_RIGHT,
    Canvas,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    ParagraphStyle,
    RLParagraph,
    Spacer,
    TableStyle,
    colors,
    mm,
    pdfmetrics,
)
from app.core.export.pdf.tags import Marks, add_structure
from app.core.export.scripts import has_cjk
from app.core.export.writer import Writer, safe_url
from app.core.templates import Template


class PdfWriter(Writer):
    """Renders a Document with reportlab platypus and the bundled fonts."""

    name = "pdf"
    extension = "pdf"

    def __init__(self, template: Template, tick: Callable[[], None] = lambda: None) -> None:
        super().__init__(template, tick)
        self.fonts = font_set(template.font)
        self.heading_fonts = font_set(template.heading_font)
        self.accent = template.colours["accent"]
        self.styles = self._styles()
        self.toc_registry: list = []
        self.held: list = []  # flowables kept with what follows them
        self.width = 0.0
        self.page_count = 0
        self.heading_pages: dict[str, int] = {}
        self.warnings: list[str] = []
        self.rtl = False  # the brief's language is written right to left: its pages are mirrored

    # -- styles ----------------------------------------------------------
    def colour(self, role: str):
        return colors.HexColor(self.template.colours[role])

    def _styles(self) -> dict[str, ParagraphStyle]:
        t = self.template
        size, k = t.sizes, t.spacing
        text, muted = self.colour("text"), self.colour("muted")
        fonts, heads = self.fonts, self.heading_fonts
        # a line is at least 1.32 times its size, so descenders (0.29 in Noto) stay inside it
        body = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=size["body"],
            leading=size["body"] * 1.38,
            textColor=text,
            spaceAfter=4 * k,
            allowWidows=0,
            allowOrphans=0,
        )

        def style(name: str, font_size: float, leading: float = 1.35, **kw) -> ParagraphStyle:
            return ParagraphStyle(
                name, parent=body, fontSize=font_size, leading=font_size * max(leading, 1.32), **kw
            )

        def heading(level: str, space_before: float, space_after: float) -> ParagraphStyle:
            return style(
                level,
                size[level],
                1.32,
                fontName=heads.bold,
                textColor=accent,
                spaceBefore=space_before * k,
                spaceAfter=space_after * k,
            )

        accent = self.colour("accent")
        return {
            "body": body,
            "title": style("title", size["title"], 1.32, fontName=heads.bold, textColor=accent, spaceAfter=6),
            "subtitle": style("subtitle", size["subtitle"], textColor=muted, spaceAfter=8 * k),
            "cover": style("cover", size["subtitle"] * 0.9, spaceAfter=1),
            "marking": style("marking", size["small"], fontName=fonts.bold, textColor=accent, spaceAfter=6),
            "h1": heading("h1", space_before=12, space_after=5),
            "h2": heading("h2", space_before=8, space_after=3),
            "attribution": style(
                "attribution",
                size["small"],
                fontName=fonts.bold,
                textColor=muted,
                spaceBefore=7 * k,
                spaceAfter=1.5,
            ),
            "lead_in": style("lead_in", size["quote"], fontName=fonts.italic, leftIndent=14, spaceAfter=2.5),
            "quote": style("quote", size["quote"], leftIndent=14, spaceAfter=6 * k),
            "quote_cont": style("quote_cont", size["quote"], leftIndent=14, spaceAfter=2.5),
            "note": style("note", size["note"], leftIndent=14, spaceBefore=-2 * k, spaceAfter=6 * k),
            "fact": style("fact", size["body"], spaceAfter=0),
            "fact_note": style("fact_note", size["note"], spaceBefore=2, spaceAfter=0),
            "list": style(
                "list",
                size["key"],
                fontName=fonts.bold,
                leftIndent=16,
                bulletIndent=0,
                bulletFontName=fonts.bold,
                bulletColor=accent,
                spaceAfter=4 * k,
            ),
            "bib": style("bib", size["small"], leftIndent=14, firstLineIndent=-14, spaceAfter=3 * k),
            "details": style("details", size["small"], textColor=muted, leftIndent=14, spaceAfter=2),
            "footnote": style("footnote", size["footnote"], leftIndent=9, firstLineIndent=-9, spaceAfter=0),
            "toc": style("toc", size["body"]),
            "lines_title": style("lines_title", size["small"], textColor=muted, spaceBefore=8, spaceAfter=10),
            "header": style("header", size["header"], textColor=muted, alignment=TA_RIGHT, spaceAfter=0),
            "footer": style("footer", size["header"], textColor=muted, spaceAfter=0),
        }

    # -- text ------------------------------------------------------------
    def _styled(self, text: Styled, bold: bool = False) -> str:
        return "".join(
            markup(piece, self.fonts, bold, italic)
            if not italic
            else f'<font face="{self.fonts.latin(bold, True)}">{markup(piece, self.fonts, bold, True)}</font>'
            for piece, italic in text.runs()
        )

    def _link(self, url: str) -> str:
        if not safe_url(url):
            return markup(url, self.fonts)
        return f'<link href="{attr(url.strip())}" color="{self.accent}">{markup(url, self.fonts)}</link>'

    def _para(
        self,
        text: str,
        role: str,
        bold: bool = False,
        suffix: str = "",
        prefix: str = "",
        italic: bool = False,
        label: str = "",
        own: bool = True,
    ) -> list:
        """Flowables for one paragraph of text: escaped, font runs, RTL lines, long text in pieces.

        `label` is a bold word before the text ("Note:"). `own` is the brief's own text (headings,
        labels, notes), set in the brief's direction; verbatim quotes (`own=False`) keep their own."""
        style = self.styles[role]
        if has_cjk(text):
            style = ParagraphStyle(f"{role}-cjk", parent=style, wordWrap="CJK")
        if is_rtl_paragraph(text) or (own and self.rtl):
            if self.rtl:  # the indent, and a quote's bar, at the right: where the line starts
                style = mirrored(style)
            width = self.width - style.leftIndent - style.rightIndent - 2
            body = rtl_markup(
                text,
                self.fonts,
                width,
                style.fontSize,
                pdfmetrics.stringWidth,
                bold,
                suffix,
                lead=label,
                start_mark=prefix if self.rtl else "",
            )
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            return [NotedParagraph(body if self.rtl else prefix + body, style)]
        if label:
            prefix = self._label(label + " ") + prefix
        pieces = chunks(text)
        out = []
        for n, piece in enumerate(pieces):
            body = markup(piece, self.fonts, bold, italic)
            if n == 0:
                body = prefix + body
            if n == len(pieces) - 1:
                body += suffix
            piece_style = style if n == 0 else ParagraphStyle(f"{role}-cont", parent=style, spaceBefore=0)
            if n < len(pieces) - 1:
                piece_style = ParagraphStyle(f"{role}-head", parent=piece_style, spaceAfter=0)
            out.append(NotedParagraph(body, piece_style))
        return out

    def _label(self, text: str, bold: bool = True) -> str:
        return f"<b>{markup(text, self.fonts, bold)}</b>" if bold else markup(text, self.fonts)

    # -- the story: what is held back to keep with what follows ------------
    def hold(self, flowables: list) -> None:
        self.held.extend(flowables)

    def emit(self, flowables: list) -> None:
        if self.held and flowables:
            first, *rest = flowables
            flowables = [KeepWithNext(self.held, first), *rest]
            self.held = []
        self.story.extend(flowables)

    # -- notes -----------------------------------------------------------
    def note_paragraph(self, note) -> RLParagraph:
        cached = self.note_paras.get(note.number)
        if cached is None and self.rtl:  # the number at the right, where a right-to-left note starts
            style = mirrored(self.styles["footnote"])
            number = (
                f'<a name="fn{note.number}"/><link href="#fnref{note.number}"><super>{note.number}'
                "</super></link>"
            )
            body = rtl_markup(
                note.styled.text,
                self.fonts,
                self.width - 2,
                style.fontSize,
                pdfmetrics.stringWidth,
                end_mark=f"{self._link(note.url)} " if note.url else "",
                start_mark="\u2002" + number,
            )
            cached = self.note_paras[note.number] = RLParagraph(body, style)
        if cached is None:
            link = f" {self._link(note.url)}" if note.url else ""
            body = (
                f'<a name="fn{note.number}"/><link href="#fnref{note.number}"><super>{note.number}</super>'
                f"</link>\u2002{self._styled(note.styled)}{link}"
            )
            cached = self.note_paras[note.number] = RLParagraph(body, self.styles["footnote"])
        return cached

    def _mark(self, item: ItemBlock) -> str:
        mark = self.mark(item)
        if mark is None:
            return ""
        if mark.kind == "inline":
            muted = self.template.colours["muted"]
            return f' <font color="{muted}">({self._styled(mark.styled)})</font>'
        prefix = "fn" if mark.kind == "footnote" else "en"
        anchor = f'<a name="{prefix}ref{mark.number}"/>' if mark.number not in self.anchored else ""
        self.anchored.add(mark.number)
        return (
            f'{anchor}<link href="#{prefix}{mark.number}" color="{self.accent}">'
            f"<super>{mark.number}</super></link>"
        )

    def _notes_for(self, item: ItemBlock) -> tuple:
        if self.tree.citation_style != "footnotes" or item.citation is None:
            return ()
        return (self.notes[item.citation.number],)

    def _context(self, item: ItemBlock) -> str:
        if not item.context:
            return ""
        return (
            f'<font color="{self.template.colours["muted"]}">{markup(self.context(item), self.fonts)}</font> '
        )

    # -- blocks ----------------------------------------------------------
    def visit_title_block(self, block: TitleBlock) -> None:
        meta, brief = self.tree.meta, self.tree.meta.brief
        out: list = []
        if meta.logo:
            try:
                image = Logo(meta.logo)
                ratio = image.imageWidth / max(image.imageHeight, 1)
                image.drawHeight, image.drawWidth = 14 * mm, 14 * mm * ratio
                image.hAlign = "LEFT"
                out += [image, Spacer(1, 6)]
            except Exception as exc:  # reportlab/PIL raise several types for a bad image
                raise BriefpackError(
                    "The branding logo could not be placed in the PDF.",
                    detail=f"{meta.logo}: {exc}",
                    hint="Choose a PNG or JPEG logo in the branding profile.",
                ) from exc
        if block.cover:
            out.append(Spacer(1, 50 * mm))
        if meta.marking:
            out += self._para(meta.marking.upper(), "marking", bold=True)
        out += self._para(brief.title, "title", bold=True)
        if brief.subtitle:
            out += self._para(brief.subtitle, "subtitle")
        for detail in (brief.meeting, brief.date, brief.author, brief.organisation, block.scope):
            if detail:
                out += self._para(detail, "cover")
        if brief.audience_note:
            out.append(Spacer(1, 6))
            out += self._para(brief.audience_note, "body", label=self.labels["prepared_for"])
        out += [NextPageTemplate("body"), PageBreak()] if block.cover else [Spacer(1, 4)]
        self.emit(out)

    def visit_table_of_contents(self, block: TableOfContents) -> None:
        entries = [(h.level, h.text, h.anchor) for h in self.tree.headings(block.levels)]
        self.hold(self._para(block.title, "h1"))
        lines = TocLines(entries, self.styles["toc"], self.toc_registry, self.heading_fonts, self.rtl)
        self.emit([lines, PageBreak()])

    def visit_heading(self, heading: Heading) -> None:
        flows = self._para(heading.text, "h1" if heading.level == 1 else "h2", bold=True)
        flows[0].bp_heading = heading
        self.hold(flows)

    def visit_paragraph(self, block: Paragraph) -> None:
        self.emit(self._para(block.text, "body"))

    def visit_key_messages(self, block: KeyMessages) -> None:
        for n, message in enumerate(block.messages, 1):
            if is_rtl_paragraph(message) or self.rtl:
                # the number belongs at the right of a right-to-left line: the bidi reordering puts it there
                flows = self._para(f"{n}. {message}", "list", bold=True)
            else:
                flows = self._para(message, "list", bold=True, prefix=f"<bullet>{n}.</bullet>")
            for flow in flows:
                flow.bp_tag = ("LI", ("L", id(block)))
            self.emit(flows)

    def visit_key_facts(self, block: KeyFacts) -> None:
        if block.title:
            self.hold(self._para(block.title, "lines_title", bold=True))
        muted = self.template.colours["muted"]
        rows = []
        for fact in block.facts:
            source = (
                (
                    f' <font color="{muted}" size="{self.template.sizes["small"]}">— '
                    f"{markup(fact.source_label, self.fonts)}</font>"
                )
                if fact.source_label
                else ""
            )
            cell = self._para(
                " ".join(fact.paragraphs),
                "fact",
                own=False,
                prefix=self._context(fact),
                suffix=self._mark(fact) + source,
            )
            cell[-1].bp_notes = self._notes_for(fact)
            if fact.note:
                cell += self._para(fact.note, "fact_note", label=self.labels["note"])
            rows.append([cell])
            self.tick()
        table = FactTable(rows, colWidths=[self.width], splitByRow=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), self.colour("box")),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, self.colour("rule")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.emit([table, Spacer(1, 8)])

    def visit_quote_group(self, group: QuoteGroup) -> None:
        self.hold(self._para(group.attribution, "attribution", bold=True))
        if group.lead_in:
            self.hold(self._para(group.lead_in, "lead_in", italic=True, own=False))
        for item in group.items:
            last = len(item.paragraphs) - 1
            for n, text in enumerate(item.paragraphs):
                flows = self._para(
                    text,
                    "quote" if n == last else "quote_cont",
                    own=False,
                    prefix=self._context(item) if n == 0 else "",
                    suffix=self._mark(item) if n == last else "",
                )
                for flow in flows:
                    flow.bp_rule = self.colour("accent")
                    flow.bp_tag = ("P", ("BlockQuote", id(item), self._other_language(item)))
                if n == last:
                    flows[-1].bp_notes = self._notes_for(item)
                self.emit(flows)
            if item.note:
                self.emit(self._para(item.note, "note", label=self.labels["note"]))
            self.tick()

    def _other_language(self, item: ItemBlock) -> str:
        """The quote's language when it is not the brief's (its tag in the structure tree)."""
        own = self.tree.meta.language.split("-")[0].lower()
        return item.language if item.language and item.language.split("-")[0].lower() != own else ""

    def visit_notes_space(self, block: NotesSpace) -> None:
        title = self._para(block.title, "lines_title")
        self.emit([KeepTogether([*title, RuledLines(block.lines, 22, self.colour("rule"))])])

    def visit_source_list(self, block: SourceList) -> None:
        self.visit(block.heading)
        for entry in block.entries:
            label = self._label(f"{entry.label}: ") if entry.label else ""
            number = f"[{entry.number}] " if block.numbered else ""
            link = f" {self._link(entry.url)}" if entry.url else ""
            if self.rtl:
                lead = f"{entry.label}:" if entry.label else ""
                flows = [self._rtl_entry(entry.styled.text, "bib", number, lead, link)]
            else:
                body = number + label + self._styled(entry.styled) + link
                flows = [NotedParagraph(body, self.styles["bib"])]
            for detail in entry.details:
                flows += self._para(detail, "details")
            self.emit([KeepTogether(flows)])

    def _rtl_entry(self, text: str, role: str, start: str, lead: str, end: str) -> NotedParagraph:
        """A list entry on a right-to-left page: number and label at the right, a link at the left."""
        style = mirrored(self.styles[role])
        body = rtl_markup(
            text,
            self.fonts,
            self.width - style.rightIndent - 2,
            style.fontSize,
            pdfmetrics.stringWidth,
            end_mark=end.strip() + " " if end else "",
            lead=lead,
            start_mark=" " + start.strip() if start else "",
        )
        return NotedParagraph(body, style)

    def visit_note_list(self, block: NoteList) -> None:
        self.visit(block.heading)
        for note in block.notes:
            link = f" {self._link(note.url)}" if note.url else ""
            if self.rtl:
                number = f'<a name="en{note.number}"/><link href="#enref{note.number}">{note.number}.</link>'
                self.emit([self._rtl_entry(note.styled.text, "bib", number, "", link)])
                continue
            body = (
                f'<a name="en{note.number}"/><link href="#enref{note.number}">{note.number}.</link> '
                f"{self._styled(note.styled)}{link}"
            )
            self.emit([NotedParagraph(body, self.styles["bib"])])

    # -- the document ----------------------------------------------------
    def render(self, doc: Document, measure_only: bool = False) -> bytes:
        """The PDF; with `measure_only` the pages are laid out (page count, heading pages) but not
        drawn, and the bytes are not a document to keep."""
        self.doc = doc
        self.rtl = doc.labels.rtl
        self.notes = {n.number: n for n in doc.notes}
        self.note_paras: dict[int, RLParagraph] = {}
        self.anchored: set[int] = set()
        self.story: list = []
        self.held = []
        t = self.template
        page = A4 if t.page_size == "A4" else LETTER
        top, right, bottom, left = (m * mm for m in t.margins_mm)
        self.width = page[0] - left - right
        buffer = io.BytesIO()
        meta = doc.meta
        pdf = BriefDoc(
            buffer,
            self,
            pagesize=page,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=meta.title,
            author=meta.brief.author or meta.brief.organisation,
            subject=meta.subject or meta.brief.subtitle,
            keywords=list(meta.keywords),
            creator="Briefpack",
            lang=meta.language,
            displayDocTitle=1,
        )
        frame = Frame(
            left,
            bottom,
            self.width,
            page[1] - top - bottom,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = any(isinstance(b, TitleBlock) and b.cover for b in doc.blocks)
        templates = [PageTemplate("body", [frame])]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame]))
        pdf.addPageTemplates(templates)
        self.visit_all(doc.blocks)
        self.emit([])
        self.story.extend(self.held)
        if doc.citation_style == "footnotes":
            for note in doc.notes:  # notes never placed (a programming error) still reach the reader
                if note.number not in self.anchored:
                    self.story.append(self.note_paragraph(note))

        def furniture(canv: Canvas, page_number: int, total: int) -> None:
            self._furniture(canv, pdf, page_number, total, cover)

        class _Canvas(BriefCanvas):
            pass

        _Canvas.furniture = None if measure_only else staticmethod(furniture)
        _Canvas.measure_only = measure_only
        _Canvas.bp_marks = marks = Marks()
        with RENDER_LOCK:  # reportlab keeps font and layout state per process
            pdf.build(self.story, canvasmaker=_Canvas)
        data = buffer.getvalue()
        if not measure_only:
            data = add_structure(data, marks.items, doc.meta.title)
        self.page_count = pdf.page
        self.heading_pages = dict(pdf.heading_pages)
        missing = list(dict.fromkeys([*self.fonts.missing.values(), *self.heading_fonts.missing.values()]))
        more = " …" if len(missing) > 5 else ""
        self.warnings = (
            [
                f"{len(missing)} character(s) no bundled font can draw are shown by name in the "
                f"PDF: {', '.join(missing[:5])}{more}."
            ]
            if missing
            else []
        )
        return data

    def _furniture(self, canv: Canvas, pdf: BriefDoc, page_number: int, total: int, cover: bool) -> None:
        meta = self.tree.meta
        t = self.template
        if page_number == 1:
            canv.showOutline()  # the bookmarks panel opens with the file
        for page, (x, y), anchor in self.toc_registry:
            if page == page_number and anchor in pdf.heading_pages:
                canv.setFont(self.fonts.regular, t.sizes["body"])
                canv.setFillColor(self.colour("text"))
                draw = canv.drawString if self.rtl else canv.drawRightString
                draw(x, y + 4, str(pdf.heading_pages[anchor]))
        if cover and page_number == 1:
            return
        left = pdf.leftMargin
        right = pdf.pagesize[0] - pdf.rightMargin
        size = t.sizes["header"]
        # a right-to-left page is mirrored: the title at the left, the footer text at the right,
        # the page number at the left
        header_style, footer_style = self.styles["header"], self.styles["footer"]
        if self.rtl:
            header_style, footer_style = footer_style, header_style
        header = " · ".join(x for x in (meta.title, meta.marking) if x)
        header_para = RLParagraph(markup(header, self.fonts), header_style)
        _, h = header_para.wrap(right - left, 40)
        header_para.drawOn(canv, left, pdf.pagesize[1] - pdf.topMargin / 2 - h / 2)
        footer = meta.footer_text or meta.brief.organisation
        third = (right - left) * 0.3
        footer_x, page_x = (left + third, left) if self.rtl else (left, right - third)
        if footer:
            footer_para = RLParagraph(markup(footer, self.fonts), footer_style)
            footer_para.wrap((right - left) * 0.7, 40)
            footer_para.drawOn(canv, footer_x, pdf.bottomMargin / 2 - size / 2)
        page_para = RLParagraph(markup(self.page_label(page_number, total), self.fonts), header_style)
        page_para.wrap((right - left) * 0.3, 40)
        page_para.drawOn(canv, page_x, pdf.bottomMargin / 2 - size / 2)
