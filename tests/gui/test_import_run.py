"""Importing from the window: files and a folder dropped on it are read with a progress, reviewed
one after another (import, skip), and a summary says what was refused and why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.gui.window_helpers import close_windows, open_window

UN = Path(__file__).resolve().parent.parent / "fixtures" / "un-ga"
pytestmark = pytest.mark.gui


@pytest.fixture
def dropped(tmp_path):
    folder = tmp_path / "to import"
    folder.mkdir()
    shutil.copy(UN / "A_RES_78_267.txt", folder)
    shutil.copy(UN / "A_RES_79_188.pdf", folder)
    scan = PdfWriter()  # a page without a text layer, as a scanner makes it
    scan.add_blank_page(595, 842)
    with open(folder / "scan.pdf", "wb") as handle:
        scan.write(handle)
    return folder


def _drop(window, paths: list[Path]) -> None:
    """Drag the files over the window (it accepts them) and drop them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))


def test_a_dropped_folder_is_reviewed_document_by_document(qtbot, workspace, dropped):
    window = open_window(qtbot, workspace)
    try:
        _drop(window, [dropped])
        run = window._import_run
        qtbot.waitUntil(lambda: run.dialog is not None, timeout=60000)
        first = run.dialog
        assert first.windowTitle() == "Import A_RES_78_267.txt — document 1 of 2"
        assert first.skip_button.isVisible() and first.cancel_button.text() == "Stop importing"
        assert first.source_fields["symbol"].text() == "A/RES/78/267"  # read from the document
        qtbot.mouseClick(first.commit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: run.dialog is not None and run.dialog is not first, timeout=10000)
        second = run.dialog
        assert second.windowTitle() == "Import A_RES_79_188.pdf — document 2 of 2"
        qtbot.mouseClick(second.skip_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(run, "summary", None) is not None, timeout=10000)
        text = run.summary.text()
        assert "Imported 1 document with 5 items." in text
        assert "1 document not imported." in text
        assert "scan.pdf" in text and "no text layer; OCR is not supported" in text
        # what was saved on disk: the first document only
        assert workspace.store.user_source_ids() == ["a-res-78-267"]
        assert len(window.session.library.items_of("a-res-78-267")) == 5
        # one undo step removes it again
        window.session.undo_stack.undo()
        assert workspace.store.user_source_ids() == []
        run.summary.close()
    finally:
        close_windows()


def test_cancelling_the_reading_writes_nothing(qtbot, workspace, tmp_path, threaded_workers):
    many = tmp_path / "many"
    many.mkdir()
    for n in range(12):  # long enough to read for the progress to show
        shutil.copy(UN / "A_RES_79_152.pdf", many / f"copy-{n:02}.pdf")
    window = open_window(qtbot, workspace)
    try:
        from app.gui.import_run import run_import

        run = run_import(window, window.session, [str(many)])
        qtbot.waitUntil(lambda: run.progress is not None and run.progress.isVisible(), timeout=5000)
        qtbot.mouseClick(run.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert run.progress is None and run.task is None
        qtbot.wait(1500)
        assert run.dialog is None and workspace.store.user_source_ids() == []
        assert not window.findChildren(QProgressDialog) or not window.findChild(QProgressDialog).isVisible()
    finally:
        close_windows()


def test_ctrl_i_opens_the_file_dialog_in_documents_then_in_the_folder_last_used(qtbot, workspace, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from app.gui import files
    from tests.gui.person import CTRL, activate, in_dialog, press

    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(UN / "A_RES_78_267.txt", reports)
    window = open_window(qtbot, workspace)
    seen: dict = {}
    try:
        activate(qtbot, window)
        window.results.setFocus()

        def choose(dialog: QFileDialog) -> None:
            seen["first_folder"] = dialog.directory().absolutePath()
            # the file picked in the list, then Open (Qt's several-files name field splits what is typed)
            dialog.selectFile(str(reports / "A_RES_78_267.txt"))
            buttons = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)

        with in_dialog(QFileDialog, choose):
            press(qtbot, Qt.Key.Key_I, CTRL)  # Library > Import document…
        run = window._import_run
        qtbot.waitUntil(lambda: run.dialog is not None, timeout=60000)
        assert seen["first_folder"] == files.documents_folder()  # not the program's folder
        assert run.dialog.windowTitle().startswith("Import A_RES_78_267.txt")
        qtbot.mouseClick(run.dialog.commit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: workspace.store.user_source_ids() == ["a-res-78-267"], timeout=10000)
        if getattr(run, "summary", None) is not None:
            run.summary.close()

        def look(dialog: QFileDialog) -> None:
            seen["second_folder"] = dialog.directory().absolutePath()

        activate(qtbot, window)
        window.results.setFocus()
        with in_dialog(QFileDialog, look):
            press(qtbot, Qt.Key.Key_I, CTRL)
        assert seen["second_folder"] == str(reports)
        assert (window.ui_state.path.read_text("utf-8").count(str(reports.name))) >= 1  # kept on disk
    finally:
        close_windows()
