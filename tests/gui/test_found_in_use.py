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


def test_a_pack_made_from_the_results_keeps_its_rules_and_grows_on_refresh(
    qtbot, window, workspace, briefpack_home
):
    """Ctrl+Shift+Return (as the README says) makes a pack that refresh can grow, and says why it
    holds more than the results."""
    _pack_with_results(qtbot, window)
    pack = window.pack_state.pack
    results = window.results.results_model.item_ids()
    facts = [i for i in pack.item_ids if i not in results]
    assert pack.rules.themes == ("children",) and pack.rules.audiences == ("justice",)
    assert facts and len(pack.item_ids) == len(results) + len(facts)
    assert f"{len(results)} items match the selection; {len(facts)} key facts" in window.status.text()
    type_text(qtbot, "Children and justice")  # the title field has the focus, its text selected
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved = stored_packs(briefpack_home)[0]
    assert saved["title"] == "Children and justice" and saved["rules"]["themes"] == ["children"]
    # the library grows: a new item matching the rules
    source_id = workspace.edits.add_source(
        {"title": "New report", "text": "Children must be heard by judges."}
    )
    item = workspace.edits.add_item(
        source_id,
        {"text": "Children must be heard by judges.", "themes": ["children"], "audiences": ["justice"]},
    )
    report, _ = workspace.packs.refresh(saved["id"], dry_run=True)
    assert report.new == (item.id,)


