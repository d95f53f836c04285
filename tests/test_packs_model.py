"""Pack model and pure edits: new values every time, originals untouched, invariants kept."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import packs
from app.core.errors import NotFoundError, ValidationError
from app.core.packs.pack import Pack, PackEntry, Rules


def _pack(*ids: str) -> Pack:
    return packs.new_pack("Regional meeting", entries=[PackEntry(i) for i in ids])


def test_new_pack_has_a_safe_id_and_dates():
    pack = packs.new_pack("  Regional   meeting ", meeting="Bali Process")
    assert len(pack.id) == 32 and pack.id.isalnum()
    assert pack.title == "Regional meeting"
    assert pack.meeting == "Bali Process"
    assert pack.created and pack.created == pack.updated
    assert pack.schema_version == 1
    assert packs.new_pack("Other").id != pack.id


def test_pack_is_frozen():
    pack = _pack("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        pack.title = "x"  # type: ignore[misc]


def test_edits_return_new_packs_and_leave_the_original():
    pack = _pack("a", "b", "c")
    edited = packs.set_note(packs.move_items(packs.add_items(pack, ["d"]), ["d"], 0), "b", "lead with this")
    assert pack.item_ids == ("a", "b", "c")
    assert pack.entry("b").note == ""
    assert edited.item_ids == ("d", "a", "b", "c")
    assert edited.entry("b").note == "lead with this"


def test_edit_that_changes_nothing_returns_the_same_object():
    pack = _pack("a", "b")
    assert packs.add_items(pack, ["a"]) is pack
    assert packs.move_items(pack, ["a"], 0) is pack
    assert packs.set_note(pack, "a", "") is pack
    assert packs.set_meta(pack, title="Regional meeting") is pack
    assert packs.set_key_messages(pack, ["", "  "]) is pack


def test_add_at_position_and_readd_of_excluded_item():
    pack = packs.set_excluded(_pack("a", "b"), ["b"])
    assert pack.entry("b").excluded
    pack = packs.add_items(pack, ["x", "y", "b"], at=1, note="new")
    assert pack.item_ids == ("a", "x", "y", "b")
    assert not pack.entry("b").excluded
    assert pack.entry("x").note == "new"


def test_move_keeps_relative_order_of_a_selection():
    pack = _pack("a", "b", "c", "d", "e")
    assert packs.move_items(pack, ["d", "b"], 0).item_ids == ("b", "d", "a", "c", "e")
    assert packs.move_items(pack, ["a"], 99).item_ids == ("b", "c", "d", "e", "a")
    assert packs.move_relative(pack, "e", before="b").item_ids == ("a", "e", "b", "c", "d")
    assert packs.move_relative(pack, "a", after="c").item_ids == ("b", "c", "a", "d", "e")


def test_pin_and_exclude_are_exclusive():
    pack = packs.set_pinned(_pack("a", "b"), ["a"])
    assert pack.entry("a").pinned
    pack = packs.set_excluded(pack, ["a"])
    assert pack.entry("a").excluded and not pack.entry("a").pinned
    pack = packs.set_pinned(pack, ["a"])
    assert pack.entry("a").pinned and not pack.entry("a").excluded
    assert [e.item_id for e in pack.included] == ["a", "b"]


def test_excluding_an_item_not_in_the_pack_records_it():
    pack = packs.set_excluded(_pack("a"), ["z"])
    assert pack.entry("z").excluded
    assert [e.item_id for e in pack.included] == ["a"]


def test_unknown_entry_and_bad_ids_are_refused():
    pack = _pack("a")
    with pytest.raises(NotFoundError):
        packs.set_note(pack, "missing", "x")
    with pytest.raises(NotFoundError):
        packs.remove_items(pack, ["missing"])
    for bad in ("../etc/passwd", "/abs", "a/b", "C:\\x", "", ".hidden", "a b"):
        with pytest.raises(ValidationError):
            packs.add_items(pack, [bad])


def test_duplicate_entries_refused():
    with pytest.raises(ValidationError, match="twice"):
        packs.set_entries(_pack(), [PackEntry("a"), PackEntry("a")])


def test_meta_validation():
    pack = _pack()
    with pytest.raises(ValidationError, match="title"):
        packs.set_meta(pack, title="   ")
    with pytest.raises(ValidationError, match="grouping"):
        packs.set_meta(pack, grouping="colour")
    with pytest.raises(ValidationError):
        packs.set_meta(pack, template="../../evil")
    with pytest.raises(ValidationError):
        packs.set_meta(pack, colour="red")
    assert packs.set_meta(pack, author="A\x00B\nC").author == "AB C"
    assert packs.set_meta(pack, audience_note="line 1\r\nline 2").audience_note == "line 1\nline 2"


def test_key_messages_cleaned_and_bounded():
    pack = packs.set_key_messages(_pack(), [" One ", "", "Two\x07"])
    assert pack.key_messages == ("One", "Two")
    with pytest.raises(ValidationError):
        packs.set_key_messages(pack, [f"m{i}" for i in range(51)])


def test_duplicate_gets_new_id_and_title():
    pack = packs.set_note(_pack("a"), "a", "n")
    copy = packs.duplicate(pack)
    assert copy.id != pack.id
    assert copy.title == "Copy of Regional meeting"
    assert copy.entries == pack.entries


def test_record_round_trip():
    pack = packs.set_rules(
        _pack("a", "b"),
        Rules(themes=("migration",), audiences=("justice",), text="border", include_facts=False),
    )
    pack = packs.set_pinned(packs.set_note(pack, "a", "note"), ["b"])
    pack = packs.set_key_messages(packs.set_meta(pack, subtitle="S", grouping="source"), ["K"])
    assert Pack.from_record(pack.to_record()) == pack


def test_rules_describe():
    assert Rules().describe() == "no rules (entries chosen by hand)"
    text = Rules(themes=("migration", "accountability"), audiences=("justice",)).describe()
    assert "migration, accountability (any)" in text and "justice" in text and "key facts" in text


_ids = st.sampled_from([f"item-{n}" for n in range(12)])
_edit = st.one_of(
    st.tuples(st.just("add"), st.lists(_ids, max_size=3), st.integers(-2, 15)),
    st.tuples(st.just("remove"), _ids),
    st.tuples(st.just("move"), st.lists(_ids, min_size=1, max_size=3), st.integers(-2, 15)),
    st.tuples(st.just("pin"), _ids),
    st.tuples(st.just("exclude"), _ids),
    st.tuples(st.just("note"), _ids, st.text(max_size=20)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_edit, max_size=25))
def test_any_edit_sequence_keeps_the_invariants(steps):
    pack = _pack("item-0", "item-1")
    for step in steps:
        before = pack
        before_record = before.to_record()
        try:
            if step[0] == "add":
                pack = packs.add_items(pack, step[1], at=step[2])
            elif step[0] == "remove":
                pack = packs.remove_items(pack, [step[1]])
            elif step[0] == "move":
                pack = packs.move_items(pack, step[1], step[2])
            elif step[0] == "pin":
                pack = packs.set_pinned(pack, [step[1]])
            elif step[0] == "exclude":
                pack = packs.set_excluded(pack, [step[1]])
            else:
                pack = packs.set_note(pack, step[1], step[2])
        except NotFoundError:
            assert pack is before
        assert before.to_record() == before_record  # never mutated
        ids = pack.item_ids
        assert len(ids) == len(set(ids))
        assert all(not (e.pinned and e.excluded) for e in pack.entries)
        if step[0] == "move" and pack is not before:
            assert sorted(ids) == sorted(before.item_ids)
