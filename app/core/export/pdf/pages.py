"""The PDF's pages: a canvas that keeps pages until "Page N of M" is known, and the document
template placing page-foot notes, heading bookmarks and the outline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.export.pdf.flowables import KeepWithNext, notes_of
from app.core.export.pdf.rl import BaseDocTemplate, Canvas, RLParagraph, mm
from app.core.export.pdf.tags import Marks

if TYPE_CHECKING:
    from app.core.export.pdf.writer import PdfWriter


class BriefCanvas(Canvas):
    """Keeps pages until save so every page can say "Page N of M" and the TOC its page numbers."""

    furniture: Callable | None = None
    measure_only = False  # lay the pages out without drawing them (page numbers for the Word file)
    bp_marks: Marks = Marks()  # the marked content drawn (each render sets its own)

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
                Marks.artifact(self._code)  # headers, footers and page numbers are furniture
                self.furniture(self, self._pageNumber, total)
                Marks.end(self._code)
            super().showPage()
        super().save()


class BriefDoc(BaseDocTemplate):
    """Page templates, page-foot notes, heading bookmarks and the outline."""

    def __init__(self, buffer, writer: PdfWriter, **kwargs) -> None:
        super().__init__(buffer, **kwargs)
        self.writer = writer
        self.page_notes: list[RLParagraph] = []
        self.heading_pages: dict[str, int] = {}
        self.note_heights: dict[tuple[int, float], float] = {}
        self.notes_frame = None  # the frame whose foot holds this page's notes

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self.page_notes = []
        self.notes_frame = None

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        self.frame._y1p = self.frame._y1 + self.frame._bottomPadding

    def _height(self, para, frame) -> float:
        """A note's height at the frame's width (notes are measured once, not on every try)."""
        key = (id(para), frame._aW)
        height = self.note_heights.get(key)
        if height is None:
            height = self.note_heights[key] = para.wrap(frame._aW, 10_000)[1]
        return height

    def _room(self, paras: list, frame) -> float:
        """The room `paras` take at the foot of `frame` (the frame being filled: after a flowable
        that ends a page, the document has none until the next page begins)."""
        height = sum(self._height(p, frame) + 1 for p in paras)
        return height + (10 if paras and not self.page_notes else 0)

    def handle_flowable(self, flowables):
        notes = notes_of(flowables[0]) if flowables and flowables[0] is not None else ()
        if not notes or self.frame is None:
            return super().handle_flowable(flowables)
        frame = self.frame
        saved, page = frame._y1p, self.page
        frame._y1p = saved + self._room([self.writer.note_paragraph(n) for n in notes], frame)
        super().handle_flowable(flowables)
        if self.page != page:
            return  # it went to a new page whole; that frame keeps its own room
        waiting = {id(n) for f in flowables[:6] if f is not None for n in notes_of(f)}
        placed = [self.writer.note_paragraph(n) for n in notes if id(n) not in waiting]
        frame._y1p = saved + self._room(placed, frame)
        self.page_notes.extend(placed)
        self.notes_frame = frame  # the page's frame, kept: after a page-ending flowable there is none

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
        frame = self.notes_frame or self.frame
        x = frame._x1 + frame._leftPadding
        heights = [self._height(p, frame) for p in self.page_notes]
        top = self.bottomMargin + sum(h + 1 for h in heights)
        Marks.artifact(canv._code)
        canv.saveState()
        canv.setStrokeColor(self.writer.colour("rule"))
        canv.setLineWidth(0.5)
        right = x + frame._aW
        start = right - 40 * mm if self.writer.rtl else x  # the rule where the notes' lines start
        canv.line(start, top + 5, start + 40 * mm, top + 5)
        canv.restoreState()
        Marks.end(canv._code)
        for para, h in zip(self.page_notes, heights, strict=True):
            top -= h + 1
            canv.bp_marks.begin(canv._code, canv.getPageNumber(), "Note")
            para.drawOn(canv, x, top)
            Marks.end(canv._code)
