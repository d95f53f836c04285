"""The full text of a source, read-only, with one quote highlighted and scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.gui import theme
from app.gui.i18n import ui


class SourceView(QPlainTextEdit):
    """The full text of a source, read-only, with one quote highlighted and scrolled into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(ui.tr("Source text"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._source_id = ""
        self._span: tuple[int, int] | None = None

    def show_span(self, source_id: str, text: str, span: tuple[int, int] | None) -> None:
        if source_id != self._source_id:
            self.setPlainText(text)
            self._source_id = source_id
        self._span = span
        self._apply_highlight()

    def highlighted_text(self) -> str:
        if self._span is None:
            return ""
        return self.toPlainText()[self._span[0] : self._span[1]]

    def _apply_highlight(self) -> None:
        if self._span is None:
            self.setExtraSelections([])
            return
        start, end = self._span
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, self.document().characterCount() - 1))
        cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        # The application's palette: during an appearance change the view's own may still be the old.
        palette = QGuiApplication.palette()
        fmt.setBackground(theme.span_highlight(palette))
        fmt.setForeground(palette.color(QPalette.ColorRole.Text))
        selection.format = fmt
        selection.cursor = cursor
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(cursor.selectionStart())
        self.setTextCursor(caret)
        QTimer.singleShot(0, self, self._scroll_to_span)

    @Slot()
    def _scroll_to_span(self) -> None:
        self.centerCursor()

    def refresh_colors(self) -> None:
        self._apply_highlight()
