"""Litter of interrupted exports: the temporary files a killed export leaves in its folder.

An export writes every file of a set to a temporary file first (`.<name>.<pid>-<random>.tmp`)
and moves a file it replaces aside (`.<name>.<pid>-<hex>.old`) until the set is in place
(app/core/export/output_files.py). A process killed in between leaves those. Each folder an export of
this data folder wrote to is remembered (the last 20), and the next start removes from them the
files of that shape whose process is gone (or, where that cannot be told, that are older than
any export takes). Nothing else in the folder is touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path

from app.core.errors import BriefpackError
from app.core.storage import Store

log = logging.getLogger(__name__)

TABLE = "export_folders"
KEEP_FOLDERS = 20
# An export writes its set in seconds; a temporary file this old belongs to no running export.
STALE_SECONDS = 10 * 60
_LITTER = re.compile(r"^\..+\.(?:(\d+)-)?(?:[A-Za-z0-9_]{8}\.tmp|[0-9a-f]{12}\.old)$")


def _process_gone(pid: int) -> bool:
    """True when no process has this id (POSIX; elsewhere the age decides)."""
    if os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remember(store: Store, folder: Path) -> None:
    """Note that an export is about to write into `folder` (so a killed one is cleaned up)."""
    if store.read_only:
        return
    path = str(Path(folder).resolve())
    collection = store.collection("library", TABLE)
    try:
        with collection.writing():
            records = collection.all()
            if any(r.get("path") == path for r in records):
                return
            collection.put({"id": path, "path": path, "since": time.strftime("%Y-%m-%dT%H:%M:%S")})
            for old in sorted(records, key=lambda r: str(r.get("since", "")))[: -(KEEP_FOLDERS - 1)]:
                collection.delete(str(old["id"]))
    except BriefpackError as exc:  # the export itself matters more than this note
        log.warning("could not note the export folder %s: %s", path, exc.user_message)


def sweep(store: Store, now: float | None = None) -> list[Path]:
    """Remove stale export litter from every remembered folder; returns what was removed."""
    if store.read_only:
        return []
    now = time.time() if now is None else now
    removed: list[Path] = []
    for record in store.collection("library", TABLE).all():
        folder = Path(str(record.get("path", "")))
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            match = _LITTER.match(name)
            if not match:
                continue
            path = folder / name
            gone = bool(match.group(1)) and _process_gone(int(match.group(1)))
            with contextlib.suppress(OSError):
                if (gone or now - path.stat().st_mtime > STALE_SECONDS) and path.is_file():
                    path.unlink()
                    removed.append(path)
    if removed:
        log.info(
            "removed %d temporary file(s) of interrupted exports: %s",
            len(removed),
            ", ".join(str(p) for p in removed[:5]),
        )
    return removed
