"""The on-disk text index: an SQLite FTS5 table, a derived cache validated by a fingerprint.

Nothing here is the store of record: a missing, damaged, locked or outdated file is
rebuilt from the library. Columns hold pre-analysed tokens (see analysis.py), so
FTS5 only ever sees quoted tokens that Briefpack built, never what a user typed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core import hashing
from app.core.library import Library
from app.core.models import Item
from app.core.search.analysis import ANALYZER_VERSION, Analyzer, item_language

SCHEMA_VERSION = 1
# bm25 weights by column: item text (stems, words), other fields (stems, words), tags (never scores).
COLUMNS = ("stem", "word", "mstem", "mword", "tags")
WEIGHTS = (1.0, 1.0, 0.5, 0.5, 0.0)
_BM25 = "bm25(docs, " + ", ".join(str(w) for w in WEIGHTS) + ")"
_CHUNK = 500
_CREATE_DOCS = (
    "CREATE VIRTUAL TABLE docs USING fts5("
    + ", ".join(COLUMNS)
    + ", tokenize='unicode61 remove_diacritics 0')"
)


_TOKENS: dict[tuple[str, str], str] = {}


def tag_token(group: str, value: str) -> str:
    """The token standing for a tag in the tags column (letters and digits only): "themes" and
    "children" -> "x3f2a...". Sources are a group too ("sources", source id)."""
    token = _TOKENS.get((group, value))
    if token is None:
        token = "x" + hashing.md5(f"{group}:{value}".encode()).hexdigest()[:12]
        if len(_TOKENS) < 100_000:
            _TOKENS[(group, value)] = token
    return token


def signature(item: Item, language: str) -> str:
    """What the item's row was made from: a row whose signature differs is indexed again."""
    raw = "\x1f".join(
        (
            item.text,
            item.section,
            item.lead_in,
            item.locator,
            item.note,
            item.kind,
            item.source_id,
            ",".join(item.themes),
            ",".join(item.audiences),
            language,
        )
    )
    return hashing.md5(raw.encode("utf-8")).hexdigest()


def item_row(item: Item, library: Library, analyzer: Analyzer) -> tuple[str, list[str]]:
    """The item's signature and its five column values (see COLUMNS)."""
    language = item_language(item, library.sources.get(item.source_id))
    meta = " ".join(p for p in (item.section, item.lead_in, item.locator, item.note) if p)
    stem, word = analyzer.analyse(item.text, language)
    mstem, mword = analyzer.analyse(meta, language) if meta else ("", "")
    tags = [tag_token("themes", t) for t in item.themes]
    tags += [tag_token("audiences", a) for a in item.audiences]
    tags += [tag_token("kinds", item.kind), tag_token("sources", item.source_id)]
    return signature(item, language), [stem, word, mstem, mword, " ".join(tags)]


class IndexUnavailable(Exception):
    """The cache file cannot be used (damaged, locked, unwritable): build another."""


