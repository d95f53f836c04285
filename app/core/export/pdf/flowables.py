"""The PDF's own flowables: paragraphs carrying notes and tags, the key-facts box, a logo, headings
kept with what follows, ruled lines for notes, contents lines."""

from __future__ import annotations

from itertools import pairwise

from app.core.document import Heading
from app.core.export.pdf.markup import FontSet, markup
from app.core.export.pdf.rl import TA_RIGHT, Flowable, Image, ParagraphStyle, RLParagraph, Table
from app.core.export.pdf.tags import Marks

# the tag of each paragraph style in the structure tree (the rest are P)
ROLES = {
    "title": "H1",
    "h1": "H2",
    "h2": "H3",
    "quote": "BlockQuote",
    "quote_cont": "BlockQuote",
    "footnote": "Note",
    "bib": "P",
    "list": "P",
}


class NotedParagraph(RLParagraph):
    """A paragraph that may carry page-foot notes (kept by its last part when split) and a left rule."""

    bp_notes: tuple = ()
    bp_rule: object = None
    bp_heading: Heading | None = None
    bp_tag: tuple[str, tuple[str, object] | None] | None = None  # (role, group) in the tagged PDF
    drawn: list | None = None  # set by tests: every paragraph drawn, with its box on the page

    def wrap(self, availWidth, availHeight):
        try:
            return super().wrap(availWidth, availHeight)
        except TypeError:
            if self.style.wordWrap != "CJK":
                raise
            # reportlab's CJK line breaking, looking back for a break inside a run of other
            # scripts, fails on an empty fragment (an anchor or a note's reference) with a
            # TypeError; such a paragraph is broken at its spaces instead
            self.style = ParagraphStyle(self.style.name, parent=self.style, wordWrap=None)
            return super().wrap(availWidth, availHeight)

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
                x = self.width - self.style.rightIndent + 7  # a right-to-left page: the bar at the right
            else:
                x = self.style.leftIndent - 7
            canv.line(x, 0, x, self.height)
            Marks.end(canv._code)


class FactTable(Table):
    """The key-facts box: its shading and rules are page furniture, its facts the content."""

    def _drawBkgrnd(self):
        with Marks.furniture(self.canv._code):
            super()._drawBkgrnd()

    def _drawLines(self):
        with Marks.furniture(self.canv._code):
            super()._drawLines()


class Logo(Image):
    """The branding logo, marked as decoration."""

    def draw(self):
        with Marks.furniture(self.canv._code):
            super().draw()


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
        self,
        entries: list[tuple[int, str, str]],
        style: ParagraphStyle,
        registry: list,
        fonts: FontSet,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.entries, self.style, self.registry, self.fonts = entries, style, registry, fonts
        self.rtl = rtl  # headings at the right, page numbers at the left
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
                ParagraphStyle(
                    "toc",
                    parent=self.style,
                    fontName=self.fonts.latin(level == 1),
                    alignment=TA_RIGHT if self.rtl else 0,
                ),
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
