"""Proposing a new pack's entries from its rules: ranked, grouped by theme, key facts apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.errors import ValidationError
from app.core.models import Item
from app.core.packs.pack import PackEntry, Rules
from app.core.taxonomy import Taxonomy

FACTS_GROUP = "facts"
OTHER_GROUP = "other"


@dataclass(frozen=True, slots=True)
class ProposalGroup:
    """A group of proposed items: one theme, or the key facts."""

    id: str
    label: str
    item_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a new pack would hold: groups of ranked item ids the user can take or leave."""

    rules: Rules
    groups: tuple[ProposalGroup, ...]
    message: str = ""

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i for g in self.groups for i in g.item_ids)

    def group(self, group_id: str) -> ProposalGroup | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def entries(self, groups: Iterable[str] | None = None) -> tuple[PackEntry, ...]:
        """Entries for the chosen groups (all by default), in proposal order."""
        chosen = None if groups is None else set(groups)
        if chosen is not None:
            known = {g.id for g in self.groups}
            unknown = chosen - known
            if unknown:
                raise ValidationError(
                    f"The proposal has no group {sorted(unknown)[0]!r}.",
                    hint=f"Its groups are: {', '.join(sorted(known)) or 'none'}.",
                )
        return tuple(
            PackEntry(item_id)
            for g in self.groups
            if chosen is None or g.id in chosen
            for item_id in g.item_ids
        )

    def to_dict(self) -> dict:
        return {
            "rules": self.rules.to_record(),
            "message": self.message,
            "groups": [{"id": g.id, "label": g.label, "item_ids": list(g.item_ids)} for g in self.groups],
        }


def propose(
    rules: Rules,
    ranked: Sequence[str],
    facts: Sequence[str],
    items: Mapping[str, Item],
    taxonomy: Taxonomy,
    message: str = "",
) -> Proposal:
    """Group the rules' ranked matches by theme, and the key facts for the themes apart.

    `ranked` is what the rules' query matches, best first; `facts` the facts on
    the rules' themes, best first. An item's group is its first theme, and the
    groups follow the taxonomy's order: the sections a brief grouped by theme
    shows, so what the user picks here is what the document will hold. Facts go
    to their own group when the rules include facts (templates show them as
    key facts).
    """
    rank = {theme: n for n, theme in enumerate(taxonomy.theme_ids)}
    by_theme: dict[str, list[str]] = {}
    fact_ids: list[str] = []
    seen: set[str] = set()
    for item_id in ranked:
        item = items.get(item_id)
        if item is None or item_id in seen:
            continue
        seen.add(item_id)
        if rules.include_facts and item.kind == "fact":
            fact_ids.append(item_id)
            continue
        by_theme.setdefault(item.themes[0] if item.themes else OTHER_GROUP, []).append(item_id)
    if rules.include_facts:
        for item_id in facts:
            item = items.get(item_id)
            if item is not None and item.kind == "fact" and item_id not in seen:
                seen.add(item_id)
                fact_ids.append(item_id)
    order = sorted(by_theme, key=lambda t: (t == OTHER_GROUP, rank.get(t, len(rank)), t))
    groups = [
        ProposalGroup(t, "Other items" if t == OTHER_GROUP else taxonomy.label(t), tuple(by_theme[t]))
        for t in order
    ]
    if fact_ids:
        groups.append(ProposalGroup(FACTS_GROUP, "Key facts", tuple(fact_ids)))
    return Proposal(rules, tuple(groups), message)
