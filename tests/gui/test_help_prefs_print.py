"""What users of reference managers expect: a guide, preferences, printing, a search in the packs."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.person import CTRL, activate, in_dialog, press, stored_packs, type_text
from tests.gui.window_helpers import close_windows, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    activate(qtbot, window)
    yield window
    close_windows()


def test_the_guide_opens_from_the_help_menu(qtbot, window):
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    guide = window._guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Briefpack guide" in text and "Ctrl+Shift+Return" in text and "Preferences" in text
    guide.close()


def test_preferences_are_kept_and_new_packs_start_with_them(
    qtbot, window, workspace, briefpack_home, tmp_path
):
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = window._preferences
    assert dialog.isVisible() and dialog.data_folder.text() == str(briefpack_home)
    activate(qtbot, dialog)
    dialog.author.setFocus()
    type_text(qtbot, "A. Delegate")
    QTest.keyClicks(dialog.organisation, "Ministry of Justice")
    dialog.template.setCurrentIndex(dialog.template.findData("training-handout"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.spelling.setCurrentIndex(dialog.spelling.findData("es"))
    dialog.export_folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    prefs = workspace.preferences()
    assert (
        prefs.author,
        prefs.organisation,
        prefs.template,
        prefs.language,
        prefs.spelling,
        prefs.export_folder,
    ) == ("A. Delegate", "Ministry of Justice", "training-handout", "fr", "es", str(tmp_path))
    activate(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved = stored_packs(briefpack_home)[0]
    assert (saved["author"], saved["organisation"], saved["template"]) == (
        "A. Delegate",
        "Ministry of Justice",
        "training-handout",
    )
    dialog = window.packs.export()
    assert dialog.folder.text() == str(tmp_path)
    dialog.close()


def test_print_shows_a_preview_of_the_brief_and_prints_its_quotes(qtbot, window, workspace, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from tests.gui.window_helpers import tick, wait_search

    assert not window.actions_.print_brief.isEnabled()
    tick(window.facets.model("themes"), "children")
    wait_search(qtbot, window)
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "Children")
    press(qtbot, Qt.Key.Key_P, CTRL)
    preview = window._print
    assert preview.isVisible()
    pack = window.pack_state.pack
    assert pack.title == "Children"
    text = preview.document.toPlainText()
    first = workspace.library.items[pack.item_ids[0]].text
    assert first[:50] in " ".join(text.split())
    # what the preview prints, printed to a PDF file
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.paintRequested.emit(printer)
    printed = (
        subprocess.run(
            ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True
        ).stdout
        if (tmp_path / "printed.pdf").exists()
        else ""
    )
    assert "Children" in printed and first[:30] in " ".join(printed.split())
    preview.close()


def test_the_packs_browser_has_a_search_field(qtbot, window, workspace):
    from app.core.packs import new_pack, set_meta

    for title, meeting in (
        ("Border officials", "Regional meeting"),
        ("Children online", "Expert group"),
        ("Labour inspectors", "Regional meeting"),
    ):
        workspace.packs.save(set_meta(new_pack(title), meeting=meeting))
    from app.gui.packs_browser import PacksBrowser

    seen: dict = {}

    def in_browser(browser) -> None:
        activate(qtbot, browser)
        seen["focus"] = browser.focusWidget() is browser.search
        type_text(qtbot, "regional lab")
        seen["titles"] = [browser.model.summary(r).title for r in range(browser.model.rowCount())]
        press(qtbot, Qt.Key.Key_Return)  # opens the one found

    window.results.setFocus()
    with in_dialog(PacksBrowser, in_browser):
        press(qtbot, Qt.Key.Key_O, CTRL)
    assert seen["focus"] and seen["titles"] == ["Labour inspectors"]
    assert window.pack_state.pack.title == "Labour inspectors"
