"""The search engine: keeps the index file and the item sets in step with a Library, answers Queries.

Words are found by SQLite FTS5 (index.py, matches.py), tags, sources and facets by item sets in
memory (sets.py), combined and ordered by the planner (plan.py); highlights are worked out per
hit when shown (highlight.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from app.core.library import Library
from app.core.phrases import sentences
from app.core.search.analysis import Analyzer, item_language, library_languages
from app.core.search.contract import Hit, Query, SearchResult
from app.core.search.highlight import highlighter
from app.core.search.index import IndexFile, IndexUnavailable, item_row, signature
from app.core.search.matches import TextMatches
from app.core.search.plan import Plan, execute
from app.core.search.sets import ItemSets

log = logging.getLogger(__name__)

_BULK = 5000  # changes above this many rebuild the in-memory sets in one pass


class SearchIndex:
    """Keeps an FTS5 cache in step with a Library and answers Queries over it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.analyzer = Analyzer()
        self.lock = threading.RLock()
        self.library: Library | None = None
        self.file: IndexFile | None = None
        self.rebuilt = False  # the last attach had to (re)index items
        self.sets = ItemSets()
        self.text = TextMatches(lambda: self.file, lambda: self.sets.slots)
        self._snapshot_saved = ""
        self._fingerprint_of_file = ""

    def _load_sets(self, library: Library, slots) -> None:
        """Build the item sets from the library; what words matched before is forgotten."""
        self.sets.load(library, slots)
        self.text.clear()

    # -- keeping in step with the library ---------------------------------
    def attach(self, library: Library, fingerprint: str) -> None:
        """Open the cache, bring it up to date with `library` if its fingerprint differs, load sets."""
        with self.lock:
            self.library = library
            try:
                self._attach(library, fingerprint)
            except (IndexUnavailable, sqlite3.Error) as exc:
                log.warning("search index %s cannot be used (%s); building it again", self.path, exc)
                self._discard_file()
                try:
                    self._attach(library, fingerprint)
                except (IndexUnavailable, sqlite3.Error) as again:
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
                self._load_sets(library, slots)
                self._save_snapshot(fingerprint)
                return
        self.rebuilt = True
        known = file.signatures()
        items = library.items
        changes = 0
        wanted: dict[str, str] = {}
        for item in items.values():
            sig = signature(item, item_language(item, library.sources.get(item.source_id)))
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
        rows = ((slot_of[i], i, *item_row(items[i], library, self.analyzer)) for i in todo)
        file.write(((slot, i, sig, cols) for slot, i, sig, cols in rows), deletes, fingerprint, fresh)
        self._load_sets(library, ((slot, i) for i, slot in slot_of.items()))
        self._save_snapshot(fingerprint)

    # -- the in-memory sets, kept on disk between runs -------------------------
    def _save_snapshot(self, fingerprint: str) -> None:
        """Store the sets so the next start reads them instead of walking every item."""
        if self.file is None or self.library is None:
            return
        self.sets.ensure_order(self.library)
        try:
            self.file.save_snapshot(fingerprint, self.sets.to_parts())
            self._snapshot_saved = fingerprint
        except sqlite3.Error as exc:
            log.info("the search index's sets were not kept for the next start (%s)", exc)

    def _restore(self, parts: dict[str, bytes], expected: int) -> bool:
        self.text.clear()
        if not self.sets.from_parts(parts, expected):
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
            except sqlite3.Error as exc:
                log.warning("search index %s could not be updated (%s); rebuilding it", self.path, exc)
                self._discard_file()  # damaged or locked: it is only a cache
                self.attach(library, fingerprint)
            except Exception:
                # Whatever went wrong, the store holds the edit: bring the index back in step with it.
                log.exception("search index fell out of step with an edit; rebuilding it from the library")
                self.sets.clear()
                self.text.clear()
                self.attach(library, fingerprint + "-resync")
                if self.file is not None:
                    self.file.write((), (), fingerprint)

    def _refresh(self, old: Library, new: Library, item_ids: list[str], fingerprint: str) -> None:
        assert self.file is not None
        upserts: list[tuple[int, str, str, list[str]]] = []
        deletes: list[int] = []
        text_changed: list[int] = []
        sets = self.sets
        next_slot = sets.slots
        for item_id in item_ids:
            item = new.items.get(item_id)
            slot = sets.slot_of(item_id)
            if item is None:
                if slot is not None:
                    deletes.append(slot)
                    text_changed.append(slot)
                continue
            sig, cols = item_row(item, new, self.analyzer)
            if slot is None:
                slot = next_slot
                next_slot += 1
                text_changed.append(slot)
            else:
                before = old.items.get(item_id)
                if before is None or item_row(before, old, self.analyzer)[1][:4] != cols[:4]:
                    text_changed.append(slot)
            upserts.append((slot, item_id, sig, cols))
        self.file.write(upserts, deletes, fingerprint)
        self._fingerprint_of_file = fingerprint
        if len(upserts) + len(deletes) > _BULK:
            self._load_sets(new, self.file.slots())
            return
        sets.grow(next_slot)
        for slot in deletes:
            sets.forget(slot, old)
        for slot, item_id, _, _ in upserts:
            sets.forget(slot, old)
            sets.remember(slot, new.items[item_id])
        if deletes or len(new.items) != len(old.items) or any(i not in old.items for i in item_ids):
            sets.order_changed()
        sets.languages = library_languages(new)
        self.text.update(text_changed)

    # -- searching -----------------------------------------------------------
    def search(self, query: Query, limit: int | None = None, offset: int = 0) -> SearchResult:
        with self.lock:
            library = self.library
            assert library is not None, "attach a library first"
            self.sets.ensure_order(library)
            if limit is not None:
                limit = max(0, int(limit))
            offset = max(0, int(offset))
            try:
                plan: Plan = execute(self.sets, self.text, self.analyzer, library, query, limit, offset)
            except sqlite3.Error as exc:
                # The cache file went bad under us (disk, another program): rebuild it and ask again.
                log.warning("search index %s failed while searching (%s); rebuilding it", self.path, exc)
                self._discard_file()
                self.attach(library, self._fingerprint_of_file or "")
                plan = execute(self.sets, self.text, self.analyzer, library, query, limit, offset)
            highlight = highlighter(plan.leaves, library, self.analyzer)
            item_id = self.sets.item_id
            hits = tuple(Hit(item_id(slot), score, compute=highlight) for slot, score in plan.page)
            return SearchResult(
                total=plan.total,
                hits=hits,
                facets=plan.facets,
                query=plan.query,
                message=sentences(plan.messages),
                errors=tuple(plan.errors),
            )

    def close(self) -> None:
        """Keep the sets for a quick next start (if edits changed them) and close the file."""
        with self.lock:
            if self.file is not None:
                try:
                    fingerprint = self.file.fingerprint()
                    if fingerprint and fingerprint != self._snapshot_saved and self.library is not None:
                        self._save_snapshot(fingerprint)
                except sqlite3.Error as exc:
                    log.info("the search index's sets were not kept for the next start (%s)", exc)
                self.file.close()
                self.file = None


__all__ = ["Hit", "SearchIndex"]
