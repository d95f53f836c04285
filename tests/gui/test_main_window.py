"""The main window end to end: facets and search, pack building, undo, export through the dialog."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from app.core.search import Query
from app.gui import roles
from app.gui.pack_model import COLUMN as PACK_COLUMN
from tests.gui.window_helpers import close_windows, open_window, result_ids, tick, wait_search

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    yield open_window(qtbot, workspace)
    close_windows()


def _docx_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        )
    import re

    return re.sub(r"<[^>]+>", "", xml)


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_children_and_justice_to_a_word_and_pdf_brief(qtbot, window, workspace, tmp_path):
    # tick children and justice: the results are exactly the core query's
    tick(window.facets.model("themes"), "children")
    tick(window.facets.model("audiences"), "justice")
    wait_search(qtbot, window)
    expected = workspace.search(Query(themes=("children",), audiences=("justice",)))
    assert expected.total > 3
    assert window.results.model().rowCount() == expected.total
    assert result_ids(window) == [hit.item_id for hit in expected.hits]
    assert window.count_label.text().startswith(f"{expected.total} of ")

    # a new pack from the results: the core's pack from this selection, its rules kept
    window.actions_.new_pack_from_search.trigger()
    pack = window.pack_state.pack
    made = workspace.packs.from_selection(workspace.packs.make_rules(("children",), ("justice",)))
    assert pack is not None and pack.item_ids == made.pack.item_ids
    assert set(result_ids(window)) <= set(pack.item_ids)
    assert pack.rules.themes == ("children",) and pack.rules.audiences == ("justice",)
    assert window.pack_state.dirty and window.isWindowModified()
    editor = window.pack_panel.editor
    model = editor.entries_model

    # reorder by drag: the last entry dropped on top
    last = model.item_id(model.rowCount() - 1)
    mime = model.mimeData([model.index(model.rowCount() - 1, 1)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: window.pack_state.pack.item_ids[0] == last)
    assert model.item_id(0) == last

    # a note on the first recommendation
    library = workspace.library
    row = next(r for r in range(model.rowCount()) if library.items[model.item_id(r)].kind != "fact")
    noted = model.item_id(row)
    assert model.setData(model.index(row, PACK_COLUMN["note"]), "Ask the chair about this.")
    assert window.pack_state.pack.entry(noted).note == "Ask the chair about this."

    # undo and redo
    window.actions_.undo.trigger()
    assert window.pack_state.pack.entry(noted).note == ""
    window.actions_.undo.trigger()
    assert window.pack_state.pack.item_ids[0] != last
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert window.pack_state.pack.item_ids[0] == last
    assert window.pack_state.pack.entry(noted).note == "Ask the chair about this."

    # name it, then export DOCX and PDF through the dialog (and wait for the worker)
    editor.title.setText("Children and law enforcement")
    editor.title.editingFinished.emit()
    dialog = window.packs.export()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("docx", "pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=120000)
    assert dialog.outcome == "written", dialog.error_text
    assert [p.suffix for p in dialog.written] == [".docx", ".pdf"]
    assert all(p.exists() for p in dialog.written)
    assert dialog.open_button.isVisible() and dialog.show_button.isVisible()
    docx_text, pdf_text = _norm(_docx_text(dialog.written[0])), _norm(_pdf_text(dialog.written[1]))
    for item_id in window.pack_state.pack.item_ids[:3]:
        item = library.items[item_id]
        quote = _norm(item.text)
        assert quote[:60] in docx_text
        assert quote[:40] in pdf_text
    source = library.source_of(library.items[last])
    assert _norm(source.title)[:40] in docx_text
    assert "Ask the chair about this." in docx_text
    dialog.close()


def test_facet_counts_follow_typing(qtbot, window, workspace):
    themes = window.facets.model("themes")

    def count(term):
        return themes.index(themes.row_of(term)).data(roles.COUNT)

    all_children = count("children")
    qtbot.keyClicks(window.search_box, "border")
    wait_search(qtbot, window)
    result = workspace.search(Query(text="border"))
    assert window.results.model().rowCount() == result.total < len(workspace.library)
    assert count("children") == result.facets["themes"].get("children", 0) < all_children
    qtbot.keyClicks(window.search_box, " theme:children")
    wait_search(qtbot, window)
    narrowed = workspace.search(Query(text="border theme:children"))
    assert window.results.model().rowCount() == narrowed.total
    window.search_box.clear()
    wait_search(qtbot, window)
    assert count("children") == all_children


def test_tag_edited_in_the_detail_pane_changes_results_and_survives_a_restart(
    qtbot, window, workspace, briefpack_home
):
    tick(window.facets.model("themes"), "organ-removal")
    wait_search(qtbot, window)
    before = result_ids(window)
    window.facets.clear_all()
    wait_search(qtbot, window)
    outsider = next(i for i in result_ids(window) if i not in before)
    assert window.results.select_item(outsider)
    qtbot.waitUntil(lambda: window.detail.item_id == outsider)
    window.detail.themes.button("organ-removal").click()
    tick(window.facets.model("themes"), "organ-removal")
    wait_search(qtbot, window)
    assert outsider in result_ids(window) and len(result_ids(window)) == len(before) + 1
    window.close()

    from app.core.workspace import Workspace

    reopened = Workspace(briefpack_home)
    try:
        again = open_window(qtbot, reopened)
        tick(again.facets.model("themes"), "organ-removal")
        wait_search(qtbot, again)
        assert outsider in result_ids(again)
        again.close()
    finally:
        reopened.close()


def test_closing_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    from app.gui import prompts

    window.results.select_items(result_ids(window)[:2])
    window.actions_.add_to_pack.trigger()
    assert window.pack_state.dirty
    asked = []
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, title: asked.append(title) or prompts.CANCEL)
    assert not window.close()
    assert asked == ["Untitled brief"] and window.isVisible()
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, title: asked.append(title) or prompts.SAVE)
    assert window.close()
    assert window.workspace.packs.get(window.pack_state.pack.id).title == "Untitled brief"


def test_the_unsaved_question_is_a_real_dialog(qtbot, window, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.delenv("BRIEFPACK_NO_ERROR_DIALOGS")
    window.packs.new_pack()
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(20, answer)
    assert window.packs.new_pack() is not None
    assert seen and "has changes that are not saved" in seen[0]


def test_export_errors_show_the_dialog_text(qtbot, window, tmp_path, caplog):
    window.results.select_items(result_ids(window)[:1])
    window.actions_.add_to_pack.trigger()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = window.packs.export()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(blocker))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=60000)
    assert dialog.outcome == "failed"
    assert "is a file, not a folder" in dialog.error_text
    assert "Export failed" in caplog.text and "is a file, not a folder" in caplog.text
    assert dialog.status.text() == "The export failed; nothing was written."
    assert dialog.written == []
    dialog.close()


def test_copy_quote_with_citation_and_delete_own_items_only(qtbot, window, workspace):
    first = result_ids(window)[0]
    window.results.select_items([first])
    window.actions_.copy_quote.trigger()
    expected = f"“{workspace.item(first).text}”\n{workspace.citation(first)}"
    assert QGuiApplication.clipboard().text() == expected
    assert not window.actions_.delete_items.isEnabled()


def test_shortcuts_find_new_pack_move_and_remove(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    ids = result_ids(window)[:3]
    window.results.select_items(ids)
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert list(window.pack_state.pack.item_ids) == ids
    entries = window.pack_panel.editor.entries
    entries.setFocus()
    entries.select_item_ids([ids[2]])
    qtbot.keyClick(entries, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert list(window.pack_state.pack.item_ids) == [ids[0], ids[2], ids[1]]
    qtbot.keyClick(entries, Qt.Key.Key_Delete)
    assert list(window.pack_state.pack.item_ids) == [ids[0], ids[1]]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(window.pack_state.pack.item_ids) == [ids[0], ids[2], ids[1]]
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_control)
    assert list(window.pack_state.pack.item_ids) == [ids[0], ids[1]]
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.pack_state.dirty
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pack_state.pack.item_ids == ()


def test_every_control_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QWidget

    window.packs.new_pack()
    window.pack_panel.editor.tabs.setCurrentIndex(1)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if (
            widget.parent() is not None
            and widget.parent().inherits("QAbstractScrollArea")
            and widget.objectName() in ("qt_scrollarea_viewport",)
        ):
            continue
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        if widget.metaObject().className() in ("QTabBar", "QMenuBar", "QScrollBar", "QHeaderView"):
            continue
        unnamed.append(f"{widget.metaObject().className()} {widget.objectName()}")
    assert unnamed == []


def test_window_layout_is_remembered(qtbot, window, workspace):
    """Each pane keeps its own layout: folded facets, the results' columns, the item's split of
    quote and source, the pack's split of entries and preview; the window its size and splitters."""
    from app.gui.results_model import COLUMN

    window.resize(796, 560)  # within the offscreen screen (800x600)
    window.main_splitter.setSizes([200, 340, 250])
    window.middle_splitter.setSizes([300, 150])
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[2] >= 220)
    sizes, size = window.main_splitter.sizes(), window.size()
    middle = window.middle_splitter.sizes()
    sources = window.facets.sections["sources"]
    qtbot.mouseClick(sources.title_button, Qt.MouseButton.LeftButton)
    assert not sources.view.isVisible()
    window.results.show_column(COLUMN["source"], False)
    window.results.select_items(result_ids(window)[:1])
    qtbot.waitUntil(lambda: window.detail.built)
    window.detail.splitter.setSizes([100, 300])
    item_split = window.detail.splitter.sizes()
    window.actions_.new_pack.trigger()
    editor = window.pack_panel.editor
    editor.splitter.setSizes([250, 150])
    pack_split = editor.splitter.sizes()
    window.pack_state.open(None)
    assert window.close()

    again = open_window(qtbot, workspace)
    assert again.size() == size
    qtbot.waitUntil(lambda: again.main_splitter.sizes() == sizes)
    assert again.middle_splitter.sizes() == middle
    again_sources = again.facets.sections["sources"]
    assert not again_sources.title_button.isChecked() and not again_sources.view.isVisible()
    assert again.facets.sections["themes"].view.isVisible()
    assert again.results.horizontalHeader().isSectionHidden(COLUMN["source"])
    again.results.select_items(result_ids(again)[:1])
    qtbot.waitUntil(lambda: again.detail.built)
    assert again.detail.splitter.sizes() == item_split
    again.actions_.new_pack.trigger()
    assert again.pack_panel.editor.splitter.sizes() == pack_split
    again.pack_state.open(None)
    again.close()


