"""The PDF writer (the one module that imports reportlab): page-foot notes, outline, Page N of M."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

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
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from app import paths
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
from app.core.export.pdf_tags import Marks, add_structure
from app.core.export.pdf_text import FontSet, attr, chunks, is_rtl_paragraph, markup, rtl_markup
from app.core.export.scripts import ARABIC, CJK, HEBREW_SCRIPT, LATIN, has_cjk
from app.core.export.writer import Writer, safe_url
from app.core.templates import Template

# name -> (file, subfont index); Noto for the text, the rest for what Noto Sans and Serif lack
_FONT_FILES = {
    "BP-Sans": "NotoSans-Regular.ttf",
    "BP-Sans-Bold": "NotoSans-Bold.ttf",
    "BP-Sans-Italic": "NotoSans-Italic.ttf",
    "BP-Sans-BoldItalic": "NotoSans-BoldItalic.ttf",
    "BP-Serif": "NotoSerif-Regular.ttf",
    "BP-Serif-Bold": "NotoSerif-Bold.ttf",
    "BP-Serif-Italic": "NotoSerif-Italic.ttf",
    "BP-Serif-BoldItalic": "NotoSerif-BoldItalic.ttf",
    "BP-Naskh": "NotoNaskhArabic-Regular.ttf",
    "BP-Naskh-Bold": "NotoNaskhArabic-Bold.ttf",
    "BP-Hebrew": "NotoSansHebrew-Regular.ttf",
    "BP-Hebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "BP-Syriac": "NotoSansSyriac-Regular.ttf",
    "BP-Thaana": "NotoSansThaana-Regular.ttf",
    "BP-CJK": "wqy-microhei.ttc",
    "BP-DejaVu": "DejaVuSans.ttf",
    "BP-DejaVu-Bold": "DejaVuSans-Bold.ttf",
    "BP-Symbols": "NotoSansSymbols2-Regular.ttf",
}
# One PDF is laid out at a time: the export dialog measures pages in one worker while an export
# may run in another, and reportlab's font and layout state is shared by the whole process.
_RENDER_LOCK = threading.RLock()
# the tag of each paragraph style in the structure tree (the rest are P)
ROLES = {"title": "H1", "h1": "H2", "h2": "H3", "quote": "BlockQuote", "quote_cont": "BlockQuote",
         "footnote": "Note", "bib": "P", "list": "P"}
_BOLD = {"BP-Naskh": "BP-Naskh-Bold", "BP-Hebrew": "BP-Hebrew-Bold", "BP-DejaVu": "BP-DejaVu-Bold"}


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the bundled TrueType fonts once per process; what each font covers."""
    folder = paths.resources_dir() / "fonts"
    coverage: dict[str, frozenset[int]] = {}
    with _RENDER_LOCK:
        _register(folder, coverage)
    return coverage


def _register(folder, coverage: dict[str, frozenset[int]]) -> None:
    try:
        for name, file_name in _FONT_FILES.items():
            extra = {"subfontIndex": 0} if file_name.endswith(".ttc") else {}
            font = TTFont(name, str(folder / file_name), **extra)
            pdfmetrics.registerFont(font)
            # reportlab's text map for copy and search cannot name a character above U+FFFF (it
            # would extract as something else): those are printed by name or plain form instead
            coverage[name] = frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)
    except Exception as exc:  # reportlab raises TTFError and others for a broken font
        raise BriefpackError(
            "A font Briefpack needs for PDF is missing or damaged.",
            detail=str(exc),
            hint="Reinstall Briefpack.",
        ) from exc
    for family in ("BP-Sans", "BP-Serif"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}-Bold",
            italic=f"{family}-Italic",
            boldItalic=f"{family}-BoldItalic",
        )
    for regular, bold in _BOLD.items():
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    pdfmetrics.registerFontFamily(
        "BP-CJK", normal="BP-CJK", bold="BP-CJK", italic="BP-CJK", boldItalic="BP-CJK"
    )


