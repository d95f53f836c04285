"""How the main window loads the library: at once for the bundled library, on a worker with user sources."""

from __future__ import annotations

import pytest

from app.core.errors import BriefpackError
from app.core.workspace import Workspace
from tests.gui.window_helpers import close_windows

pytestmark = pytest.mark.gui


def _window(workspace: Workspace):
    from app.gui.main_window import MainWindow
    from app.gui.session import Session
    from tests.gui import window_helpers

    window = MainWindow(Session(workspace))
    window_helpers._open.append(window)
    return window


def test_the_bundled_library_is_loaded_before_the_first_paint(qtbot, workspace):
    window = _window(workspace)
    try:
        with qtbot.waitSignal(window.loaded, timeout=5000):
            window.start_loading()
            assert window.is_loaded  # done inside the call: no worker, no empty first paint
        window.show()
        assert window.results.model().rowCount() == len(workspace.library)
        assert window._load_task is None
    finally:
        close_windows()


def test_user_sources_are_loaded_on_a_worker(qtbot, workspace, threaded_workers):
    text = "Preamble.\n\n1. Urges States to protect victims."
    workspace.edits.add_source(
        {"title": "A resolution", "issuer": "General Assembly", "date": "2024-12-17", "text": text},
        [{"text": "Urges States to protect victims.", "themes": ["rights"], "audiences": ["states"]}],
    )
    fresh = Workspace(workspace.home)
    window = _window(fresh)
    try:
        window.show()
        with qtbot.waitSignal(window.loaded, timeout=15000):
            window.start_loading()
            assert window._load_task is not None
        assert window.results.model().rowCount() == len(fresh.library) == len(workspace.library)
    finally:
        close_windows()
        fresh.close()


def test_a_failed_inline_load_is_reported_like_a_failed_worker(qtbot, workspace, monkeypatch, caplog):
    window = _window(workspace)

    def broken(self):
        raise BriefpackError("The library file is damaged.", hint="Reinstall Briefpack.")

    monkeypatch.setattr(Workspace, "library", property(broken))
    try:
        window.start_loading()
        assert not window.is_loaded
        assert window.status.text() == "The library could not be loaded."
        assert "The library file is damaged." in caplog.text
    finally:
        close_windows()
