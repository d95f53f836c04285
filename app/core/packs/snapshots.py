"""A pack's embedded item snapshots measured against the library: sync, rebaseline, resolve_entries."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.library import Library
from app.core.models import Item, Source
from app.core.packs.edits import with_snapshots
from app.core.packs.pack import Pack, PackEntry, now_iso

# What a refresh compares, in the order a report lists it.
COMPARED_FIELDS = ("text", "themes", "audiences", "kind", "locator", "section", "lead_in")

STATUS_LIBRARY = "library"  # built from the library
STATUS_EMBEDDED = "embedded"  # built from the pack's own copy: the library does not hold it
STATUS_MISSING = "missing"  # nowhere to be found: cannot be built


@dataclass(frozen=True, slots=True)
class ResolvedEntry:
    """An entry with the item and source it will be built from."""

    entry: PackEntry
    item: Item | None
    source: Source | None
    status: str

    @property
    def item_id(self) -> str:
        return self.entry.item_id


def library_source(library: Library, item: Item) -> Source | None:
    source = library.sources.get(item.source_id)
    return replace(source, text="", fingerprint="") if source is not None else None


def sync_snapshots(pack: Pack, library: Library) -> Pack:
    """Give every entry a snapshot (taken from the library when it has none yet) and drop
    snapshots no entry uses. Existing snapshots stay: they are what refresh compares with."""
    items: dict[str, Item] = {i.id: i for i in pack.items}
    sources: dict[str, Source] = {s.id: s for s in pack.sources}
    for entry in pack.entries:
        if entry.item_id in items:
            continue
        item = library.items.get(entry.item_id)
        if item is None:
            continue
        items[item.id] = plain_item(item)
        source = library_source(library, item)
        if source is not None:
            sources[source.id] = source
    return with_snapshots(pack, items.values(), sources.values())


def rebaseline(pack: Pack, library: Library) -> Pack:
    """Take fresh snapshots of every entry the library holds (after a build)."""
    items: dict[str, Item] = {i.id: i for i in pack.items}
    sources: dict[str, Source] = {s.id: s for s in pack.sources}
    for entry in pack.entries:
        item = library.items.get(entry.item_id)
        if item is None:
            continue
        items[item.id] = plain_item(item)
        source = library_source(library, item)
        if source is not None:
            sources[source.id] = source
    pack = with_snapshots(pack, items.values(), sources.values())
    return replace(pack, library_fingerprint=library.fingerprint, built=now_iso())


def changed_fields(old: Item, new: Item) -> tuple[str, ...]:
    return tuple(name for name in COMPARED_FIELDS if getattr(old, name) != getattr(new, name))


def resolve_entries(pack: Pack, library: Library, include_excluded: bool = True) -> list[ResolvedEntry]:
    """Every entry with what it will be built from: the library's item, else the pack's copy."""
    resolved = []
    for entry in pack.entries:
        if entry.excluded and not include_excluded:
            continue
        item = library.items.get(entry.item_id)
        if item is not None:
            resolved.append(ResolvedEntry(entry, item, library.sources.get(item.source_id), STATUS_LIBRARY))
            continue
        snapshot = pack.snapshot(entry.item_id)
        if snapshot is not None:
            source = pack.snapshot_source(snapshot.source_id) or library.sources.get(snapshot.source_id)
            resolved.append(ResolvedEntry(entry, snapshot, source, STATUS_EMBEDDED))
        else:
            resolved.append(ResolvedEntry(entry, None, None, STATUS_MISSING))
    return resolved


def plain_item(item: Item) -> Item:
    """The item as a snapshot holds it: public fields only, no library bookkeeping."""
    return Item.from_record(item.to_record())
