"""One in-memory view of the library: bundled sources and items, the user's own, and overrides."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from app.core import hashing
from app.core.errors import NotFoundError
from app.core.models import ORIGIN_BUNDLED, ORIGIN_USER, Item, Source
from app.core.taxonomy import Taxonomy
from app.core.yamlio import load_yaml

LIBRARY_SCHEMA_VERSION = 1


def text_hash(text: str) -> str:
    """A short, stable fingerprint of an item's text (to notice upstream changes)."""
    return hashing.sha256(text.encode("utf-8")).hexdigest()[:16]


class BundledLibrary:
    """What ships in library/: read-only sources and items, in document order.

    Like Library, a plain class: a dataclass's generated methods cost start-up time to define
    and these containers are never compared or copied field by field."""

    __slots__ = ("items", "sources", "taxonomy", "version")

    def __init__(
        self, taxonomy: Taxonomy, sources: list[Source], items: list[Item], version: str = ""
    ) -> None:
        self.taxonomy = taxonomy
        self.sources = sources
        self.items = items
        self.version = version  # a digest of the files read: changes whenever the shipped library does

    @classmethod
    def load(cls, folder: Path) -> BundledLibrary:
        taxonomy = Taxonomy.load(folder / "taxonomy.yaml")
        digest = hashing.sha256()
        for path in [
            folder / "taxonomy.yaml",
            *sorted((folder / "sources").glob("*.yaml")),
            *sorted((folder / "items").glob("*.yaml")),
        ]:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
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
        return cls(taxonomy, sources, items, digest.hexdigest()[:20])


class Library:
    """Every source and item the user can search, with overrides applied.

    Sources are in date order (then id), items in document order within their source.
    Edits make a new Library from the old one (`with_override`, `with_user_sources`, ...)
    in time proportional to the change, so a large imported corpus keeps editing quick.
    """

    __slots__ = (
        "_digest_sum",
        "_fingerprint",
        "_originals",
        "_overrides",
        "items",
        "problems",
        "sources",
        "taxonomy",
    )

    def __init__(
        self,
        taxonomy: Taxonomy,
        sources: dict[str, Source],
        items: dict[str, Item],
        problems: list[str] | None = None,
        fingerprint: str = "",
        originals: dict[str, Item] | None = None,
        overrides: dict[str, dict] | None = None,
        digest_sum: int = -1,
    ) -> None:
        self.taxonomy = taxonomy
        self.sources = sources
        self.items = items
        self.problems = problems if problems is not None else []
        self._fingerprint = fingerprint
        self._originals = originals if originals is not None else {}  # overridden items as they were
        self._overrides = overrides if overrides is not None else {}  # override records, by item id
        # the sum of the items' digests behind `fingerprint` (-1: not worked out yet)
        self._digest_sum = digest_sum

    # -- building ------------------------------------------------------
    @classmethod
    def assemble(
        cls,
        bundled: BundledLibrary,
        user_sources: Iterable[tuple[dict, list[dict]]] = (),
        overrides: Iterable[dict] = (),
    ) -> Library:
        sources = {s.id: s for s in bundled.sources}
        items: list[Item] = list(bundled.items)
        seen = {i.id for i in items}
        problems: list[str] = []
        for source_record, item_records in user_sources:
            source, added = _user_source(source_record, item_records, sources, seen, problems)
            if source is not None:
                sources[source.id] = source
                items += added
        return _compose(bundled.taxonomy, sources, items, {str(o.get("id")): o for o in overrides}, problems)

    def _bases(self, skip_source: str = "") -> list[Item]:
        originals = self._originals
        return [originals.get(i.id, i) for i in self.items.values() if i.source_id != skip_source]

    def with_override(self, item_id: str, override: dict | None) -> Library:
        """This library with one item's override set (or removed, with None)."""
        items = dict(self.items)
        originals = dict(self._originals)
        overrides = dict(self._overrides)
        base = originals.pop(item_id, None) or items.get(item_id)
        if override is None:
            overrides.pop(item_id, None)
        else:
            overrides[item_id] = override
        digest_sum = -1
        if base is not None:
            before = self.items[item_id]
            if override is None:
                items[item_id] = base
            else:
                originals[item_id] = base
                items[item_id] = apply_override(base, override)
            if self._digest_sum >= 0:
                digest_sum = self._digest_sum - _item_digest(before) + _item_digest(items[item_id])
        return Library(
            self.taxonomy, self.sources, items, list(self.problems), "", originals, overrides, digest_sum
        )

    def with_user_sources(self, records: list[tuple[dict, list[dict]]]) -> Library:
        """This library with user sources added or replaced, composed once (a bulk import)."""
        replaced = {str(source["id"]) for source, _ in records}
        sources = {k: v for k, v in self.sources.items() if k not in replaced}
        items = [i for i in self._bases() if i.source_id not in replaced]
        seen = {i.id for i in items}
        problems = list(self.problems)
        for source_record, item_records in records:
            source, added = _user_source(source_record, item_records, sources, seen, problems)
            if source is not None:
                sources[source.id] = source
                items += added
        return _compose(self.taxonomy, sources, items, self._overrides, problems)

    def with_user_item(self, source_id: str, record: dict) -> Library:
        """This library with one more item at the end of a user source."""
        order = sum(1 for i in self.items.values() if i.source_id == source_id)
        item = Item.from_record({**record, "source_id": source_id}, origin=ORIGIN_USER, order=order)
        problems = list(self.problems)
        if item.id in self.items:
            problems.append(f"user item {item.id} repeats an existing id; skipped")
            return Library(
                self.taxonomy, self.sources, self.items, problems, "", self._originals, self._overrides
            )
        return _compose(self.taxonomy, self.sources, [*self._bases(), item], self._overrides, problems)

    def without_items(self, item_ids: Iterable[str]) -> Library:
        gone = set(item_ids)
        items = [i for i in self._bases() if i.id not in gone]
        overrides = {k: v for k, v in self._overrides.items() if k not in gone}
        return _compose(self.taxonomy, self.sources, items, overrides, list(self.problems))

    def without_source(self, source_id: str) -> Library:
        sources = {k: v for k, v in self.sources.items() if k != source_id}
        return _compose(
            self.taxonomy, sources, self._bases(skip_source=source_id), self._overrides, list(self.problems)
        )

    # -- looking things up ---------------------------------------------
    def item(self, item_id: str) -> Item:
        try:
            return self.items[item_id]
        except KeyError:
            raise NotFoundError(
                f"No item with id {item_id!r} in the library.", hint="Search for it with 'briefpack search'."
            ) from None

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
            before = before[before.index("\n") + 1 :]
        after = source.text[end : end + context_chars]
        if end + context_chars < len(source.text) and "\n" in after:
            after = after[: after.rindex("\n")]
        return before, source.text[start:end], after

    @property
    def fingerprint(self) -> str:
        """Changes whenever any item's text, tags or kind changes (packs record it).

        A sum of per-item digests, so an edit updates it without reading every item again."""
        if not self._fingerprint:
            if self._digest_sum < 0:
                total = 0
                for item in self.items.values():
                    total += _item_digest(item)
                self._digest_sum = total
            self._fingerprint = _fingerprint_of(self._digest_sum, len(self.items))
        return self._fingerprint


