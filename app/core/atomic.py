"""Crash-safe file replacement: write a temp file, fsync, rename over, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from app.core.errors import BriefpackError
from app.core.phrases import core


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def explain_os_error(exc: OSError, path: Path) -> BriefpackError:
    """Turn an OSError on `path` into a message a person can act on."""
    code = exc.errno
    if code == errno.ENOSPC:
        return BriefpackError(
            core.tr("The disk is full; {name} was not written.").format(name=path.name),
            detail=str(exc),
            hint=core.tr("Free some space and try again. The previous file is unchanged."),
        )
    if code in (errno.EACCES, errno.EPERM):
        return BriefpackError(
            core.tr("Briefpack may not write {path}.").format(path=str(path)),
            detail=str(exc),
            hint=core.tr(
                "The file may be open in Word or another program, or the folder is read-only. "
                "Close it or choose another folder."
            ),
        )
    if code == errno.EISDIR:
        return BriefpackError(
            core.tr("{path} is a folder, not a file.").format(path=str(path)),
            detail=str(exc),
            hint=core.tr("Choose a file name."),
        )
    if code == errno.ENOENT:
        return BriefpackError(
            core.tr("The folder {folder} does not exist.").format(folder=str(path.parent)),
            detail=str(exc),
            hint=core.tr("Create the folder or choose another one."),
        )
    if code == errno.EROFS:
        return BriefpackError(
            core.tr("{folder} is on a read-only disk.").format(folder=str(path.parent)),
            detail=str(exc),
            hint=core.tr("Choose a folder you can write to."),
        )
    return BriefpackError(
        core.tr("Could not write {path}.").format(path=str(path)),
        detail=f"{type(exc).__name__}: {exc}",
        hint=core.tr("Check the folder and try again."),
    )


def _mode_for(path: Path) -> int:
    """Keep a replaced file's permissions; a new file gets the usual 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(
    path: Path, data: bytes, backup: bool = False, newer_than_ns: int | None = None
) -> None:
    """Replace `path` with `data` so a reader sees the old or the new file, never a part.

    With backup=True the previous file is kept as `<name>.bak` (the last good copy). With
    `newer_than_ns` the new file's modification time is set later than that (file systems
    stamp times in coarse ticks; a reader comparing times must see every write).
    Raises BriefpackError with a clear message on any OS failure; no temp file is left.
    """
    path = Path(path)
    if path.is_dir():
        raise explain_os_error(OSError(errno.EISDIR, "Is a directory"), path)
    folder = path.parent
    if not folder.is_dir():
        raise explain_os_error(OSError(errno.ENOENT, "No such directory"), path)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        if hasattr(os, "fchmod"):  # mkstemp makes the file private (0600); a document should not be
            os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if newer_than_ns is not None:
                now = time.time_ns()
                stamp = max(now, newer_than_ns + 1000)
                os.utime(tmp_name, ns=(now, stamp))
            os.fsync(handle.fileno())
        if backup and path.exists():
            bak_tmp = folder / f".{path.name}.bak.tmp"
            with contextlib.suppress(FileNotFoundError):
                bak_tmp.unlink()
            try:
                os.link(path, bak_tmp)
            except OSError:  # no hard links on this file system: copy instead
                bak_tmp.write_bytes(path.read_bytes())
            os.replace(bak_tmp, folder / f"{path.name}.bak")
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as exc:
        raise explain_os_error(exc, path) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def atomic_write_text(path: Path, text: str, backup: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)
