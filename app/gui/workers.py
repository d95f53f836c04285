"""Background work (loading, export) on a thread pool, reporting back through Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_pool: QThreadPool | None = None
_synchronous = False


def run_synchronously(on: bool = True) -> bool:
    """Tests: run every task at once in the calling thread (its signals fire before start()
    returns), so a test never waits on a thread. Returns the previous setting."""
    global _synchronous
    previous, _synchronous = _synchronous, on
    return previous


def pool() -> QThreadPool:
    """The app's own pool (two threads: one long job and one short never wait on each other)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setObjectName("briefpack-workers")
    return _pool


class TaskSignals(QObject):
    """Lives in the GUI thread; the worker emits, so slots run queued in the GUI thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    done = Signal()  # after finished, failed or cancellation


class Task(QRunnable):
    """Run `fn` off the GUI thread. With `reports=True`, fn gets progress= and cancel= keywords."""

    def __init__(self, fn: Callable[..., Any], reports: bool = False, name: str = "task") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.reports = reports
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_finished(self) -> bool:
        return self._finished.is_set()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), str(message))

    def run(self) -> None:
        self._running.set()
        try:
            kwargs = {"progress": self._progress, "cancel": self.is_cancelled} if self.reports else {}
            result = self.fn(**kwargs)
        except BaseException as exc:  # reported to the GUI thread, which decides how to show it
            self._finished.set()
            self.signals.failed.emit(exc)
        else:
            self._finished.set()
            self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()

    def start(self) -> Task:
        if _synchronous:
            self.run()
            return self
        _running_tasks.add(self)
        self.signals.done.connect(lambda: _running_tasks.discard(self))
        pool().start(self)
        return self


_running_tasks: set[Task] = set()


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until every task has finished (used when the window closes)."""
    return pool().waitForDone(timeout_ms)
