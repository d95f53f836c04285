"""Spell checking in notes and key messages: misspelt words underlined, suggestions that replace,
words added to the user's dictionary, English, French and Spanish offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from app.gui.spelling import Speller
from tests.gui.person import CTRL, activate, click_row, focused, press, stored_packs, type_text
from tests.gui.window_helpers import close_windows, open_window, tick, wait_search

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    activate(qtbot, window)
    yield window
    close_windows()


def _underlined(edit) -> list[str]:
    """The words a text field shows with the spelling underline."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return out


def test_a_misspelt_note_is_underlined_and_a_suggestion_replaces_it(qtbot, window, briefpack_home):
    tick(window.facets.model("themes"), "children")
    wait_search(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    editor = window.pack_panel.editor
    click_row(qtbot, editor.entries, 0)
    editor.note.setFocus()
    type_text(qtbot, "Raise the labour trafficing case")
    assert _underlined(editor.note) == ["trafficing"]  # "labour" is the library's own spelling
    spelling = editor.note_spelling
    rect = editor.note.cursorRect(editor.note.document().find("trafficing"))
    menu = spelling.build_menu(rect.center())
    assert menu.actions()[0].text() == "trafficking"
    menu.actions()[0].trigger()
    assert editor.note.toPlainText() == "Raise the labour trafficking case"
    assert _underlined(editor.note) == []
    press(qtbot, Qt.Key.Key_S, CTRL)
    first = stored_packs(briefpack_home)[0]["entries"][0]
    assert first["note"] == "Raise the labour trafficking case"


def test_key_messages_are_checked_in_their_cell_and_words_can_be_added(
    qtbot, window, workspace, briefpack_home
):
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.pack_panel.editor
    editor.tabs.setCurrentWidget(editor.details)
    messages = editor.details.key_messages
    qtbot.mouseClick(messages.add_button, Qt.MouseButton.LeftButton)
    cell = focused()
    cell.selectAll()
    type_text(qtbot, "Protect victims of trafficing by Frobnitz")
    assert _underlined(cell) == ["trafficing", "Frobnitz"]
    menu = cell.spelling.build_menu(cell.cursorRect(cell.document().find("Frobnitz")).center())
    add = next(a for a in menu.actions() if a.text().startswith("Add “Frobnitz”"))
    add.trigger()
    assert _underlined(cell) == ["trafficing"]
    assert "Frobnitz" in (briefpack_home / "spelling-words.txt").read_text("utf-8")
    press(qtbot, Qt.Key.Key_Return)
    assert window.pack_state.pack.key_messages == ("Protect victims of trafficing by Frobnitz",)


@pytest.mark.parametrize(
    ("language", "right", "wrong"),
    [
        ("en", "Children must be protected", "protectid"),
        ("fr", "Les enfants victimes de la traite", "enfnats"),
        ("es", "Las personas víctimas de trata", "persnoas"),
    ],
)
def test_english_french_and_spanish_work_offline(qtbot, language, right, wrong):
    speller = Speller(language)
    assert speller.misspelt(right) == []
    assert speller.misspelt(f"{right} {wrong}") == [(len(right) + 1, len(right) + 1 + len(wrong))]
    assert speller.suggestions(wrong)
    assert Speller("").misspelt(wrong) == []  # spell checking off