def font_set(family: str) -> FontSet:
    coverage = register_fonts()
    base = "BP-Serif" if family == "serif" else "BP-Sans"

    def covers(font: str, ch: str) -> bool:
        table = coverage.get(font)
        return table is not None and (not ch or ord(ch) in table)

    rtl = ("BP-Naskh", "BP-Syriac", "BP-Thaana")
    return FontSet(
        base,
        f"{base}-Bold",
        f"{base}-Italic",
        f"{base}-BoldItalic",
        chains={LATIN: (), ARABIC: rtl, HEBREW_SCRIPT: ("BP-Hebrew",), CJK: ("BP-CJK",)},
        fallbacks=("BP-DejaVu", "BP-Symbols", "BP-CJK", "BP-Hebrew", *rtl),
        covers=covers,
        bold_of={**_BOLD, base: f"{base}-Bold"},
    )


def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """The style for a right-to-left page: its indents on the other side (a hanging indent, which
    reportlab can only hang at the left, becomes a plain one)."""
    if style.name.endswith("-mirrored"):
        return style
    return ParagraphStyle(f"{style.name}-mirrored", parent=style, leftIndent=style.rightIndent,
                          rightIndent=style.leftIndent, firstLineIndent=0, alignment=TA_RIGHT)


def descent(font_name: str) -> float:
    """How far below the baseline the font's glyphs reach, as a fraction of its size."""
    return -pdfmetrics.getFont(font_name).face.descent / 1000


class NotedParagraph(RLParagraph):
    """A paragraph that may carry page-foot notes (kept by its last part when split) and a left rule."""

    bp_notes: tuple = ()
    bp_rule: object = None
    bp_heading: Heading | None = None
    bp_tag: tuple[str, tuple[str, object] | None] | None = None   # (role, group) in the tagged PDF
    drawn: list | None = None  # set by tests: every paragraph drawn, with its box on the page

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.bp_rule = self.bp_rule
            part.bp_tag = self.bp_tag
        if parts:
            parts[-1].bp_notes = self.bp_notes
        return parts

    def draw(self):
        canv = self.canv
        if canv.measure_only:
            return
        role, group = self.bp_tag or (ROLES.get(self.style.name.split("-")[0], "P"), None)
        canv.bp_marks.begin(canv._code, canv.getPageNumber(), role, group)
        super().draw()
        Marks.end(canv._code)
        if self.drawn is not None:
            self.drawn.append((self, canv.getPageNumber(), canv.absolutePosition(0, 0)))
        if self.bp_rule is not None:
            Marks.artifact(canv._code)
            canv.setStrokeColor(self.bp_rule)
            canv.setLineWidth(2)
            if "mirrored" in self.style.name:
                x = self.width - self.style.rightIndent + 7   # a right-to-left page: the bar at the right
            else:
                x = self.style.leftIndent - 7
            canv.line(x, 0, x, self.height)
            Marks.end(canv._code)


class FactTable(Table):
    """The key-facts box: its shading and rules are page furniture, its facts the content."""

    def _drawBkgrnd(self):
        Marks.artifact(self.canv._code)
        super()._drawBkgrnd()
        Marks.end(self.canv._code)

    def _drawLines(self):
        Marks.artifact(self.canv._code)
        super()._drawLines()
        Marks.end(self.canv._code)


class Logo(Image):
    """The branding logo, marked as decoration."""

    def draw(self):
        Marks.artifact(self.canv._code)
        super().draw()
        Marks.end(self.canv._code)


