"""Export files: names from titles that every system accepts, and a set written all or nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import tempfile
import unicodedata
from pathlib import Path

from app.core.atomic import explain_os_error
from app.core.errors import BriefpackError
from app.core.phrases import core

_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+')
# Windows refuses these as a file's name whatever its extension ("aux.txt.pdf" too).
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(10)),
    *(f"LPT{n}" for n in range(10)),
    "COM¹",
    "COM²",
    "COM³",
    "LPT¹",
    "LPT²",
    "LPT³",
    "CONIN$",
    "CONOUT$",
}
# Bytes for a name's stem: file systems allow 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS);
# the extension and the temporary name written first (".<name>.<random>.tmp") need the rest.
STEM_BYTES = 150
_TRAILING_MARKS = "\u200d\ufe0e\ufe0f"


def _cut(stem: str, limit: int) -> str:
    """At most `limit` bytes of UTF-8 and UTF-16, cut between characters, never inside an
    emoji sequence or before a combining mark."""
    if len(stem.encode("utf-8")) <= limit and len(stem.encode("utf-16-le")) <= limit:
        return stem
    out, size8, size16 = [], 0, 0
    for ch in stem:
        size8 += len(ch.encode("utf-8"))
        size16 += len(ch.encode("utf-16-le"))
        if size8 > limit or size16 > limit:
            break
        out.append(ch)
    while out and (out[-1] in _TRAILING_MARKS or unicodedata.combining(out[-1])):
        out.pop()
    if out and unicodedata.category(out[-1]) == "Mn":
        out.pop()
    return "".join(out)


def file_stem(title: str, limit: int = STEM_BYTES) -> str:
    """A file name (without extension) from a title, accepted by Windows, macOS and Linux alike."""
    stem = unicodedata.normalize("NFC", title)
    stem = _UNSAFE.sub(" ", stem)
    stem = " ".join(stem.split()).strip(" .")
    stem = _cut(stem, limit).strip(" .")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        first, dot, rest = stem.partition(".")
        stem = f"{first.strip()}_{dot}{rest}"
    return stem or "Brief"


def check_out_dir(out_dir: Path) -> Path:
    """The folder to write into; created when only it is missing."""
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefpackError(
            core.tr("{path} is a file, not a folder.").format(path=str(out_dir)),
            hint=core.tr("Choose a folder to export into."),
        )
    if not out_dir.exists():
        if not out_dir.parent.is_dir():
            raise explain_os_error(OSError(errno.ENOENT, "No such directory"), out_dir)
        try:
            out_dir.mkdir()
        except OSError as exc:
            raise explain_os_error(exc, out_dir) from exc
    return out_dir


def _temp(folder: Path, name: str, data: bytes) -> str:
    # The process id in the name lets the next start tell a killed export's file (export_litter.py).
    fd, path = tempfile.mkstemp(prefix=f".{name[:40]}.{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        if hasattr(os, "fchmod"):
            umask = os.umask(0o022)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return path


def write_set(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every file or none: all are written to temporary files first, then renamed into
    place; a failure puts back the files they replaced and leaves no temporary file behind."""
    temps: list[tuple[str, Path]] = []
    moved: list[tuple[Path, str | None]] = []  # (target, the previous file's temporary name)
    current = files[0][0] if files else Path()
    try:
        for path, data in files:
            current = path
            if path.is_dir():
                raise OSError(errno.EISDIR, "Is a directory")
            temps.append((_temp(path.parent, path.name, data), path))
        for temp, path in temps:
            current = path
            previous = None
            if path.exists():
                previous = str(path.parent / f".{path.name[:40]}.{os.getpid()}-{secrets.token_hex(6)}.old")
                os.replace(path, previous)
            moved.append((path, previous))
            os.replace(temp, path)
    except OSError as exc:
        for path, previous in reversed(moved):
            with contextlib.suppress(OSError):
                if previous:
                    os.replace(previous, path)
                elif path.exists():
                    path.unlink()
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise explain_os_error(exc, current) from exc
    for _, previous in moved:
        if previous:
            with contextlib.suppress(OSError):
                os.unlink(previous)
    return [path for path, _ in files]
