"""Pack editing pieces: models, state and undo, the packs browser, the refresh report, export cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.gui import roles
from app.gui.pack_model import COLUMN, PackEntriesModel
from app.gui.pack_state import PackState

pytestmark = pytest.mark.gui


@pytest.fixture
def pack(workspace):
    from app.core.packs import add_items, new_pack

    ids = list(workspace.library.items)[:6]
    return workspace.packs.save(add_items(new_pack("Border officials"), ids))


def test_pack_models_pass_the_model_tester(qtmodeltester, workspace, pack):
    from app.core.packs import set_excluded, set_note, set_pinned
    from app.gui.key_messages import KeyMessagesModel
    from app.gui.packs_browser import PackListModel

    edited = set_note(
        set_pinned(set_excluded(pack, [pack.item_ids[1]]), [pack.item_ids[2]]),
        pack.item_ids[0],
        "Check the numbers",
    )
    entries = PackEntriesModel(workspace.packs.resolve_entries)
    entries.set_pack(edited)
    qtmodeltester.check(entries)
    assert entries.index(1, COLUMN["state"]).data(roles.ENTRY_STATE) == "excluded"
    assert entries.index(2, COLUMN["state"]).data(roles.ENTRY_STATE) == "pinned"
    assert entries.index(0, COLUMN["note"]).data() == "Check the numbers"
    assert entries.index(1, COLUMN["text"]).data(Qt.ItemDataRole.FontRole).strikeOut()
    messages = KeyMessagesModel()
    messages.set_messages(("One", "Two"))
    qtmodeltester.check(messages)
    listing = PackListModel()
    listing.set_packs(workspace.packs.summaries(), [])
    qtmodeltester.check(listing)
    assert listing.index(0, 0).data() == "Border officials"


def test_entry_drops_move_and_add_through_the_undo_stack(qtbot, session, pack):
    state = PackState(session)
    state.open(pack)
    model = PackEntriesModel(session.workspace.packs.resolve_entries)
    state.pack_changed.connect(model.set_pack)
    model.set_pack(pack)
    moves, adds = [], []
    model.move_requested.connect(lambda ids, to: moves.append((ids, to)))
    model.add_requested.connect(lambda ids, at: adds.append((ids, at)))
    mime = model.mimeData([model.index(4, 1), model.index(5, 1)])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert moves == [([pack.item_ids[4], pack.item_ids[5]], 1)]
    from app.gui.results_model import ResultsModel

    results = ResultsModel()
    new_id = next(i for i in session.library.items if i not in pack)
    results.set_results(session.library, [new_id])
    model.dropMimeData(results.mimeData([results.index(0, 1)]), Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    assert adds == [([new_id], 2)]
    from app.core.packs import add_items, move_items

    assert state.edit(lambda p: move_items(p, *moves[0]), "Move")
    assert state.edit(lambda p: add_items(p, [new_id], at=2), "Add")
    assert model.item_ids()[:4] == [pack.item_ids[0], pack.item_ids[4], new_id, pack.item_ids[5]]
    assert state.dirty
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.item_ids() == list(pack.item_ids)
    assert not state.dirty  # back to the saved content: no unsaved marker


def test_consecutive_edits_of_one_field_are_one_undo_step(session, pack):
    from app.core.packs import set_meta

    state = PackState(session)
    state.open(pack)
    for title in ("B", "Bo", "Bor"):
        state.edit(lambda p, t=title: set_meta(p, title=t), "Rename", merge_key="meta:title")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert state.pack.title == "Border officials"


def test_packs_browser_duplicates_deletes_and_round_trips_files(qtbot, workspace, pack, tmp_path, caplog):
    from app.gui.packs_browser import PacksBrowser

    browser = PacksBrowser(workspace, [pack.id])
    qtbot.addWidget(browser)
    assert browser.selected_id() == pack.id
    copy_id = browser.duplicate_selected()
    assert {s.title for s in workspace.packs.summaries()} == {"Border officials", "Copy of Border officials"}
    assert browser.selected_id() == copy_id
    assert browser.delete_selected()
    assert [s.id for s in workspace.packs.summaries()] == [pack.id]
    opened = []
    browser.open_requested.connect(opened.append)
    browser.view.selectRow(0)
    path = workspace.packs.export_file(pack.id, tmp_path / "border.briefpack")
    # the same pack again: refused, the one already there selected
    assert browser.import_file(str(path)) is None
    assert len(workspace.packs.summaries()) == 1 and browser.selected_id() == pack.id
    assert "a pack you already have: “Border officials”" in caplog.text
    from app.core.packs import set_meta

    workspace.packs.save(set_meta(pack, meeting="Changed since"))
    imported = browser.import_file(str(path))
    assert imported and imported != pack.id and len(workspace.packs.summaries()) == 2
    assert workspace.packs.get(imported).title == "Border officials (2)"
    browser.open_selected()
    assert opened == [imported]


def test_refresh_report_applies_the_ticked_changes(qtbot, workspace, pack):
    from app.gui.refresh_dialog import RefreshDialog

    changed = pack.item_ids[0]
    workspace.edits.edit_item(changed, themes=("gender",))
    report, _ = workspace.packs.refresh(pack.id, dry_run=True)
    dialog = RefreshDialog(workspace, pack.id, report)
    qtbot.addWidget(dialog)
    assert changed in dialog.items["changed"]
    assert "themes" in dialog.items["changed"][changed].text(1)
    assert dialog.apply()
    assert workspace.packs.get(pack.id).snapshot(changed).themes == ("gender",)
    report, _ = workspace.packs.refresh(pack.id, dry_run=True)
    assert not report.changed


def test_export_can_be_cancelled(qtbot, workspace, pack, tmp_path):
    from app.gui.export_dialog import ExportDialog

    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(workspace, pack, ["pdf"], str(out))
    qtbot.addWidget(dialog)
    task = dialog.start()
    task.cancel()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=60000)
    if dialog.outcome == "cancelled":  # the export had not finished before the cancel was seen
        assert "cancelled" in dialog.status.text() and not list(out.iterdir())
    else:
        assert dialog.outcome == "written"
