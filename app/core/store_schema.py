"""The shape of every record in the user's store, checked when a store file is read.

A store file is JSON of tables of records (TinyDB's layout). Each file kind names the
tables it holds and a check per table; a check returns None for a good record or the
reason it cannot be used. The checks are plain code rather than JSON Schema for the tables
read at start-up (a user source may hold hundreds of thousands of items), and they check
types, not lengths: a record Briefpack wrote itself always passes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.brief import META_FIELDS
from app.core.search.contract import QUERY_LIST_FIELDS, QUERY_TEXT_FIELDS

Check = Callable[[Any], str | None]


def _is_str(value: Any) -> bool:
    return type(value) is str


def _optional_text(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if value is not None and type(value) is not str:
            return f"{name} is a {type(value).__name__}, not text"
    return None


def _string_list(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if type(value) is not list or not all(type(v) is str for v in value):
        return f"{name} is not a list of ids"
    return None


def _needs_id(record: Any) -> str | None:
    if type(record) is not dict:
        return f"the record is a {type(record).__name__}, not an object"
    value = record.get("id")
    if not _is_str(value) or not value:
        return "it has no id" if value is None else f"its id is a {type(value).__name__}, not text"
    return None


def check_meta(record: Any) -> str | None:
    if type(record) is not dict:
        return f"the record is a {type(record).__name__}, not an object"
    version = record.get("schema_version")
    if type(version) is not int or version < 0:
        return f"schema_version {version!r} is not a version number"
    return None


_ITEM_TEXT = ("source_id", "kind", "section", "locator", "lead_in", "note", "origin")


_TEXT_OR_NONE = (str, type(None))


def _fine_item(record: Any) -> bool:
    """The usual item, checked in one expression (a source may hold 270,000 of them)."""
    if type(record) is not dict:
        return False
    get = record.get
    themes, audiences, span = get("themes"), get("audiences"), get("span")
    return (
        type(get("id")) is str
        and type(get("text")) is str
        and get("id") != ""
        and type(get("source_id")) in _TEXT_OR_NONE
        and type(get("kind")) in _TEXT_OR_NONE
        and type(get("section")) in _TEXT_OR_NONE
        and type(get("locator")) in _TEXT_OR_NONE
        and type(get("lead_in")) in _TEXT_OR_NONE
        and type(get("note")) in _TEXT_OR_NONE
        and type(get("origin")) in _TEXT_OR_NONE
        and (themes is None or (type(themes) is list and all(type(t) is str for t in themes)))
        and (audiences is None or (type(audiences) is list and all(type(a) is str for a in audiences)))
        and (
            span is None
            or (
                type(span) is list
                and len(span) == 2
                and type(span[0]) is int
                and type(span[1]) is int
                and 0 <= span[0] <= span[1]
            )
        )
        and not record["text"].isspace()
        and record["text"] != ""
    )


def check_item(record: Any) -> str | None:
    """A user item (store/sources/<id>.json, table "items")."""
    if _fine_item(record):
        return None
    problem = _needs_id(record)
    if problem:
        return problem
    if not _is_str(record.get("text")) or not record["text"].strip():
        return "it has no text"
    problem = (
        _optional_text(record, _ITEM_TEXT)
        or _string_list(record, "themes")
        or _string_list(record, "audiences")
    )
    if problem:
        return problem
    span = record.get("span")
    if span is not None and not (
        type(span) is list
        and len(span) == 2
        and all(type(v) is int and v >= 0 for v in span)
        and span[0] <= span[1]
    ):
        return f"span {span!r} is not a [start, end] pair"
    return None


_SOURCE_TEXT = (
    "title",
    "short_title",
    "issuer",
    "type",
    "date",
    "date_precision",
    "date_note",
    "context",
    "symbol",
    "url",
    "language",
    "text",
    "origin",
    "import_file",
    "import_sha256",
)


def check_source(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    if not _is_str(record.get("title")) or not record["title"].strip():
        return "it has no title"
    return _optional_text(record, _SOURCE_TEXT)


_OVERRIDE_TEXT = ("note", "kind", "section", "locator", "lead_in", "base_text_hash")


def check_override(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    return (
        _optional_text(record, _OVERRIDE_TEXT)
        or _string_list(record, "themes")
        or _string_list(record, "audiences")
    )


def check_saved_search(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    if not _is_str(record.get("name")) or not record["name"].strip():
        return "it has no name"
    if type(record.get("fields", {})) is not dict:
        return "its fields are not an object"
    return _optional_text(record, ("saved",))


def check_preferences(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    bad = [k for k, v in record.items() if v is not None and type(v) is not str]
    return f"{bad[0]} is not text" if bad else None


def check_branding(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    from app.core.branding import Branding  # export settings load with the first export

    # A field the profile does not have would keep the record from loading (Branding(**record)).
    known = set(Branding.__dataclass_fields__) - {"bundled"}
    unknown = sorted(set(record) - known)
    if unknown:
        return f"unknown field{'s' * (len(unknown) > 1)} {', '.join(unknown)}"
    return _optional_text(record, tuple(known))


_PACK_TEXT = (*META_FIELDS, "created", "updated", "built", "library_fingerprint")


def _list_of(value: Any, check: Check, label: str) -> str | None:
    if value is None:
        return None
    if type(value) is not list:
        return f"{label} is not a list"
    for n, element in enumerate(value, 1):
        problem = check(element)
        if problem:
            return f"{label} {n}: {problem}"
    return None


def _check_entry(entry: Any) -> str | None:
    if type(entry) is not dict or not _is_str(entry.get("item_id")) or not entry["item_id"]:
        return "it names no item"
    return _optional_text(entry, ("note", "conflict_with"))


def _check_snapshot_source(record: Any) -> str | None:
    return _needs_id(record) or _optional_text(record, _SOURCE_TEXT)


def _check_text(value: Any) -> str | None:
    return None if _is_str(value) else f"a {type(value).__name__}, not text"


def check_pack(record: Any) -> str | None:
    """A saved pack: what Pack.from_record needs, of the types the pack schema gives them."""
    problem = _needs_id(record)
    if problem:
        return problem
    if not _is_str(record.get("title")):
        return "it has no title"
    for name in ("revision", "schema_version"):
        value = record.get(name, 0)
        if type(value) is not int or value < 0:
            return f"{name} {value!r} is not a number"
    rules = record.get("rules")
    if rules is not None and type(rules) is not dict:
        return "its rules are not an object"
    return (
        _optional_text(record, _PACK_TEXT)
        or (
            rules
            and (
                _optional_text(rules, QUERY_TEXT_FIELDS)
                or next(filter(None, (_string_list(rules, n) for n in QUERY_LIST_FIELDS)), None)
            )
        )
        or _list_of(record.get("entries"), _check_entry, "entry")
        or _list_of(record.get("key_messages"), _check_text, "key message")
        or _list_of(record.get("items"), check_item, "item snapshot")
        or _list_of(record.get("sources"), _check_snapshot_source, "source snapshot")
    )


def check_version(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    if type(record.get("n")) is not int or type(record.get("pack")) is not dict:
        return "it has no version number or no pack"
    for name in ("items", "sources"):
        if not _is_str(record["pack"].get(name)):
            return f"its {name} do not name a snapshot"
    return _optional_text(record, ("saved", "summary", "title")) or (
        None if type(record.get("entries", 0)) is int else "entries is not a count"
    )


def check_blob(record: Any) -> str | None:
    problem = _needs_id(record)
    if problem:
        return problem
    return None if type(record.get("record")) in (dict, list) else "it holds no snapshot"


def _any_record(record: Any) -> str | None:
    return None if type(record) is dict else f"the record is a {type(record).__name__}, not an object"


TABLES: dict[str, dict[str, Check]] = {
    "packs": {"packs": check_pack},
    "library": {
        "overrides": check_override,
        "saved_searches": check_saved_search,
        "preferences": check_preferences,
    },
    "export": {"brandings": check_branding},
    "pack-history": {"versions": check_version, "blobs": check_blob},
    "source": {"source": check_source, "items": check_item},
    "manifest": {"sources": check_source},
}


def kind_of(file_name: str, in_sources: bool) -> str:
    """Which table checks a store file gets, from its name."""
    if in_sources:
        return "source"
    if file_name.startswith("pack-history-"):
        return "pack-history"
    return file_name


def record_check(kind: str, table: str) -> Check:
    """The check for the records of one table of a kind of store file."""
    return check_meta if table == "_meta" else TABLES.get(kind, {}).get(table, _any_record)


def check_tables(kind: str, data: dict) -> list[tuple[str, str, str]]:
    """Every record that does not fit: (table, key, reason)."""
    bad: list[tuple[str, str, str]] = []
    for table, records in data.items():
        check = record_check(kind, table)
        for key, record in records.items():
            reason = check(record)
            if reason is None and not str(key).isdigit():
                reason = f"its key {key!r} is not a record number"
            if reason is not None:
                bad.append((table, str(key), reason))
    return bad
