"""Pure edits of a Pack: each returns a new Pack and leaves its argument untouched.

They are cheap (one tuple rebuilt) so the GUI can keep before/after packs on
its undo stack. An edit that changes nothing returns the same object, so
`new is old` tells a caller there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from app.core.brief import GROUPING_CHOICES, META_FIELDS
from app.core.errors import NotFoundError, ValidationError
from app.core.locales import check_language
from app.core.models import Item, Source
from app.core.packs.pack import (
    DEFAULT_BRANDING,
    DEFAULT_TEMPLATE,
    ITEM_ID_RE,
    TAG_RE,
    Pack,
    PackEntry,
    Rules,
    new_pack_id,
    now_iso,
)
from app.core.search.contract import MODES
from app.core.text import clean_line, clean_text

MAX_TITLE = 300
MAX_LINE = 500
MAX_NOTE = 5000
MAX_KEY_MESSAGES = 50
MAX_ENTRIES = 5000


def new_pack(
    title: str,
    *,
    entries: Iterable[PackEntry] = (),
    rules: Rules | None = None,
    pack_id: str | None = None,
    **meta: str,
) -> Pack:
    """A new pack with a fresh id; `meta` sets subtitle, meeting, date, author ..."""
    stamp = now_iso()
    pack = Pack(id=pack_id or new_pack_id(), title="", created=stamp, updated=stamp, rules=rules or Rules())
    pack = set_meta(pack, title=title, **meta)
    return set_entries(pack, entries)


def set_meta(pack: Pack, **changes: str) -> Pack:
    """Change title, subtitle, meeting, date, author, organisation, audience note, template,
    branding, grouping or language. Text is cleaned; a pack must keep a title."""
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in META_FIELDS:
            raise ValidationError(f"A pack has no field {name!r}.")
        value = "" if value is None else str(value)
        if name == "audience_note":
            text = clean_text(value).strip()
            _check_length(text, MAX_NOTE, "The audience note")
        else:
            text = clean_line(value)
            _check_length(text, MAX_TITLE if name == "title" else MAX_LINE, f"The {name}")
        if name == "title" and not text:
            raise ValidationError("A pack needs a title.", hint="Type a title, e.g. the meeting's name.")
        if name == "grouping" and text not in GROUPING_CHOICES:
            raise ValidationError(
                f"Unknown grouping {text!r}.", hint=f"Use one of: {', '.join(GROUPING_CHOICES)}."
            )
        if name == "language":
            text = check_language(text)
        if name in ("template", "branding"):
            text = text or (DEFAULT_TEMPLATE if name == "template" else DEFAULT_BRANDING)
            if not TAG_RE.match(text):
                raise ValidationError(
                    f"{text!r} is not a valid {name} id.",
                    hint="Ids are lower-case letters, digits and dashes.",
                )
        clean[name] = text
    if all(getattr(pack, k) == v for k, v in clean.items()):
        return pack
    return replace(pack, **clean)


def set_rules(pack: Pack, rules: Rules) -> Pack:
    for mode in (rules.themes_mode, rules.audiences_mode):
        if mode not in MODES:
            raise ValidationError(f"Unknown match mode {mode!r}.", hint="Use 'any' or 'all'.")
    rules = replace(rules, text=clean_line(rules.text))
    return pack if rules == pack.rules else replace(pack, rules=rules)


def set_key_messages(pack: Pack, messages: Sequence[str]) -> Pack:
    """Replace the key messages (blank ones dropped, each cleaned)."""
    cleaned = tuple(m for m in (clean_text(str(m)).strip() for m in messages) if m)
    if len(cleaned) > MAX_KEY_MESSAGES:
        raise ValidationError(f"A pack holds at most {MAX_KEY_MESSAGES} key messages.")
    for message in cleaned:
        _check_length(message, MAX_NOTE, "A key message")
    return pack if cleaned == pack.key_messages else replace(pack, key_messages=cleaned)


def set_entries(pack: Pack, entries: Iterable[PackEntry]) -> Pack:
    """Replace all entries (ids checked, duplicates refused)."""
    entries = tuple(entries)
    if len(entries) > MAX_ENTRIES:
        raise ValidationError(f"A pack holds at most {MAX_ENTRIES} entries.")
    seen: set[str] = set()
    for entry in entries:
        _check_item_id(entry.item_id)
        if entry.item_id in seen:
            raise ValidationError(f"{entry.item_id} is in the pack twice.")
        seen.add(entry.item_id)
    return pack if entries == pack.entries else replace(pack, entries=entries)


def add_items(
    pack: Pack, item_ids: Sequence[str], at: int | None = None, note: str = "", pinned: bool = False
) -> Pack:
    """Add items at position `at` (default: the end). Items already in the pack stay where
    they are; an excluded one is included again."""
    entries = list(pack.entries)
    new: list[PackEntry] = []
    changed = False
    for item_id in dict.fromkeys(item_ids):
        _check_item_id(item_id)
        n = pack.index_of(item_id)
        if n >= 0:
            if entries[n].excluded or (pinned and not entries[n].pinned):
                entries[n] = replace(entries[n], excluded=False, pinned=entries[n].pinned or pinned)
                changed = True
            continue
        new.append(PackEntry(item_id, note=_clean_note(note), pinned=pinned))
    if not new and not changed:
        return pack
    position = len(entries) if at is None else max(0, min(at, len(entries)))
    entries[position:position] = new
    if len(entries) > MAX_ENTRIES:
        raise ValidationError(f"A pack holds at most {MAX_ENTRIES} entries.")
    return replace(pack, entries=tuple(entries))


def remove_items(pack: Pack, item_ids: Iterable[str]) -> Pack:
    """Take items out of the pack entirely (refresh may offer them again if the rules match:
    exclude them to keep them out)."""
    drop = set(item_ids)
    for item_id in drop:
        _require(pack, item_id)
    return replace(pack, entries=tuple(e for e in pack.entries if e.item_id not in drop))


def move_items(pack: Pack, item_ids: Sequence[str], to: int) -> Pack:
    """Move items (kept in their relative order) so the first lands at index `to` of the
    result (clamped). This is what a drag and drop of a selection does."""
    moving = [pack.entries[_require(pack, i)] for i in dict.fromkeys(item_ids)]
    moving.sort(key=lambda e: pack.index_of(e.item_id))
    ids = {e.item_id for e in moving}
    rest = [e for e in pack.entries if e.item_id not in ids]
    to = max(0, min(to, len(rest)))
    entries = (*rest[:to], *moving, *rest[to:])
    return pack if entries == pack.entries else replace(pack, entries=entries)


def move_relative(pack: Pack, item_id: str, before: str = "", after: str = "") -> Pack:
    """Move one item just before or just after another."""
    anchor = before or after
    if not anchor or (before and after):
        raise ValidationError("Say where to move the item: before or after another item.")
    _require(pack, item_id)
    _require(pack, anchor)
    if anchor == item_id:
        return pack
    rest = [e.item_id for e in pack.entries if e.item_id != item_id]
    position = rest.index(anchor) + (1 if after else 0)
    return move_items(pack, [item_id], position)


def set_note(pack: Pack, item_id: str, note: str) -> Pack:
    return _update(pack, item_id, note=_clean_note(note))


def set_pinned(pack: Pack, item_ids: Iterable[str], pinned: bool = True) -> Pack:
    """Pin items (refresh never removes them); pinning includes an excluded item again."""
    for item_id in item_ids:
        changes: dict = {"pinned": pinned}
        if pinned:
            changes["excluded"] = False
        pack = _update(pack, item_id, **changes)
    return pack


def set_excluded(pack: Pack, item_ids: Iterable[str], excluded: bool = True) -> Pack:
    """Exclude items: they stay listed (so refresh never offers them again) but are not
    built. Excluding an item not in the pack records it as excluded."""
    for item_id in item_ids:
        _check_item_id(item_id)
        if item_id not in pack:
            if excluded:
                pack = replace(pack, entries=(*pack.entries, PackEntry(item_id, excluded=True)))
            else:
                _require(pack, item_id)
            continue
        changes: dict = {"excluded": excluded}
        if excluded:
            changes["pinned"] = False
        pack = _update(pack, item_id, **changes)
    return pack


def replace_item(pack: Pack, old_id: str, new_id: str) -> Pack:
    """Point an entry at another (library) item, keeping its place, note and flags: settles an
    imported item in favour of the library's version."""
    _require(pack, old_id)
    _check_item_id(new_id)
    if new_id != old_id and new_id in pack:
        raise ValidationError(
            f"{new_id} is in the pack already.", hint="Remove one of the two entries instead."
        )
    return _update(pack, old_id, item_id=new_id, conflict_with="", embedded=False)


