"""Test set-up: offscreen Qt, a private BRIEFPACK_HOME per test, shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BRIEFPACK_NO_ERROR_DIALOGS"] = "1"


def pytest_collection_modifyitems(config, items):
    """Tests that use qtbot or a gui fixture are marked `gui` automatically."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "qtmodeltester" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def briefpack_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own empty user data folder."""
    home = tmp_path / "briefpack-home"
    home.mkdir()
    monkeypatch.setenv("BRIEFPACK_HOME", str(home))
    return home


@pytest.fixture
def workspace(briefpack_home):
    from app.core.workspace import Workspace

    ws = Workspace(briefpack_home)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def bundled():
    """The bundled library, loaded once per test session (read-only)."""
    from app import paths
    from app.core.library import BundledLibrary

    return BundledLibrary.load(paths.library_dir())


@pytest.fixture(scope="session")
def shared_workspace(tmp_path_factory):
    """A Workspace on the bundled library with its search index built once per session (read-only)."""
    from app.core.workspace import Workspace

    ws = Workspace(tmp_path_factory.mktemp("shared-home"))
    ws.search_index  # noqa: B018 - builds the index once
    yield ws
    ws.close()
