"""Three-way merge of a pack edited in two places (the window, and a command or another window).

`base` is the pack as both sides last had it, `mine` the unsaved edit, `theirs` the version
saved elsewhere meanwhile. Changes to different fields, different entries' notes and flags,
or entries added on one side merge; the same field changed two ways, or the order of entries
changed on both sides, does not (None): the user then chooses (app/gui/pack_conflict.py).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from app.core.brief import META_FIELDS
from app.core.packs.edits import with_snapshots
from app.core.packs.pack import Pack, PackEntry

# Fields merged one by one; the rest (id, dates, snapshots, revision) follow `theirs`.
_MERGED = (*META_FIELDS, "rules", "key_messages")
_ENTRY_FIELDS = tuple(f.name for f in fields(PackEntry) if f.name != "item_id")


class _Clash(Exception):
    pass


def _pick(base: Any, mine: Any, theirs: Any) -> Any:
    if mine in (base, theirs):
        return theirs
    if theirs == base:
        return mine
    raise _Clash


def _merge_entry(base: PackEntry | None, mine: PackEntry, theirs: PackEntry) -> PackEntry:
    if base is None:
        return (
            mine
            if mine == theirs
            else replace(
                theirs,
                **{
                    name: _pick(getattr(theirs, name), getattr(mine, name), getattr(theirs, name))
                    for name in _ENTRY_FIELDS
                },
            )
        )
    return replace(
        theirs,
        **{
            name: _pick(getattr(base, name), getattr(mine, name), getattr(theirs, name))
            for name in _ENTRY_FIELDS
        },
    )


def _merge_entries(base: Pack, mine: Pack, theirs: Pack) -> tuple[PackEntry, ...]:
    base_ids, my_ids, their_ids = base.item_ids, mine.item_ids, theirs.item_ids
    if my_ids in (base_ids, their_ids):
        order = their_ids
    elif their_ids == base_ids:
        order = my_ids
    else:
        # Both sides changed the entries: merge when neither reordered what both kept.
        removed = (set(base_ids) - set(my_ids)) | (set(base_ids) - set(their_ids))
        kept_mine = [i for i in my_ids if i in base_ids and i not in removed]
        kept_theirs = [i for i in their_ids if i in base_ids and i not in removed]
        if kept_mine != kept_theirs:
            raise _Clash
        added = [i for i in their_ids if i not in base_ids] + [
            i for i in my_ids if i not in base_ids and i not in their_ids
        ]
        order = tuple(kept_theirs + added)
    entries: list[PackEntry] = []
    for item_id in order:
        b, m, t = base.entry(item_id), mine.entry(item_id), theirs.entry(item_id)
        if m is None or t is None:
            gone_here, other, before = (m, t, b) if m is None else (t, m, b)
            if before is not None and gone_here is None and other != before:
                raise _Clash  # removed on one side, edited on the other
            kept = t or m
            if kept is not None:
                entries.append(kept)
        else:
            entries.append(_merge_entry(b, m, t))
    # an entry one side removed and the other edited is a clash, not a silent removal
    for item_id in base_ids:
        if item_id in order:
            continue
        b, m, t = base.entry(item_id), mine.entry(item_id), theirs.entry(item_id)
        if (m is not None and m != b) or (t is not None and t != b):
            raise _Clash
    return tuple(entries)


def merge_packs(base: Pack, mine: Pack, theirs: Pack) -> Pack | None:
    """`theirs` with the edits of `mine` (relative to `base`) applied, or None when they clash."""
    try:
        values = {
            name: _pick(getattr(base, name), getattr(mine, name), getattr(theirs, name)) for name in _MERGED
        }
        entries = _merge_entries(base, mine, theirs)
    except _Clash:
        return None
    merged = replace(theirs, entries=entries, **values)
    items = {i.id: i for i in (*mine.items, *theirs.items)}
    sources = {s.id: s for s in (*mine.sources, *theirs.sources)}
    return with_snapshots(merged, items.values(), sources.values())
