"""The three journeys of the people Briefpack is for, end to end through keys and clicks.

Each drives the window as a person does (clicks on the facets, shortcuts pressed where the focus
is, cells edited through their editor, the dialogs' own buttons) and checks what reached the disk:
packs.json, the exported Word and PDF files, the shared .briefpack file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.core.workspace import Workspace
from app.gui.pack_model import COLUMN as PACK_COLUMN
from tests.gui.person import (
    CTRL,
    SHIFT,
    activate,
    click_row,
    focused,
    in_dialog,
    press,
    stored_packs,
    type_file_name,
    type_text,
)
from tests.gui.window_helpers import close_windows, open_window, wait_search

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _close():
    yield
    close_windows()


def _window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    activate(qtbot, window)
    return window


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").replace("’", "'").split())


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        )
    return _norm(re.sub(r"<[^>]+>", " ", xml).replace("&amp;", "&"))


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return _norm(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def _click_facet(qtbot, window, facet: str, term: str) -> None:
    """Click the term's words in the facet list (not the small box)."""
    view = window.facets.sections[facet].view
    index = view.model().index(view.model().row_of(term))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    wait_search(qtbot, window)


def _export(qtbot, window, folder: Path, formats: set[str], keep_to_target: bool = False):
    """Ctrl+E from where the focus is, the formats ticked by clicking, the folder typed, Export;
    with `keep_to_target`, the page budget read and "Keep to the page target" clicked first.
    Gives the files written and the dialog's closing words."""
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = window.packs.last_export
    assert dialog is not None and dialog.isVisible()
    for fmt, box in dialog.format_boxes.items():
        if box.isChecked() != (fmt in formats):
            qtbot.mouseClick(box, LEFT)
    dialog.folder.selectAll()
    QTest.keyClicks(dialog.folder, str(folder))
    if keep_to_target:
        qtbot.waitUntil(lambda: "(target 2)" in dialog.budget_note.text(), timeout=30000)
        assert "Over the target" in dialog.budget_note.text()
        # on its words, where a person aims (the box spans the form's width, blank past them)
        words = QPoint(dialog.fit.sizeHint().width() // 2, dialog.fit.height() // 2)
        qtbot.mouseClick(dialog.fit, LEFT, pos=words)
        assert dialog.fit.isChecked()
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.outcome == "written", dialog.error_text
    written, said = list(dialog.written), dialog.status.text()
    qtbot.mouseClick(dialog.close_button, LEFT)
    activate(qtbot, window)
    return written, said


def _quotes(workspace: Workspace, pack) -> list[str]:
    return [workspace.library.items[i].text for i in pack.item_ids if i in workspace.library.items]


def test_delegate_children_and_law_enforcement_brief_in_word_and_pdf(
    qtbot, workspace, tmp_path, briefpack_home
):
    """The night before the meeting: two facets, a new pack, a title, a note, a key message,
    Ctrl+E, kept to the meeting brief's two pages, Word and PDF: both files hold the note and the
    kept quotes, and leave out, and list, the lowest-ranked ones."""
    window = _window(qtbot, workspace)
    _click_facet(qtbot, window, "themes", "children")
    _click_facet(qtbot, window, "audiences", "justice")
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    editor = window.pack_panel.editor
    assert focused() is editor.title
    type_text(qtbot, "Children and law enforcement")
    press(qtbot, Qt.Key.Key_Tab)
    # a note in the Note column: double-click, type, Return
    entries = editor.entries
    library = workspace.library
    row = next(
        r
        for r in range(editor.entries_model.rowCount())
        if library.items[editor.entries_model.item_id(r)].kind != "fact"
    )
    noted = editor.entries_model.item_id(row)
    click_row(qtbot, entries, row, PACK_COLUMN["note"], double=True)
    type_text(qtbot, "Raise with the Minister of Justice")
    press(qtbot, Qt.Key.Key_Return)
    # a key message on the Details tab
    qtbot.mouseClick(editor.tabs.tabBar(), LEFT, pos=editor.tabs.tabBar().tabRect(1).center())
    qtbot.mouseClick(editor.details.key_messages.add_button, LEFT)
    focused().selectAll()
    type_text(qtbot, "Treat trafficked children as victims, never as offenders.")
    press(qtbot, Qt.Key.Key_Return)
    pack = window.pack_state.pack
    assert pack.title == "Children and law enforcement"
    assert pack.entry(noted).note == "Raise with the Minister of Justice"
    assert pack.key_messages == ("Treat trafficked children as victims, never as offenders.",)
    # Ctrl+E with the focus in the key messages: over two pages, kept to them, Word and PDF
    written, said = _export(qtbot, window, tmp_path / "out", {"docx", "pdf"}, keep_to_target=True)
    assert sorted(p.suffix for p in written) == [".docx", ".pdf"]
    listed = re.search(r"left out: ([^.]+)\.", said)
    assert listed, said
    left_out = listed.group(1).split(", ")
    assert left_out and set(left_out) <= set(pack.item_ids) and noted not in left_out
    pdf = next(p for p in written if p.suffix == ".pdf")
    from pypdf import PdfReader

    assert len(PdfReader(str(pdf)).pages) <= 2
    for path in written:
        text = _docx_text(path) if path.suffix == ".docx" else _pdf_text(path)
        assert "Children and law enforcement" in text
        assert "Raise with the Minister of Justice" in text
        assert "Treat trafficked children as victims, never as offenders." in text
        for item_id in pack.item_ids:
            quote = _norm(library.items[item_id].text)[:60]
            assert (quote in text) == (item_id not in left_out), (path.name, item_id)
    assert len(pack.entries) == len(window.pack_state.pack.entries)  # the pack keeps them all
    # saved on the way out: the export question is the pack's own save (Ctrl+S)
    press(qtbot, Qt.Key.Key_S, CTRL)
    [saved] = stored_packs(briefpack_home)
    assert saved["title"] == "Children and law enforcement"
    assert saved["rules"]["themes"] == ["children"] and saved["rules"]["audiences"] == ["justice"]
    assert next(e for e in saved["entries"] if e["item_id"] == noted)["note"].startswith("Raise with")


def test_trainer_handout_by_theme_as_pdf(qtbot, workspace, tmp_path):
    """A handout: a theme's recommendations and key facts, the training template, grouped by
    theme, a PDF with the key facts and every quote."""
    window = _window(qtbot, workspace)
    _click_facet(qtbot, window, "themes", "migration")
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    type_text(qtbot, "Migration: a handout")
    editor = window.pack_panel.editor
    qtbot.mouseClick(editor.tabs.tabBar(), LEFT, pos=editor.tabs.tabBar().tabRect(1).center())
    template = editor.details.template
    template.setFocus()
    while template.currentData() != "training-handout":
        press(qtbot, Qt.Key.Key_Down)
    assert editor.details.grouping.currentData() == "theme"
    pack = window.pack_state.pack
    assert pack.template == "training-handout"
    facts = [i for i in pack.item_ids if workspace.library.items[i].kind == "fact"]
    assert facts
    [pdf], _ = _export(qtbot, window, tmp_path / "handout", {"pdf"})
    text = _pdf_text(pdf)
    assert "Migration: a handout" in text
    assert "Migrants, refugees" in text  # the theme's heading
    for quote in _quotes(workspace, pack):
        assert _norm(quote)[:50] in text, quote[:50]


def _type_file_name(name: str):
    """In the file dialog: `name` typed into its file name field, then Return."""
    return in_dialog(QFileDialog, lambda dialog: type_file_name(dialog, name))


def _in_packs_browser(qtbot, window, step) -> None:
    """Ctrl+O where the results have the focus, then `step(browser)` while the packs browser is open."""
    from app.gui.packs_browser import PacksBrowser

    activate(qtbot, window)
    window.results.setFocus()
    with in_dialog(PacksBrowser, step):
        press(qtbot, Qt.Key.Key_O, CTRL)


def test_desk_officer_keeps_refreshes_shares_and_a_colleague_builds(
    qtbot, workspace, tmp_path, briefpack_home
):
    """A reusable pack: saved, the window closed and opened again, refreshed after the library
    grew, shared as a file, imported into another data folder and built there."""
    window = _window(qtbot, workspace)
    _click_facet(qtbot, window, "themes", "labour")
    window.results.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    type_text(qtbot, "Forced labour desk pack")
    press(qtbot, Qt.Key.Key_S, CTRL)
    pack_id = window.pack_state.pack.id
    before = len(window.pack_state.pack.entries)
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()

    # the library grows (another program adds a source with a matching item)
    other = Workspace(briefpack_home)
    source = other.edits.add_source(
        {
            "title": "Labour inspection guidance",
            "text": "Labour inspectors should be trained to identify forced labour.",
        }
    )
    grown = other.edits.add_item(
        source,
        {
            "text": "Labour inspectors should be trained to identify forced labour.",
            "themes": ["labour"],
            "audiences": ["services"],
        },
    )
    other.close()

    # opened again: the last pack comes back
    window = _window(qtbot, Workspace(briefpack_home))
    assert window.pack_state.pack is not None and window.pack_state.pack.id == pack_id
    assert grown.id not in window.pack_state.pack.item_ids

    def refresh(browser) -> None:
        from app.gui.refresh_dialog import RefreshDialog

        def apply(dialog: RefreshDialog) -> None:
            assert grown.id in dialog.items["new"]
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Apply), LEFT)

        with in_dialog(RefreshDialog, apply):
            qtbot.mouseClick(browser.refresh_button, LEFT)

    _in_packs_browser(qtbot, window, refresh)
    refreshed = window.pack_state.pack
    assert grown.id in refreshed.item_ids and len(refreshed.entries) == before + 1
    assert grown.id in {e["item_id"] for e in stored_packs(briefpack_home)[0]["entries"]}

    shared = tmp_path / "shared" / "forced-labour.briefpack"
    shared.parent.mkdir()

    def share(browser) -> None:
        with _type_file_name(str(shared)):
            qtbot.mouseClick(browser.export_file_button, LEFT)

    _in_packs_browser(qtbot, window, share)
    assert shared.exists()
    window.close()

    # a colleague's data folder: import the file, open it, build
    colleague_home = tmp_path / "colleague"
    colleague_home.mkdir()
    colleague = _window(qtbot, Workspace(colleague_home))

    def import_file(browser) -> None:
        with _type_file_name(str(shared)):
            qtbot.mouseClick(browser.import_file_button, LEFT)
        browser.open_selected()

    _in_packs_browser(qtbot, colleague, import_file)
    opened = colleague.pack_state.pack
    assert opened is not None and opened.title == "Forced labour desk pack"
    assert grown.id in opened.item_ids  # the colleague lacks that source: the file carries it
    activate(qtbot, colleague)
    colleague.results.setFocus()
    [docx], _ = _export(qtbot, colleague, tmp_path / "colleague-out", {"docx"})
    text = _docx_text(docx)
    assert "Labour inspectors should be trained to identify forced labour." in text
    assert "Labour inspection guidance" in text  # its citation, from the pack's own copy of the source
    assert len(stored_packs(colleague_home)) == 1