class KeepWithNext(Flowable):
    """Headings and labels that must not end a page: kept with the first lines of what follows,
    without moving a long quote or box whole to the next page."""

    def __init__(self, heads: list, following: Flowable) -> None:
        super().__init__()
        self.heads, self.following = heads, following

    def wrap(self, availWidth, availHeight):
        if getattr(self, "_wrapped", None) == (availWidth, availHeight):
            return self.width, self.height
        self._wrapped = (availWidth, availHeight)
        self.width = availWidth
        self._sizes = [f.wrapOn(self.canv, availWidth, availHeight) for f in (*self.heads, self.following)]
        self.height = sum(h for _, h in self._sizes) + sum(self._gaps())
        return self.width, self.height

    def _gaps(self) -> list[float]:
        flows = [*self.heads, self.following]
        return [max(a.getSpaceAfter(), b.getSpaceBefore()) for a, b in pairwise(flows)]

    def split(self, availWidth, availHeight):
        heads_height = sum(f.wrapOn(self.canv, availWidth, availHeight)[1] for f in self.heads)
        room = availHeight - heads_height - sum(self._gaps())
        if room > 0:
            parts = self.following.splitOn(self.canv, availWidth, room)
            if parts:
                return [*self.heads, *parts]
        return []  # nothing of what follows fits: the heads go to the next page with it

    def drawOn(self, canvas, x, y, _sW=0):
        y += self.height
        gaps = [0.0, *self._gaps()]
        for flowable, (_, height), gap in zip([*self.heads, self.following], self._sizes, gaps, strict=True):
            y -= gap + height
            flowable.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self):
        return self.heads[0].getSpaceBefore()

    def getSpaceAfter(self):
        return self.following.getSpaceAfter()

    def bp_parts(self) -> list:
        return [*self.heads, self.following]


class RuledLines(Flowable):
    """Empty ruled lines for the reader's notes."""

    def __init__(self, lines: int, spacing: float, colour) -> None:
        super().__init__()
        self.lines, self.spacing, self.colour = lines, spacing, colour
        self.style = ParagraphStyle("ruled_lines")

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.lines * self.spacing
        return self.width, self.height

    def draw(self):
        if NotedParagraph.drawn is not None:
            NotedParagraph.drawn.append((self, self.canv.getPageNumber(), self.canv.absolutePosition(0, 0)))
        Marks.artifact(self.canv._code)
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.5)
        for n in range(self.lines):
            self.canv.line(0, n * self.spacing, self.width, n * self.spacing)
        Marks.end(self.canv._code)


