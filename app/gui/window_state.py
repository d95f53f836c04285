"""The main window's layout kept between runs: geometry, dock state, splitters, results columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from app.gui.main_window import MainWindow


def _splitters(window: MainWindow) -> dict[str, QSplitter]:
    return {"main": window.main_splitter, "middle": window.middle_splitter}


def restore(window: MainWindow) -> None:
    """Apply the saved layout (a first run gets 1280x800 and the built-in splitter sizes)."""
    state = window.ui_state
    geometry = state.blob("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    dock_state = state.blob("window/state")
    if dock_state is not None:
        window.restoreState(dock_state)
    for name, splitter in _splitters(window).items():
        sizes = state.blob(f"splitters/{name}")
        if sizes is not None:
            splitter.restoreState(sizes)
    detail_sizes = state.blob("splitters/detail")
    if detail_sizes is not None:
        window.detail.restore_splitter(detail_sizes)
    pack_sizes = state.blob("splitters/pack")
    if pack_sizes is not None:
        window.pack_panel.restore_splitter(pack_sizes)
    header = state.blob("results/header")
    if header is not None:
        window.results.horizontalHeader().restoreState(header)
        window.results.remember_widths()


def save(window: MainWindow) -> None:
    state = window.ui_state
    state.set_blob("window/geometry", window.saveGeometry())
    state.set_blob("window/state", window.saveState())
    for name, splitter in _splitters(window).items():
        state.set_blob(f"splitters/{name}", splitter.saveState())
    detail_sizes = window.detail.splitter_state()
    if detail_sizes is not None:
        state.set_blob("splitters/detail", detail_sizes)
    pack_sizes = window.pack_panel.splitter_state()
    if pack_sizes is not None:
        state.set_blob("splitters/pack", pack_sizes)
    state.set_blob("results/header", window.results.horizontalHeader().saveState())
    state.sync()