def test_new_pack_from_the_results_starts_a_new_pack_even_with_one_open(qtbot, window):
    editor = _pack_with_results(qtbot, window)
    first = window.pack_state.pack
    press(qtbot, Qt.Key.Key_S, CTRL)
    tick(window.facets.model("themes"), "migration")
    wait_search(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    assert window.pack_state.pack.id != first.id
    assert window.pack_state.pack.rules.themes == ("children", "migration")
    assert editor is window.pack_panel.editor


def test_status_bar_says_what_is_true(qtbot, window):
    assert window.status.text() == ""  # "Loading the library…" is gone once it is loaded
    assert window.status.folder.text().startswith("Data: ")
    editor = _pack_with_results(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert window.status.text().startswith("Saved")
    # an edit after saving: "Saved" would be a lie
    editor.entries.setFocus()
    click_row(qtbot, editor.entries, 0)
    press(qtbot, Qt.Key.Key_Delete)
    assert window.pack_state.dirty and not window.status.text().startswith("Saved")
    # adding what the pack already holds says so
    first_result = window.results.results_model.item_ids()[1]
    window.results.select_item(first_result)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.status.text() == f"Already in “{window.pack_state.pack.title}”: nothing added."


def test_the_undo_button_keeps_its_size(qtbot, window):
    _pack_with_results(qtbot, window)
    button = window.toolbar.widgetForAction(window.actions_.undo)
    type_text(qtbot, "A title long enough to name a very long undo step in the menu, and more")
    window.results.setFocus()
    assert button.text() == "Undo"
    assert window.actions_.undo.text().startswith("&Undo Rename the pack")
    window.actions_.undo.setText("&Undo Add item ministry-memo-2025-police-officers-should-refer-every-child")
    window._on_undo_text("Add item ministry-memo-2025-police-officers-should-refer-every-child-53")
    assert button.text() == "Undo" and len(window.actions_.undo.text()) < 60
    assert window.actions_.undo.toolTip().endswith("every-child-53")


def test_add_item_sees_a_new_source_and_escape_closes_only_the_source_dialog(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    seen: dict = {}

    def in_add_item() -> None:
        dialog = QApplication.activeModalWidget()
        seen["add"] = dialog

        def fill_new_source() -> None:
            sub = QApplication.activeModalWidget()
            seen["parent"] = sub.parent()
            QTest.keyClicks(sub.title, "Ministry memo")
            QTest.keyClicks(sub.text, "Police officers should refer every child to services.")
            QTest.keyClick(sub.title, Qt.Key.Key_Return)  # the default button: Add source

        QTimer.singleShot(30, fill_new_source)
        qtbot.mouseClick(dialog.new_source_button, Qt.MouseButton.LeftButton)
        seen["sources"] = [dialog.source.itemText(i) for i in range(dialog.source.count())]
        seen["text"] = dialog.source_text.toPlainText()

        def escape() -> None:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

        QTimer.singleShot(30, escape)
        qtbot.mouseClick(dialog.new_source_button, Qt.MouseButton.LeftButton)
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(30, in_add_item)
    window.actions_.add_item.trigger()
    assert seen["parent"] is seen["add"]
    assert seen["sources"] == ["Ministry memo"]
    assert seen["text"].startswith("Police officers should refer")
    assert seen["still_open"]


def test_dark_appearance_shows_every_box_and_back_to_light_leaves_no_dark_colour(qtbot, window, qapp):
    from PySide6.QtGui import QColor, QPalette

    from app.gui import theme

    appearance = theme.install(qapp, "light")
    window._connect_appearance()
    try:
        window.results.select_item(window.results.results_model.item_ids()[0])
        detail = window.detail
        assert detail.built
        window.actions_.appearance_actions["dark"].trigger()
        qtbot.wait(10)
        assert theme.is_dark(qapp.palette())
        # the item pane follows (it has a style sheet for its tag chips)
        info = detail.info_scroll.widget()
        assert info.palette().color(QPalette.ColorRole.Window).lightness() < 100
        # an unticked facet box has a visible edge against the list behind it
        view = window.facets.sections["themes"].view
        image = view.grab().toImage()
        rect = view.visualRect(view.model().index(0, 0))
        base = view.palette().color(QPalette.ColorRole.Base).lightness()
        edge = max(
            QColor(image.pixel(x, y)).lightness()
            for x in range(rect.left(), rect.left() + 22)
            for y in range(rect.top(), rect.bottom())
        )
        assert edge - base > 40
        window.actions_.appearance_actions["light"].trigger()
        qtbot.wait(10)
        [selection] = detail.source_view.extraSelections()
        assert selection.format.background().color() == theme.span_highlight(qapp.palette())
        assert not theme.is_dark(qapp.palette())
        assert info.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        appearance.apply("light")
        theme._current = None


def test_clicking_a_facet_label_ticks_it(qtbot, window):
    view = window.facets.sections["themes"].view
    row = view.model().row_of("children")
    rect = view.visualRect(view.model().index(row, 0))
    label = rect.center()  # on the words, far from the small box
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=label)
    wait_search(qtbot, window)
    assert window.facets.model("themes").checked() == ("children",)
    assert window.search.last_result.query.themes == ("children",)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=label)
    wait_search(qtbot, window)
    assert window.facets.model("themes").checked() == ()


def test_a_typed_field_ticks_its_facet_and_clear_all_takes_it_out(qtbot, window):
    window.search_box.setFocus()
    type_text(qtbot, "victims theme:children")
    wait_search(qtbot, window)
    themes = window.facets.model("themes")
    index = themes.index(themes.row_of("children"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.facets.clear_all_button.isEnabled()
    # unticking it takes it out of the text
    view = window.facets.sections["themes"].view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    wait_search(qtbot, window)
    assert window.search_box.text() == "victims"
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # typed again, then "Clear all filters" clears the text's filters too
    window.search_box.setFocus()
    type_text(qtbot, " audience:justice")
    wait_search(qtbot, window)
    qtbot.mouseClick(window.facets.clear_all_button, Qt.MouseButton.LeftButton)
    wait_search(qtbot, window)
    assert window.search_box.text() == "victims"
    assert not window.facets.clear_all_button.isEnabled()


def test_a_misspelt_tag_in_the_search_box_finds_nothing_and_says_what_was_meant(qtbot, window):
    window.search_box.setFocus()
    type_text(qtbot, "theme:chidren ")
    wait_search(qtbot, window)
    assert window.results.model().rowCount() == 0
    assert "did you mean 'children'?" in window.message_label.text()
    assert window.message_label.isVisible()
