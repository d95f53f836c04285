"""One in-memory view of the library: bundled sources and items, the user's own, and overrides."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.errors import NotFoundError
from app.core.models import ORIGIN_BUNDLED, ORIGIN_USER, Item, Source
from app.core.taxonomy import Taxonomy
from app.core.yamlio import load_yaml

LIBRARY_SCHEMA_VERSION = 1


def text_hash(text: str) -> str:
    """A short, stable fingerprint of an item's text (to notice upstream changes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class BundledLibrary:
    """What ships in library/: read-only sources and items, in document order."""

    taxonomy: Taxonomy
    sources: list[Source]
    items: list[Item]

    @classmethod
    def load(cls, folder: Path) -> BundledLibrary:
        taxonomy = Taxonomy.load(folder / "taxonomy.yaml")
        sources: list[Source] = []
        items: list[Item] = []
        for source_path in sorted((folder / "sources").glob("*.yaml")):
            record = load_yaml(source_path)
            source = Source.from_record(record, origin=ORIGIN_BUNDLED)
            sources.append(replace(source, fingerprint=text_hash(source.text)))
        sources.sort(key=lambda s: (s.sort_date, s.id))
        for source in sources:
            items_path = folder / "items" / f"{source.id}.yaml"
            if not items_path.exists():
                continue
            doc = load_yaml(items_path) or {}
            for n, record in enumerate(doc.get("items") or []):
                record = {**record, "source_id": doc.get("source", source.id)}
                items.append(Item.from_record(record, origin=ORIGIN_BUNDLED, order=n))
        return cls(taxonomy, sources, items)


@dataclass(slots=True)
class Library:
    """Every source and item the user can search, with overrides applied."""

    taxonomy: Taxonomy
    sources: dict[str, Source]
    items: dict[str, Item]
    problems: list[str] = field(default_factory=list)
    _fingerprint: str = ""

    # -- building ------------------------------------------------------
    @classmethod
    def assemble(
        cls,
        bundled: BundledLibrary,
        user_sources: Iterable[tuple[dict, list[dict]]] = (),
        overrides: Iterable[dict] = (),
    ) -> Library:
        sources = {s.id: s for s in bundled.sources}
        items = {i.id: i for i in bundled.items}
        problems: list[str] = []
        for source_record, item_records in user_sources:
            source = Source.from_record(source_record, origin=ORIGIN_USER)
            if source.id in sources and sources[source.id].origin == ORIGIN_BUNDLED:
                problems.append(f"user source {source.id} has the id of a bundled source; skipped")
                continue
            sources[source.id] = replace(source, fingerprint=text_hash(source.text))
            for n, record in enumerate(item_records):
                record = {**record, "source_id": source.id}
                item = Item.from_record(record, origin=ORIGIN_USER, order=n)
                if item.id in items:
                    problems.append(f"user item {item.id} repeats an existing id; skipped")
                    continue
                items[item.id] = item
        for override in overrides:
            item_id = str(override.get("id"))
            base = items.get(item_id)
            if base is None:
                continue  # the item is gone; the override waits in the store
            items[item_id] = apply_override(base, override)
        return cls(bundled.taxonomy, sources, items, problems)

    # -- looking things up ---------------------------------------------
    def item(self, item_id: str) -> Item:
        try:
            return self.items[item_id]
        except KeyError:
            raise NotFoundError(f"No item with id {item_id!r} in the library.",
                                hint="Search for it with 'briefpack search'.") from None

    def source(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise NotFoundError(f"No source with id {source_id!r} in the library.") from None

    def source_of(self, item: Item) -> Source:
        return self.source(item.source_id)

    def items_of(self, source_id: str) -> list[Item]:
        return [i for i in self.items.values() if i.source_id == source_id]

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def passage(self, item: Item, context_chars: int = 400) -> tuple[str, str, str]:
        """The item inside its source: (text before, the quote, text after)."""
        source = self.source_of(item)
        if item.span is None:
            return "", item.text, ""
        start, end = item.span
        before_start = max(0, start - context_chars)
        before = source.text[before_start:start]
        if before_start > 0 and "\n" in before:
            before = before[before.index("\n") + 1:]
        after = source.text[end:end + context_chars]
        if end + context_chars < len(source.text) and "\n" in after:
            after = after[: after.rindex("\n")]
        return before, source.text[start:end], after

    @property
    def fingerprint(self) -> str:
        """Changes whenever any item's text, tags or kind changes (packs record it)."""
        if not self._fingerprint:
            digest = hashlib.sha256()
            for item in self.items.values():
                digest.update(
                    "\x1f".join(
                        (item.id, item.kind, item.text, ",".join(item.themes), ",".join(item.audiences))
                    ).encode("utf-8")
                )
                digest.update(b"\x1e")
            self._fingerprint = digest.hexdigest()[:20]
        return self._fingerprint


OVERRIDABLE = ("themes", "audiences", "note", "kind", "section", "locator", "lead_in")


def apply_override(base: Item, override: dict) -> Item:
    """The item as the user edited it; flagged when its text changed under the edit."""
    changes: dict = {}
    for name in OVERRIDABLE:
        if name in override and override[name] is not None:
            value = override[name]
            changes[name] = tuple(value) if name in ("themes", "audiences") else str(value)
    base_hash = override.get("base_text_hash")
    needs_review = bool(base_hash) and base_hash != text_hash(base.text)
    return replace(base, overridden=True, needs_review=needs_review, **changes)


def make_override(item: Item, **changes: object) -> dict:
    """An override record for `item` carrying `changes`, tied to its current text."""
    record: dict = {"id": item.id, "base_text_hash": text_hash(item.text)}
    for name, value in changes.items():
        if name not in OVERRIDABLE:
            raise ValueError(f"{name} cannot be overridden")
        record[name] = list(value) if isinstance(value, tuple | list) else value
    return record
