"""Fixtures for the desktop app's tests: a session over a private workspace."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(workspace, qapp):
    from app.gui.session import Session

    return Session(workspace)


@pytest.fixture
def library(workspace):
    return workspace.library


@pytest.fixture(autouse=True)
def synchronous_workers():
    """Background work (loading, export, reading a document) runs at once in the test's thread:
    no test waits on a worker. Tests of the threads themselves turn it off."""
    from app.gui import workers

    previous = workers.run_synchronously(True)
    yield
    workers.run_synchronously(previous)


@pytest.fixture
def threaded_workers(synchronous_workers):
    """Background work on the worker threads, as in the program (for tests of the threads)."""
    from app.gui import workers

    workers.run_synchronously(False)
    yield
    workers.wait_for_all(30000)


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp, tmp_path_factory):
    """The window in English as `briefpack-gui` starts it: its plural forms ("1 item", "2 items")
    come from the English catalogue."""
    from app.gui import i18n

    translators = i18n.install(qapp, "en", tmp_path_factory.mktemp("translations-cache"))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
