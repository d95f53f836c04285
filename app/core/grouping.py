"""Putting a brief's items under headings, and quotes into attribution groups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.models import KINDS, Item, Source
from app.core.taxonomy import Taxonomy
from app.core.templates import Labels


@dataclass(frozen=True, slots=True)
class Entry:
    """An item of the brief with its source, the user's note, and its rank (its place in the brief)."""

    item: Item
    source: Source
    note: str
    rank: int


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Grouper:
    """Keys and headings for one way of grouping; chosen tags come first, in the order chosen."""

    taxonomy: Taxonomy
    labels: Labels
    chosen_themes: tuple[str, ...] = ()
    chosen_audiences: tuple[str, ...] = ()
    tag_counts: Counter | None = None  # how often each tag occurs in the library

    def _tag(self, tags: Sequence[str], chosen: tuple[str, ...]) -> str:
        for tag in chosen:
            if tag in tags:
                return tag
        if not tags:
            return ""
        counts = self.tag_counts or Counter()
        # the most specific tag (the rarest in the library): "Children" before "Rights-based protection"
        return min(tags, key=lambda t: (counts.get(t, 0), tags.index(t)))

    def key(self, dimension: str, entry: Entry) -> str:
        if dimension == "theme":
            return self._tag(entry.item.themes, self.chosen_themes)
        if dimension == "audience":
            return self._tag(entry.item.audiences, self.chosen_audiences)
        if dimension in ("source", "document"):
            return entry.source.id
        if dimension == "kind":
            return entry.item.kind
        return "all"

    def group(self, dimension: str, entries: Sequence[Entry], all_heading: str = "") -> list[Group]:
        """Groups in the order shown; entries keep their rank (document order for "document")."""
        if dimension == "ordered":
            return [Group("all", all_heading, tuple(entries))]
        groups: dict[str, list[Entry]] = {}
        for entry in entries:
            groups.setdefault(self.key(dimension, entry), []).append(entry)
        if dimension == "document":
            for members in groups.values():
                members.sort(key=lambda e: e.item.order)
        sources = {e.source.id: e.source for e in entries}
        order = self._order(dimension, sources)
        keys = sorted(groups, key=lambda k: (k == "", order(k), k))
        return [Group(k, self.heading(dimension, k, sources), tuple(groups[k])) for k in keys]

    def _order(self, dimension: str, sources: dict[str, Source]) -> Callable[[str], tuple]:
        if dimension in ("source", "document"):
            return lambda k: (sources[k].sort_date,)
        if dimension == "kind":
            return lambda k: (KINDS.index(k) if k in KINDS else len(KINDS),)
        chosen = self.chosen_themes if dimension == "theme" else self.chosen_audiences
        ids = self.taxonomy.theme_ids if dimension == "theme" else self.taxonomy.audience_ids
        rank = {tag: n for n, tag in enumerate((*chosen, *(t for t in ids if t not in chosen)))}
        return lambda k: (rank.get(k, len(rank)),)

    def heading(self, dimension: str, key: str, sources: dict[str, Source]) -> str:
        if not key:
            return self.labels["other"]
        if dimension in ("source", "document"):
            source = sources[key]
            return source.short_title or source.title
        if dimension == "kind":
            return self.labels.get(f"group_{key}", key)
        return self.taxonomy.label(key)


def tag_counts(items: Sequence[Item]) -> Counter:
    counts: Counter = Counter()
    for item in items:
        counts.update(item.themes)
        counts.update(item.audiences)
    return counts


def attribution_runs(entries: Sequence[Entry]) -> list[tuple[Entry, ...]]:
    """Consecutive entries that share a lead-in, a source and a kind; every other entry alone.

    A lead-in is printed once for its run and governs nothing after it, so an
    item of another document or kind never reads as continuing it."""
    runs: list[list[Entry]] = []
    for entry in entries:
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and entry.item.lead_in
            and previous.item.lead_in == entry.item.lead_in
            and previous.source.id == entry.source.id
            and previous.item.kind == entry.item.kind
        ):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [tuple(run) for run in runs]
