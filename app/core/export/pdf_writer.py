"""The PDF writer (the one module that imports reportlab): page-foot notes, outline, Page N of M."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph

from app import paths
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
from app.core.export.pdf_text import FontSet, attr, chunks, is_rtl_paragraph, markup, rtl_markup
from app.core.export.scripts import has_cjk
from app.core.export.templates import Template

FONTS = FontSet("BP-Sans", "BP-Sans-Bold", "BP-Naskh", "BP-Naskh-Bold", "BP-CJK")
_FONT_FILES = {"BP-Sans": "DejaVuSans.ttf", "BP-Sans-Bold": "DejaVuSans-Bold.ttf",
               "BP-Naskh": "NotoNaskhArabic-Regular.ttf", "BP-Naskh-Bold": "NotoNaskhArabic-Bold.ttf",
               "BP-CJK": "wqy-microhei.ttc"}


def register_fonts() -> None:
    """Register the bundled TrueType fonts once per process."""
    if "BP-Sans" in pdfmetrics.getRegisteredFontNames():
        return
    folder = paths.resources_dir() / "fonts"
    try:
        for name, file_name in _FONT_FILES.items():
            extra = {"subfontIndex": 0} if file_name.endswith(".ttc") else {}
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name), **extra))
    except Exception as exc:  # reportlab raises TTFError and others for a broken font
        raise BriefpackError("A font Briefpack needs for PDF is missing or damaged.", detail=str(exc),
                             hint="Reinstall Briefpack.") from exc
    for regular, bold in (("BP-Sans", "BP-Sans-Bold"), ("BP-Naskh", "BP-Naskh-Bold"), ("BP-CJK", "BP-CJK")):
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


class NotedParagraph(RLParagraph):
    """A paragraph that may carry page-foot notes (kept by its last part when split) and a left rule."""

    bp_notes: tuple = ()
    bp_rule: object = None
    bp_heading: Heading | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.bp_rule = self.bp_rule
        if parts:
            parts[-1].bp_notes = self.bp_notes
        return parts

    def draw(self):
        super().draw()
        if self.bp_rule is not None:
            self.canv.setStrokeColor(self.bp_rule)
            self.canv.setLineWidth(2)
            x = self.style.leftIndent - 7
            self.canv.line(x, -2, x, self.height + 1)


class RuledLines(Flowable):
    """Empty ruled lines for the reader's notes."""

    def __init__(self, lines: int, spacing: float, colour) -> None:
        super().__init__()
        self.lines, self.spacing, self.colour = lines, spacing, colour

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.lines * self.spacing
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.5)
        for n in range(self.lines):
            self.canv.line(0, n * self.spacing, self.width, n * self.spacing)


class TocLines(Flowable):
    """Contents lines; page numbers are filled in when the pages are known (at save)."""

    def __init__(self, entries: list[tuple[int, str, str]], style: ParagraphStyle, registry: list) -> None:
        super().__init__()
        self.entries, self.style, self.registry = entries, style, registry
        self.leading = style.leading * 1.35

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, len(self.entries) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(self.entries):
            return []
        return [TocLines(self.entries[:fit], self.style, self.registry),
                TocLines(self.entries[fit:], self.style, self.registry)]

    def draw(self):
        canv = self.canv
        for n, (level, text, anchor) in enumerate(self.entries):
            y = self.height - (n + 1) * self.leading + 4
            indent = 0 if level == 1 else 14
            font = FONTS.latin_bold if level == 1 else FONTS.latin
            para = RLParagraph(markup(text, FONTS, level == 1),
                               ParagraphStyle("toc", parent=self.style, fontName=font))
            para.wrapOn(canv, self.width - indent - 40, self.leading)
            para.drawOn(canv, indent, y)
            x0, y0 = canv.absolutePosition(0, y - 2)
            x1, y1 = canv.absolutePosition(self.width, y + self.leading - 4)
            canv.linkRect("", anchor, (x0, y0, x1, y1), relative=0, thickness=0)
            self.registry.append((canv.getPageNumber(), canv.absolutePosition(self.width, y), anchor))


class BriefCanvas(Canvas):
    """Keeps pages until save so every page can say "Page N of M" and the TOC its page numbers."""

    furniture: Callable | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self.furniture is not None:
                self.furniture(self, self._pageNumber, total)
            super().showPage()
        super().save()


