"""The search contract: Query in, SearchResult (ranked Hits, facet counts, effective query) out.

Hit and SearchResult are named tuples: immutable values like the frozen dataclass Query (which
pack rules extend), several times cheaper to define (the window defines them at start-up) and to
create (a search makes one Hit per match).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

MODES = ("any", "all")
FACET_GROUPS = ("themes", "audiences", "kinds", "sources", "years")


@dataclass(frozen=True)
class Query:
    """What the user asks for: tags ticked, kinds, sources, dates and typed text."""

    text: str = ""
    themes: tuple[str, ...] = ()
    themes_mode: str = "any"
    audiences: tuple[str, ...] = ()
    audiences_mode: str = "any"
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""


class Hit(NamedTuple):
    """One matching item: its id, its score (higher is better, 0 without text) and word offsets."""

    item_id: str
    score: float
    highlights: tuple[tuple[int, int], ...] = ()


class _LazyHit(Hit):
    """A Hit whose highlights are worked out on first use (a large result need not pay for all)."""

    def __new__(
        cls,
        item_id: str,
        score: float,
        compute: Callable[[str], tuple[tuple[int, int], ...]] | None = None,
        highlights: tuple[tuple[int, int], ...] | None = None,
    ) -> _LazyHit:
        hit = super().__new__(cls, item_id, score, ())
        hit._compute = compute
        hit._highlights = tuple(highlights or ()) if highlights is not None or compute is None else None
        return hit

    @property  # type: ignore[override]
    def highlights(self) -> tuple[tuple[int, int], ...]:
        if self._highlights is None:
            self._highlights = self._compute(self.item_id)  # type: ignore[misc]
        return self._highlights

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.item_id, self.score, self.highlights) == (other.item_id, other.score, other.highlights)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash((self.item_id, self.score))

    def __repr__(self) -> str:
        return f"Hit(item_id={self.item_id!r}, score={self.score!r}, highlights={self.highlights!r})"

    def __reduce__(self):
        return (Hit, (self.item_id, self.score, self.highlights))


class SearchResult(NamedTuple):
    """Ranked hits, facet counts under the query, and the query as it was understood."""

    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = {}  # noqa: RUF012 - never changed in place; results are replaced
    query: Query = Query()
    message: str = ""
    errors: tuple[str, ...] = ()   # what made the query unanswerable (an unknown tag), also in message
