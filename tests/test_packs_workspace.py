"""Packs through the Workspace with the real search: proposals and refresh as the library grows."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.core import packs
from app.core.packs import RefreshChoices
from app.core.workspace import Workspace

SOURCE_TEXT = (
    "Desk notes. Border police should screen migrants in smuggling cases for signs of "
    "trafficking. Prosecutors should seize the proceeds of trafficking at the border. "
    "Prosecutors should seize the proceeds of trafficking crimes at the border."
)
SCREEN = "Border police should screen migrants in smuggling cases for signs of trafficking."
SEIZE = "Prosecutors should seize the proceeds of trafficking at the border."
SEIZE_AMENDED = "Prosecutors should seize the proceeds of trafficking crimes at the border."


def _rules(ws):
    return ws.packs.make_rules(themes=["migration", "accountability"], audiences=["justice"])


def test_new_pack_proposes_ranked_entries_grouped_by_theme_with_key_facts(workspace):
    proposal = workspace.packs.propose(_rules(workspace))
    ids = [g.id for g in proposal.groups]
    assert ids[-1] == "facts" and len(ids) >= 3
    theme_rank = {t: n for n, t in enumerate(workspace.taxonomy.theme_ids)}
    assert [theme_rank[g] for g in ids[:-1] if g != "other"] == sorted(
        theme_rank[g] for g in ids[:-1] if g != "other"
    )
    for group in proposal.groups[:-1]:
        for item_id in group.item_ids:
            item = workspace.item(item_id)
            assert {"migration", "accountability"} & set(item.themes) and "justice" in item.audiences
            assert item.themes[0] == group.id and item.kind != "fact"
    facts = proposal.group("facts").item_ids
    assert facts and all(workspace.item(i).kind == "fact" for i in facts)
    assert all({"migration", "accountability"} & set(workspace.item(i).themes) for i in facts)

    pack = workspace.packs.new("Migration and law enforcement", proposal=proposal)
    assert pack.item_ids == proposal.item_ids
    assert workspace.packs.get(pack.id).rules == proposal.rules
    only_facts = workspace.packs.new("Facts only", _rules(workspace), groups=["facts"])
    assert only_facts.item_ids == facts


def test_key_facts_offered_are_capped_and_the_audiences_facts_come_first(workspace):
    from app.core.packs.operations import KEY_FACTS_OFFERED
    from app.core.search import Query

    rules = workspace.packs.make_rules(themes=["children"], audiences=["justice"])
    proposal = workspace.packs.propose(rules)
    facts = list(proposal.group("facts").item_ids)
    matched = {h.item_id for h in workspace.search(Query(themes=("children",), audiences=("justice",))).hits}
    all_child_facts = workspace.search(Query(themes=("children",), kinds=("fact",))).total
    extra = [i for i in facts if i not in matched]
    assert len(extra) <= KEY_FACTS_OFFERED < all_child_facts
    with_audience = [("justice" in workspace.item(i).audiences) for i in facts]
    assert with_audience == sorted(with_audience, reverse=True), "facts for the audience come first"


def test_cli_new_with_themes_and_audiences(capsys, workspace):
    assert (
        main(
            [
                "pack",
                "new",
                "--title",
                "Regional meeting",
                "--themes",
                "migration,accountability",
                "--audiences",
                "justice",
                "--json",
            ]
        )
        == 0
    )
    pack = json.loads(capsys.readouterr().out)
    assert pack["id"] and pack["entries"]
    assert pack["rules"]["themes"] == ["migration", "accountability"]
    proposed = workspace.packs.propose(_rules(workspace))
    assert [e["item_id"] for e in pack["entries"]] == list(proposed.item_ids)
    assert (
        main(
            [
                "pack",
                "new",
                "--title",
                "Regional meeting 2",
                "--themes",
                "migration",
                "--audiences",
                "justice",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Created pack" in out and "Key facts:" in out


@pytest.fixture
def grown(workspace):
    """A rules pack, then the library grows and changes under it."""
    workspace.edits.add_source(
        {
            "id": "desk",
            "title": "Desk notes",
            "issuer": "Regional Office (RO)",
            "date": "2024",
            "text": SOURCE_TEXT,
        },
        [
            {
                "id": "desk-seize",
                "text": SEIZE,
                "themes": ["accountability"],
                "audiences": ["justice"],
                "locator": "paragraph 2",
            }
        ],
    )
    pack = workspace.packs.new("Migration and law enforcement", _rules(workspace))
    assert "desk-seize" in pack.item_ids
    first, second, third = pack.item_ids[:3]
    pack = packs.set_note(pack, second, "keep this note")
    pack = packs.move_items(pack, [third], 0)
    pack = workspace.packs.save(packs.set_pinned(pack, [first]))
    order = pack.item_ids

    # the library changes: tags edited, a text amended, a new matching item
    workspace.edits.edit_item(first, audiences=["states"])  # pinned: changed, never unmatched
    workspace.edits.edit_item(second, audiences=["states"])  # changed and no longer matched
    workspace.edits.delete_item("desk-seize")
    workspace.edits.add_item(
        "desk",
        {
            "id": "desk-seize",
            "text": SEIZE_AMENDED,
            "themes": ["accountability"],
            "audiences": ["justice"],
            "locator": "paragraph 2",
        },
    )
    workspace.edits.add_item(
        "desk", {"id": "desk-screen", "text": SCREEN, "themes": ["migration"], "audiences": ["justice"]}
    )
    return pack, order, first, second


def test_refresh_reports_changed_new_and_unmatched(workspace, grown):
    pack, _, first, second = grown
    report, unchanged = workspace.packs.refresh(pack.id, dry_run=True)
    assert unchanged == workspace.packs.get(pack.id)
    changed = {c.item_id: c.fields for c in report.changed}
    assert changed == {first: ("audiences",), second: ("audiences",), "desk-seize": ("text",)}
    assert report.new == ("desk-screen",)
    assert report.unmatched == (second,)
    assert report.removed == ()


def test_refresh_reports_removed_items(workspace, grown):
    pack, *_ = grown
    workspace.edits.delete_item("desk-seize")
    report, _ = workspace.packs.refresh(pack.id, dry_run=True)
    assert report.removed == ("desk-seize",)


def test_refresh_applies_the_users_choice_and_keeps_order_and_notes(workspace, grown):
    pack, order, first, second = grown
    _, refreshed = workspace.packs.refresh(
        pack.id, RefreshChoices(accept=frozenset({"desk-seize"}), add=("desk-screen",))
    )
    assert refreshed.item_ids == (*order, "desk-screen")  # nothing removed: not chosen
    assert refreshed.entry(second).note == "keep this note"
    assert refreshed.entry(first).pinned
    assert refreshed.snapshot("desk-seize").text == SEIZE_AMENDED
    again, _ = workspace.packs.refresh(pack.id, dry_run=True)
    assert {c.item_id for c in again.changed} == {first, second}  # not accepted: reported again
    assert again.new == () and again.unmatched == (second,)
    assert workspace.packs.history(pack.id)[0].summary.startswith("refreshed: 1 updated, 1 added")

    _, final = workspace.packs.refresh(pack.id)  # everything else, by default
    assert second not in final
    assert final.item_ids == tuple(i for i in (*order, "desk-screen") if i != second)
    assert workspace.packs.refresh(pack.id, dry_run=True)[0].empty


def test_cli_refresh_dry_run_then_apply(capsys, workspace, grown):
    pack, _, _, second = grown
    assert main(["pack", "refresh", pack.id, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Changed since the last build (3)" in out and "desk-seize: text" in out
    assert "was: “Prosecutors should seize the proceeds of trafficking at the border.”" in out
    assert "+ desk-screen" in out and f"? {second}" in out
    assert workspace.packs.get(pack.id) == pack
    assert main(["pack", "refresh", pack.id, "--apply", "new", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["applied"] and data["new"] == ["desk-screen"]
    fresh = Workspace(workspace.home)  # the CLI wrote through its own workspace
    after = fresh.packs.get(pack.id)
    assert "desk-screen" in after and second in after
    fresh.close()


def test_build_rebaselines_and_reports_changes_since_last_build(workspace, grown, tmp_path):
    pack, *_ = grown
    result = workspace.packs.build(pack.id, ["md"], tmp_path)
    assert {c.item_id for c in result.changed_since_last_build} >= {"desk-seize"}
    assert SEIZE_AMENDED in result.paths[0].read_text("utf-8")
    assert result.pack.library_fingerprint == workspace.library.fingerprint and result.pack.built
    assert not workspace.packs.library_changed(result.pack)
    report, _ = workspace.packs.refresh(pack.id, dry_run=True)
    assert report.changed == ()  # changed since the last build: none


def test_unknown_tags_in_rules_are_ignored_with_a_message(workspace):
    rules = packs.Rules(themes=("migration", "future-theme"), audiences=("justice",))
    pack = workspace.packs.save(packs.set_rules(workspace.packs.new("Imported"), rules))
    report, _ = workspace.packs.refresh(pack.id, dry_run=True)
    assert "future-theme" in report.message
    assert report.new and all(
        "migration" in workspace.item(i).themes or workspace.item(i).kind == "fact" for i in report.new
    )
