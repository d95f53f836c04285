"""The window in French and Spanish: no widget text left in English (proper names and quotes
aside), facets and columns in the window's language, plural forms by its rules, a brief in the
window's language by default, and a language change offered as a restart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.gui import i18n
from tests.gui.english_left import english_left
from tests.gui.window_helpers import close_windows, open_window, tick, wait_search

# Names the library gives its sources and the program its formats; a person reads them as names.
NAMES = (
    "ICAT",
    "Call",
    "Action",
    "Plan",
    "Accelerated",
    "Child",
    "Trafficking",
    "Progress",
    "Declaration",
    "submission",
    "appraisal",
    "contribution",
    "IMRF",
    "GPA",
    "Word",
    "DOCX",
    "PDF",
    "Markdown",
    "Briefpack",
    "English",
    "Español",
    "Français",
    "Русский",
    "中文",
    "العربية",
    # the search box's examples are words of the (English) library, typed as they are
    "child",
    "children",
    "protection",
)


@pytest.fixture
def speaking(qapp, tmp_path_factory, workspace, request):
    """The application speaking a language as `briefpack-gui` would start it in that locale."""
    language = request.param
    translators = i18n.install(qapp, language, tmp_path_factory.mktemp("qm"))
    workspace.interface_language = language
    yield language
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    i18n.install(qapp, "en", tmp_path_factory.mktemp("qm-en"))  # back to the English plural forms
    close_windows()


def _window_with_a_pack(qtbot, workspace):
    window = open_window(qtbot, workspace)
    tick(window.facets.model("themes"), "children")
    wait_search(qtbot, window)
    window.actions_.new_pack_from_search.trigger()
    return window


@pytest.mark.parametrize("speaking", ["fr", "es"], indirect=True)
def test_the_window_has_no_english_left(qtbot, workspace, speaking):
    window = _window_with_a_pack(qtbot, workspace)
    assert window.pack_state.pack is not None
    found = english_left(window, NAMES, speaking)
    # the menus are the window's children: their actions are checked with them
    assert found == [], "\n".join(found)
    export = window.packs.export()
    qtbot.waitUntil(
        lambda: bool(export.budget_note.text()) and "…" not in export.budget_note.text(), timeout=15000
    )
    found = english_left(export, NAMES, speaking)
    assert found == [], "\n".join(found)
    preferences = window.show_preferences()
    found = english_left(preferences, NAMES, speaking)
    assert found == [], "\n".join(found)
    preferences.reject()
    export.reject()


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_facets_columns_and_counts_speak_the_window_s_language(qtbot, workspace, speaking):
    window = _window_with_a_pack(qtbot, workspace)
    themes = window.facets.model("themes")
    labels = [themes.data(themes.index(n), Qt.ItemDataRole.DisplayRole) for n in range(themes.rowCount())]
    assert "Enfants" in " ".join(map(str, labels)) and "Children" not in " ".join(map(str, labels))
    header = window.results.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Citation"
    from app.gui.results_model import COLUMN
    from app.gui.roles import CHIPS

    model = window.results.model()
    chips = {
        label
        for row in range(model.rowCount())
        for _, label in model.data(model.index(row, COLUMN["themes"]), CHIPS) or ()
    }
    assert "Enfants" in chips and "Children" not in chips
    # French plural forms: 0 and 1 take the singular
    assert i18n.ui.tr("%n item(s)", "", 0) == "0 élément"
    assert i18n.ui.tr("%n item(s)", "", 1) == "1 élément"
    assert i18n.ui.tr("%n item(s)", "", 2) == "2 éléments"
    # what the core reports while exporting, in French
    from app.gui.messages import export_step

    assert export_step("Writing PDF") == "Écriture du PDF" and export_step("Something new") == "Something new"
    # the status line after a new pack from the results says it in French
    assert "correspondent à la sélection" in window.status.text()
    # the brief follows the window: French labels and headings, English quotes
    spec = workspace.packs.spec(window.pack_state.pack)
    assert spec.language == "fr"
    markdown = workspace.exports.preview_markdown(spec)
    assert "Enfants" in markdown and "Faits essentiels" in markdown


@pytest.mark.parametrize("speaking", ["es"], indirect=True)
def test_the_pack_chooses_its_brief_s_language(qtbot, workspace, speaking):
    window = _window_with_a_pack(qtbot, workspace)
    combo = window.packs.editor.details.language
    assert combo.itemText(0) == "Como la ventana (español)"
    combo.setCurrentIndex(combo.findData("ar-SA"))
    assert window.pack_state.pack.language == "ar-SA"
    spec = workspace.packs.spec(window.pack_state.pack)
    assert "الرسائل الرئيسية" in workspace.exports.preview_markdown(replace(spec, key_messages=("x",)))


def test_a_new_language_is_offered_as_a_restart(qtbot, workspace, monkeypatch):
    from app.gui import language_switch

    window = open_window(qtbot, workspace)
    try:
        restarted = []
        monkeypatch.setattr(language_switch, "restart", lambda w: restarted.append(w) or True)
        dialog = window.show_preferences()
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.buttons.accepted.emit()
        box = window._restart_box
        assert "français" not in box.text() and "French" in box.text()  # said in the window's language
        now = next(b for b in box.buttons() if "Restart" in b.text())
        now.click()
        assert restarted == [window]
        assert workspace.preferences().language == "fr"
    finally:
        close_windows()
