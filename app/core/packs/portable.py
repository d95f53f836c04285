"""The portable .briefpack file: writing it, and reading it back defensively.

A pack file is plain JSON (never code: nothing in it is executed or used as a
path). Reading refuses, with a message that says why and what to do: files
over 20 MB, files that are not UTF-8 JSON, truncated files, JSON nested
deeper than a pack ever is, files from a newer Briefpack, and anything the
schema (schema.py) or the cross-checks below do not accept.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import __version__
from app.core.atomic import atomic_write_bytes, explain_os_error
from app.core.errors import NotFoundError, ValidationError
from app.core.models import Item
from app.core.packs.edits import with_snapshots
from app.core.packs.pack import ITEM_ID_RE, Pack, PackEntry, new_pack_id, now_iso
from app.core.packs.schema import FILE_FORMAT, FILE_SCHEMA_VERSION, SCHEMA
from app.core.phrases import core
from app.core.text import clean_line, clean_text

_CHOOSE_SAVED = core.tr("Choose a .briefpack file saved by Briefpack.")
_DAMAGED = core.tr("The file may have been edited by hand or damaged. Ask for it again.")

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 12  # a valid file nests 6 deep (file > pack > items > item > span > number)
# Counted in the raw bytes before anything is parsed, so a small file of millions of empty
# objects is refused before it is built in memory (3,000,000 "{}" took 10 GB). A pack at the
# schema's limits (5,000 entries and items, 1,000 sources) holds about 26,000 objects and lists
# and 150,000 values.
MAX_CONTAINERS = 50_000
MAX_VALUES = 500_000
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
FILE_SUFFIX = ".briefpack"
_MULTILINE = frozenset({"text", "note", "audience_note", "lead_in", "context", "key_messages"})


class PackFileError(ValidationError):
    """A .briefpack file that cannot be opened; nothing was changed."""


# -- writing --------------------------------------------------------------------
def file_data(pack: Pack) -> dict:
    """The file's JSON value for a pack whose snapshots are complete."""
    return {
        "format": FILE_FORMAT,
        "schema_version": FILE_SCHEMA_VERSION,
        "exported": now_iso(),
        "generator": f"Briefpack {__version__}",
        "pack": pack.to_record(),
    }


def write_pack_file(path: Path, pack: Pack) -> Path:
    """Write the pack to `path` atomically (".briefpack" added when it has no suffix)."""
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(FILE_SUFFIX)
    data = file_data(pack)
    try:
        check_file_data(data, path.name)  # a file Briefpack writes must always open again
    except PackFileError as exc:
        raise ValidationError(
            "The pack cannot be written as a pack file: a field does not fit the format.",
            detail=exc.detail or exc.user_message,
            hint="Shorten the field named in the details and export again.",
        ) from None
    payload = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if len(payload) > MAX_FILE_BYTES:
        raise ValidationError(
            f"The pack is too large for a pack file ({len(payload) // 2**20} MB; "
            f"at most {MAX_FILE_BYTES // 2**20} MB).",
            hint="Split it into smaller packs.",
        )
    atomic_write_bytes(path, payload)
    return path


