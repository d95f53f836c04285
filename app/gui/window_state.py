"""The main window's layout kept between runs: geometry, splitters, which side panes are shown;
each pane keeps its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from app.gui.main_window import MainWindow


def _splitters(window: MainWindow) -> dict[str, QSplitter]:
    return {"main": window.main_splitter, "middle": window.middle_splitter}


def _panes(window: MainWindow) -> tuple:
    """The panes that keep a layout of their own (restore_state / save_state with the UiState)."""
    return (window.facets, window.results, window.detail, window.pack_panel)


def _side_panes(window: MainWindow) -> dict[str, tuple]:
    """Each side pane the View menu shows or hides: its key, switch and widget."""
    a = window.actions_
    return {
        "panes/filters": (a.show_filters, window.facets),
        "panes/pack": (a.show_pack_pane, window.pack_panel),
    }


def connect_side_panes(window: MainWindow) -> None:
    """The View menu's switches show and hide their panes (the results and item view stay)."""
    for switch, pane in _side_panes(window).values():
        switch.toggled.connect(pane.setVisible)


def first_size(window: MainWindow) -> tuple[int, int]:
    """1280x800, or nine tenths of the screen's free area where that is smaller: the title bar and
    the desktop's panels must leave the status bar and the buttons at the bottom on screen."""
    screen = window.screen()
    if screen is None:
        return 1280, 800
    free = screen.availableGeometry()
    return min(1280, free.width() * 9 // 10), min(800, free.height() * 9 // 10)


def restore(window: MainWindow) -> None:
    """Apply the saved layout (a first run gets 1280x800, less on a smaller screen, and the
    built-in splitter sizes)."""
    state = window.ui_state
    geometry = state.blob("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*first_size(window))
    dock_state = state.blob("window/state")
    if dock_state is not None:
        window.restoreState(dock_state)
    for name, splitter in _splitters(window).items():
        sizes = state.blob(f"splitters/{name}")
        if sizes is not None:
            splitter.restoreState(sizes)
    for pane in _panes(window):
        pane.restore_state(state)
    for key, (switch, _pane) in _side_panes(window).items():
        switch.setChecked(state.text(key, "shown") != "hidden")


def save(window: MainWindow) -> None:
    state = window.ui_state
    state.set_blob("window/geometry", window.saveGeometry())
    state.set_blob("window/state", window.saveState())
    for name, splitter in _splitters(window).items():
        state.set_blob(f"splitters/{name}", splitter.saveState())
    for pane in _panes(window):
        pane.save_state(state)
    for key, (switch, _pane) in _side_panes(window).items():
        state.set_text(key, "shown" if switch.isChecked() else "hidden")
    state.sync()
