"""The search box: results as you type, field syntax completion, the parser's message beside it."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.gui import icons

FIELD_HELP = ("Search the quotes as you type. Words match their forms (child, children); "
              "\"quoted phrases\" match in order; prefix* matches the start of words; "
              "AND, OR, NOT and -word combine; fields narrow the search: theme:children "
              "audience:justice kind:recommendation source:icat-child-2023 year:2023.")


class SearchBox(QLineEdit):
    """A line edit that offers field names and tag ids for the word being typed."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Search quotes, e.g.  child protection  theme:children  audience:justice")
        self.setClearButtonEnabled(True)
        self.setAccessibleName("Search")
        self.setToolTip(FIELD_HELP)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._words = QStringListModel(self)
        self._completer = QCompleter(self._words, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self.query_changed)
        self._completer.activated[str].connect(self._insert_completion)

    def set_vocabulary(self, words: list[str]) -> None:
        """Completions for field values, like "theme:children" or "audience:justice"."""
        self._words.setStringList(sorted(set(words)))

    def current_word(self) -> str:
        text = self.text()[: self.cursorPosition()]
        return text.rsplit(" ", 1)[-1]

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        word = self.current_word()
        if ":" in word and len(word) >= 2:
            self._completer.setCompletionPrefix(word)
            if self._completer.completionCount() > 0 and self._completer.currentCompletion() != word:
                self._completer.complete()
                return
        self._completer.popup().hide()

    @Slot(str)
    def _insert_completion(self, completion: str) -> None:
        position = self.cursorPosition()
        before = self.text()[:position]
        start = len(before) - len(self.current_word())
        new_text = self.text()[:start] + completion + " " + self.text()[position:].lstrip()
        self.setText(new_text)
        self.setCursorPosition(start + len(completion) + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            event.ignore()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
