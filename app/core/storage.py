"""The user's data on disk: TinyDB files written atomically, with recovery."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from app.core import hashing
from app.core.atomic import atomic_write_bytes, explain_os_error
from app.core.errors import BriefpackError, ValidationError
from app.core.phrases import core
from app.core.store_lock import StoreBusyError, StoreLock
from app.core.store_repair import (
    DISK_FULL,
    READ_ONLY_FOLDER,
    CorruptStoreError,
    NoRoomError,
    Repair,
    load_json_file,
    quarantine_records,
    recover_file,
)
from app.core.store_schema import check_tables, kind_of, record_check

SCHEMA_VERSION = 1
_META = "_meta"
MANIFEST = "manifest"  # store/manifest.json: the user sources there should be
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
log = logging.getLogger(__name__)


class ReadOnlyStoreError(BriefpackError):
    """A change was asked of a data folder opened read-only."""


class AtomicJSONStorage(Storage):
    """TinyDB storage that never leaves a half-written file and keeps the last good copy.

    Data is cached after the first read, so TinyDB's read-modify-write cycle costs
    one serialisation per write rather than a parse per operation. Every write gives the
    file a modification time later than the one it replaces, so a process holding the
    store lock always notices (by one stat) that another process wrote the file.
    """

    def __init__(
        self, path: str | Path, preload: dict | None = None, owner: StoreFile | None = None, **_: Any
    ) -> None:
        self.path = Path(path)
        self._owner = owner
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
        stamp = self._disk_stamp()
        if self._cache is not None and stamp == self._stamp:
            return self._cache
        if stamp is None:
            self._cache, self._stamp = None, None
            return None
        try:
            data = load_json_file(self.path)
        except (CorruptStoreError, OSError) as exc:
            # Damaged under a running program (Briefpack itself replaces files whole): carry on
            # with the copy in memory; the next start sets the file aside and restores it.
            log.warning("%s changed on disk and cannot be read (%s)", self.path, exc)
            if self._cache is None:
                raise BriefpackError(
                    f"{self.path.name} was damaged while Briefpack was running.",
                    detail=str(exc),
                    hint="Close Briefpack and start it again: it repairs the file from its last good copy.",
                ) from None
            self._stamp = stamp
            return self._cache
        self._stamp = stamp
        self._cache = self._owner.checked(data) if self._owner is not None else data
        self.generation += 1
        return self._cache

    def stale(self) -> bool:
        """True when the file on disk is not the one last read or written here."""
        return self._disk_stamp() != self._stamp

    def write(self, data: dict) -> None:
        if self._owner is not None:
            self._owner.store.check_writable()
        if _META not in data:  # the version goes in with the first write (never a file of it alone)
            data = {_META: {"1": {"schema_version": SCHEMA_VERSION}}, **data}
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        previous = self._disk_stamp()
        try:
            atomic_write_bytes(
                self.path, payload, backup=True, newer_than_ns=previous[1] if previous else None
            )
        except BriefpackError:
            self._cache = None  # the disk still holds the previous state; re-read it next time
            raise
        self._cache = data
        self._stamp = self._disk_stamp()

    def close(self) -> None:
        self._cache = None


class Collection:
    """A table of JSON records keyed by their "id" field; every change under the store lock."""

    def __init__(self, db: TinyDB, name: str, writing: Callable[[], Any]) -> None:
        self._db = db
        self._name = name
        self._writing = writing
        self._ids: dict[str, int] | None = None
        self._generation = -1

    @property
    def _table(self) -> Any:
        return self._db.table(self._name, cache_size=0)

    def _index(self) -> dict[str, int]:
        storage = cast(AtomicJSONStorage, self._db.storage)
        storage.read()  # re-reads the file if another process replaced it
        if self._ids is None or self._generation != storage.generation:
            if self._generation != storage.generation:
                # TinyDB's Table objects cache the next document id: drop them after a re-read.
                self._db._tables.clear()
                self._generation = storage.generation
            self._ids = {str(doc.get("id")): doc.doc_id for doc in self._table.all()}
        return self._ids

    def writing(self) -> Any:
        """The store's write lock, for a read-modify-write of records of this table."""
        return self._writing()

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
        with self._writing():
            doc_id = self._index().get(record_id)  # read afresh under the lock
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
        with self._writing():
            _replace_tables(self._db, {self._name: list(records)})
        self._ids = None

    def delete(self, record_id: str) -> bool:
        with self._writing():
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
    """One TinyDB file in the user data folder, with its schema version, checked when read."""

    def __init__(self, store: Store, path: Path, kind: str) -> None:
        self.store = store
        self.path = path
        self.kind = kind
        self.label = path.relative_to(store.root).as_posix()
        data = store.open_checked(self)
        self.db = TinyDB(path, storage=AtomicJSONStorage, preload=data, owner=self)
        metas = list((data or {}).get(_META, {}).values())
        version = metas[0].get("schema_version", 0) if metas else SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise BriefpackError(
                f"{path.name} was written by a newer Briefpack (schema {version}).",
                hint="Update Briefpack to open this data folder.",
            )

    def check_record(self, table: str, record: Any) -> str | None:
        return record_check(self.kind, table)(record)

    def checked(self, data: dict) -> dict:
        """The tables with every record that does not fit its schema taken out (and reported)."""
        bad = check_tables(self.kind, data)
        if not bad:
            return data
        return self.store.quarantine(self, data, bad)

    def collection(self, name: str) -> Collection:
        return Collection(self.db, name, self.store.writing)

    def replace_tables(self, tables: dict[str, list[dict]]) -> None:
        with self.store.writing():
            _replace_tables(self.db, tables)

    def close(self) -> None:
        self.db.close()


