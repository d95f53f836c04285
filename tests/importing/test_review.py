"""Review edits on the draft, commit through the Workspace, re-import as update, tags, metadata, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.errors import ValidationError
from app.core.importing import review
from app.core.importing.tagging import TagRules

GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"


@pytest.fixture
def draft(workspace):
    return workspace.imports.read(GENRE / "ga_resolution.docx")


def test_metadata_is_prefilled(draft):
    source = draft.source
    assert source.title == "Improving the coordination of efforts against trafficking in persons"
    assert source.date == "2025-12-15"
    assert source.type == "resolution"


def test_suggested_tags_have_confidences_and_reasons(draft):
    first = next(c for c in draft.candidates if c.text.startswith("Criminalize"))
    themes = {s.tag: s for s in first.themes}
    assert "accountability" in themes and themes["accountability"].confidence >= 0.5
    assert all(0 <= s.confidence <= 1 and s.reasons for s in first.themes)
    assert "states" in first.audience_ids(0.5)


def test_tag_rules_match_the_taxonomy(workspace):
    rules = TagRules.load(workspace.library_dir / "tag_rules.yaml", workspace.taxonomy)
    assert set(rules.themes) == set(workspace.taxonomy.theme_ids)
    assert set(rules.audiences) == set(workspace.taxonomy.audience_ids)


def test_review_edits_are_pure(draft):
    ids = [c.id for c in draft.candidates]
    rejected = review.reject(draft, [ids[0]])
    assert not rejected.candidate(ids[0]).accepted and draft.candidate(ids[0]).accepted
    merged = review.merge(draft, ids[1:3])
    assert len(merged.candidates) == len(draft.candidates) - 1
    combined = merged.candidate(ids[1])
    assert combined.text == draft.text[combined.span[0] : combined.span[1]]
    assert combined.text.startswith(draft.candidate(ids[1]).text)
    assert combined.text.endswith(draft.candidate(ids[2]).text)
    cut = draft.candidate(ids[1]).text.index(",") + 1
    parted = review.split(draft, ids[1], cut)
    a, b = parted.candidate(ids[1]), parted.candidate(f"{ids[1]}.1")
    assert draft.text[a.span[0] : a.span[1]] == a.text and draft.text[b.span[0] : b.span[1]] == b.text
    edited = review.edit(draft, ids[1], text=a.text, kind="fact", themes=["evidence"], audiences=["justice"])
    assert edited.candidate(ids[1]).kind == "fact"
    assert edited.candidate(ids[1]).theme_ids() == ("evidence",)


def test_edits_that_break_the_quote_are_refused(draft):
    first = draft.candidates[0]
    with pytest.raises(ValidationError, match="not in the document"):
        review.edit(draft, first.id, text="Words the document never says.")
    with pytest.raises(ValidationError):
        review.split(draft, first.id, 0)
    with pytest.raises(ValidationError):
        review.merge(draft, [first.id])


def test_commit_adds_a_verifiable_source_and_reimport_updates_it(workspace, draft):
    draft = review.reject(draft, [draft.candidates[-1].id])
    result = workspace.imports.commit(draft)
    assert len(result.item_ids) == len(draft.candidates) - 1
    source = workspace.library.source(result.source_id)
    assert source.origin == "user" and source.text == draft.text
    for item_id in result.item_ids:
        item = workspace.item(item_id)
        assert source.text[item.span[0] : item.span[1]] == item.text
        assert item.themes and item.audiences
    assert workspace.check_library().ok, workspace.check_library().problems

    again = workspace.imports.read(GENRE / "ga_resolution.docx")
    assert again.existing_source_id == result.source_id and again.existing_reason == "same file"
    assert again.update
    updated = workspace.imports.commit(again)
    assert updated.updated and updated.source_id == result.source_id
    assert set(result.item_ids) <= set(updated.kept_ids)
    assert len(workspace.library.sources) == len(workspace.bundled.sources) + 1


def test_reimport_as_new_source(workspace, draft):
    first = workspace.imports.commit(draft)
    again = review.set_update(workspace.imports.read(GENRE / "ga_resolution.docx"), False)
    second = workspace.imports.commit(again)
    assert second.source_id != first.source_id and not second.updated


def test_cli_lists_and_asks_then_imports_with_yes(capsys, briefpack_home, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["import", str(GENRE / "ga_resolution.txt")]) == 1
    out, err = capsys.readouterr()
    assert "candidate item(s)" in out and "Criminalize trafficking" in out
    assert "Nothing imported" in err
    assert main(["import", str(GENRE / "ga_resolution.txt"), "--yes", "--skip", "1"]) == 0
    out, _ = capsys.readouterr()
    assert "Added source a-res-80-9" in out
    assert main(["import", str(GENRE / "ga_resolution.txt"), "--yes"]) == 0
    out, _ = capsys.readouterr()
    assert "Updated source a-res-80-9" in out


def test_cli_bad_file_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["import", str(path), "--yes"]) == 3
    assert "is empty" in capsys.readouterr().err


def test_cli_json(capsys):
    assert main(["import", str(GENRE / "ga_resolution.pdf"), "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["source"]["symbol"] == "A/RES/80/9"
    assert data["candidates"][0]["themes"][0]["reasons"]