def test_recent_packs_are_remembered_and_the_last_one_reopens(qtbot, window, workspace):
    window.results.select_items(result_ids(window)[:1])
    window.actions_.add_to_pack.trigger()
    window.actions_.save_pack.trigger()
    first = window.pack_state.pack.id
    window.packs.new_pack("Second pack", item_ids=result_ids(window)[1:2])
    window.actions_.save_pack.trigger()
    second = window.pack_state.pack.id
    assert window.close()
    again = open_window(qtbot, workspace)
    assert again.pack_state.pack is not None and again.pack_state.pack.id == second
    again.packs.fill_recent_menu(again.recent_menu)
    assert [a.text() for a in again.recent_menu.actions()] == ["&1 Second pack", "&2 Untitled brief"]
    again.recent_menu.actions()[1].trigger()
    assert again.pack_state.pack.id == first
    again.close()


def test_saved_search_restores_text_and_filters(qtbot, window):
    tick(window.facets.model("themes"), "gender")
    window.search_box.setText("women")
    wait_search(qtbot, window)
    count = window.results.model().rowCount()
    assert window.saved_searches.combo.currentIndex() == -1  # the placeholder shows
    assert window.saved_searches.save_as("Women and girls")
    assert window.saved_searches.combo.currentText() == "Women and girls"
    window.clear_search()
    wait_search(qtbot, window)
    assert window.results.model().rowCount() > count
    bar = window.saved_searches
    bar.combo.setCurrentIndex(bar.combo.findData("Women and girls"))
    bar.combo.activated.emit(bar.combo.currentIndex())
    wait_search(qtbot, window)
    assert window.search_box.text() == "women"
    assert window.facets.model("themes").checked() == ("gender",)
    assert window.results.model().rowCount() == count


