"""Repairing the store on open: damaged files and records set aside, last good copies restored.

Every repair is careful with the disk: the damaged file is renamed aside (never truncated),
the last good copy is written to a temporary file and renamed into place (atomic.py), and
nothing is written when the folder is read-only or lacks the room; the caller then opens the
data folder read-only and says why. Each repair is described in a `Repair` the user is shown.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import atomic_write_bytes
from app.core.errors import BriefpackError
from app.core.frozen import Frozen, set_fields
from app.core.phrases import core, listing, sentences

QUARANTINE_DIR = "quarantine"
# Why a data folder is opened read-only, as the sentences that give the reason say it.
READ_ONLY_FOLDER = core.tr("the folder is read-only")
DISK_FULL = core.tr("the disk is full")
# Kept free beyond what a repair writes, so the repair never fills the disk itself.
SPARE_BYTES = 1024 * 1024


class CorruptStoreError(Exception):
    """A store file that cannot be parsed as a store."""


class NoRoomError(Exception):
    """A repair would have to write, and the folder is read-only or lacks the room."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Repair(Frozen):
    """One thing set right in the data folder, as the user is told it."""

    file: str  # the store file, relative to the store folder ("packs.json", "sources/x.json")
    message: str  # what was set aside and what was restored, in a sentence or two
    aside: str  # where the damaged file or records were kept ("" when nothing was)
    notice: bool  # a state the user must know (opened read-only) rather than a repair
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(self, file: str, message: str, aside: str = "", notice: bool = False) -> None:
        set_fields(self, file, message, aside, notice)

    def __str__(self) -> str:
        return self.message