class IndexFile:
    """One SQLite database holding the FTS5 table, the slot of each item and the fingerprint."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fresh = False
        self.db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        target = ":memory:"
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                target = str(self.path)
        except OSError as exc:
            raise IndexUnavailable(str(exc)) from exc
        try:
            db = sqlite3.connect(target, timeout=2.0, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL" if self.path else "PRAGMA journal_mode=MEMORY")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA temp_store=MEMORY")
            db.execute("PRAGMA cache_size=-65536")
            self._prepare(db)
        except sqlite3.Error as exc:
            raise IndexUnavailable(str(exc)) from exc
        return db

    @staticmethod
    def _prepare(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        found = dict(db.execute("SELECT key, value FROM meta").fetchall())
        wanted = {"schema": str(SCHEMA_VERSION), "analyzer": str(ANALYZER_VERSION)}
        if all(found.get(k) == v for k, v in wanted.items()):
            db.execute("SELECT count(*) FROM items").fetchone()
            db.execute("SELECT rowid FROM docs WHERE docs MATCH 'x' LIMIT 1").fetchall()
            return
        db.execute("BEGIN")
        db.execute("DROP TABLE IF EXISTS docs")
        db.execute("DROP TABLE IF EXISTS items")
        db.execute("DELETE FROM meta")
        db.execute(_CREATE_DOCS)
        db.execute(
            "CREATE TABLE items(slot INTEGER PRIMARY KEY, item_id TEXT UNIQUE NOT NULL, sig TEXT NOT NULL)"
        )
        db.execute("DROP TABLE IF EXISTS snapshot")
        db.execute("CREATE TABLE snapshot(key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [*list(wanted.items()), ("fingerprint", "")])
        db.execute("COMMIT")

    # -- state ---------------------------------------------------------
    def fingerprint(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        return row[0] if row else ""

    def slots(self) -> list[tuple[int, str]]:
        return self.db.execute("SELECT slot, item_id FROM items").fetchall()

    def signatures(self) -> dict[str, tuple[int, str]]:
        return {
            item_id: (slot, sig)
            for slot, item_id, sig in self.db.execute("SELECT slot, item_id, sig FROM items")
        }

    def write(
        self,
        upserts: Iterable[tuple[int, str, str, Sequence[str]]],
        deletes: Iterable[int],
        fingerprint: str,
        fresh: bool = False,
    ) -> None:
        """Apply changes and record the fingerprint they bring the index to, in one transaction.

        With fresh=True everything indexed before is dropped first."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._fresh = fresh
            if fresh:
                db.execute("DROP TABLE docs")
                db.execute(_CREATE_DOCS)
                db.execute("DELETE FROM items")
                db.execute("DELETE FROM snapshot")
            gone = [(slot,) for slot in deletes]
            db.executemany("DELETE FROM docs WHERE rowid = ?", gone)
            db.executemany("DELETE FROM items WHERE slot = ?", gone)
            batch: list[tuple[int, str, str, Sequence[str]]] = []
            for row in upserts:
                batch.append(row)
                if len(batch) >= _CHUNK:
                    self._upsert(batch)
                    batch = []
            self._upsert(batch)
            db.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (fingerprint,))
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def _upsert(self, batch: list[tuple[int, str, str, Sequence[str]]]) -> None:
        if not batch:
            return
        db = self.db
        existing = [] if self._fresh else self._existing([row[0] for row in batch])
        if existing:
            db.executemany("DELETE FROM docs WHERE rowid = ?", [(slot,) for slot in existing])
        db.executemany(
            "INSERT INTO docs(rowid, stem, word, mstem, mword, tags) VALUES (?, ?, ?, ?, ?, ?)",
            [(row[0], *row[3]) for row in batch],
        )
        db.executemany(
            "INSERT OR REPLACE INTO items(slot, item_id, sig) VALUES (?, ?, ?)",
            [(row[0], row[1], row[2]) for row in batch],
        )

    def save_snapshot(self, fingerprint: str, parts: dict[str, bytes]) -> None:
        """Keep the engine's in-memory sets for the next start (valid for this fingerprint only)."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM snapshot")
            db.executemany(
                "INSERT INTO snapshot VALUES (?, ?)", [*parts.items(), ("fingerprint", fingerprint.encode())]
            )
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def load_snapshot(self, fingerprint: str) -> dict[str, bytes] | None:
        row = self.db.execute("SELECT value FROM snapshot WHERE key = 'fingerprint'").fetchone()
        if row is None or bytes(row[0]).decode() != fingerprint:
            return None
        return {key: bytes(value) for key, value in self.db.execute("SELECT key, value FROM snapshot")}

    def _existing(self, slots: list[int]) -> list[int]:
        low, high = min(slots), max(slots)
        found = self.db.execute("SELECT slot FROM items WHERE slot BETWEEN ? AND ?", (low, high)).fetchall()
        wanted = set(slots)
        return [row[0] for row in found if row[0] in wanted]

    # -- queries -------------------------------------------------------
    def match(self, expression: str) -> list[int]:
        """Slots of the items matching an FTS5 expression built by the engine."""
        return [row[0] for row in self.db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (expression,))]

    def match_among(self, expression: str, slots: Sequence[int]) -> list[int]:
        out: list[int] = []
        for start in range(0, len(slots), _CHUNK):
            chunk = list(slots[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            out += [
                row[0]
                for row in self.db.execute(
                    f"SELECT rowid FROM docs WHERE docs MATCH ? AND rowid IN ({marks})", (expression, *chunk)
                )
            ]
        return out

    def ranked(self, expression: str, limit: int | None) -> list[tuple[int, float]]:
        """(slot, score) best first; score = -bm25 (higher is better), ties by slot."""
        sql = f"SELECT rowid, {_BM25} AS s FROM docs WHERE docs MATCH ? ORDER BY s, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(slot, -score) for slot, score in self.db.execute(sql, (expression,))]

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
