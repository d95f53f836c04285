"""The search engine: FTS5 for words, in-memory bitsets for tags and facets, BM25 for order.

Sets of items are Python ints used as bitsets with one byte per slot (bit 8*slot), so
AND/OR/NOT and counts run in C and `int.to_bytes` gives a byte mask to scan.
A slot is an item's stable row number in the index file.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.core import hashing
from app.core.library import Library
from app.core.models import Item
from app.core.search.analysis import Analyzer, item_language, library_languages
from app.core.search.index import IndexFile, IndexUnavailable
from app.core.search.model import Hit, Query, SearchResult
from app.core.search.plan import Plan, execute

log = logging.getLogger(__name__)

_LEAF_CACHE = 128
_BULK = 5000  # changes above this many rebuild the in-memory sets in one pass


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_TOKENS: dict[tuple[str, str], str] = {}


def tag_token(group: str, value: str) -> str:
    """The token standing for a tag in the index's tags column (letters and digits only)."""
    token = _TOKENS.get((group, value))
    if token is None:
        token = "x" + hashing.md5(f"{group}:{value}".encode()).hexdigest()[:12]
        if len(_TOKENS) < 100_000:
            _TOKENS[(group, value)] = token
    return token


class SearchIndex:
    """Keeps an FTS5 cache in step with a Library and answers Queries over it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.analyzer = Analyzer()
        self.lock = threading.RLock()
        self.library: Library | None = None
        self.file: IndexFile | None = None
        self.rebuilt = False  # the last attach had to (re)index items
        self._snapshot_saved = ""
        self._fingerprint_of_file = ""
        self._reset_memory()

    # -- memory ----------------------------------------------------------
    def _reset_memory(self) -> None:
        self.slot_of: dict[str, int] = {}
        self.id_of: list[str | None] = []
        self.size = 0
        self.live = 0
        self.tags: dict[str, dict[str, int]] = {"themes": {}, "audiences": {}, "kinds": {}}
        self.order = array("l")
        self.rank_of = array("l")
        self.in_order = True
        self.runs: dict[str, list[tuple[int, int]]] = {}
        self.languages: set[str] = {"english"}
        self.leaf_cache: OrderedDict[str, int] = OrderedDict()
        self._order_dirty = False

    def _doc(self, item: Item, library: Library) -> tuple[str, list[str]]:
        """The item's signature and its five column values."""
        language = item_language(item, library.sources.get(item.source_id))
        meta = " ".join(p for p in (item.section, item.lead_in, item.locator, item.note) if p)
        stem, word = self.analyzer.analyse(item.text, language)
        mstem, mword = self.analyzer.analyse(meta, language) if meta else ("", "")
        tags = [tag_token("themes", t) for t in item.themes]
        tags += [tag_token("audiences", a) for a in item.audiences]
        tags += [tag_token("kinds", item.kind), tag_token("sources", item.source_id)]
        return _signature(item, language), [stem, word, mstem, mword, " ".join(tags)]

    def _grow(self, size: int) -> None:
        if size > self.size:
            self.id_of.extend([None] * (size - self.size))
            self.size = size

    def _load_memory(self, library: Library, slots: Iterable[tuple[int, str]]) -> None:
        """Build the tag sets, the library order and the source runs from the library."""
        with _gc_paused():
            self._reset_memory()
            self.slot_of = {item_id: slot for slot, item_id in slots}
            self._grow(max(self.slot_of.values(), default=-1) + 1)
            size = self.size
            live = bytearray(size)
            masks: dict[str, dict[str, bytearray]] = {"themes": {}, "audiences": {}, "kinds": {}}
            themes, audiences, kinds = masks["themes"], masks["audiences"], masks["kinds"]
            order = array("l")
            slot_of, id_of = self.slot_of, self.id_of
            for item in library.items.values():
                slot = slot_of[item.id]
                id_of[slot] = item.id
                live[slot] = 1
                order.append(slot)
                for theme in item.themes:
                    mask = themes.get(theme)
                    if mask is None:
                        mask = themes[theme] = bytearray(size)
                    mask[slot] = 1
                for audience in item.audiences:
                    mask = audiences.get(audience)
                    if mask is None:
                        mask = audiences[audience] = bytearray(size)
                    mask[slot] = 1
                mask = kinds.get(item.kind)
                if mask is None:
                    mask = kinds[item.kind] = bytearray(size)
                mask[slot] = 1
            self.live = int.from_bytes(live, "little")
            self.tags = {group: {value: int.from_bytes(mask, "little") for value, mask in values.items()}
                         for group, values in masks.items()}
            self._set_order(library, order)
            self.languages = library_languages(library)

    def _set_order(self, library: Library, order: array | None = None) -> None:
        if order is None:
            order = array("l", (self.slot_of[item_id] for item_id in library.items))
        self.order = order
        rank_of = array("l", [-1]) * self.size
        previous = -1
        in_order = True
        for position, slot in enumerate(order):
            rank_of[slot] = position
            if slot < previous:
                in_order = False
            previous = slot
        self.rank_of = rank_of
        self.in_order = in_order
        runs: dict[str, list[tuple[int, int]]] = {}
        id_of, items = self.id_of, library.items
        by_source: dict[str, list[int]] = {}
        for slot in order:
            by_source.setdefault(items[id_of[slot]].source_id, []).append(slot)  # type: ignore[index]
        for source_id, slots in by_source.items():
            slots.sort()
            spans: list[tuple[int, int]] = []
            start = end = slots[0]
            for slot in slots[1:]:
                if slot == end + 1:
                    end = slot
                else:
                    spans.append((start, end + 1))
                    start = end = slot
            spans.append((start, end + 1))
            runs[source_id] = spans
        self.runs = runs
        self._order_dirty = False

    # -- keeping in step with the library ---------------------------------
    def attach(self, library: Library, fingerprint: str) -> None:
        """Open the cache, bring it up to date with `library` if its fingerprint differs, load sets."""
        with self.lock, _gc_paused():
            self.library = library
            try:
                self._attach(library, fingerprint)
            except (IndexUnavailable, _sqlite_errors()) as exc:
                log.warning("search index %s cannot be used (%s); building it again", self.path, exc)
                self._discard_file()
                try:
                    self._attach(library, fingerprint)
                except (IndexUnavailable, _sqlite_errors()) as again:
                    log.warning("search index cannot be kept on disk (%s); holding it in memory", again)
                    self.path = None  # cannot use a file at all: index in memory for this session
                    self._discard_file()
                    self._attach(library, fingerprint)

    def _discard_file(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                candidate = self.path.with_name(self.path.name + suffix)
                try:
                    candidate.unlink(missing_ok=True)
                except OSError:
                    self.path = None
                    return

    def _attach(self, library: Library, fingerprint: str) -> None:
        self._fingerprint_of_file = fingerprint
        if self.file is None:
            self.file = IndexFile(self.path)
        file = self.file
        self.rebuilt = False
        if file.fingerprint() == fingerprint and fingerprint:
            snapshot = file.load_snapshot(fingerprint)
            if snapshot is not None and self._restore(snapshot, len(library.items)):
                return
            slots = file.slots()
            present = {item_id for _, item_id in slots}
            if len(present) == len(library.items) and all(i in present for i in library.items):
                self._load_memory(library, slots)
                self._save_snapshot(fingerprint)
                return
        self.rebuilt = True
        with _gc_paused():
            known = file.signatures()
            items = library.items
            changes = 0
            wanted: dict[str, str] = {}
            for item in items.values():
                sig = _signature(item, item_language(item, library.sources.get(item.source_id)))
                wanted[item.id] = sig
                old = known.get(item.id)
                if old is None or old[1] != sig:
                    changes += 1
            gone = [slot for item_id, (slot, _) in known.items() if item_id not in wanted]
            fresh = not known or changes + len(gone) > max(1000, len(items) // 4)
            if fresh:
                # Fresh slots in library order: sources stay contiguous, order needs no lookup.
                deletes = []
                slot_of = {item_id: n for n, item_id in enumerate(items)}
                todo = list(items)
            else:
                deletes = gone
                slot_of = {item_id: known[item_id][0] for item_id in items if item_id in known}
                next_slot = max((slot for slot, _ in known.values()), default=-1) + 1
                todo = []
                for item_id, sig in wanted.items():
                    if item_id not in slot_of:
                        slot_of[item_id] = next_slot
                        next_slot += 1
                        todo.append(item_id)
                    elif known[item_id][1] != sig:
                        todo.append(item_id)
            rows = ((slot_of[i], i, *self._doc(items[i], library)) for i in todo)
            file.write(((slot, i, sig, cols) for slot, i, sig, cols in rows), deletes, fingerprint, fresh)
            self._load_memory(library, ((slot, i) for i, slot in slot_of.items()))
            self._save_snapshot(fingerprint)

    # -- the in-memory sets, kept on disk between runs -------------------------
    def _save_snapshot(self, fingerprint: str) -> None:
        """Store the sets so the next start reads them instead of walking every item."""
        if self.file is None:
            return
        self.ensure_order()
        parts: dict[str, bytes] = {
            "ids": "\n".join(i or "" for i in self.id_of).encode("utf-8"),
            "order": self.order.tobytes(),
            "rank": self.rank_of.tobytes(),
            "live": self.live.to_bytes(self.size, "little"),
            "info": json.dumps({
                "size": self.size, "in_order": self.in_order, "languages": sorted(self.languages),
                "runs": self.runs, "tags": {g: sorted(v) for g, v in self.tags.items()},
            }).encode("utf-8"),
        }
        for group, values in self.tags.items():
            for value, bits in values.items():
                parts[f"tag\x1f{group}\x1f{value}"] = bits.to_bytes(self.size, "little")
        try:
            self.file.save_snapshot(fingerprint, parts)
            self._snapshot_saved = fingerprint
        except _sqlite_errors():
            pass  # only a faster start is lost

    def _restore(self, parts: dict[str, bytes], expected: int) -> bool:
        try:
            info = json.loads(parts["info"])
            ids = parts["ids"].decode("utf-8").split("\n")
            size = int(info["size"])
            if len(ids) != size:
                return False
            self._reset_memory()
            self.size = size
            self.id_of = [i or None for i in ids]
            self.slot_of = {i: n for n, i in enumerate(ids) if i}
            if len(self.slot_of) != expected:
                self._reset_memory()
                return False
            self.order = array("l")
            self.order.frombytes(parts["order"])
            self.rank_of = array("l")
            self.rank_of.frombytes(parts["rank"])
            self.live = int.from_bytes(parts["live"], "little")
            self.in_order = bool(info["in_order"])
            self.languages = set(info["languages"]) or {"english"}
            self.runs = {k: [tuple(r) for r in v] for k, v in info["runs"].items()}
            self.tags = {group: {value: int.from_bytes(parts[f"tag\x1f{group}\x1f{value}"], "little")
                                 for value in values} for group, values in info["tags"].items()}
        except (KeyError, ValueError, TypeError):
            self._reset_memory()
            return False
        self._snapshot_saved = parts.get("fingerprint", b"").decode()
        return True

    def refresh(self, library: Library, item_ids: Sequence[str], fingerprint: str) -> None:
        """Follow an edit: re-index these items (added, changed or gone) and update the sets."""
        with self.lock:
            old_library, self.library = self.library, library
            if self.file is None or old_library is None:
                self.attach(library, fingerprint)
                return
            try:
                self._refresh(old_library, library, list(dict.fromkeys(item_ids)), fingerprint)
            except _sqlite_errors() as exc:
                log.warning("search index %s could not be updated (%s); rebuilding it", self.path, exc)
                self._discard_file()  # damaged or locked: it is only a cache
                self.attach(library, fingerprint)
            except Exception:
                # Whatever went wrong, the store holds the edit: bring the index back in step with it.
                log.exception("search index fell out of step with an edit; rebuilding it from the library")
                self._reset_memory()
                self.attach(library, fingerprint + "-resync")
                if self.file is not None:
                    self.file.write((), (), fingerprint)

    def _refresh(self, old: Library, new: Library, item_ids: list[str], fingerprint: str) -> None:
        assert self.file is not None
        upserts: list[tuple[int, str, str, list[str]]] = []
        deletes: list[int] = []
        text_changed: list[int] = []
        next_slot = self.size
        for item_id in item_ids:
            item = new.items.get(item_id)
            slot = self.slot_of.get(item_id)
            if item is None:
                if slot is not None:
                    deletes.append(slot)
                    text_changed.append(slot)
                continue
            sig, cols = self._doc(item, new)
            if slot is None:
                slot = next_slot
                next_slot += 1
                text_changed.append(slot)
            else:
                before = old.items.get(item_id)
                if before is None or self._doc(before, old)[1][:4] != cols[:4]:
                    text_changed.append(slot)
            upserts.append((slot, item_id, sig, cols))
        self.file.write(upserts, deletes, fingerprint)
        self._fingerprint_of_file = fingerprint
        if len(upserts) + len(deletes) > _BULK:
            self._load_memory(new, self.file.slots())
            return
        self._grow(next_slot)
        for slot in deletes:
            self._forget(slot, old)
        for slot, item_id, _, _ in upserts:
            self._forget(slot, old)
            self._remember(slot, new.items[item_id])
        if deletes or len(new.items) != len(old.items) or any(i not in old.items for i in item_ids):
            self._order_dirty = True
        self.languages = library_languages(new)
        self._update_leaves(text_changed)

    def _forget(self, slot: int, old: Library) -> None:
        item_id = self.id_of[slot] if slot < self.size else None
        if item_id is None:
            return
        item = old.items.get(item_id)
        clear = ~(1 << (8 * slot))
        self.live &= clear
        if item is not None:
            for group, values in (("themes", item.themes), ("audiences", item.audiences),
                                  ("kinds", (item.kind,))):
                sets = self.tags[group]
                for value in values:
                    if value in sets:
                        sets[value] &= clear
        self.id_of[slot] = None
        if self.slot_of.get(item_id) == slot:
            del self.slot_of[item_id]

    def _remember(self, slot: int, item: Item) -> None:
        bit = 1 << (8 * slot)
        self.live |= bit
        groups = (("themes", item.themes), ("audiences", item.audiences), ("kinds", (item.kind,)))
        for group, values in groups:
            sets = self.tags[group]
            for value in values:
                sets[value] = sets.get(value, 0) | bit
        self.id_of[slot] = item.id
        self.slot_of[item.id] = slot

    def _update_leaves(self, slots: list[int]) -> None:
        if not slots or not self.leaf_cache:
            return
        if len(slots) > 2000:
            self.leaf_cache.clear()
            return
        assert self.file is not None
        mask = 0
        for slot in slots:
            mask |= 1 << (8 * slot)
        for expression, bits in list(self.leaf_cache.items()):
            found = 0
            for slot in self.file.match_among(expression, slots):
                found |= 1 << (8 * slot)
            self.leaf_cache[expression] = (bits & ~mask) | found

    # -- leaves ------------------------------------------------------------
    def leaf_bits(self, expression: str) -> int:
        bits = self.leaf_cache.get(expression)
        if bits is not None:
            self.leaf_cache.move_to_end(expression)
            return bits
        assert self.file is not None
        mask = bytearray(self.size)
        for slot in self.file.match(expression):
            mask[slot] = 1
        bits = int.from_bytes(mask, "little")
        self.leaf_cache[expression] = bits
        if len(self.leaf_cache) > _LEAF_CACHE:
            self.leaf_cache.popitem(last=False)
        return bits

    def ranked(self, expression: str, limit: int | None) -> list[tuple[int, float]]:
        assert self.file is not None
        return self.file.ranked(expression, limit)

    def ensure_order(self) -> None:
        if self._order_dirty and self.library is not None:
            self._set_order(self.library)

    # -- searching -----------------------------------------------------------
    def search(self, query: Query, limit: int | None = None, offset: int = 0) -> SearchResult:
        with self.lock:
            assert self.library is not None, "attach a library first"
            self.ensure_order()
            if limit is not None:
                limit = max(0, int(limit))
            try:
                plan: Plan = execute(self, self.library, query, limit, max(0, int(offset)))
            except _sqlite_errors():
                # The cache file went bad under us (disk, another program): rebuild it and ask again.
                library = self.library
                self._discard_file()
                self.attach(library, self._fingerprint_of_file or "")
                plan = execute(self, library, query, limit, max(0, int(offset)))
            highlight = plan.highlighter(self.library, self.analyzer)
            hits = tuple(Hit(self.id_of[slot] or "", score, compute=highlight) for slot, score in plan.page)
            return SearchResult(total=plan.total, hits=hits, facets=plan.facets, query=plan.query,
                                message=" ".join(plan.messages), errors=tuple(plan.errors))

    def close(self) -> None:
        """Keep the sets for a quick next start (if edits changed them) and close the file."""
        with self.lock:
            if self.file is not None:
                try:
                    fingerprint = self.file.fingerprint()
                    if fingerprint and fingerprint != self._snapshot_saved and self.library is not None:
                        self._save_snapshot(fingerprint)
                except _sqlite_errors():
                    pass
                self.file.close()
                self.file = None


def _signature(item: Item, language: str) -> str:
    raw = "\x1f".join((
        item.text, item.section, item.lead_in, item.locator, item.note, item.kind, item.source_id,
        ",".join(item.themes), ",".join(item.audiences), language,
    ))
    return hashing.md5(raw.encode("utf-8")).hexdigest()


def _sqlite_errors() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


__all__ = ["Hit", "SearchIndex", "tag_token"]