class BriefDoc(BaseDocTemplate):
    """Page templates, page-foot notes, heading bookmarks and the outline."""

    def __init__(self, buffer, writer: PdfWriter, **kwargs) -> None:
        super().__init__(buffer, **kwargs)
        self.writer = writer
        self.page_notes: list[RLParagraph] = []
        self.heading_pages: dict[str, int] = {}

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self.page_notes = []

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        # the room kept for notes on the last page is not kept on this one
        self.frame._y1p = self.frame._y1 + self.frame._bottomPadding

    def _notes_of(self, flowable) -> tuple:
        notes = getattr(flowable, "bp_notes", ())
        for child in getattr(flowable, "_content", ()) or ():
            notes = notes + self._notes_of(child)
        return notes

    def handle_flowable(self, flowables):
        notes = self._notes_of(flowables[0]) if flowables and flowables[0] is not None else ()
        if not notes or self.frame is None:
            return super().handle_flowable(flowables)
        frame = self.frame
        paras = [self.writer.note_paragraph(n) for n in notes]
        height = sum(p.wrap(frame._aW, 10_000)[1] + 1 for p in paras)
        height += 0 if self.page_notes else 10
        saved, page = frame._y1p, self.page
        frame._y1p = saved + height
        super().handle_flowable(flowables)
        if any(set(self._notes_of(f)) & set(notes) for f in flowables[:4] if f is not None):
            if self.page == page:   # not placed on this page: give the room back, the notes go with it
                frame._y1p = saved
        else:
            self.page_notes.extend(paras)

    def afterFlowable(self, flowable):
        heading = getattr(flowable, "bp_heading", None)
        if heading is not None:
            key = heading.anchor
            self.canv.bookmarkHorizontal(key, 0, self.frame._y + flowable.height + 4)
            self.canv.addOutlineEntry(heading.text, key, level=heading.level - 1, closed=heading.level > 1)
            self.heading_pages.setdefault(key, self.canv.getPageNumber())

    def afterPage(self):
        if not self.page_notes:
            return
        canv = self.canv
        frame = self.frame
        x = frame._x1 + frame._leftPadding
        y = self.bottomMargin
        heights = [p.wrap(frame._aW, 10_000)[1] for p in self.page_notes]
        top = y + sum(h + 1 for h in heights)
        canv.saveState()
        canv.setStrokeColor(self.writer.colour("rule"))
        canv.setLineWidth(0.5)
        canv.line(x, top + 5, x + 40 * mm, top + 5)
        canv.restoreState()
        for para, h in zip(self.page_notes, heights, strict=True):
            top -= h + 1
            para.drawOn(canv, x, top)


