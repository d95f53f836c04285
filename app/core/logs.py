"""Where Briefpack's log goes: stderr with `briefpack --verbose`, a rotating file for the window.

Every module logs through `logging.getLogger(__name__)` (the core's loggers are under "app");
the window's modules use "briefpack.gui". Repairs, recoveries and lock waits are logged at
INFO or WARNING, so a log file tells what was done to the data folder and when.
"""

from __future__ import annotations

import logging
import logging.handlers
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


def setup_file(home: Path) -> Path | None:
    """The window: INFO and above into <home>/logs/briefpack.log (1 MB, 3 older files kept), or
    into the temporary folder when the data folder cannot be written. Returns the file used."""
    for folder in (Path(home) / "logs", Path(tempfile.gettempdir()) / "briefpack-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                                           backupCount=BACKUPS, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.setLevel(logging.INFO)
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
        return folder / LOG_NAME
    return None