def _item_digest(item: Item) -> int:
    key = "\x1f".join((item.id, item.kind, item.text, ",".join(item.themes), ",".join(item.audiences)))
    return int.from_bytes(hashing.sha256(key.encode("utf-8")).digest()[:16], "big")


def _fingerprint_of(total: int, count: int) -> str:
    return f"{(total + count) % (1 << 128):032x}"[:20]


def _user_source(
    source_record: dict,
    item_records: list[dict],
    sources: dict[str, Source],
    seen: set[str],
    problems: list[str],
) -> tuple[Source | None, list[Item]]:
    """A user source and its items, skipping ids that are taken (with a problem noted)."""
    source = Source.from_record(source_record, origin=ORIGIN_USER)
    if source.id in sources and sources[source.id].origin == ORIGIN_BUNDLED:
        problems.append(f"user source {source.id} has the id of a bundled source; skipped")
        return None, []
    source = replace(source, fingerprint=text_hash(source.text))
    items: list[Item] = []
    from_record = Item.from_record
    for n, record in enumerate(item_records):
        item = from_record(record, origin=ORIGIN_USER, order=n, source_id=source.id)
        if item.id in seen:
            problems.append(f"user item {item.id} repeats an existing id; skipped")
            continue
        seen.add(item.id)
        items.append(item)
    return source, items


def _compose(
    taxonomy: Taxonomy,
    sources: dict[str, Source],
    bases: list[Item],
    overrides: dict[str, dict],
    problems: list[str],
) -> Library:
    """Order sources by date and items by source then document order; apply overrides."""
    ordered = sorted(sources.values(), key=lambda s: (s.sort_date, s.id))
    buckets: dict[str, list[Item]] = {s.id: [] for s in ordered}
    stray: list[Item] = []
    for item in bases:
        bucket = buckets.get(item.source_id)
        (stray if bucket is None else bucket).append(item)
    items: dict[str, Item] = {}
    originals: dict[str, Item] = {}
    for bucket in [*buckets.values(), stray]:
        for n, item in enumerate(bucket):
            if item.order != n:  # document order, counted as the store counts it
                item = replace(item, order=n)
            override = overrides.get(item.id)
            if override is not None:  # an override whose item is gone waits in the store
                originals[item.id] = item
                item = apply_override(item, override)
            items[item.id] = item
    return Library(taxonomy, {s.id: s for s in ordered}, items, problems, "", originals, dict(overrides))


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
