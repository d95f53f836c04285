"""Saved searches in the user's store: save, replace by name, list, delete, bad names refused."""

from __future__ import annotations

import pytest

from app.core.errors import NotFoundError, ValidationError
from app.core.workspace import Workspace


def test_saved_searches_round_trip_and_survive_a_restart(workspace, briefpack_home):
    workspace.save_search(
        "Children and justice",
        {
            "text": "border",
            "themes": ("children",),
            "audiences": ["justice"],
            "audiences_mode": "all",
            "unknown": "dropped",
        },
    )
    workspace.save_search("children AND JUSTICE", {"themes": ("gender",)})  # same name, any case
    workspace.save_search("Alpha", {})
    reopened = Workspace(briefpack_home)
    try:
        saved = reopened.saved_searches()
        assert [s.name for s in saved] == ["Alpha", "children AND JUSTICE"]
        assert saved[1].fields["themes"] == ["gender"]
        assert "unknown" not in saved[1].fields and saved[1].fields["text"] == ""
        reopened.delete_saved_search("alpha")
        assert [s.name for s in reopened.saved_searches()] == ["children AND JUSTICE"]
        with pytest.raises(NotFoundError):
            reopened.delete_saved_search("Alpha")
    finally:
        reopened.close()


def test_a_saved_search_needs_a_name(workspace):
    with pytest.raises(ValidationError):
        workspace.save_search("   ", {"text": "x"})