class Store:
    """All of the user's data: overrides, own sources and items, packs, settings.

    Files live under <home>/store: library.json (overrides and small tables),
    sources/<source-id>.json (one per user source, so a large imported corpus
    is written once and never rewritten by an unrelated edit), packs.json.
    Every read-modify-write holds the data folder's lock (`writing`). A folder that
    cannot be written (read-only, or a full disk met by a repair) is opened read-only:
    everything reads, nothing writes, and `read_only_reason` says why.
    """

    def __init__(self, home: Path, read_only: bool = False) -> None:
        self.home = Path(home)
        self.root = self.home / "store"
        self.repairs: list[Repair] = []
        self._repair_listeners: list[Callable[[Repair], None]] = []
        self._files: dict[str, StoreFile] = {}
        self._source_files: dict[str, StoreFile] = {}
        self._seen: dict[str, int] = {}  # generations of the files as changed_on_disk last saw them
        self.read_only_reason = "it was asked to" if read_only else ""
        self._lock = StoreLock(self.home)
        if not read_only:
            try:
                (self.root / "sources").mkdir(parents=True, exist_ok=True)
                with open(self._lock.path, "a"):
                    pass
                if not os.access(self.root, os.W_OK):
                    raise OSError(errno.EACCES, "not writable", str(self.root))
            except OSError as exc:
                if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC):
                    raise explain_os_error(exc, self.root) from exc
                self._go_read_only(DISK_FULL if exc.errno == errno.ENOSPC else READ_ONLY_FOLDER)

    # -- read-only, repairs, the lock -----------------------------------
    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _go_read_only(self, reason: str) -> None:
        if not self.read_only_reason:
            self.read_only_reason = reason
            self._report(
                Repair(
                    "",
                    core.tr(
                        "Briefpack opened the data folder {folder} read-only because {reason}: you can "
                        "browse, search and export to another folder; nothing is saved there until you "
                        "free space or make it writable and start Briefpack again."
                    ).format(folder=str(self.home), reason=reason),
                    notice=True,
                )
            )

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(
                core.tr(
                    "Nothing was saved: Briefpack opened your data folder read-only because {reason}."
                ).format(reason=self.read_only_reason),
                detail=str(self.home),
                hint=core.tr(
                    "You can still browse, search and export to another folder. Free some space or "
                    "make the folder writable, then start Briefpack again."
                ),
            )

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the data folder's write lock for a read-modify-write (re-entrant)."""
        self.check_writable()
        with self._lock.held():
            yield

    @property
    def recovered(self) -> list[str]:
        """What was repaired so far, as the user is told it."""
        return [repair.message for repair in self.repairs]

    def on_repair(self, callback: Callable[[Repair], None]) -> None:
        """Call `callback(repair)` for every repair from now on (the window shows them)."""
        self._repair_listeners.append(callback)

    def report_notice(self, file: str, message: str) -> None:
        """Tell the user about a follow-up of a repair (what was recovered, what is gone)."""
        self._report(Repair(file, message))

    def _report(self, repair: Repair) -> None:
        log.warning("%s: %s", "data folder" if repair.notice else f"repaired {repair.file}", repair.message)
        self.repairs.append(repair)
        for callback in self._repair_listeners:
            callback(repair)

    def open_checked(self, store_file: StoreFile) -> dict | None:
        """A store file's tables for opening it: damaged files and records repaired first."""
        path = store_file.path
        try:  # the usual case, without the lock: a good file, or none yet
            if not path.exists():
                if not path.with_name(path.name + ".bak").exists():
                    return None
            else:
                good = load_json_file(path)
                if not check_tables(store_file.kind, good):
                    return good
        except (CorruptStoreError, OSError):
            pass
        with self._lock.held() if not self.read_only else contextlib.nullcontext():
            try:
                data, repair = recover_file(path, store_file.label, self.read_only_reason)
            except NoRoomError as exc:
                self._go_read_only(exc.reason)
                data, repair = recover_file(path, store_file.label, self.read_only_reason)
            if repair is not None:
                self._report(repair)
            return store_file.checked(data) if data is not None else None

    def quarantine(self, store_file: StoreFile, data: dict, bad: list[tuple[str, str, str]]) -> dict:
        """Set bad records aside (store/quarantine/), put their last good copies back, say so."""
        backup_path = store_file.path.with_name(store_file.path.name + ".bak")
        try:
            backup = load_json_file(backup_path) if backup_path.exists() else None
        except (CorruptStoreError, OSError):
            backup = None
        try:
            clean, repair = quarantine_records(
                self.root, store_file.label, data, bad, backup, self.read_only_reason, store_file.check_record
            )
            if not self.read_only:
                payload = json.dumps(clean, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                # No backup here: the .bak stays the last good copy, not the damaged file.
                with self._lock.held():
                    atomic_write_bytes(store_file.path, payload)
        except (NoRoomError, BriefpackError) as exc:
            self._go_read_only(exc.reason if isinstance(exc, NoRoomError) else exc.user_message)
            clean, repair = quarantine_records(
                self.root, store_file.label, data, bad, backup, self.read_only_reason, store_file.check_record
            )
        self._report(repair)
        return clean

    # -- files ---------------------------------------------------------
    def file(self, name: str) -> StoreFile:
        """A named store file (library, packs, settings ...), opened once."""
        if name not in self._files:
            self._files[name] = StoreFile(self, self.root / f"{name}.json", kind_of(name, False))
        return self._files[name]

    def collection(self, file_name: str, table: str) -> Collection:
        return self.file(file_name).collection(table)

    def changed_on_disk(self) -> set[str]:
        """The store files another process wrote since the last call ("packs", "library",
        "sources/<id>" ...), including user sources added or removed. A file counts whether this
        process noticed the change already (re-reading it for a write of its own) or not."""
        files = {**self._files, **{f"sources/{i}": f for i, f in self._source_files.items()}}
        changed = set()
        for key, store_file in files.items():
            storage = cast(AtomicJSONStorage, store_file.db.storage)
            if storage.stale():
                storage.read()
            if storage.generation != self._seen.get(key, 0):
                self._seen[key] = storage.generation
                changed.add(key)
        on_disk = set(self.user_source_ids())
        changed |= {f"sources/{i}" for i in on_disk ^ set(self._source_files)}
        for gone in set(self._source_files) - on_disk:  # deleted by the other process
            self._source_files.pop(gone).close()
            self._seen.pop(f"sources/{gone}", None)
        return changed

    @property
    def opened(self) -> set[str]:
        """The named store files opened so far."""
        return set(self._files)

    def remove_file(self, name: str) -> None:
        """Delete a named store file and its last good copy (e.g. a deleted pack's history)."""
        if not _SAFE_NAME.match(name):
            raise ValidationError(f"{name!r} is not a valid store file name.")
        with self.writing():
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
            raise ValidationError(
                f"{source_id!r} is not a valid source id.",
                hint="Use letters, digits, dots, dashes and underscores.",
            )
        return self.root / "sources" / f"{source_id}.json"

    def _source_file(self, source_id: str) -> StoreFile:
        if source_id not in self._source_files:
            self._source_files[source_id] = StoreFile(self, self._source_path(source_id), "source")
        return self._source_files[source_id]

    def user_source_ids(self) -> list[str]:
        """Every user source, including one whose file is missing but whose last good copy is
        there (opening it restores the file)."""
        # A plain listing: Path.glob compiles a pattern each call, on the start-up path.
        try:
            names = os.listdir(self.root / "sources")
        except FileNotFoundError:
            return []
        ids = {name[:-5] for name in names if name.endswith(".json") and len(name) > 5}
        ids.update(name[:-9] for name in names if name.endswith(".json.bak") and len(name) > 9)
        return sorted(i for i in ids if _SAFE_NAME.match(i))

    def load_user_source(self, source_id: str) -> tuple[dict | None, list[dict]]:
        """The source record and its items, or (None, []) if the file holds none.

        The records are the store's own (no copy, so a 270,000-item source loads fast):
        read them, never change them.
        """
        data = self._source_file(source_id).db.storage.read() or {}
        sources = list((data.get("source") or {}).values())
        if not sources and not data.get("items"):
            self._drop_empty_source(source_id)
        return (sources[0] if sources else None), list((data.get("items") or {}).values())

    def _drop_empty_source(self, source_id: str) -> None:
        """A source file holding no source (left by an import killed before its first write, by
        an older version) reserves its id for nothing: remove it."""
        if self.read_only:
            return
        path = self._source_path(source_id)
        with self.writing():
            data = load_json_file(path) if path.exists() else {}
            if any(data.get(name) for name in ("source", "items")):
                return
            store_file = self._source_files.pop(source_id, None)
            if store_file:
                store_file.close()
            for candidate in (path, path.with_name(path.name + ".bak")):
                with contextlib.suppress(FileNotFoundError):
                    candidate.unlink()
        log.info("removed %s: an empty source file left by an interrupted import", path.name)

    def sweep(self) -> list[str]:
        """Remove temporary files left by a Briefpack process that was killed while writing.

        Every store write holds the lock for as long as its temporary file exists, so under the
        lock any temporary file in the store is litter, whatever its age."""
        if self.read_only:
            return []
        litter = []
        for folder in (self.root, self.root / "sources"):
            try:
                litter += [folder / n for n in os.listdir(folder) if n.startswith(".") and n.endswith(".tmp")]
            except FileNotFoundError:
                continue
        if not litter:
            return []  # the usual start: no lock taken (filelock is not even loaded)
        removed: list[str] = []
        try:
            held = self._lock.held(wait_seconds=0)
            held.__enter__()
        except StoreBusyError:
            return []  # another process is writing: its files are not litter; the next start sweeps
        try:
            for path in litter:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path.name)
        finally:
            held.__exit__(None, None, None)
        if removed:
            log.info(
                "removed %d temporary file(s) left by an interrupted save: %s",
                len(removed),
                ", ".join(removed[:5]),
            )
        return removed

    def user_source_fingerprints(self) -> dict[str, str]:
        """Size and modification time of each user source file: changes whenever one is written."""
        out: dict[str, str] = {}
        if not (self.root / "sources").is_dir():
            return out
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
        payload = json.dumps(
            sorted(table.values(), key=lambda r: str(r.get("id"))), sort_keys=True, ensure_ascii=False
        )
        return hashing.sha256(payload.encode("utf-8")).hexdigest()[:20]

    # -- which user sources there should be ----------------------------
    def account_sources(self, present: dict[str, str]) -> None:
        """Compare the user sources found (id -> title) with those saved (store/manifest.json):
        a source whose file and last good copy were both deleted is named to the user once."""
        manifest = self.root / f"{MANIFEST}.json"
        if not present and not manifest.exists() and not manifest.with_name(manifest.name + ".bak").exists():
            return
        listed = {str(r["id"]) for r in self.collection(MANIFEST, "sources").all()}
        if listed == set(present):
            return
        with self._lock.held() if not self.read_only else contextlib.nullcontext():
            on_disk = set(self.user_source_ids())  # again, with no other writer in between
            records = {str(r["id"]): r for r in self.collection(MANIFEST, "sources").all()}
            for source_id in sorted(set(records) - on_disk):
                self.report_notice(
                    f"sources/{source_id}.json",
                    f"Your source “{records[source_id].get('title', source_id)}” is gone: its "
                    "file and its last good copy were deleted from the data folder, so its "
                    "items are no longer in the library. Packs that quote them keep their "
                    "own copies.",
                )
                if not self.read_only:
                    self.collection(MANIFEST, "sources").delete(source_id)
            if not self.read_only:
                for source_id in sorted(on_disk & set(present) - set(records)):
                    self.collection(MANIFEST, "sources").put({"id": source_id, "title": present[source_id]})

    def save_user_source(self, source: dict, items: list[dict]) -> None:
        """Write a user source and all its items (one file, one atomic write).

        A new source also gets its last good copy at once (a plain copy, not a link, so damage
        to one is not damage to both): a source file deleted by mistake comes back at the next
        start rather than taking its items silently away."""
        self.save_user_sources([(source, items)])

    def save_user_sources(
        self, entries: list[tuple[dict, list[dict]]], progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Write several user sources as save_user_source does, each in its own file, and list
        them in the manifest with one write at the end (a bulk import of a thousand documents
        would otherwise rewrite the growing manifest a thousand times). A process stopped before
        that write leaves sources the manifest does not list yet; the next start adds them."""
        with self.writing():
            for n, (source, items) in enumerate(entries, 1):
                store_file = self._source_file(str(source["id"]))
                store_file.replace_tables({"source": [source], "items": items})
                backup = store_file.path.with_name(store_file.path.name + ".bak")
                if not backup.exists():
                    atomic_write_bytes(backup, store_file.path.read_bytes())
                if progress is not None:
                    progress(n, len(entries))
            manifest = self.collection(MANIFEST, "sources")
            if len(entries) == 1:
                source = entries[0][0]
                manifest.put({"id": str(source["id"]), "title": str(source.get("title", ""))})
                return
            listed = {str(r["id"]): r for r in manifest.all()}
            wanted = {
                str(source["id"]): {"id": str(source["id"]), "title": str(source.get("title", ""))}
                for source, _ in entries
            }
            if any(listed.get(key) != record for key, record in wanted.items()):
                manifest.put_many({**listed, **wanted}.values())

    def put_user_item(self, source_id: str, item: dict) -> None:
        self._source_file(source_id).collection("items").put(item)

    def delete_user_item(self, source_id: str, item_id: str) -> bool:
        return self._source_file(source_id).collection("items").delete(item_id)

    def delete_user_source(self, source_id: str) -> None:
        path = self._source_path(source_id)
        with self.writing():
            store_file = self._source_files.pop(source_id, None)
            if store_file:
                store_file.close()
            for candidate in (path, path.with_name(path.name + ".bak")):
                try:
                    candidate.unlink(missing_ok=True)
                except OSError as exc:
                    raise explain_os_error(exc, candidate) from exc
            self.collection(MANIFEST, "sources").delete(source_id)

    def close(self) -> None:
        for store_file in [*self._files.values(), *self._source_files.values()]:
            store_file.close()
        self._files.clear()
        self._source_files.clear()
