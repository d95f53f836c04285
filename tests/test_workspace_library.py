"""Editing the library through the Workspace: overrides, user sources, bad input."""

from __future__ import annotations

import pytest

from app.core.errors import NotFoundError, ValidationError
from app.core.workspace import Workspace


def test_edit_tags_persists_across_restart(workspace, briefpack_home):
    workspace.edits.edit_item("poa20-a1-p1", themes=["evidence", "technology"])
    assert workspace.item("poa20-a1-p1").overridden
    workspace.close()
    again = Workspace(briefpack_home)
    assert again.item("poa20-a1-p1").themes == ("evidence", "technology")
    again.edits.revert_item("poa20-a1-p1")
    assert "technology" not in again.item("poa20-a1-p1").themes


def test_unknown_tags_are_refused(workspace):
    with pytest.raises(ValidationError, match=r"Unknown (theme|audience|kind)"):
        workspace.edits.edit_item("poa20-a1-p1", themes=["evidence", "space-travel"])
    assert not workspace.item("poa20-a1-p1").overridden


def test_unknown_item_is_a_clear_error(workspace):
    with pytest.raises(NotFoundError, match="No item"):
        workspace.item("nope")


def test_user_source_and_items(workspace, briefpack_home):
    text = "Preamble.\n\n1. Urges States to protect victims.\n\n2. Calls upon States to share data."
    source_id = workspace.edits.add_source(
        {
            "title": "A resolution",
            "short_title": "Res 2024",
            "issuer": "General Assembly",
            "date": "2024-12-17",
            "text": text,
        },
        [
            {
                "text": "Urges States to protect victims.",
                "locator": "para. 1",
                "themes": ["rights"],
                "audiences": ["states"],
            }
        ],
    )
    item = workspace.edits.add_item(
        source_id,
        {
            "text": "Calls upon States to share data.",
            "locator": "para. 2",
            "themes": ["evidence"],
            "audiences": ["states"],
        },
    )
    assert workspace.library.source(source_id).text == text
    start, end = item.span
    assert text[start:end] == item.text
    with pytest.raises(ValidationError, match="not in the source"):
        workspace.edits.add_item(
            source_id, {"text": "Words the source never said.", "themes": [], "audiences": []}
        )
    with pytest.raises(ValidationError, match="Bundled items"):
        workspace.edits.delete_item("poa20-a1-p1")
    workspace.edits.delete_item(item.id)
    workspace.close()
    again = Workspace(briefpack_home)
    assert [i.text for i in again.library.items_of(source_id)] == ["Urges States to protect victims."]
    assert again.check_library().problems == []


def test_control_characters_are_cleaned_where_text_enters(workspace):
    workspace.edits.edit_item("poa20-a1-p1", note="bad\x00 \x0bnote\ufffe")
    assert workspace.item("poa20-a1-p1").note == "bad note"
