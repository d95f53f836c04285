"""Dialogs: library editor, import review, search box completion; models of the import review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.import_dialog import ImportReviewDialog
from app.gui.import_model import COLUMN as CANDIDATE_COLUMN
from app.gui.library_actions import LibraryActions
from app.gui.library_editor import AddItemDialog, NewSourceDialog
from app.gui.search_box import SearchBox

pytestmark = pytest.mark.gui
GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"
TEXT = "Opening words.\n\n1. States should fund shelters for survivors.\n\n2. States should train judges.\n"


def test_new_source_and_add_item_dialogs_write_the_library(qtbot, session):
    actions = LibraryActions(session)
    dialog = NewSourceDialog(actions.add_source)
    qtbot.addWidget(dialog)
    dialog.title.setText("Shelter review")
    dialog.short_title.setText("Shelter review 2024")
    dialog.date.setText("2024-05")
    dialog.text.setPlainText(TEXT)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    source_id = dialog.source_id
    assert session.library.sources[source_id].date == "2024-05"

    add = AddItemDialog(session.library, actions.add_item, lambda _parent: None, source_id=source_id)
    qtbot.addWidget(add)
    assert add.source.currentData() == source_id
    cursor = add.source_text.textCursor()
    start = TEXT.index("States should train judges.")
    cursor.setPosition(start)
    cursor.setPosition(start + len("States should train judges."), cursor.MoveMode.KeepAnchor)
    add.source_text.setTextCursor(cursor)
    add.use_selection.click()
    assert add.item_text.toPlainText() == "States should train judges."
    add.locator.setText("paragraph 2")
    add.themes.button("accountability").click()
    add.audiences.button("justice").click()
    add.buttons.accepted.emit()
    item = session.library.items[add.item_id]
    assert (item.locator, item.themes, item.audiences) == ("paragraph 2", ("accountability",), ("justice",))
    assert session.library.passage(item)[1] == "States should train judges."


def test_add_item_refuses_text_that_is_not_in_the_source(qtbot, session, caplog):
    actions = LibraryActions(session)
    source_id = actions.add_source({"title": "Notes", "text": TEXT})
    add = AddItemDialog(session.library, actions.add_item, lambda _parent: None, source_id=source_id)
    qtbot.addWidget(add)
    add.item_text.setPlainText("States should abolish borders.")
    add.buttons.accepted.emit()
    assert add.item_id is None and add.result() != add.DialogCode.Accepted
    assert "not in the source's full text" in caplog.text


def test_import_review_accept_reject_merge_and_commit_as_one_undo_step(qtbot, session, qtmodeltester):
    workspace = session.workspace
    draft = workspace.imports.read(GENRE / "ga_resolution.txt")
    dialog = ImportReviewDialog(session, draft)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    total = dialog.model.rowCount()
    ticked = len(draft.accepted)  # a procedural decision ("remain seized") is listed unticked
    assert total >= 5 and ticked == total - 1 and dialog.source_fields["title"].text()
    # reject the first candidate by unticking it
    first = dialog.model.candidate_id(0)
    dialog.model.setData(
        dialog.model.index(0, CANDIDATE_COLUMN["status"]),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not dialog.draft.candidate(first).accepted
    assert dialog.counts.text() == f"{ticked - 1} of {total} accepted"
    # merge the second and third
    second, third = dialog.model.candidate_id(1), dialog.model.candidate_id(2)
    dialog.select_ids([second, third])
    dialog.merge_selected()
    assert dialog.model.rowCount() == total - 1
    dialog.undo_stack.undo()
    assert dialog.model.rowCount() == total
    dialog.undo_stack.redo()
    merged = dialog.draft.candidate(second)
    assert merged.text.startswith(draft.candidate(second).text[:20])
    # the document view shows the selected candidate's span
    dialog.select_ids([second])
    assert dialog.document.highlighted_text() == merged.text
    before = set(session.library.items)
    result = dialog.commit()
    assert result is not None and len(result.item_ids) == ticked - 2
    added = set(session.library.items) - before
    assert added == set(result.item_ids)
    session.undo_stack.undo()
    assert not (set(session.library.items) - before)
    session.undo_stack.redo()
    assert set(session.library.items) - before == added


def test_search_box_completes_field_values(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    box.set_vocabulary(["theme:children", "theme:crisis", "audience:justice"])
    box.show()
    qtbot.keyClicks(box, "border theme:chi")
    assert box.current_word() == "theme:chi"
    completer = box._completer  # made by typing a field value
    assert completer is not None
    assert completer.completionPrefix() == "theme:chi"
    assert completer.currentCompletion() == "theme:children"
    box._insert_completion("theme:children")
    assert box.text() == "border theme:children "


def test_search_box_clear_button_shows_with_text_and_clears(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    box.show()
    assert not box.clear_action.isVisible()
    qtbot.keyClicks(box, "border")
    assert box.clear_action.isVisible()
    with qtbot.waitSignal(box.query_changed) as changed:
        box.clear_action.trigger()
    assert changed.args == [""] and box.text() == ""
    assert not box.clear_action.isVisible()
