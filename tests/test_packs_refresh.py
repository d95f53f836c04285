"""Refresh: changed, removed, new and unmatched items reported; the user's choice applied."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core import packs
from app.core.library import Library
from app.core.models import Item, Source
from app.core.packs.refresh import RefreshChoices, apply_refresh, refresh_report
from app.core.packs.snapshots import rebaseline, resolve_entries, sync_snapshots

SOURCE = Source(id="src", title="Source", issuer="Issuer (ISS)", date="2024")


def _item(item_id: str, text: str = "", themes=("migration",), audiences=("justice",)) -> Item:
    return Item(
        id=item_id,
        source_id="src",
        kind="recommendation",
        text=text or f"Text of {item_id}.",
        themes=tuple(themes),
        audiences=tuple(audiences),
        locator=f"para {item_id}",
    )


def _library(bundled, *items: Item) -> Library:
    return Library(bundled.taxonomy, {"src": SOURCE}, {i.id: i for i in items})


@pytest.fixture
def before(bundled):
    return _library(bundled, *(_item(i) for i in ("a", "b", "c", "e", "f", "g")))


@pytest.fixture
def pack(before):
    pack = packs.new_pack("P", rules=packs.Rules(themes=("migration",)))
    pack = packs.add_items(pack, ["a", "b", "c", "e", "f", "g"])
    pack = packs.set_note(pack, "b", "keep this note")
    pack = packs.set_pinned(pack, ["f"])
    pack = packs.set_excluded(pack, ["g"])
    pack = packs.move_items(pack, ["e"], 0)
    return rebaseline(sync_snapshots(pack, before), before)


@pytest.fixture
def after(bundled):
    """a: text changed; b: tags changed; c and f gone; d new; e still there but no longer matched."""
    return _library(
        bundled,
        _item("a", "Text of a, amended."),
        _item("b", audiences=("states",)),
        _item("e", themes=("labour",)),
        _item("g"),
        _item("d"),
    )


MATCHES_AFTER = ["d", "a", "b", "g"]


def test_report_lists_each_kind_of_change(pack, after):
    report = refresh_report(pack, after, MATCHES_AFTER)
    assert [(c.item_id, c.fields) for c in report.changed] == [
        ("e", ("themes",)),
        ("a", ("text",)),
        ("b", ("audiences",)),
    ]
    assert report.changed[1].old.text == "Text of a." and report.changed[1].new.text == "Text of a, amended."
    assert report.removed == ("c", "f")
    assert report.pinned_removed == {"f"}
    assert report.new == ("d",)
    assert report.unmatched == ("e",)  # g is excluded: neither unmatched nor new
    assert report.library_fingerprint == after.fingerprint != report.previous_fingerprint
    assert report.counts() == {"changed": 3, "new": 1, "removed": 2, "unmatched": 1}


def test_nothing_changed_is_up_to_date(pack, before):
    report = refresh_report(pack, before, ["a", "b", "c", "e", "f", "g"])
    assert report.empty
    assert report.to_dict()["up_to_date"] is True


def test_default_choices_apply_everything_and_keep_order_notes_and_flags(pack, after):
    report = refresh_report(pack, after, MATCHES_AFTER)
    choices = RefreshChoices.default(report)
    assert choices.keep == {"f"} and choices.remove == {"c", "e"}
    refreshed = apply_refresh(pack, report, choices, after)
    assert refreshed.item_ids == ("a", "b", "f", "g", "d")
    assert refreshed.entry("b").note == "keep this note"
    assert refreshed.entry("f").pinned and refreshed.entry("f").embedded
    assert refreshed.entry("g").excluded
    assert refreshed.snapshot("a").text == "Text of a, amended."
    assert refreshed.snapshot("b").audiences == ("states",)
    assert refreshed.snapshot("f").text == "Text of f."  # the pack's copy, still buildable
    assert refreshed.library_fingerprint == after.fingerprint
    statuses = {r.item_id: r.status for r in resolve_entries(refreshed, after)}
    assert statuses["f"] == "embedded" and statuses["a"] == "library"
    assert refresh_report(refreshed, after, MATCHES_AFTER).empty


def test_partial_choices_leave_the_rest_to_report_again(pack, after):
    report = refresh_report(pack, after, MATCHES_AFTER)
    refreshed = apply_refresh(pack, report, RefreshChoices(accept=frozenset({"a"})), after)
    assert refreshed.item_ids == pack.item_ids
    again = refresh_report(refreshed, after, MATCHES_AFTER)
    assert [c.item_id for c in again.changed] == ["e", "b"]
    assert again.removed == ("c", "f") and again.new == ("d",) and again.unmatched == ("e",)


def test_categories_and_skip(pack, after):
    report = refresh_report(pack, after, MATCHES_AFTER)
    choices = RefreshChoices.default(report, categories=["new", "removed"], skip=["c"])
    assert choices.accept == set() and choices.add == ("d",)
    assert choices.remove == set() and choices.keep == {"f"}
    with pytest.raises(packs.pack.ValidationError):
        RefreshChoices.default(report, categories=["everything"])


def test_hand_built_pack_has_no_unmatched_or_new(bundled, before, after):
    pack = packs.add_items(packs.new_pack("Hand"), ["a", "e"], pinned=False)
    pack = sync_snapshots(pack, before)
    report = refresh_report(pack, after, [])
    assert report.unmatched == () and report.new == ()
    assert [c.item_id for c in report.changed] == ["a", "e"]


def test_embedded_entries_are_not_reported_gone(pack, after):
    entries = tuple(replace(e, embedded=True) if e.item_id == "c" else e for e in pack.entries)
    report = refresh_report(replace(pack, entries=entries), after, MATCHES_AFTER)
    assert report.removed == ("f",)


def test_proposal_groups_as_the_document_will_with_facts_apart(bundled):
    from app.core.packs.proposal import propose

    def item(item_id, themes, kind="recommendation"):
        return replace(_item(item_id, themes=themes), kind=kind)

    items = {
        i.id: i
        for i in (
            item("m1", ("migration", "accountability")),
            item("a1", ("accountability", "migration")),
            item("a2", ("accountability",)),
            item("m2", ("migration",)),
            item("x1", ()),
            item("f1", ("migration",), "fact"),
            item("f2", ("accountability",), "fact"),
        )
    }
    rules = packs.Rules(themes=("migration", "accountability"), audiences=("justice",))
    proposal = propose(rules, ["a1", "f1", "m1", "x1", "a2", "m2"], ["f2", "f1"], items, bundled.taxonomy)
    # each item under its first theme, themes in taxonomy order (accountability before migration),
    # ranks kept within a group, untagged items last, facts apart
    assert [(g.id, g.item_ids) for g in proposal.groups] == [
        ("accountability", ("a1", "a2")),
        ("migration", ("m1", "m2")),
        ("other", ("x1",)),
        ("facts", ("f1", "f2")),
    ]
    assert proposal.groups[0].label == bundled.taxonomy.label("accountability")
    assert [e.item_id for e in proposal.entries(["facts", "migration"])] == ["m1", "m2", "f1", "f2"]
    with pytest.raises(packs.pack.ValidationError):
        proposal.entries(["nope"])
    no_facts = propose(replace(rules, include_facts=False), ["a1", "f1"], [], items, bundled.taxonomy)
    assert [(g.id, g.item_ids) for g in no_facts.groups] == [
        ("accountability", ("a1",)),
        ("migration", ("f1",)),
    ]
