"""The Frozen value types behave as the frozen dataclasses they replace: equality, hash, copies, replace()."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, asdict, fields, replace

import pytest

from app.core.brief import BriefMeta
from app.core.models import Item, Source
from app.core.packs.pack import Rules
from app.core.preferences import Preferences
from app.core.search.contract import QUERY_FIELDS, Query
from app.core.store_repair import Repair


def _item(**changes: object) -> Item:
    base = Item("i1", "s1", "fact", "Text.", themes=("children",), extra={"x": 1})
    return replace(base, **changes) if changes else base


def test_fields_keep_their_declared_order_and_defaults() -> None:
    assert [f.name for f in fields(Item)][:4] == ["id", "source_id", "kind", "text"]
    assert [f.name for f in fields(Source)][-2:] == ["origin", "fingerprint"]
    assert Source("s", "T").language == "en"
    assert Preferences().spelling == "en"
    assert QUERY_FIELDS[0] == "text" and Query().themes_mode == "any"
    assert [f.name for f in fields(Rules)][-1] == "include_facts"


def test_equal_values_are_equal_and_hash_alike_but_extra_is_not_compared() -> None:
    assert _item() == _item()
    assert hash(_item()) == hash(_item())
    assert _item() == _item(extra={"other": 2})  # `extra` is not part of the value
    assert _item() != _item(note="n")
    assert len({_item(), _item(), _item(note="n")}) == 2
    assert Query() != Rules()  # another class is another value, as with dataclasses
    assert Query() == Query() and Query(text="x") != Query()


def test_values_cannot_be_changed_in_place() -> None:
    item = _item()
    with pytest.raises(FrozenInstanceError):
        item.note = "changed"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del item.note  # type: ignore[misc]
    with pytest.raises(AttributeError):
        item.unknown = 1  # type: ignore[attr-defined]  # slots: no other attributes


def test_replace_asdict_copy_and_pickle_round_trip() -> None:
    rules = Rules(themes=("children",), include_facts=False)
    assert replace(rules, text="x") == Rules(text="x", themes=("children",), include_facts=False)
    assert rules.query() == Query(themes=("children",))
    assert asdict(BriefMeta(title="T"))["title"] == "T"
    for value in (_item(), Source("s", "T", text="body"), rules, Repair("f", "m"), Preferences(author="A")):
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
        assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(_item()).extra == {"x": 1}


def test_repr_names_every_field() -> None:
    shown = repr(Rules(text="x"))
    assert shown.startswith("Rules(text='x'") and shown.endswith("include_facts=True)")
