"""The Pack value type (frozen), its entries and rules, and its JSON record form."""

from __future__ import annotations

import datetime as _dt
import re
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from app.core.brief import META_FIELDS, BriefMeta
from app.core.errors import ValidationError
from app.core.models import Item, Source
from app.core.search.contract import QUERY_FIELDS, Query

PACK_SCHEMA_VERSION = 1
DEFAULT_TEMPLATE = "meeting-brief"
DEFAULT_BRANDING = "default"

# Ids that can never be read as a path: no separators, no leading dot, bounded length.
PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ITEM_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
TAG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def now_iso() -> str:
    """The current time, UTC, to the second: "2025-03-01T09:30:00Z"."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_pack_id() -> str:
    return uuid.uuid4().hex


def check_pack_id(pack_id: str) -> str:
    if not isinstance(pack_id, str) or not PACK_ID_RE.match(pack_id):
        raise ValidationError(
            f"{pack_id!r} is not a valid pack id.",
            hint="Pack ids are lower-case letters, digits and dashes ('briefpack pack list').",
        )
    return pack_id


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Rules(Query):
    """The selection rules of a pack: a search query, plus the key facts for its themes."""

    __slots__ = ("include_facts",)
    _compared = (*Query.__slots__, "include_facts")
    include_facts: bool

    def __init__(self, *args: Any, include_facts: bool = True, **query: Any) -> None:
        super().__init__(*args, **query)
        object.__setattr__(self, "include_facts", include_facts)

    def query(self, **changes: Any) -> Query:
        """The search these rules run (a plain Query), with `changes` applied."""
        values = {name: getattr(self, name) for name in QUERY_FIELDS}
        return Query(**{**values, **changes})

    @property
    def empty(self) -> bool:
        return not (
            self.text.strip()
            or self.themes
            or self.audiences
            or self.kinds
            or self.sources
            or self.date_from
            or self.date_to
        )

    def to_record(self) -> dict:
        return {**super().to_record(), "include_facts": self.include_facts}

    @classmethod
    def from_record(cls, record: dict | None) -> Rules:
        record = record or {}
        return cls(**Query.values_from(record), include_facts=bool(record.get("include_facts", True)))

    def describe(self) -> str:
        """One line for people: "themes migration, accountability (any); audiences justice"."""
        parts = []
        if self.text.strip():
            parts.append(f"text {self.text.strip()!r}")
        for name, values, mode in (
            ("themes", self.themes, self.themes_mode),
            ("audiences", self.audiences, self.audiences_mode),
        ):
            if values:
                parts.append(f"{name} {', '.join(values)}" + (f" ({mode})" if len(values) > 1 else ""))
        if self.kinds:
            parts.append(f"kinds {', '.join(self.kinds)}")
        if self.sources:
            parts.append(f"sources {', '.join(self.sources)}")
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '…'} to {self.date_to or '…'}")
        if not parts:
            return "no rules (entries chosen by hand)"
        if self.include_facts and self.themes:
            parts.append("with key facts")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One item of a pack, in order: its note, and whether it is pinned or excluded.

    `embedded` means the item is built from the pack's own copy because this
    library does not hold it (an imported pack, or an item since deleted).
    `conflict_with` names a library item whose text differs from this entry's
    embedded copy (set on import when both are kept).
    """

    item_id: str
    note: str = ""
    pinned: bool = False
    excluded: bool = False
    embedded: bool = False
    conflict_with: str = ""

    def to_record(self) -> dict:
        return {
            "item_id": self.item_id,
            "note": self.note,
            "pinned": self.pinned,
            "excluded": self.excluded,
            "embedded": self.embedded,
            "conflict_with": self.conflict_with,
        }

    @classmethod
    def from_record(cls, record: dict) -> PackEntry:
        return cls(
            item_id=str(record["item_id"]),
            note=str(record.get("note") or ""),
            pinned=bool(record.get("pinned", False)),
            excluded=bool(record.get("excluded", False)),
            embedded=bool(record.get("embedded", False)),
            conflict_with=str(record.get("conflict_with") or ""),
        )


