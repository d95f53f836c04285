"""From reviewed drafts to the records a commit writes: earlier imports recognised (same file,
symbol, file name or title), source ids allocated once across a batch, item ids kept on update."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.importing.draft import ImportDraft, ImportResult
from app.core.importing.review import item_records, source_record
from app.core.text import fold, slug

MAX_BASE_ID = 32


@dataclass(slots=True)
class EarlierImports:
    """The user's imported sources by file digest, symbol, file name and title."""

    by_digest: dict[str, str] = field(default_factory=dict)
    by_symbol: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_title: dict[str, str] = field(default_factory=dict)
    symbols: dict[str, str] = field(default_factory=dict)  # source id -> its symbol

    @classmethod
    def of(cls, records: list[tuple[str, dict]]) -> EarlierImports:
        earlier = cls()
        for source_id, record in records:
            earlier.add(source_id, record)
        return earlier

    def add(self, source_id: str, record: dict) -> None:
        self.symbols[source_id] = str(record.get("symbol") or "")
        for index, value in (
            (self.by_digest, record.get("import_sha256")),
            (self.by_symbol, record.get("symbol")),
            (self.by_name, record.get("import_file")),
            (self.by_title, fold(str(record.get("title") or ""))),
        ):
            if value:
                index.setdefault(str(value), source_id)

    def match(self, draft: ImportDraft) -> tuple[str, str]:
        """The source this document was imported as before, and how it was recognised. A name
        or title alone never joins two documents with different symbols (each year's
        resolution on the "Question of New Caledonia" is a document of its own)."""
        name = Path(draft.document.path).name
        for index, value, reason in (
            (self.by_digest, draft.document.file_sha256, "same file"),
            (self.by_symbol, draft.source.symbol, "same symbol"),
            (self.by_name, name, "same file name"),
            (self.by_title, fold(draft.source.title), "same title"),
        ):
            if value and value in index:
                source_id = index[value]
                other = self.symbols.get(source_id, "")
                if (
                    reason in ("same file name", "same title")
                    and other
                    and draft.source.symbol
                    and (other != draft.source.symbol)
                ):
                    continue
                return source_id, reason
        return "", ""


def recognise(draft: ImportDraft, earlier: EarlierImports) -> ImportDraft:
    """The draft offered as an update when its document was imported before."""
    existing, reason = earlier.match(draft)
    if not existing:
        return draft
    return replace(draft, existing_source_id=existing, existing_reason=reason, update=True)


@dataclass(slots=True)
class PendingSource:
    """One source to write: its record, its items and whether it replaces an earlier import."""

    source: dict
    items: list[dict]
    update: bool
    result: ImportResult


@dataclass(slots=True)
class ImportBatch:
    """Drafts committed together: ids are allocated against the library, the store and each
    other; `workspace.imports.write` writes them and composes the library once."""

    taken: set[str]
    earlier: EarlierImports
    previous: dict[str, list[dict]] = field(default_factory=dict)  # an earlier import's items
    entries: list[PendingSource] = field(default_factory=list)

    def add(self, draft: ImportDraft) -> ImportResult:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        if draft.update and draft.existing_source_id:
            source_id = draft.existing_source_id
            previous = self.previous.get(source_id, [])
            pending = next((e for e in self.entries if e.source["id"] == source_id), None)
            if pending is not None:
                # the same document twice in one batch (a PDF and its text): the later one wins
                self.entries.remove(pending)
                previous = pending.items if pending.update else []
                if not pending.update:
                    items, _ = item_records(draft, source_id)
                    result = ImportResult(source_id, tuple(i["id"] for i in items))
                    self.entries.append(
                        PendingSource(source_record(draft, source_id, stamp), items, False, result)
                    )
                    return result
            items, kept = item_records(draft, source_id, previous)
            old = {str(p["id"]) for p in previous}
            result = ImportResult(
                source_id,
                tuple(i["id"] for i in items),
                True,
                tuple(kept),
                tuple(sorted(old - {i["id"] for i in items})),
            )
            record = source_record(draft, source_id, stamp)
            self.entries.append(PendingSource(record, items, True, result))
        else:
            source_id = self.new_id(draft)
            items, _ = item_records(draft, source_id)
            record = source_record(draft, source_id, stamp)
            result = ImportResult(source_id, tuple(i["id"] for i in items))
            self.entries.append(PendingSource(record, items, False, result))
        self.taken.add(source_id)
        self.earlier.add(source_id, record)
        return result

    def new_id(self, draft: ImportDraft) -> str:
        source = draft.source
        base = source.id or slug(source.symbol or source.short_title or source.title) or "source"
        if len(base) > MAX_BASE_ID and not source.id:
            base = base[:MAX_BASE_ID].rsplit("-", 1)[0]
        source_id, n = base, 1
        while source_id in self.taken:
            n += 1
            source_id = f"{base}-{n}"
        return source_id
