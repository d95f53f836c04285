"""Refresh: what changed in the library for a pack since its snapshots, and applying the user's choice."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from app.core.errors import ValidationError
from app.core.library import Library
from app.core.models import Item
from app.core.packs.edits import add_items, remove_items, with_snapshots
from app.core.packs.pack import Pack
from app.core.packs.snapshots import changed_fields, library_source, plain_item

CATEGORIES = ("changed", "new", "removed", "unmatched")


@dataclass(frozen=True, slots=True)
class ItemChange:
    """An item of the pack whose text, tags or details changed in the library."""

    item_id: str
    fields: tuple[str, ...]
    old: Item
    new: Item

    def to_dict(self) -> dict:
        return {
            "item_id": self.item_id,
            "fields": list(self.fields),
            "old": {f: _plain_value(getattr(self.old, f)) for f in self.fields},
            "new": {f: _plain_value(getattr(self.new, f)) for f in self.fields},
        }


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """What re-running a pack's rules against today's library finds.

    changed: entries whose item changed since its snapshot; removed: entries whose
    item is gone from the library; new: items the rules match that the pack does
    not list; unmatched: unpinned entries the rules no longer match.
    """

    pack_id: str
    changed: tuple[ItemChange, ...] = ()
    removed: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()
    pinned_removed: frozenset[str] = frozenset()
    previous_fingerprint: str = ""
    library_fingerprint: str = ""
    message: str = ""

    @property
    def empty(self) -> bool:
        return not (self.changed or self.removed or self.new or self.unmatched)

    def counts(self) -> dict[str, int]:
        return {
            "changed": len(self.changed),
            "new": len(self.new),
            "removed": len(self.removed),
            "unmatched": len(self.unmatched),
        }

    def to_dict(self) -> dict:
        return {
            "pack_id": self.pack_id,
            "up_to_date": self.empty,
            "library_changed": self.previous_fingerprint != self.library_fingerprint,
            "changed": [c.to_dict() for c in self.changed],
            "removed": list(self.removed),
            "new": list(self.new),
            "unmatched": list(self.unmatched),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class RefreshChoices:
    """What to apply. Anything not named is left as it is and reported again next time.

    accept: changed items whose new version becomes the pack's snapshot;
    add: new items to append; remove: removed or unmatched entries to drop;
    keep: removed items to keep, built from the pack's own copy from now on.
    """

    accept: frozenset[str] = field(default_factory=frozenset)
    add: tuple[str, ...] = ()
    remove: frozenset[str] = field(default_factory=frozenset)
    keep: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def default(
        cls, report: RefreshReport, categories: Iterable[str] = CATEGORIES, skip: Iterable[str] = ()
    ) -> RefreshChoices:
        """Apply whole categories, except `skip`ped items. Pinned items gone from the
        library are kept (from the pack's copy), never removed."""
        wanted, skipped = set(categories), set(skip)
        unknown = wanted - set(CATEGORIES)
        if unknown:
            raise ValidationError(
                f"Unknown refresh category {sorted(unknown)[0]!r}.", hint=f"Use {', '.join(CATEGORIES)}."
            )
        accept = {c.item_id for c in report.changed} if "changed" in wanted else set()
        add = [i for i in report.new] if "new" in wanted else []
        remove: set[str] = set()
        keep: set[str] = set()
        if "removed" in wanted:
            for item_id in report.removed:
                (keep if item_id in report.pinned_removed else remove).add(item_id)
        if "unmatched" in wanted:
            remove |= set(report.unmatched)
        return cls(
            frozenset(accept - skipped),
            tuple(i for i in add if i not in skipped),
            frozenset(remove - skipped),
            frozenset(keep - skipped),
        )


def refresh_report(pack: Pack, library: Library, matches: Sequence[str], message: str = "") -> RefreshReport:
    """Compare the pack with the library and with what its rules match now (`matches`, ranked)."""
    changed: list[ItemChange] = []
    removed: list[str] = []
    pinned_removed: set[str] = set()
    unmatched: list[str] = []
    matching = set(matches)
    for entry in pack.entries:
        if entry.excluded:
            continue
        current = library.items.get(entry.item_id)
        if current is None:
            if not entry.embedded:
                removed.append(entry.item_id)
                if entry.pinned:
                    pinned_removed.add(entry.item_id)
            continue
        snapshot = pack.snapshot(entry.item_id)
        if snapshot is not None and (fields := changed_fields(snapshot, current)):
            changed.append(ItemChange(entry.item_id, fields, snapshot, current))
        if not pack.rules.empty and not entry.pinned and entry.item_id not in matching:
            unmatched.append(entry.item_id)
    new = tuple(i for i in dict.fromkeys(matches) if i not in pack and i in library.items)
    return RefreshReport(
        pack.id,
        tuple(changed),
        tuple(removed),
        new,
        tuple(unmatched),
        frozenset(pinned_removed),
        pack.library_fingerprint,
        library.fingerprint,
        message,
    )


def apply_refresh(pack: Pack, report: RefreshReport, choices: RefreshChoices, library: Library) -> Pack:
    """The pack with the chosen changes applied; order, notes, pins and exclusions are kept."""
    items = {i.id: i for i in pack.items}
    sources = {s.id: s for s in pack.sources}

    def take(item_id: str) -> None:
        item = library.items.get(item_id)
        if item is None:
            return
        items[item_id] = plain_item(item)
        source = library_source(library, item)
        if source is not None:
            sources[source.id] = source

    changed_ids = {c.item_id for c in report.changed}
    for item_id in choices.accept & changed_ids:
        take(item_id)
    drop = choices.remove & (set(report.removed) | set(report.unmatched))
    if drop:
        pack = remove_items(pack, drop)
    for item_id in choices.keep & set(report.removed):
        n = pack.index_of(item_id)
        if n >= 0:
            entries = list(pack.entries)
            entries[n] = replace(entries[n], embedded=True)
            pack = replace(pack, entries=tuple(entries))
    new = [i for i in choices.add if i in set(report.new) and i in library.items]
    if new:
        pack = add_items(pack, new)
        for item_id in new:
            take(item_id)
    pack = with_snapshots(pack, items.values(), sources.values())
    return replace(pack, library_fingerprint=library.fingerprint)


def _plain_value(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
