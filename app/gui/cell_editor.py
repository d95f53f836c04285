"""Editing a note or a key message in its cell: a text editor with spell checking, Return commits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QWidget

from app.gui.i18n import ui
from app.gui.spelling import Speller, check_spelling


class CellTextEdit(QPlainTextEdit):
    """Return (or Enter) finishes, Shift+Return starts a new line, Escape leaves it unchanged."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setAccessibleName(ui.tr("Cell text"))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finished.emit()
            return
        super().keyPressEvent(event)


class SpellingDelegate(QStyledItemDelegate):
    """Cells edited in a CellTextEdit, its misspelt words underlined."""

    def __init__(self, speller: Speller | None, parent=None) -> None:
        super().__init__(parent)
        self.speller = speller

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = CellTextEdit(parent)
        editor.spelling = check_spelling(editor, self.speller)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: CellTextEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.toPlainText() != text:
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, editor.toPlainText().strip(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 3 + 8))
        editor.setGeometry(rect)
