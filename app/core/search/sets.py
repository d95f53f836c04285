"""The library as sets of items in memory: every item, each tag's items, each source's, library order.

A set is a Python int used as a bitset with one byte per slot (bit 8*slot), so AND/OR/NOT and
counts run in C and `int.to_bytes` gives a byte mask to scan. A slot is an item's stable row
number in the index file. The planner combines sets only through the methods below.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Sequence

from app.core.library import Library
from app.core.models import Item
from app.core.search.analysis import library_languages

TAG_GROUPS = ("themes", "audiences", "kinds")


def _item_tags(item: Item) -> tuple[tuple[str, Sequence[str]], ...]:
    return ("themes", item.themes), ("audiences", item.audiences), ("kinds", (item.kind,))


class ItemSets:
    """Which slot holds which item, the tag and source sets, and the library order of slots."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """No items at all."""
        self._slot_of: dict[str, int] = {}
        self._id_of: list[str | None] = []
        self._size = 0
        self._live = 0
        self._tags: dict[str, dict[str, int]] = {group: {} for group in TAG_GROUPS}
        self._order = array("l")
        self._rank_of = array("l")
        self._in_order = True
        self._runs: dict[str, list[tuple[int, int]]] = {}
        self._order_dirty = False
        # the stemmer languages of the library's items (a query word is stemmed in each)
        self.languages: set[str] = {"english"}

    # -- what the planner asks ----------------------------------------------------
    @property
    def everything(self) -> int:
        """Every item of the library."""
        return self._live

    @property
    def slots(self) -> int:
        """How many slots there are (the length of a mask)."""
        return self._size

    def values(self, group: str) -> tuple[str, ...]:
        """The tag values items carry in `group` ("themes", "audiences", "kinds")."""
        return tuple(self._tags[group])

    def tagged(self, group: str, value: str) -> int:
        """The items carrying one tag."""
        return self._tags[group].get(value, 0)

    def any_of(self, group: str, values: Iterable[str]) -> int:
        """The items carrying at least one of these tags."""
        sets = self._tags[group]
        bits = 0
        for value in values:
            bits |= sets.get(value, 0)
        return bits

    def all_of(self, group: str, values: Iterable[str]) -> int:
        """The items carrying every one of these tags."""
        sets = self._tags[group]
        bits = self._live
        for value in values:
            bits &= sets.get(value, 0)
        return bits

    def of_sources(self, source_ids: Iterable[str]) -> int:
        """The items of these sources."""
        mask = bytearray(self._size)
        for source_id in source_ids:
            for start, end in self._runs.get(source_id, ()):
                mask[start:end] = b"\x01" * (end - start)
        return int.from_bytes(mask, "little") & self._live

    def count_by_source(self, bits: int, source_ids: Iterable[str]) -> dict[str, int]:
        """How many items of a set each source holds."""
        mask = bits.to_bytes(self._size, "little") if self._size else b""
        return {
            source_id: sum(mask.count(1, start, end) for start, end in self._runs.get(source_id, ()))
            for source_id in source_ids
        }

    def of_slots(self, slots: Iterable[int]) -> int:
        """The set of these slots."""
        mask = bytearray(self._size)
        for slot in slots:
            mask[slot] = 1
        return int.from_bytes(mask, "little")

    def mask(self, bits: int) -> bytes:
        """A set as one byte per slot (1 for a member)."""
        return bits.to_bytes(self._size, "little")

    @property
    def position(self) -> Callable[[int], int]:
        """A slot's position in library order (a sort key)."""
        return self._rank_of.__getitem__

    def item_id(self, slot: int) -> str:
        return self._id_of[slot] or ""

    def slot_of(self, item_id: str) -> int | None:
        return self._slot_of.get(item_id)

    def in_library_order(self, bits: int, count: int | None) -> list[int]:
        """Up to `count` slots of a set, in library order."""
        if not bits or count == 0:
            return []
        mask = bits.to_bytes(self._size, "little")
        out: list[int] = []
        find = mask.find
        if self._in_order:
            slot = find(1)
            while slot >= 0 and (count is None or len(out) < count):
                out.append(slot)
                slot = find(1, slot + 1)
            return out
        if count is not None and bits.bit_count() > len(mask) // 16:
            for slot in self._order:
                if mask[slot]:
                    out.append(slot)
                    if len(out) >= count:
                        break
            return out
        slot = find(1)
        while slot >= 0:
            out.append(slot)
            slot = find(1, slot + 1)
        out.sort(key=self._rank_of.__getitem__)
        return out if count is None else out[:count]

    # -- building from the library ------------------------------------------------
    def load(self, library: Library, slots: Iterable[tuple[int, str]]) -> None:
        """Build every set from the library, each item in its slot."""
        self.clear()
        self._slot_of = {item_id: slot for slot, item_id in slots}
        self.grow(max(self._slot_of.values(), default=-1) + 1)
        size = self._size
        live = bytearray(size)
        masks: dict[str, dict[str, bytearray]] = {group: {} for group in TAG_GROUPS}
        themes, audiences, kinds = masks["themes"], masks["audiences"], masks["kinds"]
        order = array("l")
        slot_of, id_of = self._slot_of, self._id_of
        for item in library.items.values():
            slot = slot_of[item.id]
            id_of[slot] = item.id
            live[slot] = 1
            order.append(slot)
            for theme in item.themes:
                mask = themes.get(theme)
                if mask is None:
                    mask = themes[theme] = bytearray(size)
                mask[slot] = 1
            for audience in item.audiences:
                mask = audiences.get(audience)
                if mask is None:
                    mask = audiences[audience] = bytearray(size)
                mask[slot] = 1
            mask = kinds.get(item.kind)
            if mask is None:
                mask = kinds[item.kind] = bytearray(size)
            mask[slot] = 1
        self._live = int.from_bytes(live, "little")
        self._tags = {
            group: {value: int.from_bytes(mask, "little") for value, mask in values.items()}
            for group, values in masks.items()
        }
        self.set_order(library, order)
        self.languages = library_languages(library)

    def grow(self, size: int) -> None:
        """Make room for slots below `size`."""
        if size > self._size:
            self._id_of.extend([None] * (size - self._size))
            self._size = size

    def set_order(self, library: Library, order: array | None = None) -> None:
        """Record the library's order of items and each source's runs of slots."""
        if order is None:
            order = array("l", (self._slot_of[item_id] for item_id in library.items))
        self._order = order
        rank_of = array("l", [-1]) * self._size
        previous = -1
        in_order = True
        for position, slot in enumerate(order):
            rank_of[slot] = position
            if slot < previous:
                in_order = False
            previous = slot
        self._rank_of = rank_of
        self._in_order = in_order
        runs: dict[str, list[tuple[int, int]]] = {}
        id_of, items = self._id_of, library.items
        by_source: dict[str, list[int]] = {}
        for slot in order:
            by_source.setdefault(items[id_of[slot]].source_id, []).append(slot)  # type: ignore[index]
        for source_id, source_slots in by_source.items():
            source_slots.sort()
            spans: list[tuple[int, int]] = []
            start = end = source_slots[0]
            for slot in source_slots[1:]:
                if slot == end + 1:
                    end = slot
                else:
                    spans.append((start, end + 1))
                    start = end = slot
            spans.append((start, end + 1))
            runs[source_id] = spans
        self._runs = runs
        self._order_dirty = False

    def ensure_order(self, library: Library) -> None:
        """Bring the order up to date after edits that added, removed or moved items."""
        if self._order_dirty:
            self.set_order(library)

    def forget(self, slot: int, old: Library) -> None:
        """Take the item in `slot` (as `old` has it) out of every set."""
        item_id = self._id_of[slot] if slot < self._size else None
        if item_id is None:
            return
        item = old.items.get(item_id)
        clear = ~(1 << (8 * slot))
        self._live &= clear
        if item is not None:
            for group, values in _item_tags(item):
                sets = self._tags[group]
                for value in values:
                    if value in sets:
                        sets[value] &= clear
        self._id_of[slot] = None
        if self._slot_of.get(item_id) == slot:
            del self._slot_of[item_id]

    def remember(self, slot: int, item: Item) -> None:
        """Put `item` in `slot` and into its tags' sets."""
        bit = 1 << (8 * slot)
        self._live |= bit
        for group, values in _item_tags(item):
            sets = self._tags[group]
            for value in values:
                sets[value] = sets.get(value, 0) | bit
        self._id_of[slot] = item.id
        self._slot_of[item.id] = slot

    def order_changed(self) -> None:
        """Items were added, removed or moved: work the library order out again when next needed."""
        self._order_dirty = True

    # -- kept on disk between runs ---------------------------------------------------
    def to_parts(self) -> dict[str, bytes]:
        """The sets as named byte strings (the index file keeps them for the next start)."""
        parts: dict[str, bytes] = {
            "ids": "\n".join(i or "" for i in self._id_of).encode("utf-8"),
            "order": self._order.tobytes(),
            "rank": self._rank_of.tobytes(),
            "live": self._live.to_bytes(self._size, "little"),
            "info": json.dumps(
                {
                    "size": self._size,
                    "in_order": self._in_order,
                    "languages": sorted(self.languages),
                    "runs": self._runs,
                    "tags": {g: sorted(v) for g, v in self._tags.items()},
                }
            ).encode("utf-8"),
        }
        for group, values in self._tags.items():
            for value, bits in values.items():
                parts[f"tag\x1f{group}\x1f{value}"] = bits.to_bytes(self._size, "little")
        return parts

    def from_parts(self, parts: dict[str, bytes], expected: int) -> bool:
        """Take the sets from `to_parts`; False (and empty sets) unless they hold `expected` items."""
        try:
            info = json.loads(parts["info"])
            ids = parts["ids"].decode("utf-8").split("\n")
            size = int(info["size"])
            if len(ids) != size:
                return False
            self.clear()
            self._size = size
            self._id_of = [i or None for i in ids]
            self._slot_of = {i: n for n, i in enumerate(ids) if i}
            if len(self._slot_of) != expected:
                self.clear()
                return False
            self._order = array("l")
            self._order.frombytes(parts["order"])
            self._rank_of = array("l")
            self._rank_of.frombytes(parts["rank"])
            self._live = int.from_bytes(parts["live"], "little")
            self._in_order = bool(info["in_order"])
            self.languages = set(info["languages"]) or {"english"}
            self._runs = {k: [(int(r[0]), int(r[1])) for r in v] for k, v in info["runs"].items()}
            self._tags = {
                group: {
                    value: int.from_bytes(parts[f"tag\x1f{group}\x1f{value}"], "little") for value in values
                }
                for group, values in info["tags"].items()
            }
        except (KeyError, ValueError, TypeError):
            self.clear()
            return False
        return True