def test_preview_follows_every_edit(qtbot, window):
    window.results.select_items(result_ids(window)[:2])
    window.actions_.add_to_pack.trigger()
    editor = window.pack_panel.editor
    qtbot.waitUntil(lambda: "Untitled brief" in editor.preview.markdown, timeout=5000)
    editor.set_meta("meeting", "Regional consultation on child protection")
    qtbot.waitUntil(
        lambda: "Regional consultation on child protection" in editor.preview.markdown, timeout=5000
    )
    editor.set_key_messages(("Fund guardianship services",))
    qtbot.waitUntil(lambda: "Fund guardianship services" in editor.preview.markdown, timeout=5000)
    assert "Fund guardianship services" in editor.preview.browser.toPlainText()


def test_a_first_window_fits_a_small_screen(qtbot, workspace):
    """No saved layout: 1280x800, or nine tenths of the screen's free area where the screen is
    smaller (offscreen's is 800x800), so the status bar and the bottom buttons stay on screen."""
    from app.gui.window_state import first_size

    window = open_window(qtbot, workspace)
    try:
        free = window.screen().availableGeometry()
        assert first_size(window) == (min(1280, free.width() * 9 // 10), min(800, free.height() * 9 // 10))
        assert window.width() <= max(free.width() * 9 // 10, window.minimumSizeHint().width())
        assert window.height() <= free.height()
    finally:
        close_windows()


def test_the_pack_title_field_takes_no_more_than_a_brief_can_print(qtbot, workspace):
    from PySide6.QtTest import QTest

    from app.core.brief import MAX_TITLE_CHARS

    window = open_window(qtbot, workspace)
    try:
        window.actions_.new_pack.trigger()
        title = window.pack_panel.editor.title
        title.setFocus()
        title.selectAll()
        QTest.keyClicks(title, "x" * (MAX_TITLE_CHARS + 10))
        assert len(title.text()) == MAX_TITLE_CHARS
    finally:
        window.pack_state.open(None)
        close_windows()
