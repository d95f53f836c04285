"""Finding English left in a translated window: every text a widget shows (labels, buttons, menus,
actions, tabs, group boxes, placeholders, tool tips, window titles, column headers), and the
words in it that are English and neither French nor Spanish.

A word counts as English when the English dictionary has it and neither the French nor the
Spanish one does (pyspellchecker's, shipped offline), and the language's own translations never
use it (its dictionaries miss many common words, "fuentes", "hay": the words translators wrote
are the language's): "Search", "Open", "Save" are caught, "Note", "Source", "Date" (words of all
three) are not. Proper names (Briefpack, ICAT, Word, PDF) are left alone, as are views that show
quotes (their text is verbatim).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

PROPER_NAMES = frozenset(
    {
        "briefpack",
        "icat",
        "word",
        "pdf",
        "docx",
        "markdown",
        "libreoffice",
        "qt",
        "json",
        "csv",
        "un",
        "unodc",
        "iom",
        "ohchr",
        "gpa",
        "imrf",
        "gcm",
        "ctrl",
        "shift",
        "alt",
        "enter",
        "return",
        "tab",
        "esc",
        "del",
        "backspace",
        "pgup",
        "pgdown",
        "home",
        "end",
        "up",
        "down",
        "left",
        "right",
        "ok",
    }
)
_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1)
def _dictionaries():
    from spellchecker import SpellChecker

    return tuple(SpellChecker(language=code, distance=1) for code in ("en", "fr", "es"))


def english_words(text: str, also_allowed: Iterable[str] = ()) -> list[str]:
    """The words of `text` that only English has (markup, shortcuts and proper names aside)."""
    english, french, spanish = _dictionaries()
    allowed = PROPER_NAMES | {w.casefold() for w in also_allowed}
    text = re.sub(r"<[^>]+>|&\w+;", " ", text).replace("&", "")
    text = re.sub(r"\S*/\S*", " ", text)  # file and folder paths are names
    text = re.sub(r"\b\w+:\S+", " ", text)  # search syntax (theme:children) is the query language's
    found = []
    for word in _WORD.findall(text):
        folded = word.casefold()
        if folded in allowed or (word.isupper() and len(word) <= 6):
            continue
        if folded in english and folded not in french and folded not in spanish:
            found.append(word)
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the window and its menus show to a person."""
    out: list[tuple[str, str]] = []

    def add(where: QWidget | QAction, kind: str, text: str) -> None:
        if text and text.strip():
            name = where.objectName() or type(where).__name__
            out.append((f"{name}.{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("verbatim"):  # a view of quotes or source text: never translated
            continue
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        add(widget, "toolTip", widget.toolTip())
        add(
            widget,
            "placeholder",
            getattr(widget, "placeholderText", lambda: "")()
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)
            else "",
        )
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox | QMenu):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar | QTabWidget):
            for n in range(widget.count()):
                add(widget, f"tab{n}", widget.tabText(n))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for n in range(widget.count()):
                add(widget, f"item{n}", widget.itemText(n))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model whose column count is not public: it has no header
                columns = 0
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                add(widget, f"header{column}", str(header or ""))
        for action in widget.actions():
            add(action, "text", action.text())
            add(
                action,
                "toolTip",
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
            )
            add(action, "statusTip", action.statusTip())
    return out


def translated_words(language: str) -> set[str]:
    """Every word the window's translations into `language` use."""
    from xml.etree import ElementTree

    from app import paths

    ts = paths.resources_dir() / "translations" / f"briefpack_{language}.ts"
    words: set[str] = set()
    for translation in ElementTree.parse(ts).getroot().iter("translation"):
        for text in (translation.text or "", *(form.text or "" for form in translation)):
            words.update(w.casefold() for w in _WORD.findall(text))
    return words


def english_left(root: QWidget, also_allowed: Iterable[str] = (), language: str = "") -> list[str]:
    """ "where: text [words]" for each shown text with English-only words in it."""
    allowed = [*also_allowed, *(translated_words(language) if language else ())]
    return [
        f"{where}: {text!r} {words}"
        for where, text in shown_texts(root)
        if (words := english_words(text, allowed))
    ]
