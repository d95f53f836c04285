"""Saved packs and their bounded version history, in the user's store."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, replace

from app.core.brief import META_FIELDS
from app.core.errors import BriefpackError, NotFoundError, ValidationError
from app.core.packs.pack import PACK_ID_RE, Pack, check_pack_id, now_iso
from app.core.phrases import core
from app.core.storage import Collection, Store

HISTORY_LIMIT = 50
PACKS_FILE = "packs"
MIN_PREFIX = 4


@dataclass(frozen=True, slots=True)
class PackSummary:
    """What a pack list shows without building every pack."""

    id: str
    title: str
    meeting: str
    date: str
    updated: str
    built: str
    entries: int
    included: int


@dataclass(frozen=True, slots=True)
class PackVersion:
    """One saved version of a pack (newest has the highest number)."""

    number: int
    saved: str
    summary: str
    title: str
    entries: int


class PackConflictError(BriefpackError):
    """The pack was saved (or deleted) by another window or command since this copy was read."""

    def __init__(self, title: str, theirs: dict | None) -> None:
        if theirs is None:
            message = core.tr(
                "“{title}” was deleted by another Briefpack window or command; your changes were not saved."
            ).format(title=title)
            hint = core.tr("Save it again to keep it (as it is on your screen), or save it as a copy.")
        else:
            when = str(theirs.get("updated", "")).replace("T", " ").removesuffix("Z")
            if when:
                message = core.tr(
                    "“{title}” was changed by another Briefpack window or command (saved {when} UTC) "
                    "since you opened it; your changes were not saved over it."
                ).format(title=title, when=when)
            else:
                message = core.tr(
                    "“{title}” was changed by another Briefpack window or command since you opened it; "
                    "your changes were not saved over it."
                ).format(title=title)
            hint = core.tr(
                "Reload it to see the other change, save yours as a copy, or save again to replace it."
            )
        super().__init__(message, hint=hint)
        self.theirs = _from_stored(theirs) if theirs is not None else None


class PackStore:
    """Packs in <home>/store/packs.json; each pack's history in pack-history-<id>.json.

    History versions share the embedded item and source snapshots through a
    table of blobs keyed by content, so fifty versions of a large pack cost
    little more than one.
    """

    def __init__(self, store: Store, history_limit: int = HISTORY_LIMIT) -> None:
        self._store = store
        self.history_limit = history_limit
        self._packs: Collection | None = None

    @property
    def packs(self) -> Collection:
        if self._packs is None:
            self._packs = self._store.collection(PACKS_FILE, "packs")
            repaired = any(r.file == f"{PACKS_FILE}.json" and not r.notice for r in self._store.repairs)
            if repaired or self._orphan_histories():
                self._recover_from_history()
        return self._packs

    def _orphan_histories(self) -> bool:
        """A pack history whose pack packs.json lacks: packs.json lost it (deleting a pack removes
        its history first), so the pack is recovered from it."""
        names = (
            [n for n in os.listdir(self._store.root) if n.startswith("pack-history-") and n.endswith(".json")]
            if self._store.root.is_dir()
            else []
        )
        if not names:
            return False
        ids = set(self.packs.ids())
        return any(n.removeprefix("pack-history-").removesuffix(".json") not in ids for n in names)

    def _recover_from_history(self) -> None:
        """After packs.json was restored from its last good copy (or lost records), bring back
        from each pack's history the saves the restored copy lacks: history is written before
        packs.json, so its newest version is the pack as last saved."""
        if self._store.read_only:
            return
        with self._store.writing():  # a save in progress elsewhere writes its history first
            self._recover_each()

    def _recover_each(self) -> None:
        stored = {str(r.get("id")): r for r in self.packs.all()}
        names = sorted(p.name for p in self._store.root.glob("pack-history-*.json"))
        for name in names:
            pack_id = name.removeprefix("pack-history-").removesuffix(".json")
            if not PACK_ID_RE.match(pack_id):
                continue
            try:
                versions = self._history(pack_id).collection("versions").all()
                if not versions:
                    continue
                newest = max(versions, key=lambda v: int(v["n"]))
                current = stored.get(pack_id)
                if current is not None and str(newest["saved"]) < str(current.get("updated", "")):
                    continue
                pack = self._stored_version(pack_id, int(newest["n"])) if current is None else None
                if current is not None:
                    candidate = self._stored_version(pack_id, int(newest["n"]))
                    if _same_content(candidate.to_record(), _from_stored(current).to_record()):
                        continue
                    pack = candidate
                assert pack is not None
                saved = self.save(
                    replace(pack, revision=_revision(current)),
                    force=True,
                    summary=f"recovered version {newest['n']} from the history",
                )
            except BriefpackError as exc:
                self._store.report_notice(
                    f"{PACKS_FILE}.json", f"Could not check the history of pack {pack_id}: {exc.user_message}"
                )
                continue
            what = (
                "was missing from packs.json"
                if current is None
                else f"lost its last change ({newest.get('summary', 'saved')}, {newest['saved']})"
            )
            self._store.report_notice(
                f"{PACKS_FILE}.json",
                f"The pack “{saved.title}” {what}; it was recovered from the "
                f"pack's history (version {newest['n']}).",
            )

    # -- reading ---------------------------------------------------------
    def ids(self) -> list[str]:
        return self.packs.ids()

    def get(self, pack_id: str) -> Pack:
        record = self.packs.get(pack_id)
        if record is None:
            raise NotFoundError(
                f"No pack with id {pack_id!r}.", hint="'briefpack pack list' shows your packs."
            )
        return _from_stored(record)

    def resolve(self, ref: str) -> str:
        """A pack id from an id, a unique id prefix (4+ characters), an exact title, or the start
        of one title (any case)."""
        ref = (ref or "").strip()
        ids = self.packs.ids()
        if ref in ids:
            return ref
        matches = [i for i in ids if len(ref) >= MIN_PREFIX and i.startswith(ref.lower())]
        if not matches and ref:
            folded = ref.casefold()
            titles = {str(r["id"]): str(r.get("title", "")) for r in self.packs.all()}
            matches = [i for i, t in titles.items() if t.casefold() == folded]
            if not matches:
                matches = [i for i, t in titles.items() if t.casefold().startswith(folded)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            titles = {str(r["id"]): str(r.get("title", "")) for r in self.packs.all()}
            named = "; ".join(f"{titles.get(i, '')} ({i[:8]})" for i in matches[:5])
            raise ValidationError(
                f"{ref!r} names {len(matches)} packs: {named}.",
                hint="Type more of the title, or the start of the id ('briefpack pack list').",
            )
        raise NotFoundError(f"No pack {ref!r}.", hint="'briefpack pack list' shows your packs.")

    def summaries(self) -> list[PackSummary]:
        """All packs, most recently updated first."""
        summaries = []
        for record in self.packs.all():
            entries = record.get("entries") or []
            summaries.append(
                PackSummary(
                    id=str(record.get("id")),
                    title=str(record.get("title", "")),
                    meeting=str(record.get("meeting", "")),
                    date=str(record.get("date", "")),
                    updated=str(record.get("updated", "")),
                    built=str(record.get("built", "")),
                    entries=len(entries),
                    included=sum(1 for e in entries if not e.get("excluded")),
                )
            )
        summaries.sort(key=lambda s: (s.updated, s.title), reverse=True)
        return summaries

    # -- writing -----------------------------------------------------------
    def save(self, pack: Pack, summary: str = "", force: bool = False) -> Pack:
        """Store the pack (stamping `updated`) and keep a version of it in its history.

        The pack must be based on the stored revision: one saved or deleted meanwhile by another
        process raises PackConflictError (nothing is written) unless `force` replaces it."""
        check_pack_id(pack.id)
        with self._store.writing():
            previous = self.packs.get(pack.id)  # read afresh under the lock
            stored_revision = _revision(previous)
            stamp = now_iso()
            pack = replace(pack, updated=stamp, created=pack.created or stamp)
            record = pack.to_record()
            if previous is not None and _same_content(previous, record):
                return _from_stored(previous)
            if not force and (stored_revision != pack.revision or (previous is None and pack.revision)):
                raise PackConflictError(pack.title, previous)
            if not summary:
                summary = describe_changes(_from_stored(previous) if previous else None, pack)
            self._add_version(pack.id, record, summary, stamp)
            pack = replace(pack, revision=stored_revision + 1)
            self.packs.put({**record, "revision": pack.revision})
            return pack

    def delete(self, pack_id: str) -> None:
        """Delete a pack and its history."""
        with self._store.writing():
            if self.packs.get(pack_id) is None:
                raise NotFoundError(f"No pack with id {pack_id!r}.")
            # The history first: a history without its pack would bring the pack back (above).
            self._store.remove_file(_history_file(pack_id))
            self.packs.delete(pack_id)

    # -- history -------------------------------------------------------------
    def history(self, pack_id: str) -> list[PackVersion]:
        """The pack's saved versions, newest first."""
        self.get(pack_id)
        versions = self._history(pack_id).collection("versions").all()
        versions.sort(key=lambda v: int(v["n"]), reverse=True)
        return [
            PackVersion(int(v["n"]), str(v["saved"]), str(v["summary"]), str(v["title"]), int(v["entries"]))
            for v in versions
        ]

    def version(self, pack_id: str, number: int) -> Pack:
        """The pack as it was saved in version `number`."""
        self.get(pack_id)
        return self._stored_version(pack_id, number)

    def _stored_version(self, pack_id: str, number: int) -> Pack:
        history = self._history(pack_id)
        stored = history.collection("versions").get(str(number))
        if stored is None:
            raise NotFoundError(
                f"The pack has no version {number}.",
                hint="'briefpack pack history PACK' lists the versions kept.",
            )
        blobs = {b["id"]: b["record"] for b in history.collection("blobs").all()}
        record = dict(stored["pack"])
        try:
            for name in ("items", "sources"):
                record[name] = [blobs[key] for key in blobs[record[name]]]
        except (KeyError, TypeError) as exc:
            raise BriefpackError(
                f"Version {number} of the pack is incomplete in its history file.",
                detail=f"missing snapshot {exc}",
            ) from None
        return _from_stored(record)

    def restore(self, pack_id: str, number: int) -> Pack:
        """Make version `number` the current pack (itself saved as a new version)."""
        with self._store.writing():
            old = replace(self.version(pack_id, number), revision=self.get(pack_id).revision)
            return self.save(old, summary=f"restored version {number}")

    def _history(self, pack_id: str):
        name = _history_file(pack_id)
        path = self._store.root / f"{name}.json"
        if (
            name not in self._store.opened
            and not path.exists()
            and not path.with_name(path.name + ".bak").exists()
        ):
            record = self.packs.get(pack_id)
            if record is not None and _revision(record) > 0:
                self._store.report_notice(
                    path.name,
                    f"The history of the pack “{record.get('title', '')}” "
                    "is gone (its file was deleted, with its last good copy): its "
                    "earlier versions cannot be restored. The pack itself is "
                    "intact; its next save starts a new history.",
                )
        return self._store.file(name)

    def _add_version(self, pack_id: str, record: dict, summary: str, stamp: str) -> None:
        history = self._history(pack_id)
        versions = history.collection("versions").all()
        blobs = {b["id"]: b for b in history.collection("blobs").all()}
        number = max((int(v["n"]) for v in versions), default=0) + 1
        stored = dict(record)
        # Entries without their default values; snapshot lists as one blob of blob keys.
        stored["entries"] = [{k: v for k, v in e.items() if k == "item_id" or v} for e in record["entries"]]
        for name in ("items", "sources"):
            keys = []
            for sub in record.get(name, []):
                key = _blob_key(sub)
                blobs.setdefault(key, {"id": key, "record": sub})
                keys.append(key)
            list_key = _blob_key(keys)
            blobs.setdefault(list_key, {"id": list_key, "record": keys})
            stored[name] = list_key
        versions.append(
            {
                "id": str(number),
                "n": number,
                "saved": stamp,
                "summary": summary,
                "title": record.get("title", ""),
                "entries": len(record.get("entries", [])),
                "pack": stored,
            }
        )
        versions.sort(key=lambda v: int(v["n"]))
        versions = versions[-self.history_limit :]
        used: set[str] = set()
        for v in versions:
            for name in ("items", "sources"):
                list_key = v["pack"][name]
                used.add(list_key)
                used.update(blobs[list_key]["record"])
        history.replace_tables(
            {"versions": versions, "blobs": [b for key, b in blobs.items() if key in used]}
        )


