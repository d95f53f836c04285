"""The crash handler: unexpected exceptions write a crash log in the user data folder and say where."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from types import TracebackType

import PySide6

from app import __version__, paths
from app.core.atomic import atomic_write_text
from app.core.errors import BriefpackError
from app.gui.error_report import report_error
from app.gui.i18n import ui

log = logging.getLogger("briefpack.gui")
CRASH_FOLDER = "crash-logs"
_fault_file = None


def crash_dir() -> Path:
    """<data folder>/crash-logs, or a folder in the temporary folder when the data folder cannot
    be written (read-only, full): the log of a crash must not be lost with it."""
    fallback = Path(tempfile.gettempdir()) / f"briefpack-{CRASH_FOLDER}"
    for folder in (paths.user_data_dir() / CRASH_FOLDER, fallback):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    raise OSError(f"no folder can take a crash log (tried {paths.user_data_dir() / CRASH_FOLDER})")


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text of a crash log: versions, platform, time and the traceback."""
    import datetime as _dt  # here, not at start-up: only a crash needs it
    import platform

    lines = [
        ui.tr("Briefpack crash report"),
        f"time: {_dt.datetime.now().isoformat(timespec='seconds')}",
        f"briefpack: {__version__}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"pyside6: {PySide6.__version__}",
        f"platform: {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
    ]
    return "\n".join(lines)


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    import datetime as _dt

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = crash_report(exc_type, exc, tb)
    path = crash_dir() / f"crash-{stamp}.log"
    try:
        atomic_write_text(path, text)
    except BriefpackError:  # writable folder, but the disk is full or it went read-only meanwhile
        path = Path(tempfile.gettempdir()) / path.name
        atomic_write_text(path, text)
    return path


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """sys.excepthook: user-facing errors get the error dialog, anything else a crash log."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    if isinstance(exc, BriefpackError):
        report_error(None, exc)
        return None
    try:
        path = write_crash_log(exc_type, exc, tb)
    except Exception as write_error:  # the disk is full or the folder is gone: say so, keep running
        log.critical("Unexpected error, and the crash log could not be written (%s)", write_error)
        traceback.print_exception(exc_type, exc, tb)
        return None
    log.critical("Unexpected error (%s: %s); crash log written to %s", exc_type.__name__, exc, path)
    from app.gui.error_dialog import ErrorReport  # the dialog's module loads with the first error

    report_error(
        None,
        ErrorReport(
            ui.tr("Briefpack: unexpected error"),
            ui.tr("Something went wrong that Briefpack did not expect: {error}").format(
                error=f"{exc_type.__name__}: {exc}"
            ),
            hint=ui.tr(
                "Your saved packs and library are safe. A crash log was written to {path}; "
                "please include it when you report the problem."
            ).format(path=path),
            detail=crash_report(exc_type, exc, tb),
        ),
    )
    return path


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle_exception(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route unhandled exceptions (main thread, worker threads, native faults) to crash logs."""
    global _fault_file
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
    if _fault_file is None:
        try:
            _fault_file = open(crash_dir() / "native-faults.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        except OSError as exc:
            log.warning("native fault log unavailable: %s", exc)
