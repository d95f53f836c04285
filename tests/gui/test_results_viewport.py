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


def test_columns_give_way_to_the_quote_and_grow_back(qtbot, workspace):
    """Narrowing the results shrinks the other columns so the quote keeps room; widening them
    again restores the other columns' widths; the columns always fill the viewport."""
    from app.gui.results_view import COLUMNS, DEFAULT_WIDTHS

    window = open_window(qtbot, workspace)
    try:
        results = window.results
        header = results.horizontalHeader()
        shown = [n for n, c in enumerate(COLUMNS) if not header.isSectionHidden(n)]
        text_column = next(n for n, c in enumerate(COLUMNS) if c.key == "text")
        others = [n for n in shown if n != text_column]

        def fills_viewport() -> bool:
            return abs(sum(header.sectionSize(n) for n in shown) - results.viewport().width()) <= 1

        def at_defaults() -> bool:  # a default below the header's minimum section size is raised
            least = header.minimumSectionSize()
            return all(header.sectionSize(n) == max(DEFAULT_WIDTHS[COLUMNS[n].key], least) for n in others)

        window.resize(1280, 800)  # room for the middle pane at 800 (offscreen's screen is 800x800)
        window.main_splitter.setSizes([230, 800, 250])
        qtbot.waitUntil(lambda: fills_viewport() and at_defaults(), timeout=3000)
        wide = {n: header.sectionSize(n) for n in others}
        window.main_splitter.setSizes([230, 420, 630])
        qtbot.waitUntil(lambda: fills_viewport() and not at_defaults(), timeout=3000)
        assert all(header.sectionSize(n) <= wide[n] for n in others)
        # the quote got more than the width the other columns would have left it
        assert header.sectionSize(text_column) > results.viewport().width() - sum(wide.values())
        window.main_splitter.setSizes([230, 800, 250])
        qtbot.waitUntil(lambda: fills_viewport() and at_defaults(), timeout=3000)
    finally:
        close_windows()
