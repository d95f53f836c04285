"""What a person found broken in the real window, replayed through keys and clicks.

Each test drives the window the way the person did (keys to the widget that has focus, inline
edits through the delegate, the real actions) and checks what is saved on disk.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.pack_model import COLUMN as PACK_COLUMN
from tests.gui.person import CTRL, SHIFT, activate, click_row, focused, press, stored_packs, type_text
from tests.gui.window_helpers import close_windows, open_window, tick, wait_search

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    activate(qtbot, window)
    yield window
    close_windows()


def _pack_with_results(qtbot, window, theme="children", audience="justice"):
    tick(window.facets.model("themes"), theme)
    tick(window.facets.model("audiences"), audience)
    wait_search(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    return window.pack_panel.editor


def test_a_note_typed_in_the_note_column_is_saved(qtbot, window, briefpack_home):
    editor = _pack_with_results(qtbot, window)
    entries = editor.entries
    entries.setFocus()
    click_row(qtbot, entries, 0, PACK_COLUMN["note"], double=True)
    assert isinstance(focused().parent().parent(), type(entries)) or focused() is not entries
    type_text(qtbot, "Raise with the minister")
    # the person then selects another row with the mouse, and saves with Ctrl+S
    click_row(qtbot, entries, 2, PACK_COLUMN["text"])
    first = editor.entries_model.item_id(0)
    assert window.pack_state.pack.entry(first).note == "Raise with the minister"
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved = {e["item_id"]: e for e in stored_packs(briefpack_home)[0]["entries"]}
    assert saved[first]["note"] == "Raise with the minister"
    # undo brings back the empty note, redo the typed one
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.pack_state.pack.entry(first).note == ""
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.pack_state.pack.entry(first).note == "Raise with the minister"


def test_leaving_the_note_box_does_not_undo_a_note_typed_in_the_cell(qtbot, window, briefpack_home):
    """The person typed a note in the cell, clicked into the note box below, then another row."""
    editor = _pack_with_results(qtbot, window)
    entries = editor.entries
    entries.setFocus()
    click_row(qtbot, entries, 4, PACK_COLUMN["note"], double=True)
    type_text(qtbot, "Third note")
    qtbot.mouseClick(editor.note.viewport(), Qt.MouseButton.LeftButton)
    assert focused() is editor.note
    assert editor.note.toPlainText() == "Third note"
    click_row(qtbot, entries, 5, PACK_COLUMN["text"])
    fifth = editor.entries_model.item_id(4)
    assert window.pack_state.pack.entry(fifth).note == "Third note"
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved = {e["item_id"]: e for e in stored_packs(briefpack_home)[0]["entries"]}
    assert saved[fifth]["note"] == "Third note"


def test_a_note_still_being_typed_in_the_cell_is_saved_by_ctrl_s(qtbot, window, briefpack_home):
    editor = _pack_with_results(qtbot, window)
    entries = editor.entries
    entries.setFocus()
    click_row(qtbot, entries, 1, PACK_COLUMN["note"], double=True)
    type_text(qtbot, "Ask for figures")
    press(qtbot, Qt.Key.Key_S, CTRL)
    second = editor.entries_model.item_id(1)
    saved = {e["item_id"]: e for e in stored_packs(briefpack_home)[0]["entries"]}
    assert saved[second]["note"] == "Ask for figures"
    assert not window.pack_state.dirty


@pytest.mark.parametrize("how", ["keys", "toolbar", "menu"])
def test_new_pack_is_untitled_not_false(qtbot, window, how):
    if how == "keys":
        window.results.setFocus()
        press(qtbot, Qt.Key.Key_N, CTRL)
    elif how == "toolbar":
        button = window.toolbar.widgetForAction(window.actions_.new_pack)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        window.actions_.new_pack.trigger()
    pack = window.pack_state.pack
    assert pack is not None and pack.title == "Untitled brief"
    assert window.windowTitle().startswith("Untitled brief — Briefpack")
