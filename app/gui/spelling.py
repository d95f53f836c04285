"""Spell checking of notes and key messages: misspelt words underlined, suggestions on right-click.

The checker is pyspellchecker (pure Python; its English, French and Spanish dictionaries ship
inside the package, so it works offline from a fresh install). Words of the library's own
quotes count as known (British spelling, "non-refoulement", acronyms), and so do the words the
user adds ("Add to dictionary", kept in the data folder's `spelling-words.txt`). Its word lists
hold few plural forms for French and Spanish: a plural whose singular is known is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from app.core.atomic import atomic_write_text
from app.gui.i18n import ui

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
PERSONAL_FILE = "spelling-words.txt"
MAX_SUGGESTIONS = 5


class Speller(QObject):
    """Knows the words of one language (or none: `language` ""); `changed` when that changes."""

    changed = Signal()

    def __init__(
        self,
        language: str = "en",
        home: Path | None = None,
        library_words: Callable[[], Iterable[str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._home = home
        self._library_words = library_words
        self._checker = None
        self._known: set[str] = set()
        self._cache: dict[str, bool] = {}

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._checker = None
            self._cache.clear()
            self.changed.emit()

    def _ensure(self):
        if self._checker is None and self._language:
            self._checker = _checker(self._language)
            self._known = {w.casefold() for w in self.personal_words()}
            if self._library_words is not None:
                self._known |= {w.casefold() for w in self._library_words()}
        return self._checker

    # -- checking ------------------------------------------------------------
    def is_known(self, word: str) -> bool:
        if not self._language or len(word) < 2 or word.isupper() or any(c.isdigit() for c in word):
            return True
        folded = word.casefold().replace("’", "'")
        found = self._cache.get(folded)
        if found is None:
            found = self._cache[folded] = self._lookup(folded)
        return found

    def _lookup(self, folded: str) -> bool:
        checker = self._ensure()
        if checker is None or folded in self._known or folded in checker:
            return True
        if "'" in folded:  # l'enfant, children's: each part on its own
            parts = [p for p in folded.split("'") if len(p) > 1]
            return all(p in self._known or p in checker for p in parts)
        if self._language in ("fr", "es"):
            for ending in ("s", "es", "x"):
                if folded.endswith(ending) and folded[: -len(ending)] in checker:
                    return True
        return False

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """Spans of the unknown words in `text`."""
        if not self._language:
            return []
        return [(m.start(), m.end()) for m in WORD.finditer(text) if not self.is_known(m.group())]

    def suggestions(self, word: str) -> list[str]:
        checker = self._ensure()
        if checker is None:
            return []
        found = checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    # -- the user's own words ------------------------------------------------
    def personal_words(self) -> list[str]:
        if self._home is None:
            return []
        try:
            text = (self._home / PERSONAL_FILE).read_text("utf-8")
        except OSError:
            return []
        return [line.strip() for line in text.splitlines() if line.strip()]

    def add_word(self, word: str) -> None:
        """Known from now on, and in every later session (kept in the data folder)."""
        folded = word.casefold()
        self._known.add(folded)
        self._cache[folded] = True
        if self._home is not None:
            words = sorted({*self.personal_words(), word}, key=str.casefold)
            atomic_write_text(self._home / PERSONAL_FILE, "\n".join(words) + "\n")
        self.changed.emit()


_checkers: dict[str, object] = {}


def _checker(language: str):
    """The word list of a language, loaded once (it is only read)."""
    if language not in _checkers:
        from spellchecker import SpellChecker  # the word list loads with the first check

        _checkers[language] = SpellChecker(language=language, case_sensitive=False)
    return _checkers[language]


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of a document with a red wave."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self.speller = speller
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor(220, 40, 40))
        speller.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        for start, end in self.speller.misspelt(text):
            self.setFormat(start, end - start, self._format)


class SpellMenu(QObject):
    """A text field's context menu with suggestions for the misspelt word under the mouse."""

    def __init__(self, edit: QPlainTextEdit, speller: Speller) -> None:
        super().__init__(edit)
        self.edit = edit
        self.speller = speller
        self.highlighter = SpellHighlighter(edit.document(), speller)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(self.show_menu)
        self.menu = None

    def word_at(self, pos: QPoint) -> QTextCursor | None:
        cursor = self.edit.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.position() - block.position()
        for match in WORD.finditer(block.text()):
            if match.start() <= offset <= match.end() and not self.speller.is_known(match.group()):
                word = QTextCursor(block)
                word.setPosition(block.position() + match.start())
                word.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
                return word
        return None

    def build_menu(self, pos: QPoint):
        menu = self.edit.createStandardContextMenu(pos)
        cursor = self.word_at(pos)
        if cursor is not None:
            word = cursor.selectedText()
            first = menu.actions()[0] if menu.actions() else None
            suggestions = self.speller.suggestions(word)
            for suggestion in suggestions:
                action = menu.addAction(suggestion)
                action.triggered.connect(lambda _c=False, c=cursor, s=suggestion: self._replace(c, s))
                menu.insertAction(first, action)
            if not suggestions:
                none = menu.addAction(ui.tr("No suggestions"))
                none.setEnabled(False)
                menu.insertAction(first, none)
            add = menu.addAction(ui.tr("Add “{word}” to the dictionary").format(word=word))
            add.triggered.connect(lambda _c=False, w=word: self.speller.add_word(w))
            menu.insertAction(first, add)
            menu.insertSeparator(first)
        return menu

    @Slot(QPoint)
    def show_menu(self, pos: QPoint) -> None:
        self.menu = self.build_menu(pos)
        self.menu.popup(self.edit.mapToGlobal(pos))

    def _replace(self, cursor: QTextCursor, word: str) -> None:
        cursor.insertText(word)
        self.edit.document().setModified(True)


def check_spelling(edit: QPlainTextEdit, speller: Speller | None) -> SpellMenu | None:
    """Underline misspelt words in `edit` and offer suggestions on right-click."""
    return SpellMenu(edit, speller) if speller is not None else None
