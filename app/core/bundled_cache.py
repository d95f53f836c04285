"""The parsed bundled library kept in the user's cache folder, so a warm start reads no YAML."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

from app import __version__
from app.core.atomic import atomic_write_bytes
from app.core.errors import BriefpackError
from app.core.library import BundledLibrary
from app.core.models import Item, Source
from app.core.taxonomy import Taxonomy, Term, term_translations

CACHE_FORMAT = 1
_SOURCE_FIELDS = tuple(Source.__dataclass_fields__)
_ITEM_FIELDS = tuple(Item.__dataclass_fields__)
_TERM_FIELDS = Term._fields


def cache_path(cache_dir: Path) -> Path:
    return cache_dir / f"bundled-{__version__}.marshal"


def load_bundled(folder: Path, cache_dir: Path) -> BundledLibrary:
    """The bundled library in `folder`: from the cache when it was made from these very files.

    The cache is keyed by the files' names, sizes and modification times (plus the app version and
    the record layout); anything else, including a damaged or unreadable cache, means parsing the
    YAML again and rewriting the cache. A cache that cannot be written is not an error."""
    stamp = _stamp(folder)
    path = cache_path(cache_dir)
    if stamp is not None:
        bundled = _read(path, stamp)
        if bundled is not None:
            return bundled
    bundled = BundledLibrary.load(folder)
    if stamp is not None:
        _write(path, stamp, bundled)
    return bundled


def _stamp(folder: Path) -> tuple | None:
    """What the cache must have been made from: every library file's name, size and mtime."""
    files: list[tuple[str, int, int]] = []
    try:
        top = os.stat(folder / "taxonomy.yaml")
        files.append(("taxonomy.yaml", top.st_size, top.st_mtime_ns))
        for sub in ("sources", "items"):
            with os.scandir(folder / sub) as entries:
                for entry in entries:
                    if entry.name.endswith(".yaml"):
                        info = entry.stat()
                        files.append((f"{sub}/{entry.name}", info.st_size, info.st_mtime_ns))
    except OSError:  # an incomplete library folder: let the loader say what is wrong
        return None
    files.sort()
    return (
        CACHE_FORMAT,
        __version__,
        marshal.version,
        str(folder.resolve()),
        _SOURCE_FIELDS,
        _ITEM_FIELDS,
        _TERM_FIELDS,
        tuple(files),
    )


def _read(path: Path, stamp: tuple) -> BundledLibrary | None:
    try:
        data = marshal.loads(path.read_bytes())
        if type(data) is not dict or data.get("stamp") != stamp:
            return None
        themes, audiences, kinds = ([Term(*fields) for fields in group] for group in data["taxonomy"])
        taxonomy = Taxonomy(tuple(themes), tuple(audiences), tuple(kinds))
        sources = [Source(*fields) for fields in data["sources"]]
        items = [Item(*fields) for fields in data["items"]]
        return BundledLibrary(taxonomy, sources, items, str(data["version"]))
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def _write(path: Path, stamp: tuple, bundled: BundledLibrary) -> None:
    taxonomy = bundled.taxonomy
    data = {
        "stamp": stamp,
        "version": bundled.version,
        "taxonomy": [
            [tuple(getattr(t, f) for f in _TERM_FIELDS) for t in group]
            for group in (taxonomy.themes, taxonomy.audiences, taxonomy.kinds)
        ],
        "sources": [tuple(getattr(s, f) for f in _SOURCE_FIELDS) for s in bundled.sources],
        "items": [tuple(getattr(i, f) for f in _ITEM_FIELDS) for i in bundled.items],
    }
    try:
        payload = marshal.dumps(data)
    except ValueError:  # a value marshal cannot hold (never in a valid library): no cache
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, payload)
    except (OSError, BriefpackError):
        pass


def translated_taxonomy(taxonomy: Taxonomy, folder: Path, language: str, cache_dir: Path) -> Taxonomy:
    """The vocabulary named in `language` (taxonomy.<language>.yaml beside taxonomy.yaml), its
    table kept in the cache beside the library's: a warm start of a French window reads no YAML
    (PyYAML alone takes ~10 ms to import)."""
    path = folder / f"taxonomy.{language}.yaml"
    try:
        info = os.stat(path)
    except OSError:
        return taxonomy.in_language(language)  # no translation: the names as taxonomy.yaml gives them
    stamp = (CACHE_FORMAT, __version__, marshal.version, str(path.resolve()), info.st_size, info.st_mtime_ns)
    cached = cache_dir / f"taxonomy-{language}-{__version__}.marshal"
    try:
        data = marshal.loads(cached.read_bytes())
        if type(data) is dict and data.get("stamp") == stamp and type(data.get("table")) is dict:
            return taxonomy.translated(data["table"])
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table = term_translations(language)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, marshal.dumps({"stamp": stamp, "table": table}))
    except (OSError, ValueError, BriefpackError):
        pass  # a cache that cannot be written is not an error
    return taxonomy.translated(table)