@dataclass(frozen=True)
class Pack:
    """A saved briefing: metadata, rules, ordered entries, key messages, embedded snapshots.

    `items` and `sources` are the snapshots the pack was last built (or
    imported) with: every entry's item and its source's metadata, so the pack
    builds without the library that made it and refresh can say what changed.
    """

    id: str
    title: str
    subtitle: str = ""
    meeting: str = ""
    date: str = ""
    author: str = ""
    organisation: str = ""
    audience_note: str = ""
    template: str = DEFAULT_TEMPLATE
    branding: str = DEFAULT_BRANDING
    grouping: str = "theme"
    language: str = ""
    rules: Rules = field(default_factory=Rules)
    entries: tuple[PackEntry, ...] = ()
    key_messages: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    built: str = ""
    library_fingerprint: str = ""
    items: tuple[Item, ...] = ()
    sources: tuple[Source, ...] = ()
    schema_version: int = PACK_SCHEMA_VERSION
    # The store's count of saves of this pack when it was read (never in a .briefpack file):
    # a save based on an older revision is a conflict with another window or command.
    revision: int = field(default=0, compare=False)

    # -- looking things up (cached: a Pack never changes) ---------------
    @cached_property
    def _entry_index(self) -> dict[str, int]:
        return {entry.item_id: n for n, entry in enumerate(self.entries)}

    @cached_property
    def _item_index(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    @cached_property
    def _source_index(self) -> dict[str, Source]:
        return {source.id: source for source in self.sources}

    @property
    def brief(self) -> BriefMeta:
        """The brief's own metadata (title, meeting, date ...)."""
        return BriefMeta.of(self)

    def index_of(self, item_id: str) -> int:
        """Position of the item's entry, or -1."""
        return self._entry_index.get(item_id, -1)

    def entry(self, item_id: str) -> PackEntry | None:
        n = self._entry_index.get(item_id)
        return None if n is None else self.entries[n]

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._entry_index

    def snapshot(self, item_id: str) -> Item | None:
        """The embedded copy of an item, if the pack holds one."""
        return self._item_index.get(item_id)

    def snapshot_source(self, source_id: str) -> Source | None:
        return self._source_index.get(source_id)

    @property
    def included(self) -> tuple[PackEntry, ...]:
        """The entries that go into the document, in order."""
        return tuple(e for e in self.entries if not e.excluded)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(e.item_id for e in self.entries)

    # -- the record form (store and .briefpack file) --------------------
    def to_record(self) -> dict:
        record: dict[str, Any] = {"schema_version": self.schema_version}
        for name in ("id", *META_FIELDS):
            record[name] = getattr(self, name)
        record["key_messages"] = list(self.key_messages)
        record["rules"] = self.rules.to_record()
        record["entries"] = [e.to_record() for e in self.entries]
        record["created"] = self.created
        record["updated"] = self.updated
        record["built"] = self.built
        record["library_fingerprint"] = self.library_fingerprint
        record["items"] = [snapshot_item_record(i) for i in self.items]
        record["sources"] = [s.to_record(with_text=False) for s in self.sources]
        return record

    @classmethod
    def from_record(cls, record: dict) -> Pack:
        """A Pack from its record (already validated when it comes from a file)."""
        values: dict[str, Any] = {name: str(record.get(name) or "") for name in META_FIELDS}
        values["template"] = values["template"] or DEFAULT_TEMPLATE
        values["branding"] = values["branding"] or DEFAULT_BRANDING
        values["grouping"] = values["grouping"] or "theme"
        return cls(
            id=str(record["id"]),
            rules=Rules.from_record(record.get("rules")),
            entries=tuple(PackEntry.from_record(e) for e in record.get("entries") or ()),
            key_messages=tuple(str(m) for m in record.get("key_messages") or ()),
            created=str(record.get("created") or ""),
            updated=str(record.get("updated") or ""),
            built=str(record.get("built") or ""),
            library_fingerprint=str(record.get("library_fingerprint") or ""),
            items=tuple(
                Item.from_record(i, origin=str(i.get("origin") or "bundled"))
                for i in record.get("items") or ()
            ),
            sources=tuple(
                Source.from_record({k: v for k, v in s.items() if k != "text"})
                for s in record.get("sources") or ()
            ),
            schema_version=int(record.get("schema_version") or PACK_SCHEMA_VERSION),
            **values,
        )


def snapshot_item_record(item: Item) -> dict:
    """An item as a pack embeds it (the public field set)."""
    return item.to_record()