def with_snapshots(pack: Pack, items: Iterable[Item], sources: Iterable[Source]) -> Pack:
    """Replace the embedded snapshots (kept in entry order, sources in first-use order)."""
    by_id = {i.id: i for i in items}
    ordered = tuple(by_id[e.item_id] for e in pack.entries if e.item_id in by_id)
    source_by_id = {s.id: s for s in sources}
    used = dict.fromkeys(i.source_id for i in ordered)
    ordered_sources = tuple(source_by_id[s] for s in used if s in source_by_id)
    if ordered == pack.items and ordered_sources == pack.sources:
        return pack
    return replace(pack, items=ordered, sources=ordered_sources)


def duplicate(pack: Pack, title: str = "") -> Pack:
    """A copy with a new id and fresh dates ("Copy of ..." unless a title is given)."""
    stamp = now_iso()
    copy = replace(pack, id=new_pack_id(), created=stamp, updated=stamp, revision=0)
    return set_meta(copy, title=title or f"Copy of {pack.title}"[:MAX_TITLE])


# -- helpers ------------------------------------------------------------------
def _update(pack: Pack, target: str, **changes: Any) -> Pack:
    n = _require(pack, target)
    entry = pack.entries[n]
    updated = replace(entry, **changes)
    if updated == entry:
        return pack
    return replace(pack, entries=(*pack.entries[:n], updated, *pack.entries[n + 1 :]))


def _require(pack: Pack, item_id: str) -> int:
    n = pack.index_of(item_id)
    if n < 0:
        raise NotFoundError(
            f"{item_id} is not in the pack {pack.title!r}.",
            hint="'briefpack pack show PACK' lists its entries.",
        )
    return n


def _check_item_id(item_id: str) -> None:
    if not isinstance(item_id, str) or not ITEM_ID_RE.match(item_id):
        raise ValidationError(
            f"{item_id!r} is not a valid item id.",
            hint="Item ids are letters, digits, dots, dashes and underscores.",
        )


def _clean_note(note: str) -> str:
    text = clean_text(str(note or "")).strip()
    _check_length(text, MAX_NOTE, "A note")
    return text


def _check_length(text: str, limit: int, what: str) -> None:
    if len(text) > limit:
        raise ValidationError(f"{what} is too long ({len(text)} characters; at most {limit}).")
