"""The user's data on disk: TinyDB files written atomically, with recovery."""

from __future__ import annotations

import gc
import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from app.core import hashing
from app.core.atomic import atomic_write_bytes, explain_os_error
from app.core.errors import BriefpackError, ValidationError

SCHEMA_VERSION = 1
_META = "_meta"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


class CorruptStoreError(Exception):
    """A store file that cannot be parsed as a store."""


def _load_json_file(path: Path) -> dict:
    raw = path.read_bytes()
    # A large store parses ~2x faster with the cyclic GC paused: json.loads
    # allocates millions of containers that trigger needless collections.
    enabled = gc.isenabled()
    gc.disable()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptStoreError(f"{path.name}: {exc}") from exc
    finally:
        if enabled:
            gc.enable()
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptStoreError(f"{path.name}: not a store (expected tables of documents)")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage that never leaves a half-written file and keeps the last good copy.

    Data is cached after the first read, so TinyDB's read-modify-write cycle costs
    one serialisation per write rather than a parse per operation.
    """

    def __init__(self, path: str | Path, preload: dict | None = None, **_: Any) -> None:
        self.path = Path(path)
        self._cache: dict | None = preload
        self._stamp = self._disk_stamp() if preload is not None else None
        # Bumped whenever the cache is replaced from disk, so indexes built on it know to rebuild.
        self.generation = 0

    def _disk_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def read(self) -> dict | None:
        # Another Briefpack process (the CLI beside the window) may have replaced the
        # file since it was cached: one stat per operation notices, and we re-read it.
        if self._cache is not None and self._disk_stamp() != self._stamp:
            self._cache = None
        if self._cache is None:
            if not self.path.exists():
                return None
            self._stamp = self._disk_stamp()
            self._cache = _load_json_file(self.path)
            self.generation += 1
        return self._cache

    def write(self, data: dict) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write_bytes(self.path, payload, backup=True)
        except BriefpackError:
            self._cache = None  # the disk still holds the previous state; re-read it next time
            raise
        self._cache = data
        self._stamp = self._disk_stamp()

    def close(self) -> None:
        self._cache = None


def _recover(path: Path) -> tuple[str | None, dict | None]:
    """Check a store file before opening; move a corrupt one aside and restore the backup.

    Returns a message for the user when something was recovered (else None) and the
    parsed file when it was read whole (so it is not parsed twice).
    """
    backup = path.with_name(path.name + ".bak")
    if not path.exists():
        if backup.exists():
            os.replace(backup, path)
            return f"{path.name} was missing; restored the last good copy.", None
        return None, None
    try:
        return None, _load_json_file(path)
    except CorruptStoreError as exc:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        os.replace(path, aside)
        if backup.exists():
            try:
                _load_json_file(backup)
            except CorruptStoreError:
                pass
            else:
                path.write_bytes(backup.read_bytes())
                return (f"{path.name} could not be read ({exc}); it was moved to {aside.name} and the "
                        f"last good copy was restored. The most recent change may be missing."), None
        return (f"{path.name} could not be read ({exc}) and no good copy was found; it was moved to "
                f"{aside.name} and Briefpack started without it."), None


class Collection:
    """A table of JSON records keyed by their "id" field."""

    def __init__(self, db: TinyDB, name: str) -> None:
        self._db = db
        self._name = name
        self._ids: dict[str, int] | None = None
        self._generation = -1

    @property
    def _table(self) -> Any:
        return self._db.table(self._name, cache_size=0)

    def _index(self) -> dict[str, int]:
        storage = self._db.storage
        storage.read()  # re-reads the file if another process replaced it
        if self._ids is None or self._generation != storage.generation:
            if self._generation != storage.generation:
                # TinyDB's Table objects cache the next document id: drop them after a re-read.
                self._db._tables.clear()
                self._generation = storage.generation
            self._ids = {str(doc.get("id")): doc.doc_id for doc in self._table.all()}
        return self._ids

    def all(self) -> list[dict]:
        return [dict(doc) for doc in self._table.all()]

    def __iter__(self) -> Iterator[dict]:
        return iter(self.all())

    def __len__(self) -> int:
        return len(self._table)

    def ids(self) -> list[str]:
        return list(self._index())

    def get(self, record_id: str) -> dict | None:
        doc_id = self._index().get(record_id)
        if doc_id is None:
            return None
        doc = self._table.get(doc_id=doc_id)
        return dict(doc) if doc is not None else None

    def put(self, record: dict) -> None:
        """Insert or replace the record with this id (one atomic file write)."""
        record_id = str(record["id"])
        doc_id = self._index().get(record_id)
        try:
            if doc_id is None:
                self._index()[record_id] = self._table.insert(record)
            else:
                self._table.upsert(Document(record, doc_id=doc_id))
        except BriefpackError:
            self._ids = None
            raise

    def put_many(self, records: Iterable[dict]) -> None:
        """Replace the whole table with these records in one atomic write."""
        _replace_tables(self._db, {self._name: list(records)})
        self._ids = None

    def delete(self, record_id: str) -> bool:
        doc_id = self._index().get(record_id)
        if doc_id is None:
            return False
        self._table.remove(doc_ids=[doc_id])
        del self._index()[record_id]
        return True

    def find(self, field: str, value: Any) -> list[dict]:
        return [dict(doc) for doc in self._table.search(Query()[field] == value)]


def _replace_tables(db: TinyDB, tables: dict[str, list[dict]]) -> None:
    """Write whole tables in a single atomic write (TinyDB's truncate+insert is two)."""
    storage = db.storage
    data = dict(storage.read() or {})
    for name, records in tables.items():
        data[name] = {str(n): record for n, record in enumerate(records, 1)}
    storage.write(data)
    # TinyDB caches Table objects with their next id; drop them so they re-read.
    db._tables.clear()


class StoreFile:
    """One TinyDB file in the user data folder, with its schema version."""

    def __init__(self, path: Path, recovered: list[str]) -> None:
        message, data = _recover(path)
        if message:
            recovered.append(message)
        try:
            self.db = TinyDB(path, storage=AtomicJSONStorage, preload=data)
        except CorruptStoreError as exc:  # pragma: no cover - _recover already checked
            raise BriefpackError(f"Could not open {path.name}.", detail=str(exc)) from exc
        self.path = path
        meta = self.db.table(_META)
        if not meta.all():
            meta.insert({"schema_version": SCHEMA_VERSION})
        version = int(meta.all()[0].get("schema_version", 0))
        if version > SCHEMA_VERSION:
            raise BriefpackError(
                f"{path.name} was written by a newer Briefpack (schema {version}).",
                hint="Update Briefpack to open this data folder.",
            )

    def collection(self, name: str) -> Collection:
        return Collection(self.db, name)

    def replace_tables(self, tables: dict[str, list[dict]]) -> None:
        _replace_tables(self.db, tables)

    def close(self) -> None:
        self.db.close()


class Store:
    """All of the user's data: overrides, own sources and items, packs, settings.

    Files live under <home>/store: library.json (overrides and small tables),
    sources/<source-id>.json (one per user source, so a large imported corpus
    is written once and never rewritten by an unrelated edit), packs.json.
    """

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.root = self.home / "store"
        (self.root / "sources").mkdir(parents=True, exist_ok=True)
        self.recovered: list[str] = []
        self._files: dict[str, StoreFile] = {}
        self._source_files: dict[str, StoreFile] = {}

    # -- files ---------------------------------------------------------
    def file(self, name: str) -> StoreFile:
        """A named store file (library, packs, settings ...), opened once."""
        if name not in self._files:
            self._files[name] = StoreFile(self.root / f"{name}.json", self.recovered)
        return self._files[name]

    def collection(self, file_name: str, table: str) -> Collection:
        return self.file(file_name).collection(table)

    def remove_file(self, name: str) -> None:
        """Delete a named store file and its last good copy (e.g. a deleted pack's history)."""
        if not _SAFE_NAME.match(name):
            raise ValidationError(f"{name!r} is not a valid store file name.")
        store_file = self._files.pop(name, None)
        if store_file:
            store_file.close()
        path = self.root / f"{name}.json"
        for candidate in (path, path.with_name(path.name + ".bak")):
            try:
                candidate.unlink(missing_ok=True)
            except OSError as exc:
                raise explain_os_error(exc, candidate) from exc

    # -- overrides of any item ----------------------------------------
    @property
    def overrides(self) -> Collection:
        return self.collection("library", "overrides")

    # -- user sources, each in its own file ----------------------------
    def _source_path(self, source_id: str) -> Path:
        if not _SAFE_NAME.match(source_id):
            raise ValidationError(f"{source_id!r} is not a valid source id.",
                                  hint="Use letters, digits, dots, dashes and underscores.")
        return self.root / "sources" / f"{source_id}.json"

    def _source_file(self, source_id: str) -> StoreFile:
        if source_id not in self._source_files:
            self._source_files[source_id] = StoreFile(self._source_path(source_id), self.recovered)
        return self._source_files[source_id]

    def user_source_ids(self) -> list[str]:
        # A plain listing: Path.glob compiles a pattern each call, on the start-up path.
        names = os.listdir(self.root / "sources")
        return sorted(name[:-5] for name in names if name.endswith(".json") and len(name) > 5)

    def load_user_source(self, source_id: str) -> tuple[dict | None, list[dict]]:
        """The source record and its items, or (None, []) if the file holds none.

        The records are the store's own (no copy, so a 270,000-item source loads fast):
        read them, never change them.
        """
        data = self._source_file(source_id).db.storage.read() or {}
        sources = list((data.get("source") or {}).values())
        return (sources[0] if sources else None), list((data.get("items") or {}).values())

    def user_source_fingerprints(self) -> dict[str, str]:
        """Size and modification time of each user source file: changes whenever one is written."""
        out: dict[str, str] = {}
        for path in sorted((self.root / "sources").glob("*.json")):
            try:
                stat = path.stat()
            except OSError:
                continue
            out[path.stem] = f"{stat.st_size}-{stat.st_mtime_ns}"
        return out

    def overrides_digest(self) -> str:
        """A digest of every override record (the user's edits to items)."""
        data = self.file("library").db.storage.read() or {}
        table = data.get("overrides") or {}
        payload = json.dumps(sorted(table.values(), key=lambda r: str(r.get("id"))), sort_keys=True,
                             ensure_ascii=False)
        return hashing.sha256(payload.encode("utf-8")).hexdigest()[:20]

    def save_user_source(self, source: dict, items: list[dict]) -> None:
        """Write a user source and all its items (one file, one atomic write each)."""
        self._source_file(str(source["id"])).replace_tables({"source": [source], "items": items})

    def put_user_item(self, source_id: str, item: dict) -> None:
        self._source_file(source_id).collection("items").put(item)

    def delete_user_item(self, source_id: str, item_id: str) -> bool:
        return self._source_file(source_id).collection("items").delete(item_id)

    def delete_user_source(self, source_id: str) -> None:
        path = self._source_path(source_id)
        store_file = self._source_files.pop(source_id, None)
        if store_file:
            store_file.close()
        for candidate in (path, path.with_name(path.name + ".bak")):
            if candidate.exists():
                candidate.unlink()

    def close(self) -> None:
        for store_file in [*self._files.values(), *self._source_files.values()]:
            store_file.close()
        self._files.clear()
        self._source_files.clear()
