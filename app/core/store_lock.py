"""One writer at a time: the inter-process lock around every read-modify-write of the store.

The lock is `filelock`'s (the only module that imports it): flock on POSIX, LockFileEx on
Windows, both released by the operating system when a process dies, so a killed writer never
leaves the folder locked. It is re-entrant within a thread (a pack save takes it, and the
collection writes inside take it again); other threads of the same process wait like other
processes do.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.core.errors import BriefpackError
from app.core.phrases import core

log = logging.getLogger(__name__)

LOCK_NAME = "briefpack.lock"
# Long enough for another process to finish the largest single write (a big imported source).
WAIT_SECONDS = 60.0
POLL_SECONDS = 0.005


class StoreBusyError(BriefpackError):
    """Another Briefpack process kept the data folder locked for too long."""


class StoreLock:
    """The data folder's write lock (`<home>/briefpack.lock`)."""

    def __init__(self, home: Path, wait_seconds: float = WAIT_SECONDS) -> None:
        self.path = Path(home) / LOCK_NAME
        self.wait_seconds = wait_seconds
        self._lock: Any = None  # filelock loads with the first write (~25 ms a start-up need not pay)

    @contextmanager
    def held(self, wait_seconds: float | None = None) -> Iterator[None]:
        """Hold the lock for the block (waiting for another process's write to finish)."""
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(str(self.path))
        wait = self.wait_seconds if wait_seconds is None else wait_seconds
        started = time.monotonic()
        try:
            self._lock.acquire(timeout=wait, poll_interval=POLL_SECONDS)
        except Timeout:
            raise StoreBusyError(
                core.tr(
                    "Another Briefpack window or command kept the data folder busy; nothing was changed."
                ),
                detail=f"{self.path} stayed locked for {wait:.0f} s",
                hint=core.tr("Wait for it to finish (a large import can take a while) and try again."),
            ) from None
        waited = time.monotonic() - started
        if waited > 1.0:
            log.info("waited %.1f s for the data folder's write lock", waited)
        try:
            yield
        finally:
            self._lock.release()
