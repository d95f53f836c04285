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
