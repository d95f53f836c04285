"""Files in the window: dialogs start in Documents or the last folder used, replacing asks first,
and a file the desktop cannot open says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.gui import files
from app.gui.packs_browser import PacksBrowser
from app.gui.ui_state import UiState
from tests.gui.person import in_dialog, type_file_name

pytestmark = pytest.mark.gui


@pytest.fixture
def pack(workspace):
    from app.core.packs import add_items, new_pack

    return workspace.packs.save(add_items(new_pack("Border officials"), list(workspace.library.items)[:3]))


def test_save_as_file_starts_in_documents_then_the_last_folder_and_asks_before_replacing(
    qtbot, workspace, pack, tmp_path
):
    ui_state = UiState(tmp_path / "ui.ini")
    browser = PacksBrowser(workspace, [], None, ui_state)
    qtbot.addWidget(browser)
    target = tmp_path / "shared"
    target.mkdir()
    seen: dict = {}

    def save_first(dialog: QFileDialog) -> None:
        seen["first_folder"] = dialog.directory().absolutePath()
        type_file_name(dialog, str(target / "colleague"))  # typed without .briefpack

    with in_dialog(QFileDialog, save_first):
        written = browser.export_file()
    assert written == target / "colleague.briefpack" and written.exists()
    assert seen["first_folder"] == files.documents_folder()
    before = written.read_bytes()

    def save_again(dialog: QFileDialog) -> None:
        seen["second_folder"] = dialog.directory().absolutePath()

        def answer_no(box: QMessageBox) -> None:
            seen["question"] = box.text()
            box.button(QMessageBox.StandardButton.No).click()

        with in_dialog(QMessageBox, answer_no):
            type_file_name(dialog, "colleague")

    with in_dialog(QFileDialog, save_again):
        assert browser.export_file() is None
    assert seen["second_folder"] == str(target)
    assert "already exists" in seen["question"]
    assert written.read_bytes() == before


def test_open_file_says_so_when_no_program_opens_it(qtbot, workspace, pack, tmp_path, monkeypatch, caplog):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))  # no launcher
    from app.gui.export_dialog import ExportDialog

    dialog = ExportDialog(workspace, pack, ["docx"], str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.start()  # the export runs at once (tests run background work in place)
    assert dialog.outcome == "written"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "no program set up to open .docx files" in caplog.text
    assert str(tmp_path / "Border officials.docx") in caplog.text
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "no program set up to open folders" in caplog.text
