"""What the words of a query match in the index file, as item sets (the most recent kept) and ranked."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from app.core.search.index import IndexFile

_CACHE = 128  # expressions whose sets are kept
_UPDATE_MAX = 2000  # edits above this many items drop the kept sets instead of updating them


class TextMatches:
    """The sets of items FTS5 expressions match in one index file, and their BM25 order."""

    def __init__(self, file: Callable[[], IndexFile | None], slots: Callable[[], int]) -> None:
        self._file = file  # the engine's current file (it is replaced when rebuilt)
        self._slots = slots  # how many slots the sets have now
        self._cache: OrderedDict[str, int] = OrderedDict()

    def _index(self) -> IndexFile:
        file = self._file()
        assert file is not None, "the index file is open while searching"
        return file

    def bits(self, expression: str) -> int:
        """The items matching an FTS5 expression built by the planner."""
        bits = self._cache.get(expression)
        if bits is not None:
            self._cache.move_to_end(expression)
            return bits
        mask = bytearray(self._slots())
        for slot in self._index().match(expression):
            mask[slot] = 1
        bits = int.from_bytes(mask, "little")
        self._cache[expression] = bits
        if len(self._cache) > _CACHE:
            self._cache.popitem(last=False)
        return bits

    def ranked(self, expression: str, limit: int | None) -> list[tuple[int, float]]:
        """(slot, score) best first (score = -bm25: higher is better)."""
        return self._index().ranked(expression, limit)

    def update(self, slots: Sequence[int]) -> None:
        """The text of the items in these slots changed: bring the kept sets up to date."""
        if not slots or not self._cache:
            return
        if len(slots) > _UPDATE_MAX:
            self._cache.clear()
            return
        mask = 0
        for slot in slots:
            mask |= 1 << (8 * slot)
        for expression, bits in list(self._cache.items()):
            found = 0
            for slot in self._index().match_among(expression, slots):
                found |= 1 << (8 * slot)
            self._cache[expression] = (bits & ~mask) | found

    def clear(self) -> None:
        """Forget every kept set (the index file was replaced, or a benchmark wants a cold start)."""
        self._cache.clear()
