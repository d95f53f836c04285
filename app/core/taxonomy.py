"""The fixed tag vocabulary: themes, audiences and item kinds, with labels."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.core.yamlio import load_yaml


class Term(NamedTuple):
    """One tag: a fixed id, a label for people, and what it covers.

    A named tuple, like the app's other small immutable records: it is as safe as a frozen
    dataclass and several times cheaper to define, which start-up does."""

    id: str
    label: str
    definition: str = ""


class Taxonomy(NamedTuple):
    """Themes, audiences and kinds in their canonical order."""

    themes: tuple[Term, ...]
    audiences: tuple[Term, ...]
    kinds: tuple[Term, ...]

    @classmethod
    def load(cls, path: Path) -> Taxonomy:
        data = load_yaml(path)

        def terms(key: str) -> tuple[Term, ...]:
            return tuple(
                Term(
                    id=str(entry["id"]),
                    label=str(entry.get("label") or entry["id"].capitalize()),
                    definition=" ".join(str(entry.get("definition", "")).split()),
                )
                for entry in data.get(key, [])
            )

        return cls(terms("themes"), terms("audiences"), terms("kinds"))

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.themes)

    @property
    def audience_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.audiences)

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.kinds)

    def label(self, term_id: str) -> str:
        for term in (*self.themes, *self.audiences, *self.kinds):
            if term.id == term_id:
                return term.label
        return term_id

    def order_themes(self, ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """Ids in taxonomy order, unknown ids last."""
        rank = {tid: n for n, tid in enumerate(self.theme_ids)}
        return tuple(sorted(ids, key=lambda t: rank.get(t, len(rank))))

    def order_audiences(self, ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        rank = {aid: n for n, aid in enumerate(self.audience_ids)}
        return tuple(sorted(ids, key=lambda a: rank.get(a, len(rank))))