class TocLines(Flowable):
    """Contents lines; page numbers are filled in when the pages are known (at save)."""

    def __init__(
        self, entries: list[tuple[int, str, str]], style: ParagraphStyle, registry: list, fonts: FontSet,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.entries, self.style, self.registry, self.fonts = entries, style, registry, fonts
        self.rtl = rtl   # headings at the right, page numbers at the left
        self.leading = style.leading * 1.35

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, len(self.entries) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(self.entries):
            return []
        return [
            TocLines(self.entries[:fit], self.style, self.registry, self.fonts, self.rtl),
            TocLines(self.entries[fit:], self.style, self.registry, self.fonts, self.rtl),
        ]

    def draw(self):
        canv = self.canv
        if NotedParagraph.drawn is not None:
            NotedParagraph.drawn.append((self, canv.getPageNumber(), canv.absolutePosition(0, 0)))
        for n, (level, text, anchor) in enumerate(self.entries):
            y = self.height - (n + 1) * self.leading + 4
            indent = 0 if level == 1 else 14
            para = RLParagraph(
                markup(text, self.fonts, level == 1),
                ParagraphStyle("toc", parent=self.style, fontName=self.fonts.latin(level == 1),
                               alignment=TA_RIGHT if self.rtl else 0),
            )
            para.wrapOn(canv, self.width - indent - 40, self.leading)
            if not canv.measure_only:
                canv.bp_marks.begin(canv._code, canv.getPageNumber(), "TOCI")
                para.drawOn(canv, 40 if self.rtl else indent, y)
                Marks.end(canv._code)
            x0, y0 = canv.absolutePosition(0, y - 2)
            x1, y1 = canv.absolutePosition(self.width, y + self.leading - 4)
            canv.linkRect("", anchor, (x0, y0, x1, y1), relative=0, thickness=0)
            number_at = canv.absolutePosition(0 if self.rtl else self.width, y)
            self.registry.append((canv.getPageNumber(), number_at, anchor))


class BriefCanvas(Canvas):
    """Keeps pages until save so every page can say "Page N of M" and the TOC its page numbers."""

    furniture: Callable | None = None
    measure_only = False   # lay the pages out without drawing them (page numbers for the Word file)
    bp_marks: Marks = Marks()   # the marked content drawn (each render sets its own)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        # the page is written at save; bookmarks and links made meanwhile must name the next page
        self._doc.pageCounter += 1
        self._startPage()

    def save(self):
        total = len(self._pages)
        self._doc.pageCounter = 1
        for state in self._pages:
            self.__dict__.update(state)
            if self.furniture is not None:
                Marks.artifact(self._code)   # headers, footers and page numbers are furniture
                self.furniture(self, self._pageNumber, total)
                Marks.end(self._code)
            super().showPage()
        super().save()


def _parts(flowable) -> list:
    """The flowables inside a wrapper (KeepTogether, KeepWithNext, a table's cells)."""
    if isinstance(flowable, KeepWithNext):
        return flowable.bp_parts()
    if isinstance(flowable, Table):
        return [
            f
            for row in flowable._cellvalues
            for cell in row
            for f in (cell if isinstance(cell, list) else [cell])
        ]
    return list(getattr(flowable, "_content", ()) or ())


def notes_of(flowable) -> tuple:
    notes = tuple(getattr(flowable, "bp_notes", ()))
    for child in _parts(flowable):
        notes += notes_of(child)
    return notes


class BriefDoc(BaseDocTemplate):
    """Page templates, page-foot notes, heading bookmarks and the outline."""

    def __init__(self, buffer, writer: PdfWriter, **kwargs) -> None:
        super().__init__(buffer, **kwargs)
        self.writer = writer
        self.page_notes: list[RLParagraph] = []
        self.heading_pages: dict[str, int] = {}
        self.note_heights: dict[tuple[int, float], float] = {}

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self.page_notes = []

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        self.frame._y1p = self.frame._y1 + self.frame._bottomPadding

    def _height(self, para) -> float:
        """A note's height at the frame's width (notes are measured once, not on every try)."""
        key = (id(para), self.frame._aW)
        height = self.note_heights.get(key)
        if height is None:
            height = self.note_heights[key] = para.wrap(self.frame._aW, 10_000)[1]
        return height

    def _room(self, paras: list) -> float:
        height = sum(self._height(p) + 1 for p in paras)
        return height + (10 if paras and not self.page_notes else 0)

    def handle_flowable(self, flowables):
        notes = notes_of(flowables[0]) if flowables and flowables[0] is not None else ()
        if not notes or self.frame is None:
            return super().handle_flowable(flowables)
        frame = self.frame
        saved, page = frame._y1p, self.page
        frame._y1p = saved + self._room([self.writer.note_paragraph(n) for n in notes])
        super().handle_flowable(flowables)
        if self.page != page:
            return  # it went to a new page whole; that frame keeps its own room
        waiting = {id(n) for f in flowables[:6] if f is not None for n in notes_of(f)}
        placed = [self.writer.note_paragraph(n) for n in notes if id(n) not in waiting]
        frame._y1p = saved + self._room(placed)
        self.page_notes.extend(placed)

    def afterFlowable(self, flowable):
        if self.frame is None:  # a page break between frames
            return
        top = self.frame._y + getattr(flowable, "height", 0)
        if isinstance(flowable, KeepWithNext):  # headings held with what follows them
            gaps = [0.0, *flowable._gaps()]
            for part, (_, height), gap in zip(flowable.bp_parts(), flowable._sizes, gaps, strict=True):
                top -= gap
                self._bookmark(part, top)
                top -= height
        else:
            self._bookmark(flowable, top)

    def _bookmark(self, flowable, top: float) -> None:
        heading = getattr(flowable, "bp_heading", None)
        if heading is not None:
            key = heading.anchor
            self.canv.bookmarkHorizontal(key, 0, top + 4)
            self.canv.addOutlineEntry(heading.text, key, level=heading.level - 1, closed=heading.level > 1)
            self.heading_pages.setdefault(key, self.canv.getPageNumber())

    def afterPage(self):
        if not self.page_notes or self.canv.measure_only:
            return
        canv = self.canv
        frame = self.frame
        x = frame._x1 + frame._leftPadding
        heights = [self._height(p) for p in self.page_notes]
        top = self.bottomMargin + sum(h + 1 for h in heights)
        Marks.artifact(canv._code)
        canv.saveState()
        canv.setStrokeColor(self.writer.colour("rule"))
        canv.setLineWidth(0.5)
        right = x + frame._aW
        start = right - 40 * mm if self.writer.rtl else x   # the rule where the notes' lines start
        canv.line(start, top + 5, start + 40 * mm, top + 5)
        canv.restoreState()
        Marks.end(canv._code)
        for para, h in zip(self.page_notes, heights, strict=True):
            top -= h + 1
            canv.bp_marks.begin(canv._code, canv.getPageNumber(), "Note")
            para.drawOn(canv, x, top)
            Marks.end(canv._code)


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
        self.rtl = False   # the brief's language is written right to left: its pages are mirrored

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

        accent = self.colour("accent")
        return {
            "body": body,
            "title": style("title", size["title"], 1.32, fontName=heads.bold, textColor=accent, spaceAfter=6),
            "subtitle": style("subtitle", size["subtitle"], textColor=muted, spaceAfter=8 * k),
            "cover": style("cover", size["subtitle"] * 0.9, spaceAfter=1),
            "marking": style("marking", size["small"], fontName=fonts.bold, textColor=accent, spaceAfter=6),
            "h1": style(
                "h1",
                size["h1"],
                1.32,
                fontName=heads.bold,
                textColor=accent,
                spaceBefore=12 * k,
                spaceAfter=5 * k,
            ),
            "h2": style(
                "h2",
                size["h2"],
                1.32,
                fontName=heads.bold,
                textColor=accent,
                spaceBefore=8 * k,
                spaceAfter=3 * k,
            ),
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
            if self.rtl:   # the indent, and a quote's bar, at the right: where the line starts
                style = mirrored(style)
            width = self.width - style.leftIndent - style.rightIndent - 2
            body = rtl_markup(text, self.fonts, width, style.fontSize, pdfmetrics.stringWidth, bold, suffix,
                              lead=label, start_mark=prefix if self.rtl else "")
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
        if cached is None and self.rtl:   # the number at the right, where a right-to-left note starts
            style = mirrored(self.styles["footnote"])
            number = (f'<a name="fn{note.number}"/><link href="#fnref{note.number}"><super>{note.number}'
                      "</super></link>")
            body = rtl_markup(note.styled.text, self.fonts, self.width - 2, style.fontSize,
                              pdfmetrics.stringWidth, end_mark=f"{self._link(note.url)} " if note.url else "",
                              start_mark="\u2002" + number)
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
        body = rtl_markup(text, self.fonts, self.width - style.rightIndent - 2, style.fontSize,
                          pdfmetrics.stringWidth, end_mark=end.strip() + " " if end else "", lead=lead,
                          start_mark=" " + start.strip() if start else "")
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
        with _RENDER_LOCK:   # reportlab keeps font and layout state per process
            pdf.build(self.story, canvasmaker=_Canvas)
        data = buffer.getvalue()
        if not measure_only:
            data = add_structure(data, marks.items, doc.meta.title)
        self.page_count = pdf.page
        self.heading_pages = dict(pdf.heading_pages)
        missing = list(self.fonts.missing.values())
        more = " …" if len(missing) > 5 else ""
        self.warnings = [f"{len(missing)} character(s) no bundled font can draw are shown by name in the "
                         f"PDF: {', '.join(missing[:5])}{more}."] if missing else []
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