def load_json_file(path: Path) -> dict:
    """A store file's tables; CorruptStoreError when it is not JSON tables of records."""
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CorruptStoreError(f"{path.name}: {_short(exc)}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptStoreError(f"{path.name}: not a store (expected tables of records)")
    return data


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 160 else text[:160] + "…"


def unique_name(folder: Path, stem: str, suffix: str = "") -> Path:
    """`<stem>-<time>-<n><suffix>` that does not exist yet (two repairs in one second keep both)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        candidate = folder / f"{stem}-{stamp}-{n}{suffix}"
        if not candidate.exists() and not os.path.lexists(candidate):
            return candidate
        n += 1


def check_room(folder: Path, needed: int) -> None:
    """NoRoomError unless `needed` bytes (and a spare megabyte) can be written in `folder`."""
    if not os.access(folder, os.W_OK):
        raise NoRoomError(READ_ONLY_FOLDER)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the size is unknown: the write itself will say
    if free < needed + SPARE_BYTES:
        raise NoRoomError(core.tr("the disk is full ({free} KB free)").format(free=free // 1024))


def _room_error(exc: OSError) -> NoRoomError | None:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NoRoomError(READ_ONLY_FOLDER)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return NoRoomError(DISK_FULL)
    return None


def _backup_data(backup: Path) -> dict | None:
    if not backup.exists():
        return None
    try:
        return load_json_file(backup)
    except (CorruptStoreError, OSError):
        return None


def _saved_at(path: Path) -> str:
    try:
        return time.strftime("%d %b %Y %H:%M", time.localtime(path.stat().st_mtime))
    except OSError:
        return "an earlier save"


def recover_file(path: Path, label: str, blocked: str = "") -> tuple[dict | None, Repair | None]:
    """Check a store file before it is opened; returns its tables and what was repaired.

    A missing file with a good last copy is restored; a file that does not parse is renamed
    aside (unique name) and its last good copy restored. When the disk may not be written
    (`blocked` says why) nothing on disk changes: the last good copy is used from memory.
    NoRoomError when a repair needs the disk and cannot have it (the file is then left exactly
    as it was).
    """
    backup = path.with_name(path.name + ".bak")
    if not path.exists():
        data = _backup_data(backup)
        if data is None:
            return None, None
        when = _saved_at(backup)
        if blocked:
            return data, Repair(
                label,
                core.tr(
                    "{label} was missing; its last good copy ({when}) is shown, but could not be put "
                    "back because {blocked}."
                ).format(label=label, when=when, blocked=blocked),
            )
        _restore(path, backup)
        restored = core.tr("{label} was missing; its last good copy ({when}) was restored.")
        return data, Repair(label, restored.format(label=label, when=when))
    try:
        return load_json_file(path), None
    except CorruptStoreError as exc:
        reason = str(exc).split(": ", 1)[-1]
    data = _backup_data(backup)
    if blocked:
        if data is not None:
            message = core.tr(
                "{label} could not be read ({reason}); its last good copy ({when}) is shown. Nothing "
                "was moved or restored because {blocked}."
            ).format(label=label, reason=reason, when=_saved_at(backup), blocked=blocked)
        else:
            message = core.tr(
                "{label} could not be read ({reason}); Briefpack opened without it. Nothing was moved "
                "or restored because {blocked}."
            ).format(label=label, reason=reason, blocked=blocked)
        return data, Repair(label, message)
    check_room(path.parent, backup.stat().st_size if data is not None else 0)
    aside = unique_name(path.parent, f"{path.name}.corrupt")
    try:
        os.replace(path, aside)
        if data is not None:
            _restore(path, backup)
    except OSError as exc:
        room = _room_error(exc)
        if room is None:
            raise BriefpackError(
                core.tr("Could not repair {label}.").format(label=label), detail=str(exc)
            ) from exc
        raise room from exc
    if data is not None:
        message = core.tr(
            "{label} could not be read ({reason}); it was set aside as {aside} and its last good copy "
            "({when}) was restored. Changes saved after that copy are missing."
        ).format(label=label, reason=reason, aside=aside.name, when=_saved_at(backup))
    else:
        message = core.tr(
            "{label} could not be read ({reason}) and has no good copy; it was set aside as {aside} "
            "and Briefpack started without it."
        ).format(label=label, reason=reason, aside=aside.name)
    return data, Repair(label, message, aside.name)


def _restore(path: Path, backup: Path) -> None:
    """Put the last good copy in place: a temporary file renamed over (the backup stays)."""
    payload = backup.read_bytes()
    check_room(path.parent, len(payload))
    try:
        atomic_write_bytes(path, payload)
    except BriefpackError as exc:
        cause = exc.__cause__
        room = _room_error(cause) if isinstance(cause, OSError) else None
        if room is not None:
            raise room from exc
        raise


def quarantine_records(
    store_root: Path,
    label: str,
    data: dict,
    bad: list[tuple[str, str, str]],
    backup: dict | None,
    blocked: str,
    check: Any,
) -> tuple[dict, Repair]:
    """Take bad records out of `data`; each is replaced by its last good copy when the backup
    holds a good one. The records set aside are written to store/quarantine/ (when writable).

    Returns the tables to use and the repair to report. `check(table, record)` tells whether a
    backup record is good (None) or not.
    """
    clean = {table: dict(records) for table, records in data.items()}
    restored: list[str] = []
    removed: list[dict] = []
    for table, key, reason in bad:
        record = clean[table].pop(key)
        good = (backup or {}).get(table, {}).get(key)
        if good is not None and check(table, good) is None and _same_id(record, good):
            clean[table][key] = good
            restored.append(_describe(table, key, good))
        removed.append({"table": table, "key": key, "reason": reason, "record": record})
    aside = ""
    if not blocked:
        folder = store_root / QUARANTINE_DIR
        folder.mkdir(exist_ok=True)
        target = unique_name(folder, label.replace("/", "-").removesuffix(".json"), ".json")
        payload = json.dumps(
            {"file": label, "set_aside": time.strftime("%Y-%m-%dT%H:%M:%S"), "records": removed},
            ensure_ascii=False,
            indent=1,
        ).encode("utf-8")
        check_room(folder, len(payload))
        atomic_write_bytes(target, payload)
        aside = f"{QUARANTINE_DIR}/{target.name}"
    first = removed[0]
    details = {
        "file": label,
        "record": _describe(first["table"], first["key"], first["record"]),
        "reason": first["reason"],  # a record check's technical words (JSON types, field names)
        "count": len(removed),
        "more": len(removed) - 1,
        "aside": aside,
        "blocked": blocked,
    }
    if len(removed) == 1 and aside:
        what = core.tr(
            "1 record of {file} could not be used ({record}: {reason}); it was set aside in {aside}."
        )
    elif len(removed) == 1:
        what = core.tr(
            "1 record of {file} could not be used ({record}: {reason}); it was left out (nothing "
            "was moved because {blocked})."
        )
    elif aside:
        what = core.tr(
            "{count} records of {file} could not be used ({record}: {reason}; and {more} more); "
            "they were set aside in {aside}."
        )
    else:
        what = core.tr(
            "{count} records of {file} could not be used ({record}: {reason}; and {more} more); "
            "they were left out (nothing was moved because {blocked})."
        )
    parts = [what.format(**details)]
    if restored:
        copies = listing(restored[:3])
        restored_text = (
            core.tr("The last good copy of {records} and more was restored.")
            if len(restored) > 3
            else core.tr("The last good copy of {records} was restored.")
        )
        parts.append(restored_text.format(records=copies))
    message = sentences(parts)
    return clean, Repair(label, message, aside)


def _same_id(record: Any, good: dict) -> bool:
    return not isinstance(record, dict) or "id" not in record or record.get("id") == good.get("id")


def _describe(table: str, key: str, record: Any) -> str:
    if isinstance(record, dict):
        name = record.get("title") or record.get("name") or record.get("id")
        if isinstance(name, str) and name:
            return core.tr("{table} record {name}").format(table=table, name=repr(name))
    return core.tr("{table} record {name}").format(table=table, name=key)
