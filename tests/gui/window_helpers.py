"""Helpers for the main-window tests: open a window on a private home and wait for it to load."""

from __future__ import annotations

from PySide6.QtCore import Qt

_open: list = []


def open_window(qtbot, workspace):
    """A shown, loaded main window; close_windows() closes it (whatever the test left unsaved)."""
    from app.gui.main_window import MainWindow
    from app.gui.session import Session

    session = Session(workspace)
    window = MainWindow(session)
    _open.append(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.start_loading()
    return window


def tick(model, term_id: str) -> None:
    model.setData(model.index(model.row_of(term_id)), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def wait_search(qtbot, window) -> None:
    """Run the pending search now (the controller coalesces to the next event-loop turn)."""
    qtbot.waitUntil(lambda: not window.search._timer.isActive(), timeout=3000)


def result_ids(window) -> list[str]:
    return window.results.results_model.item_ids()


def close_windows() -> None:
    """Close every window the test opened, dropping unsaved packs first (no question is asked)."""
    import shiboken6

    while _open:
        window = _open.pop()
        if shiboken6.isValid(window):
            window.pack_state.open(None)
            window.close()
            window.deleteLater()