def describe_changes(old: Pack | None, new: Pack) -> str:
    """A short account of what an edit changed, for the history list."""
    if old is None:
        return "created"
    parts = []
    old_ids, new_ids = set(old.item_ids), set(new.item_ids)
    if added := len(new_ids - old_ids):
        parts.append(f"added {added} item{'s' * (added != 1)}")
    if removed := len(old_ids - new_ids):
        parts.append(f"removed {removed} item{'s' * (removed != 1)}")
    common_old = [i for i in old.item_ids if i in new_ids]
    common_new = [i for i in new.item_ids if i in old_ids]
    if common_old != common_new:
        parts.append("reordered")
    old_entries = {e.item_id: e for e in old.entries}
    flags = notes = 0
    for entry in new.entries:
        before = old_entries.get(entry.item_id)
        if before is None:
            continue
        notes += before.note != entry.note
        flags += (before.pinned, before.excluded) != (entry.pinned, entry.excluded)
    if notes:
        parts.append(f"{notes} note{'s' * (notes != 1)} edited")
    if flags:
        parts.append(f"{flags} entr{'ies' if flags != 1 else 'y'} pinned, unpinned, excluded or included")
    if old.key_messages != new.key_messages:
        parts.append("key messages edited")
    if old.rules != new.rules:
        parts.append("rules changed")
    meta = [name for name in META_FIELDS if getattr(old, name) != getattr(new, name)]
    if meta:
        parts.append("edited " + ", ".join(m.replace("_", " ") for m in meta))
    refreshed = sum(
        1
        for i in old_ids & new_ids
        if old.snapshot(i) is not None and new.snapshot(i) not in (None, old.snapshot(i))
    )
    if refreshed:
        parts.append(f"{refreshed} snapshot{'s' * (refreshed != 1)} updated")
    return "; ".join(parts) or "saved"


def _history_file(pack_id: str) -> str:
    if not PACK_ID_RE.match(pack_id):
        raise ValidationError(f"{pack_id!r} is not a valid pack id.")
    return f"pack-history-{pack_id}"


def _blob_key(record: dict | list) -> str:
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


def _revision(record: dict | None) -> int:
    value = (record or {}).get("revision", 0)
    return value if isinstance(value, int) else 0


def _same_content(a: dict, b: dict) -> bool:
    skip = ("updated", "revision")
    return {k: v for k, v in a.items() if k not in skip} == {k: v for k, v in b.items() if k not in skip}


def _from_stored(record: dict) -> Pack:
    try:
        return replace(Pack.from_record(record), revision=_revision(record))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise BriefpackError(
            f"The saved pack {record.get('id')!r} is damaged and cannot be read.",
            detail=f"{type(exc).__name__}: {exc}",
            hint="Restore an earlier version ('briefpack pack history').",
        ) from exc
