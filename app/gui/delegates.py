"""Painting for the results: quotes with highlighted matches, and tag chips."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from app.gui import roles, theme

# The painting classes are looked up when the first row is painted (QtGui.QTextLayout...):
# setting up their Python types is work that start-up, with nothing painted yet, can leave to
# the paint. QStyle is never touched here: reading a style option's `state`, or asking a widget
# for its style(), makes PySide6 set up QStyle's Python type (~800 enum values, ~6 ms of the
# first frame); the style draws each cell's background from C++ (QStyledItemDelegate.paint).
if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

ModelIndex = QModelIndex | QPersistentModelIndex
PADDING = 4


def cell_state(option: QStyleOptionViewItem, index: ModelIndex) -> tuple[bool, QPalette.ColorGroup]:
    """Whether the cell is selected, and the palette group its text takes, asked of its view
    (what the view put in option.state, without reading it)."""
    view = option.widget
    selection = view.selectionModel() if view is not None else None
    selected = selection is not None and selection.isSelected(index)
    active = view is None or view.isActiveWindow()
    return selected, QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive


def _text_color(option: QStyleOptionViewItem, index: ModelIndex):
    selected, group = cell_state(option, index)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(group, role)


class OwnTextDelegate(QStyledItemDelegate):
    """A cell whose content the delegate draws: the style draws the rest (background, selection,
    focus) through the base class, given no text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""


def snippet(text: str, spans, capacity: int) -> tuple[str, tuple]:
    """The text to show in `capacity` characters: from the start, or from just before the first
    match when the match would fall out of sight ("… words around it"), spans moved to match."""
    spans = tuple((int(s), int(e)) for s, e in spans or ())
    if not spans or spans[0][0] < capacity * 0.6:
        return text, spans
    first = spans[0][0]
    cut = text.rfind(" ", 0, max(0, first - 24)) + 1
    if cut <= 0:
        return text, spans
    prefix = "… "
    shift = len(prefix) - cut
    moved = tuple((max(s + shift, len(prefix)), e + shift) for s, e in spans if e > cut)
    return prefix + text[cut:], moved


def _highlight_ranges(spans, option: QStyleOptionViewItem) -> list:
    if not spans:
        return []
    highlight = QtGui.QTextCharFormat()
    highlight.setBackground(theme.match_highlight(option.palette))
    highlight.setFontWeight(700)
    # Readable on the highlight colour in a selected row too (not the selection's text colour).
    highlight.setForeground(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
    ranges = []
    for start, end in spans:
        fmt = QtGui.QTextLayout.FormatRange()
        fmt.start, fmt.length, fmt.format = int(start), int(end) - int(start), highlight
        ranges.append(fmt)
    return ranges


def _wrapped(
    text: str, font, width: int, ranges: list, max_lines: int, line_height: int
) -> QtGui.QTextLayout:
    """A laid-out paragraph of at most `max_lines` lines (the caller checks whether all text fit)."""
    layout = QtGui.QTextLayout(text, font)
    text_option = QtGui.QTextOption()
    text_option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(text_option)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0
    while layout.lineCount() < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line_height
    layout.endLayout()
    return layout


class QuoteDelegate(OwnTextDelegate):
    """Wraps the quote to the row's height, eliding the rest, with matches highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        self.initStyleOption(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        spans = index.data(roles.HIGHLIGHTS) or ()
        rect = option.rect.adjusted(PADDING, 2, -PADDING, -2)
        if rect.width() <= 4 or not text:
            return
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(_text_color(option, index))
        metrics = QFontMetrics(option.font)
        max_lines = max(1, rect.height() // metrics.lineSpacing())
        text, spans = snippet(
            text.replace("\n", " "), spans, rect.width() * max_lines // max(1, metrics.averageCharWidth())
        )
        ranges = _highlight_ranges(spans, option)
        layout = _wrapped(text, option.font, rect.width(), ranges, max_lines, metrics.lineSpacing())
        last = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
        end = last.textStart() + last.textLength() if last is not None else 0
        cut = end
        while end < len(text) and cut > 0:
            # Too long: cut at a word before the end of the last line and add an ellipsis.
            cut = text.rfind(" ", 0, cut - 1)
            if cut <= 0:
                break
            shorter = text[:cut].rstrip(" ,;:") + "…"
            layout = _wrapped(
                shorter, option.font, rect.width(), ranges, max_lines + 1, metrics.lineSpacing()
            )
            if layout.lineCount() <= max_lines:
                break
        layout.draw(painter, QPointF(rect.left(), rect.top()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(320, metrics.lineSpacing() * 2 + 6)


class ChipsDelegate(OwnTextDelegate):
    """Tags as rounded chips, as many as fit, then "+n"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        self.initStyleOption(option, index)
        chips = index.data(roles.CHIPS) or ()
        if not chips:
            return
        painter.save()
        painter.setClipRect(option.rect)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        chip_h = metrics.height() + 2
        left, right = option.rect.left() + PADDING, option.rect.right() - PADDING
        bottom = option.rect.bottom() - 2
        placed: list[tuple[int, int, int, str, str]] = []
        x, y = left, option.rect.top() + 3
        for tag_id, label in chips:
            width = min(metrics.horizontalAdvance(label) + 10, right - left)
            if x + width > right and x > left:
                x, y = left, y + chip_h + 3
            if y + chip_h > bottom:
                break
            placed.append((x, y, width, tag_id, label))
            x += width + 4
        hidden = len(chips) - len(placed)
        more_w = metrics.horizontalAdvance(f"+{hidden}") + 6
        while hidden and placed and placed[-1][0] + placed[-1][2] + 4 + more_w > right:
            x, y, width, tag_id, label = placed[-1]
            room = right - x - 4 - more_w
            if room >= min(width, 28):
                placed[-1] = (x, y, room, tag_id, label)
                break
            placed.pop()
            hidden += 1
            more_w = metrics.horizontalAdvance(f"+{hidden}") + 6
        for x, y, width, tag_id, label in placed:
            background, foreground = theme.chip_colors(tag_id, option.palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(x, y, width, chip_h), chip_h / 2, chip_h / 2)
            painter.setPen(foreground)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 8)
            painter.drawText(QRect(x, y, width, chip_h), Qt.AlignmentFlag.AlignCenter, shown)
        if hidden:
            x, y = left, option.rect.top() + 3
            if placed:
                x, y = placed[-1][0] + placed[-1][2] + 4, placed[-1][1]
            painter.setPen(_text_color(option, index))
            painter.drawText(QRect(x, y, more_w, chip_h), Qt.AlignmentFlag.AlignCenter, f"+{hidden}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(140, QFontMetrics(option.font).lineSpacing() * 2 + 6)
