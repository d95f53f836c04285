"""The results view works out its viewport's width without asking Qt for the viewport widget."""

from __future__ import annotations

import pytest

from tests.gui.window_helpers import close_windows, open_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", [(1280, 800), (900, 500), (700, 1400), (520, 360)])
def test_viewport_width_matches_the_viewport(qtbot, workspace, size):
    window = open_window(qtbot, workspace)
    try:
        window.resize(*size)
        results = window.results
        qtbot.waitUntil(lambda: results.viewport_width() == results.viewport().width(), timeout=2000)
        # no rows (no scroll bar) and every row (scroll bar shown) both give the viewport's width
        window.search_box.setText("zzzznotawordanywhere")
        qtbot.waitUntil(lambda: results.model().rowCount() == 0, timeout=3000)
        qtbot.wait(10)
        assert not results.verticalScrollBar().isVisible()
        assert results.viewport_width() == results.viewport().width()
        window.search_box.setText("")
        qtbot.waitUntil(lambda: results.model().rowCount() > 100, timeout=3000)
        qtbot.wait(10)
        assert results.verticalScrollBar().isVisible()
        assert results.viewport_width() == results.viewport().width()
    finally:
        close_windows()
