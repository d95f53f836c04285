"""The detail pane and library edits: quote in its source, tag and note edits, undo, own items."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.core.workspace import Workspace
from app.gui.detail_pane import DetailPane
from app.gui.library_actions import LibraryActions

pytestmark = pytest.mark.gui

SOURCE_TEXT = (
    "Preamble.\n\n1. States should train border officials to identify victims.\n\n"
    "2. States should fund shelters for survivors of trafficking.\n"
)


def _pane(qtbot, session, item_id):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_item(session.library, item_id)
    return pane


def test_detail_pane_shows_the_quote_inside_its_source(qtbot, session):
    item = next(i for i in session.library if i.span and i.lead_in)
    pane = _pane(qtbot, session, item.id)
    assert item.text in pane.quote.text()
    assert pane.lead_in.text().endswith(f"{item.lead_in}</i>")
    assert pane.citation.text() == session.workspace.citation(item.id)
    assert pane.source_view.highlighted_text() == item.text
    assert pane.source_view.textCursor().position() == item.span[0]
    assert pane.themes.selected() == item.themes
    pane.copy_citation_button.click()
    assert QGuiApplication.clipboard().text() == pane.citation.text()
    pane.copy_quote_button.click()
    assert QGuiApplication.clipboard().text() == f"“{item.text}”\n{pane.citation.text()}"


def test_tag_toggle_in_the_detail_pane_is_one_undoable_persistent_edit(qtbot, session, briefpack_home):
    actions = LibraryActions(session)
    item = next(i for i in session.library if "gender" not in i.themes)
    pane = _pane(qtbot, session, item.id)
    pane.tags_edited.connect(lambda item_id, themes, audiences: actions.set_tags(item_id, themes, audiences))
    with qtbot.waitSignal(session.library_changed):
        pane.themes.button("gender").click()
    assert "gender" in session.library.items[item.id].themes
    assert session.library.items[item.id].overridden
    assert session.undo_stack.count() == 1

    reopened = Workspace(briefpack_home)
    assert "gender" in reopened.item(item.id).themes
    reopened.close()

    session.undo_stack.undo()
    assert session.library.items[item.id].themes == item.themes
    assert not session.library.items[item.id].overridden
    session.undo_stack.redo()
    assert "gender" in session.library.items[item.id].themes


def test_note_is_committed_when_the_field_loses_focus(qtbot, session):
    actions = LibraryActions(session)
    item = next(iter(session.library))
    pane = _pane(qtbot, session, item.id)
    pane.note_edited.connect(actions.set_note)
    pane.show()
    qtbot.waitExposed(pane)
    pane.note.setFocus()
    qtbot.waitUntil(pane.note.hasFocus)
    qtbot.keyClicks(pane.note, "Raise at the side event")
    pane.copy_citation_button.setFocus()
    qtbot.waitUntil(lambda: session.library.items[item.id].note == "Raise at the side event")
    session.undo_stack.undo()
    assert session.library.items[item.id].note == item.note


def test_unknown_tags_are_refused_with_a_clear_error(session, caplog):
    actions = LibraryActions(session)
    item = next(iter(session.library))
    assert not actions.set_tags(item.id, ("no-such-theme",), item.audiences)
    assert "Unknown theme 'no-such-theme'. Known themes:" in caplog.text
    assert session.undo_stack.count() == 0


def test_own_source_and_item_added_deleted_and_restored_by_undo(qtbot, session):
    actions = LibraryActions(session)
    source_id = actions.add_source(
        {
            "title": "Field notes on shelters",
            "short_title": "Shelter notes",
            "date": "2024-03",
            "text": SOURCE_TEXT,
        }
    )
    assert source_id == "shelter-notes"
    quote = "States should fund shelters for survivors of trafficking."
    item_id = actions.add_item(
        source_id, {"text": quote, "locator": "paragraph 2", "themes": ["rights"], "audiences": ["states"]}
    )
    assert item_id in session.library.items
    assert actions.set_tags(item_id, ("rights", "survivors"), ("states",))
    assert actions.delete_items([item_id, next(iter(session.library.items))]) == 1
    assert item_id not in session.library.items
    session.undo_stack.undo()  # the delete
    restored = session.library.items[item_id]
    assert restored.themes == ("rights", "survivors")
    assert restored.locator == "paragraph 2"
    session.undo_stack.undo()  # the tag edit
    session.undo_stack.undo()  # the add
    assert item_id not in session.library.items
    session.undo_stack.undo()  # the source
    assert source_id not in session.library.sources
    for _ in range(4):
        session.undo_stack.redo()
    assert source_id in session.library.sources
    assert item_id not in session.library.items


def test_item_text_must_quote_the_source(session, caplog):
    actions = LibraryActions(session)
    source_id = actions.add_source({"title": "Notes", "text": SOURCE_TEXT})
    assert actions.add_item(source_id, {"text": "A sentence that is not in the source."}) is None
    assert "not in the source's full text" in caplog.text
    assert session.undo_stack.count() == 1


def _tab_chain(window) -> list:
    from PySide6.QtCore import Qt

    chain, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_item_view_is_built_on_first_selection_in_its_tab_place(qtbot, workspace):
    from tests.gui.window_helpers import close_windows, open_window

    window = open_window(qtbot, workspace)
    try:
        pane = window.detail
        assert not pane.built and pane.empty.isVisible() and not hasattr(pane, "splitter")
        first = next(iter(workspace.library.items))
        assert window.results.select_item(first)
        qtbot.waitUntil(lambda: pane.item_id == first)
        assert pane.built and pane.splitter.isVisible() and not pane.empty.isVisible()
        assert pane.themes.selected() == workspace.library.item(first).themes  # terms were set on build
        chain = _tab_chain(window)
        at = chain.index(window.results)
        assert chain[at + 1 : at + 7] == [
            pane.info_scroll,
            pane.copy_citation_button,
            pane.copy_quote_button,
            pane.add_button,
            pane.note,
            pane.source_view,
        ]
        assert chain[at + 7] is window.pack_panel.findChildren(type(pane.add_button))[0]
        assert pane.splitter.sizes()[0] > pane.splitter.sizes()[1] > 0  # split 55:45
        window.results.select_item("")
        window.detail.show_item(workspace.library, None)
        assert pane.empty.isVisible() and not pane.splitter.isVisible()
    finally:
        close_windows()


def test_a_saved_item_split_is_kept_until_the_item_view_is_built(qtbot, session, tmp_path):
    from PySide6.QtWidgets import QSplitter

    from app.gui.ui_state import UiState

    donor = QSplitter()
    qtbot.addWidget(donor)
    donor.addWidget(QSplitter())
    donor.addWidget(QSplitter())
    donor.setSizes([100, 300])
    state = donor.saveState()
    pane = DetailPane()
    qtbot.addWidget(pane)
    saved = UiState(tmp_path / "ui-state.ini")
    saved.set_blob("splitters/detail", state)
    pane.restore_state(saved)
    again = UiState(tmp_path / "again.ini")
    pane.save_state(again)  # saved before the view is built: the restored split, not nothing
    assert again.blob("splitters/detail") == state and not pane.built
    pane.resize(800, 300)
    pane.show()
    pane.show_item(session.library, next(iter(session.library.items)))
    assert pane.built
    sizes = pane.splitter.sizes()
    assert sizes[0] < sizes[1]  # the saved 1:3 split, not the default 55:45