# -- reading --------------------------------------------------------------------
def read_pack_file(path: Path) -> dict:
    """The validated JSON value of a pack file; PackFileError when it cannot be used."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NotFoundError(f"There is no file {path}.", hint="Check the name and the folder.") from None
    except OSError as exc:
        raise explain_os_error(exc, path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise PackFileError(
            core.tr("{name} is not a file.").format(name=name), hint=core.tr("Choose a .briefpack file.")
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(name, info.st_size)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        error = explain_os_error(exc, path)
        raise PackFileError(
            core.tr("Could not read {name}.").format(name=name), detail=error.detail, hint=error.hint
        ) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(name, len(raw))
    return parse_pack_bytes(raw, name)


def parse_pack_bytes(raw: bytes, name: str = "The file") -> dict:
    """Parse and validate the bytes of a pack file."""
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(name, len(raw))
    if not raw.strip():
        raise PackFileError(
            core.tr("{name} is empty.").format(name=name), hint=core.tr("Ask for the pack file again.")
        )
    _check_counts(raw, name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackFileError(
            core.tr("{name} is not a Briefpack pack file (it is not text).").format(name=name),
            detail=str(exc),
            hint=_CHOOSE_SAVED,
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string"):
            raise PackFileError(
                core.tr("{name} is incomplete: it stops in the middle of the pack.").format(name=name),
                detail=f"{exc.msg} at line {exc.lineno}, column {exc.colno}",
                hint=core.tr("It was probably cut short while being copied or sent. Ask for the file again."),
            ) from None
        raise PackFileError(
            core.tr("{name} is not a Briefpack pack file (it is not valid JSON).").format(name=name),
            detail=f"{exc.msg} at line {exc.lineno}, column {exc.colno}",
            hint=_CHOOSE_SAVED,
        ) from None
    except RecursionError:
        raise _too_deep(name) from None
    except ValueError as exc:  # duplicate keys, NaN, numbers too long to read
        raise PackFileError(
            core.tr("{name} is not a valid pack file.").format(name=name),
            detail=str(exc),
            hint=_CHOOSE_SAVED,
        ) from None
    _check_depth(data, name)
    data = _clean(data)
    check_file_data(data, name)
    return data


def check_file_data(data: Any, name: str = "The file") -> None:
    """Validate a parsed file: format, version, schema, then the cross-references."""
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise PackFileError(
            core.tr("{name} is not a Briefpack pack file.").format(name=name), hint=_CHOOSE_SAVED
        )
    pack = data.get("pack")
    versions = [data.get("schema_version"), pack.get("schema_version") if isinstance(pack, dict) else None]
    version = max((v for v in versions if isinstance(v, int) and not isinstance(v, bool)), default=0)
    if version > FILE_SCHEMA_VERSION:
        raise PackFileError(
            core.tr(
                "{name} was saved by a newer Briefpack (pack format {version}; this one reads up to {known})."
            ).format(name=name, version=version, known=FILE_SCHEMA_VERSION),
            hint=core.tr(
                "Update Briefpack to open it, or ask the sender to export it from the same version."
            ),
        )
    errors = list(_validator().iter_errors(data))
    if errors:
        from jsonschema.exceptions import best_match

        error = best_match(errors)
        where = _path_text(error.absolute_path)
        message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
        more = f" (and {len(errors) - 1} more problem{'s' * (len(errors) > 2)})" if len(errors) > 1 else ""
        raise PackFileError(
            f"{name} is not a valid pack file: {where}: {message}{more}.",
            detail="\n".join(f"{_path_text(e.absolute_path)}: {e.message[:200]}" for e in errors[:20]),
            hint=_DAMAGED,
        )
    _cross_check(data["pack"], name)


def _cross_check(pack: dict, name: str) -> None:
    problems: list[str] = []
    entry_ids = [e["item_id"] for e in pack["entries"]]
    item_ids = [i["id"] for i in pack["items"]]
    source_ids = [s["id"] for s in pack["sources"]]
    for label, ids in (("entry", entry_ids), ("item", item_ids), ("source", source_ids)):
        seen: set[str] = set()
        for value in ids:
            if value in seen:
                problems.append(f"{label} {value} appears twice")
            seen.add(value)
    items = set(item_ids)
    for entry in pack["entries"]:
        if not entry.get("excluded") and entry["item_id"] not in items:
            problems.append(f"entry {entry['item_id']} has no embedded item")
    sources = set(source_ids)
    for item in pack["items"]:
        if item["source_id"] not in sources:
            problems.append(f"item {item['id']} quotes source {item['source_id']}, which is not embedded")
        span = item.get("span")
        if span and span[0] > span[1]:
            problems.append(f"item {item['id']} has a span that ends before it starts")
    if problems:
        raise PackFileError(
            f"{name} is not a valid pack file: {problems[0]}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
            + ".",
            detail="\n".join(problems[:20]),
            hint=_DAMAGED,
        )


# -- turning a file into a pack for this library ------------------------------
@dataclass(frozen=True, slots=True)
class ImportedPack:
    """A pack read from a file, ready to save, and what the user should know about it."""

    pack: Pack
    embedded: tuple[str, ...]  # entries built from the file's copy (not in this library)
    conflicts: tuple[tuple[str, str], ...]  # (entry id, library id) pairs kept side by side
    unknown_tags: tuple[str, ...]


def unpack(data: dict, library_items: Mapping[str, Item], known_tags: set[str] | None = None) -> ImportedPack:
    """The pack in a validated file, with a new id, reconciled with this library.

    An embedded item whose id the library holds with other text keeps both:
    the entry keeps the file's quote under a new id ("<id>.imported-<hash>")
    and names the library's item in `conflict_with`.
    """
    pack = Pack.from_record(data["pack"])
    items: list[Item] = []
    renamed: dict[str, str] = {}
    conflicts: list[tuple[str, str]] = []
    for item in pack.items:
        local = library_items.get(item.id)
        if local is not None and local.text != item.text:
            new_id = _imported_id(item)
            renamed[item.id] = new_id
            conflicts.append((new_id, item.id))
            item = replace(item, id=new_id)
        items.append(item)
    new_entries: list[PackEntry] = []
    embedded: list[str] = []
    for entry in pack.entries:
        if entry.item_id in renamed:
            entry = replace(entry, item_id=renamed[entry.item_id], conflict_with=entry.item_id, embedded=True)
        else:
            in_library = entry.item_id in library_items
            conflict = entry.conflict_with if entry.conflict_with in library_items else ""
            entry = replace(entry, embedded=not in_library, conflict_with=conflict)
        if entry.embedded and not entry.excluded:
            embedded.append(entry.item_id)
        new_entries.append(entry)
    tags = (
        {t for i in items for t in (*i.themes, *i.audiences)}
        | set(pack.rules.themes)
        | set(pack.rules.audiences)
    )
    unknown = tuple(sorted(tags - known_tags)) if known_tags is not None else ()
    stamp = now_iso()
    pack = replace(
        pack, id=new_pack_id(), entries=tuple(new_entries), created=pack.created or stamp, updated=stamp
    )
    pack = with_snapshots(pack, items, pack.sources)
    return ImportedPack(pack, tuple(embedded), tuple(conflicts), unknown)


def _imported_id(item: Item) -> str:
    digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()[:8]
    suffix = f".imported-{digest}"
    new_id = item.id[: 200 - len(suffix)] + suffix
    assert ITEM_ID_RE.match(new_id)
    return new_id


# -- helpers ----------------------------------------------------------------------
@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator  # imported on first use: it costs ~60 ms

    Draft202012Validator.check_schema(SCHEMA)
    # The same schema with its (non-recursive) $refs inlined: resolving a $ref
    # per value costs more than the rest of the validation put together.
    return Draft202012Validator(_inline_refs(SCHEMA, SCHEMA["$defs"]))


def _inline_refs(node: Any, defs: dict) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key[:80]!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not a number a pack file may hold")


def _check_counts(raw: bytes, name: str) -> None:
    """Refuse a file with more objects, lists or values than any pack has, before parsing it."""
    containers = raw.count(b"{") + raw.count(b"[")
    values = raw.count(b",")
    if containers <= MAX_CONTAINERS and values <= MAX_VALUES:
        return
    # Braces and commas inside text do not count: look again with the strings emptied.
    bare = _STRING.sub(b'""', raw)
    containers = bare.count(b"{") + bare.count(b"[")
    values = bare.count(b",")
    if containers > MAX_CONTAINERS or values > MAX_VALUES:
        head = re.sub(rb"\s+", b"", bare[:4096])
        if len(head) > MAX_DEPTH and not head[: MAX_DEPTH + 1].strip(b"[{"):
            raise _too_deep(name)  # "[[[[..." says more by its depth than by its count
        raise PackFileError(
            f"{name} is not a valid pack file: it holds {containers:,} objects and lists and {values:,} "
            f"values, more than a pack can (at most {MAX_CONTAINERS:,} and {MAX_VALUES:,}).",
            hint="The file may have been damaged or made by another program. Ask for it again.",
        )


def _check_depth(data: Any, name: str) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(name)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))


def _clean(value: Any, key: str = "") -> Any:
    """Every string made safe for the store and the writers (depth is already bounded)."""
    if isinstance(value, str):
        return clean_text(value) if key in _MULTILINE else clean_line(value)
    if isinstance(value, dict):
        return {clean_line(k): _clean(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v, key) for v in value]
    return value


def _path_text(path: Any) -> str:
    text = "file"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _too_large(name: str, size: int) -> PackFileError:
    return PackFileError(
        core.tr("{name} is too large to be a pack file ({size} MB; at most {limit} MB).").format(
            name=name, size=f"{size / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20
        ),
        hint=_CHOOSE_SAVED,
    )


def _too_deep(name: str) -> PackFileError:
    return PackFileError(
        core.tr("{name} is not a valid pack file: its data is nested far deeper than a pack's.").format(
            name=name
        ),
        hint=_CHOOSE_SAVED,
    )
