"""Where Briefpack's log goes: stderr with `briefpack --verbose`, a rotating file for the window.

Every module logs through `logging.getLogger(__name__)` (the core's loggers are under "app");
the window's modules use "briefpack.gui". Repairs, recoveries and lock waits are logged at
INFO or WARNING, so a log file tells what was done to the data folder and when.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

LOGGERS = ("app", "briefpack")
LOG_NAME = "briefpack.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_cli(verbose: bool) -> None:
    """The command line: log lines on stderr with --verbose; otherwise only its own messages
    (repairs are printed by the command itself, once, rather than as log lines)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if getattr(h, "briefpack_cli", False)]:
            logger.removeHandler(old)
        handler: logging.Handler = logging.StreamHandler(sys.stderr) if verbose else logging.NullHandler()
        handler.briefpack_cli = True  # type: ignore[attr-defined]
        if verbose:
            handler.setFormatter(logging.Formatter("briefpack: %(levelname)s %(name)s: %(message)s"))
            logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)


class _RotatingLog(logging.Handler):
    """The window's log file, kept to MAX_BYTES with BACKUPS older files.

    A RotatingFileHandler made with the first record: `logging.handlers` brings `socket`,
    `pickle` and `queue` with it (~3 ms), which a start-up that logs nothing need not load."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.INFO)
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_file(home: Path) -> Path | None:
    """The window: INFO and above into <home>/logs/briefpack.log (1 MB, 3 older files kept), or
    into the temporary folder when the data folder cannot be written. Returns the file used."""
    for folder in (Path(home) / "logs", Path(tempfile.gettempdir()) / "briefpack-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(folder / LOG_NAME, "a", encoding="utf-8"):  # it can be written: it is the one
                pass
        except OSError:
            continue
        handler = _RotatingLog(folder / LOG_NAME)
        handler.setFormatter(logging.Formatter(_FORMAT))
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
        return folder / LOG_NAME
    return None
