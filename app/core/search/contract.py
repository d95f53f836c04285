"""The search contract: Query in, SearchResult (ranked Hits, facet counts, effective query) out.

Query is a frozen value (pack rules extend it); Hit and SearchResult are plain slotted classes,
cheap to define at start-up and to create (a search makes one Hit per match on its page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.frozen import Frozen

MODES = ("any", "all")
FACET_GROUPS = ("themes", "audiences", "kinds", "sources", "years")


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Query(Frozen):
    """What the user asks for: tags ticked, kinds, sources, dates and typed text."""

    text: str
    themes: tuple[str, ...]
    themes_mode: str
    audiences: tuple[str, ...]
    audiences_mode: str
    kinds: tuple[str, ...]
    sources: tuple[str, ...]
    date_from: str
    date_to: str
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(
        self,
        text: str = "",
        themes: tuple[str, ...] = (),
        themes_mode: str = "any",
        audiences: tuple[str, ...] = (),
        audiences_mode: str = "any",
        kinds: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        date_from: str = "",
        date_to: str = "",
    ) -> None:
        put = object.__setattr__  # Query's own fields: Rules adds its own after these
        put(self, "text", text)
        put(self, "themes", themes)
        put(self, "themes_mode", themes_mode)
        put(self, "audiences", audiences)
        put(self, "audiences_mode", audiences_mode)
        put(self, "kinds", kinds)
        put(self, "sources", sources)
        put(self, "date_from", date_from)
        put(self, "date_to", date_to)

    def to_record(self) -> dict[str, Any]:
        """The query fields as JSON values (lists for the tuples): saved searches, packs' rules,
        the command line's JSON output."""
        return {
            name: list(value) if isinstance(value, tuple) else value
            for name in QUERY_FIELDS
            for value in (getattr(self, name),)
        }

    @staticmethod
    def values_from(record: Mapping[str, Any]) -> dict[str, Any]:
        """The query fields of a stored record, each as its type (the default where missing)."""
        return {
            name: tuple(str(v) for v in record.get(name) or ())
            if name in QUERY_LIST_FIELDS
            else str(record.get(name) or default)
            for name, default in _DEFAULTS.items()
        }


# The query's fields, by kind: read from Query itself wherever a record or an option names them.
QUERY_FIELDS = Query.__slots__
_DEFAULTS = {name: getattr(Query(), name) for name in QUERY_FIELDS}
QUERY_LIST_FIELDS = tuple(name for name, default in _DEFAULTS.items() if isinstance(default, tuple))
QUERY_TEXT_FIELDS = tuple(name for name in QUERY_FIELDS if name not in QUERY_LIST_FIELDS)

Highlights = tuple[tuple[int, int], ...]


class Hit:
    """One matching item: its id, its score (higher is better, 0 without text) and the offsets of
    the words that matched, worked out on first use (a large result need not pay for them all)."""

    __slots__ = ("_compute", "_highlights", "item_id", "score")

    def __init__(
        self,
        item_id: str,
        score: float,
        highlights: Highlights = (),
        compute: Callable[[str], Highlights] | None = None,
    ) -> None:
        self.item_id = item_id
        self.score = score
        self._highlights: Highlights | None = None if compute is not None else tuple(highlights)
        self._compute = compute

    @property
    def highlights(self) -> Highlights:
        if self._highlights is None:
            assert self._compute is not None
            self._highlights = self._compute(self.item_id)
            self._compute = None
        return self._highlights

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.item_id, self.score, self.highlights) == (other.item_id, other.score, other.highlights)

    def __hash__(self) -> int:
        return hash((self.item_id, self.score))

    def __repr__(self) -> str:
        return f"Hit({self.item_id!r}, {self.score!r}, {self.highlights!r})"


class SearchResult:
    """Ranked hits, facet counts under the query, and the query as it was understood."""

    __slots__ = ("errors", "facets", "hits", "message", "query", "total")

    def __init__(
        self,
        total: int,
        hits: tuple[Hit, ...],
        facets: dict[str, dict[str, int]] | None = None,
        query: Query | None = None,
        message: str = "",
        errors: tuple[str, ...] = (),
    ) -> None:
        self.total = total
        self.hits = hits
        self.facets = facets if facets is not None else {}
        self.query = query if query is not None else Query()
        self.message = message
        self.errors = errors  # what made the query unanswerable (an unknown tag), also in message

    def __repr__(self) -> str:
        return f"SearchResult(total={self.total}, {len(self.hits)} hits, query={self.query!r})"
