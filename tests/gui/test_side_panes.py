"""The side panes put away and brought back (View menu, keys), kept on disk; the results' room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.main_window import RESULTS_MIN_WIDTH
from tests.gui.person import CTRL, SHIFT, activate, focused, press
from tests.gui.window_helpers import close_windows, open_window

pytestmark = pytest.mark.gui


def _view_menu_switches(window) -> dict[str, bool]:
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    return {a.text().replace("&", ""): a.isChecked() for a in view.actions() if a.isCheckable()}


def test_panes_put_away_by_keys_stay_away_and_a_new_pack_shows_its_pane(qtbot, workspace, briefpack_home):
    try:
        window = open_window(qtbot, workspace)
        activate(qtbot, window)
        press(qtbot, Qt.Key.Key_F, CTRL)  # the cursor in the search box, a text field
        assert focused() is window.search_box
        press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
        press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
        assert not window.facets.isVisible() and not window.pack_panel.isVisible()
        assert window.results.isVisible() and window.detail.isVisible()
        assert _view_menu_switches(window) == {"Filters pane": False, "Pack pane": False}
        window.close()

        saved = (briefpack_home / "ui-state.ini").read_text("utf-8")
        assert "filters=hidden" in saved and "pack=hidden" in saved

        again = open_window(qtbot, workspace)
        assert not again.facets.isVisible() and not again.pack_panel.isVisible()
        activate(qtbot, again)
        press(qtbot, Qt.Key.Key_N, CTRL)  # a new pack: edited in its pane, so the pane comes back
        qtbot.waitUntil(lambda: again.pack_state.pack is not None, timeout=3000)
        assert again.pack_panel.isVisible() and again.actions_.show_pack_pane.isChecked()
        assert not again.facets.isVisible()
        again.actions_.show_filters.trigger()  # View > Filters pane
        assert again.facets.isVisible()
        again.pack_state.open(None)
        again.close()
        saved = (briefpack_home / "ui-state.ini").read_text("utf-8")
        assert "filters=shown" in saved and "pack=shown" in saved
    finally:
        close_windows()


def test_a_narrow_window_keeps_room_for_the_results_and_gives_them_the_panes_room(qtbot, workspace):
    try:
        window = open_window(qtbot, workspace)
        window.resize(860, 600)  # a small laptop screen: the window goes no narrower than its panes
        qtbot.waitUntil(lambda: window.results.width() > 0)
        with_panes = window.results.width()
        assert with_panes >= RESULTS_MIN_WIDTH - 8  # the search area's margins
        assert window.pack_panel.width() < 300  # the invitation wraps: its room goes to the results
        quote_column = window.results.columnWidth(1)
        window.actions_.show_filters.trigger()
        window.actions_.show_pack_pane.trigger()
        qtbot.waitUntil(lambda: window.results.width() > with_panes + 300, timeout=3000)
        qtbot.waitUntil(lambda: window.results.columnWidth(1) > quote_column, timeout=3000)
        window.actions_.show_pack_pane.trigger()
        window.actions_.new_pack.trigger()  # the editor needs its room: the pane widens
        qtbot.waitUntil(lambda: window.pack_panel.width() >= 340, timeout=3000)
        assert window.results.width() >= RESULTS_MIN_WIDTH - 8
    finally:
        close_windows()