class PdfWriter:
    """Renders a Document with reportlab platypus and the bundled fonts."""

    name = "pdf"
    extension = "pdf"

    def __init__(self, template: Template, tick: Callable[[], None] = lambda: None) -> None:
        register_fonts()
        self.template = template
        self.tick = tick
        self.accent = template.colours["accent"]
        self.styles = self._styles()
        self.toc_registry: list = []
        self.width = 0.0

    # -- styles ----------------------------------------------------------
    def colour(self, role: str):
        if role == "accent":
            return colors.HexColor(self.accent)
        return colors.HexColor(self.template.colours[role])

    def _styles(self) -> dict[str, ParagraphStyle]:
        t = self.template
        size, k = t.sizes, t.spacing
        text, muted = self.colour("text"), self.colour("muted")
        body = ParagraphStyle("body", fontName=FONTS.latin, fontSize=size["body"],
                              leading=size["body"] * 1.35, textColor=text, spaceAfter=4 * k)

        def style(name: str, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, parent=body, **kw)

        return {
            "body": body,
            "title": style("title", fontName=FONTS.latin_bold, fontSize=size["title"],
                           leading=size["title"] * 1.2, textColor=self.colour("accent"), spaceAfter=6),
            "subtitle": style("subtitle", fontSize=size["subtitle"], leading=size["subtitle"] * 1.3,
                              textColor=muted, spaceAfter=8 * k),
            "cover": style("cover", fontSize=size["subtitle"] * 0.9, leading=size["subtitle"] * 1.25,
                           spaceAfter=1),
            "marking": style("marking", fontName=FONTS.latin_bold, fontSize=size["small"],
                             textColor=self.colour("accent"), spaceAfter=6),
            "h1": style("h1", fontName=FONTS.latin_bold, fontSize=size["h1"], leading=size["h1"] * 1.25,
                        textColor=self.colour("accent"), spaceBefore=12 * k, spaceAfter=5 * k,
                        keepWithNext=1),
            "h2": style("h2", fontName=FONTS.latin_bold, fontSize=size["h2"], leading=size["h2"] * 1.25,
                        textColor=self.colour("accent"), spaceBefore=8 * k, spaceAfter=3 * k, keepWithNext=1),
            "quote": style("quote", fontSize=size["quote"], leading=size["quote"] * 1.35, leftIndent=14,
                           spaceBefore=1, spaceAfter=4 * k),
            "lead_in": style("lead_in", fontSize=size["small"], leading=size["small"] * 1.3, textColor=muted,
                             spaceBefore=5 * k, spaceAfter=2),
            "note": style("note", fontSize=size["small"], leading=size["small"] * 1.3, textColor=muted,
                          leftIndent=14, spaceAfter=6 * k),
            "fact": style("fact", backColor=self.colour("box"), borderPadding=(3, 6, 3, 6), leftIndent=6,
                          rightIndent=6, spaceBefore=0, spaceAfter=0),
            "list": style("list", leftIndent=16, bulletIndent=2, spaceAfter=3 * k),
            "bib": style("bib", fontSize=size["small"], leading=size["small"] * 1.3, leftIndent=14,
                         firstLineIndent=-14, spaceAfter=3 * k),
            "details": style("details", fontSize=size["small"], leading=size["small"] * 1.3, textColor=muted,
                             leftIndent=14, spaceAfter=2),
            "footnote": style("footnote", fontSize=size["footnote"], leading=size["footnote"] * 1.25,
                              spaceAfter=0),
            "toc": style("toc"),
            "lines_title": style("lines_title", fontSize=size["small"], textColor=muted, spaceBefore=8,
                                 spaceAfter=10, keepWithNext=1),
        }

    def _para(self, text: str, role: str, bold: bool = False, suffix: str = "", prefix: str = "") -> list:
        """Flowables for one paragraph of text: escaped, font runs, RTL lines, long text in pieces."""
        style = self.styles[role]
        if has_cjk(text):
            style = ParagraphStyle(f"{role}-cjk", parent=style, wordWrap="CJK")
        if is_rtl_paragraph(text):
            width = self.width - style.leftIndent - style.rightIndent - 2
            body = rtl_markup(text, FONTS, width, style.fontSize, pdfmetrics.stringWidth, bold, suffix)
            style = ParagraphStyle(f"{role}-rtl", parent=style, alignment=TA_RIGHT)
            return [NotedParagraph(prefix + body, style)]
        pieces = chunks(text)
        out = []
        for n, piece in enumerate(pieces):
            body = markup(piece, FONTS, bold)
            if bold:
                body = f"<b>{body}</b>"
            if n == 0:
                body = prefix + body
            if n == len(pieces) - 1:
                body += suffix
            piece_style = style if n == 0 else ParagraphStyle(f"{role}-cont", parent=style, spaceBefore=0)
            if n < len(pieces) - 1:
                piece_style = ParagraphStyle(f"{role}-head", parent=piece_style, spaceAfter=0)
            out.append(NotedParagraph(body, piece_style))
        return out

    # -- notes -----------------------------------------------------------
    def note_paragraph(self, note) -> RLParagraph:
        link = (f' <link href="{attr(note.url)}" color="{self.accent}">{attr(note.url)}</link>'
                if note.url else "")
        body = (f'<a name="fn{note.number}"/><link href="#fnref{note.number}"><super>{note.number}</super>'
                f"</link> {markup(note.text, FONTS)}{link}")
        return RLParagraph(body, self.styles["footnote"])

    def _mark(self, item: ItemBlock) -> str:
        ref = item.citation
        if ref is None:
            return ""
        if self.doc.citation_style == "inline":
            muted = self.template.colours["muted"]
            return f' <font color="{muted}">({markup(ref.text.removesuffix("."), FONTS)})</font>'
        prefix = "fn" if self.doc.citation_style == "footnotes" else "en"
        anchor = f'<a name="{prefix}ref{ref.number}"/>' if ref.number not in self.anchored else ""
        self.anchored.add(ref.number)
        return (f'{anchor}<link href="#{prefix}{ref.number}" color="{self.accent}">'
                f"<super>{ref.number}</super></link>")

    def _notes_for(self, item: ItemBlock) -> tuple:
        if self.doc.citation_style != "footnotes" or item.citation is None:
            return ()
        return (self.notes[item.citation.number],)

    # -- blocks ----------------------------------------------------------
    def _flow(self, block: object, out: list) -> None:
        if isinstance(block, TitleBlock):
            self._title(block, out)
        elif isinstance(block, TableOfContents):
            out += self._para(block.title, "h1")
            entries = [(h.level, h.text, h.anchor) for h in self.doc.headings(block.levels)]
            out += [TocLines(entries, self.styles["toc"], self.toc_registry), PageBreak()]
        elif isinstance(block, Section):
            self._heading(block.heading, out)
            for child in block.blocks:
                self._flow(child, out)
        elif isinstance(block, Heading):
            self._heading(block, out)
        elif isinstance(block, Paragraph):
            out += self._para(block.text, "body")
        elif isinstance(block, KeyMessages):
            for n, message in enumerate(block.messages, 1):
                if is_rtl_paragraph(message):
                    # The number belongs at the right of a right-to-left line: let the bidi
                    # reordering place it, rather than reportlab's left-hand bullet.
                    out += self._para(f"{n}. {message}", "list")
                else:
                    out += self._para(message, "list", prefix=f"<bullet>{n}.</bullet>")
        elif isinstance(block, KeyFacts):
            if block.title:
                out += self._para(block.title, "fact", bold=True)
            for fact in block.facts:
                flows = self._para(" ".join(fact.paragraphs), "fact", suffix=self._mark(fact))
                flows[-1].bp_notes = self._notes_for(fact)
                out += flows
                if fact.note:
                    out += self._para(fact.note, "note", prefix="<b>Note:</b> ")
                self.tick()
            out.append(Spacer(1, 8))
        elif isinstance(block, ItemBlock):
            self._item(block, out)
        elif isinstance(block, NotesSpace):
            out += self._para(block.title, "lines_title")
            out.append(RuledLines(block.lines, 22, self.colour("rule")))
        elif isinstance(block, SourceList):
            self._heading(block.heading, out)
            for entry in block.entries:
                label = f"<b>{markup(entry.label, FONTS, True)}:</b> " if entry.label else ""
                link = (f' <link href="{attr(entry.url)}" color="{self.accent}">{attr(entry.url)}</link>'
                        if entry.url else "")
                out += self._para(entry.text, "bib", prefix=label, suffix=link)
                for detail in entry.details:
                    out += self._para(detail, "details")
        elif isinstance(block, NoteList):
            self._heading(block.heading, out)
            for note in block.notes:
                out += self._para(note.text, "bib", prefix=f'<a name="en{note.number}"/>'
                                  f'<link href="#enref{note.number}">{note.number}.</link> ')
        else:
            raise UnknownNodeError("PDF", block)

    def _heading(self, heading: Heading, out: list) -> None:
        flows = self._para(heading.text, "h1" if heading.level == 1 else "h2")
        flows[0].bp_heading = heading
        out += flows

    def _title(self, block: TitleBlock, out: list) -> None:
        meta = self.doc.meta
        if meta.logo:
            try:
                image = Image(meta.logo)
                ratio = image.imageWidth / max(image.imageHeight, 1)
                image.drawHeight, image.drawWidth = 14 * mm, 14 * mm * ratio
                image.hAlign = "LEFT"
                out += [image, Spacer(1, 6)]
            except Exception as exc:  # reportlab/PIL raise several types for a bad image
                raise BriefpackError("The branding logo could not be placed in the PDF.",
                                     detail=f"{meta.logo}: {exc}",
                                     hint="Choose a PNG or JPEG logo in the branding profile.") from exc
        if block.cover:
            out.append(Spacer(1, 50 * mm))
        if meta.marking:
            out += self._para(meta.marking.upper(), "marking", bold=True)
        out += self._para(meta.title, "title", bold=True)
        if meta.subtitle:
            out += self._para(meta.subtitle, "subtitle")
        for detail in (meta.meeting, meta.date, meta.author, meta.organisation):
            if detail:
                out += self._para(detail, "cover")
        if meta.audience_note:
            label = self.template.labels["prepared_for"]
            out.append(Spacer(1, 6))
            out += self._para(meta.audience_note, "body", prefix=f"<b>{markup(label, FONTS, True)}:</b> ")
        if block.cover:
            out += [NextPageTemplate("body"), PageBreak()]
        else:
            out.append(Spacer(1, 4))

    def _item(self, item: ItemBlock, out: list) -> None:
        if item.lead_in:
            # keep the lead-in with the first lines of its quote without moving a long quote whole
            room = 2 * self.styles["lead_in"].leading + 3 * self.styles["quote"].leading + 8
            out.append(CondPageBreak(room))
            out += self._para(item.lead_in, "lead_in")
        last = len(item.paragraphs) - 1
        for n, text in enumerate(item.paragraphs):
            flows = self._para(text, "quote", suffix=self._mark(item) if n == last else "")
            for flow in flows:
                flow.bp_rule = self.colour("accent")
            if n == last:
                flows[-1].bp_notes = self._notes_for(item)
            out += flows
        if item.note:
            out += self._para(item.note, "note", prefix="<b>Note:</b> ")
        self.tick()

    # -- the document ----------------------------------------------------
    def render(self, doc: Document) -> bytes:
        self.doc = doc
        self.notes = {n.number: n for n in doc.notes}
        self.anchored: set[int] = set()
        t = self.template
        page = A4 if t.page_size == "A4" else LETTER
        top, right, bottom, left = (m * mm for m in t.margins_mm)
        self.width = page[0] - left - right
        buffer = io.BytesIO()
        meta = doc.meta
        pdf = BriefDoc(buffer, self, pagesize=page, leftMargin=left, rightMargin=right, topMargin=top,
                       bottomMargin=bottom, title=meta.title, author=meta.author or meta.organisation,
                       subject=meta.subject or meta.subtitle, keywords=list(meta.keywords),
                       creator="Briefpack", lang=meta.language, displayDocTitle=1)
        frame = Frame(left, bottom, self.width, page[1] - top - bottom, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        cover = any(isinstance(b, TitleBlock) and b.cover for b in doc.blocks)
        templates = [PageTemplate("body", [frame])]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame]))
        pdf.addPageTemplates(templates)
        story: list = []
        for block in doc.blocks:
            self._flow(block, story)
        if doc.citation_style == "footnotes":
            for note in doc.notes:   # notes never placed (a programming error) still reach the reader
                if note.number not in self.anchored:
                    story += [self.note_paragraph(note)]

        def furniture(canv: Canvas, page_number: int, total: int) -> None:
            self._furniture(canv, pdf, page_number, total, cover)

        class _Canvas(BriefCanvas):
            pass

        _Canvas.furniture = staticmethod(furniture)
        pdf.build(story, canvasmaker=_Canvas)
        return buffer.getvalue()

    def _furniture(self, canv: Canvas, pdf: BriefDoc, page_number: int, total: int, cover: bool) -> None:
        meta = self.doc.meta
        t = self.template
        for page, (x, y), anchor in self.toc_registry:
            if page == page_number and anchor in pdf.heading_pages:
                canv.setFont(FONTS.latin, t.sizes["body"])
                canv.setFillColor(self.colour("text"))
                canv.drawRightString(x, y + 4, str(pdf.heading_pages[anchor]))
        if cover and page_number == 1:
            return
        left = pdf.leftMargin
        right = pdf.pagesize[0] - pdf.rightMargin
        size = t.sizes["header"]
        canv.saveState()
        canv.setFillColor(self.colour("muted"))
        header = " · ".join(x for x in (meta.title, meta.marking) if x)
        header_para = RLParagraph(markup(header, FONTS), ParagraphStyle(
            "header", fontName=FONTS.latin, fontSize=size, leading=size * 1.2, alignment=TA_RIGHT,
            textColor=self.colour("muted")))
        _, h = header_para.wrap(right - left, 40)
        header_para.drawOn(canv, left, pdf.pagesize[1] - pdf.topMargin / 2 - h / 2)
        canv.setFont(FONTS.latin, size)
        footer = meta.footer_text or meta.organisation
        if footer:
            footer_para = RLParagraph(markup(footer, FONTS), ParagraphStyle(
                "footer", fontName=FONTS.latin, fontSize=size, leading=size * 1.2,
                textColor=self.colour("muted")))
            footer_para.wrap((right - left) * 0.7, 40)
            footer_para.drawOn(canv, left, pdf.bottomMargin / 2 - size / 2)
        canv.drawRightString(right, pdf.bottomMargin / 2 - size / 2, f"Page {page_number} of {total}")
        canv.restoreState()
