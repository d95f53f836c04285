"""Icons drawn in an earlier run, kept as PNG in the cache folder: the first frame renders no SVG."""

from __future__ import annotations

import marshal
from pathlib import Path

from app import __version__
from app.core.atomic import atomic_write_bytes
from app.core.errors import BriefpackError

# What one drawn icon is known by: its name, width and height in device pixels, and colour.
Key = tuple[str, int, int, str]
# The SVG file it was drawn from, as (modification time in ns, size): a changed file is redrawn.
Stamp = tuple[int, int]
# Beyond this many, the file keeps only the icons drawn in the last run (sizes and colours
# come and go with screens and appearances; the icons in use stay).
MAX_ENTRIES = 600


class RenderedIcons:
    """The PNG of each icon drawn, by key and stamp: read once when first asked, written whole."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"icons-{__version__}.marshal"
        self._stored: dict[Key, tuple[Stamp, bytes]] | None = None
        self._used: dict[Key, tuple[Stamp, bytes]] = {}
        self._changed = False

    def _entries(self) -> dict[Key, tuple[Stamp, bytes]]:
        if self._stored is None:
            self._stored = _read(self.path)
        return self._stored

    def get(self, key: Key, stamp: Stamp) -> bytes | None:
        """The PNG drawn earlier for `key` from the same file, or None."""
        entry = self._entries().get(key)
        if entry is None or entry[0] != stamp:
            return None
        self._used[key] = entry
        return entry[1]

    def put(self, key: Key, stamp: Stamp, png: bytes) -> None:
        """Remember an icon drawn now (written by `save`)."""
        self._used[key] = (stamp, png)
        self._changed = True

    def save(self) -> bool:
        """Write the file if anything new was drawn; True when written. A cache that cannot be
        written is not an error: the icons are drawn from their SVG again next time."""
        if not self._changed:
            return False
        entries = dict(self._entries())
        entries.update(self._used)
        if len(entries) > MAX_ENTRIES:
            entries = dict(self._used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, marshal.dumps(entries))
        except (OSError, BriefpackError):
            return False
        self._stored = entries
        self._changed = False
        return True


def _read(path: Path) -> dict[Key, tuple[Stamp, bytes]]:
    """The stored icons; a missing, damaged or foreign file holds none."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: entry for key, entry in data.items() if _well_formed(key, entry)}


def _well_formed(key: object, entry: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 4
        and isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], tuple)
        and len(entry[0]) == 2
        and all(isinstance(part, int) for part in entry[0])
        and isinstance(entry[1], bytes)
    )
