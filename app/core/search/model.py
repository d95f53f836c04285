"""The search contract: Query in, SearchResult (ranked Hits, facet counts, effective query) out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Hit:
    """One matching item: its id, its score (higher is better, 0 without text) and word offsets."""

    item_id: str
    score: float
    highlights: tuple[tuple[int, int], ...] = ()


class _LazyHit(Hit):
    """A Hit whose highlights are worked out on first use (a large result need not pay for all)."""

    def __init__(
        self,
        item_id: str,
        score: float,
        compute: Callable[[str], tuple[tuple[int, int], ...]] | None = None,
        highlights: tuple[tuple[int, int], ...] | None = None,
    ) -> None:
        object.__setattr__(self, "item_id", item_id)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "_compute", compute)
        if highlights is not None or compute is None:
            object.__setattr__(self, "_highlights", tuple(highlights or ()))

    @property  # type: ignore[override]
    def highlights(self) -> tuple[tuple[int, int], ...]:
        cached = self.__dict__.get("_highlights")
        if cached is None:
            cached = self._compute(self.item_id)  # type: ignore[attr-defined]
            object.__setattr__(self, "_highlights", cached)
        return cached

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.item_id, self.score, self.highlights) == (other.item_id, other.score, other.highlights)

    def __hash__(self) -> int:
        return hash((self.item_id, self.score))

    def __repr__(self) -> str:
        return f"Hit(item_id={self.item_id!r}, score={self.score!r}, highlights={self.highlights!r})"

    def __reduce__(self):
        return (Hit, (self.item_id, self.score, self.highlights))


@dataclass(frozen=True)
class SearchResult:
    """Ranked hits, facet counts under the query, and the query as it was understood."""

    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    query: Query = field(default_factory=Query)
    message: str = ""
