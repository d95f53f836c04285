"""The search box: results as you type, field syntax completion, the parser's message beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from app.gui import icons
from app.gui.i18n import ui

if TYPE_CHECKING:  # set up by PySide6 with the first key pressed, the first value typed
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QCompleter

FIELD_HELP = QT_TRANSLATE_NOOP(
    "ui",
    "Search the quotes as you type. Words match their forms (child, children); "
    '"quoted phrases" match in order; prefix* matches the start of words; '
    "AND, OR, NOT and -word combine; fields narrow the search: theme:children "
    "audience:justice kind:recommendation source:icat-child-2023 year:2023.",
)


class SearchBox(QLineEdit):
    """A line edit that offers field names and tag ids for the word being typed."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            ui.tr("Search quotes, e.g.  child protection  theme:children  audience:justice")
        )
        self.setAccessibleName(ui.tr("Search"))
        self.setToolTip(ui.tr(FIELD_HELP))
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # The app's own clear button: Qt's (setClearButtonEnabled) draws a bitmap icon that makes
        # Qt read every image-format plugin at start-up, and does not follow the palette.
        self.clear_action = self.addAction(icons.icon("clear"), QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setText(ui.tr("Clear the search"))
        self.clear_action.setToolTip(ui.tr("Clear the search (Esc)"))
        self.clear_action.setVisible(False)
        self._words = QStringListModel(self)
        self._completer: QCompleter | None = None  # made when a field value is first typed
        self.field_keys = None  # the window's FieldKeys: its commands keep their keys here
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self.query_changed)
        self.textChanged.connect(self._show_clear)
        self.clear_action.triggered.connect(self._clear_by_button)

    def completer_for_values(self) -> QCompleter:
        """The completer of field values, made on first use (most searches never need it)."""
        if self._completer is None:
            from PySide6.QtWidgets import QCompleter

            self._completer = QCompleter(self._words, self)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self._completer.setWidget(self)
            self._completer.activated[str].connect(self._insert_completion)
        return self._completer

    @Slot(str)
    def _show_clear(self, text: str) -> None:
        self.clear_action.setVisible(bool(text))

    @Slot()
    def _clear_by_button(self) -> None:
        self.clear()
        self.textEdited.emit("")  # as Qt's own clear button does: a user edit

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
            completer = self.completer_for_values()
            completer.setCompletionPrefix(word)
            if completer.completionCount() > 0 and completer.currentCompletion() != word:
                completer.complete()
                return
        if self._completer is not None:
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
        popup = self._completer.popup() if self._completer is not None else None
        accepting = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
        if popup is not None and popup.isVisible() and accepting:
            event.ignore()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if self.field_keys is not None and event.modifiers() and self.field_keys.handle(event):
            return
        super().keyPressEvent(event)
