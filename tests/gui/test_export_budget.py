"""The export dialog as a delegate uses it: the page budget said before writing, keeping to the
target by a tick, and the export recorded as a build of the pack."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.person import CTRL, SHIFT, activate, press, stored_packs
from tests.gui.window_helpers import close_windows, open_window, tick, wait_search

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    activate(qtbot, window)
    yield window
    close_windows()


def test_the_dialog_says_the_pages_keeps_to_the_target_and_records_the_build(
    qtbot, window, workspace, tmp_path
):
    tick(window.facets.model("themes"), "children")
    tick(window.facets.model("audiences"), "justice")
    wait_search(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)  # all results into a new pack
    pack = window.pack_state.pack
    assert pack.template == "meeting-brief" and len(pack.included) > 10
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = window.packs.last_export
    qtbot.waitUntil(lambda: "target 2" in dialog.budget_note.text(), timeout=30000)
    assert "Over the target" in dialog.budget_note.text()
    assert dialog.fit.isVisibleTo(dialog) and not dialog.fit.isChecked()
    dialog.folder.setText(str(tmp_path / "out"))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("docx", "pdf"))
    dialog.fit.setFocus()
    qtbot.keyClick(dialog.fit, Qt.Key.Key_Space)  # tick "Keep to the page target"
    assert dialog.fit.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome == "written", timeout=60000)
    pdf = next(p for p in dialog.written if p.suffix == ".pdf")
    assert len(PdfReader(str(pdf)).pages) <= 2
    assert any("left out" in problem for problem in dialog.problems)  # never silently
    assert "left out" in dialog.status.text()
    # the export is a build: the stored pack says when, and its history has it
    stored = next(p for p in stored_packs(workspace.home) if p["id"] == pack.id)
    assert stored["built"]
    assert any("built" in v.summary for v in workspace.packs.history(pack.id))
    dialog.close()
    assert not window.pack_state.dirty
