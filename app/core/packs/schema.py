"""The JSON Schema of a .briefpack file (docs/briefpack.schema.json is this, written out)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.core.brief import GROUPING_CHOICES

FILE_FORMAT = "briefpack"
FILE_SCHEMA_VERSION = 1

_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"
_PACK_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"
_TAG = r"^[a-z0-9][a-z0-9_-]{0,63}$"


def _string(max_length: int, pattern: str | None = None, description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": max_length}
    if pattern:
        schema["pattern"] = pattern
    if description:
        schema["description"] = description
    return schema


def _tags(description: str) -> dict[str, Any]:
    return {"type": "array", "maxItems": 100, "items": {"$ref": "#/$defs/tag"}, "description": description}


def _object(properties: dict[str, Any], required: list[str], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": required,
        "additionalProperties": False,
        "properties": properties,
    }


_LINE = {"$ref": "#/$defs/line"}
_NOTE = {"$ref": "#/$defs/note"}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:briefpack:pack-file:1",
    "title": "Briefpack pack file (.briefpack)",
    "description": "A saved briefing pack with a snapshot of every item it quotes and the metadata of "
    "their sources, so it opens and builds without the library that made it.",
    "type": "object",
    "required": ["format", "schema_version", "pack"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FILE_FORMAT, "description": 'Always "briefpack".'},
        "schema_version": {
            "type": "integer",
            "minimum": 1,
            "maximum": FILE_SCHEMA_VERSION,
            "description": "Version of this schema the file follows.",
        },
        "exported": _string(40, description="When the file was written (ISO 8601, UTC)."),
        "generator": _string(100, description='The program that wrote the file, e.g. "Briefpack 0.1.0".'),
        "pack": {"$ref": "#/$defs/pack"},
    },
    "$defs": {
        "id": _string(200, _ID, "An item or source id: letters, digits, '.', '_' and '-'; never a path."),
        "tag": _string(64, _TAG, "A theme, audience or kind id."),
        "line": _string(1000, description="One line of text."),
        "note": _string(5000, description="Free text; may span lines."),
        "pack": _object(
            {
                "schema_version": {"type": "integer", "minimum": 1, "maximum": FILE_SCHEMA_VERSION},
                "id": _string(
                    64, _PACK_ID, "The pack's id where it was made (a new one is given on import)."
                ),
                "title": {"type": "string", "minLength": 1, "maxLength": 300},
                "subtitle": _LINE,
                "meeting": _LINE,
                "date": _LINE,
                "author": _LINE,
                "organisation": _LINE,
                "audience_note": _NOTE,
                "template": _string(100, _TAG, "Export template id (falls back to the default if unknown)."),
                "branding": _string(100, _TAG, "Branding profile id."),
                "grouping": {"enum": list(GROUPING_CHOICES)},
                "language": _string(
                    20,
                    description='The brief\'s language (BCP 47, e.g. "fr"); '
                    "empty: the language of the window that builds it.",
                ),
                "key_messages": {"type": "array", "maxItems": 50, "items": _NOTE},
                "rules": {"$ref": "#/$defs/rules"},
                "entries": {"type": "array", "maxItems": 5000, "items": {"$ref": "#/$defs/entry"}},
                "created": _string(40),
                "updated": _string(40),
                "built": _string(40),
                "library_fingerprint": _string(64),
                "items": {
                    "type": "array",
                    "maxItems": 5000,
                    "items": {"$ref": "#/$defs/item"},
                    "description": "A snapshot of every entry's item.",
                },
                "sources": {
                    "type": "array",
                    "maxItems": 1000,
                    "items": {"$ref": "#/$defs/source"},
                    "description": "The metadata of every source the items quote.",
                },
            },
            ["id", "title", "entries", "items", "sources"],
            "The pack.",
        ),
        "rules": _object(
            {
                "text": _LINE,
                "themes": _tags("Theme ids."),
                "themes_mode": {"enum": ["any", "all"]},
                "audiences": _tags("Audience ids."),
                "audiences_mode": {"enum": ["any", "all"]},
                "kinds": _tags("Item kinds."),
                "sources": {"type": "array", "maxItems": 1000, "items": {"$ref": "#/$defs/id"}},
                "date_from": _string(40),
                "date_to": _string(40),
                "include_facts": {"type": "boolean"},
            },
            [],
            "Selection rules: a search query, plus the key facts for its themes.",
        ),
        "entry": _object(
            {
                "item_id": {"$ref": "#/$defs/id"},
                "note": _NOTE,
                "pinned": {"type": "boolean"},
                "excluded": {"type": "boolean"},
                "embedded": {"type": "boolean"},
                "conflict_with": {"anyOf": [{"const": ""}, {"$ref": "#/$defs/id"}]},
            },
            ["item_id"],
            "One entry, in order.",
        ),
        "item": _object(
            {
                "id": {"$ref": "#/$defs/id"},
                "source_id": {"$ref": "#/$defs/id"},
                "kind": {"$ref": "#/$defs/tag"},
                "text": {"type": "string", "minLength": 1, "maxLength": 100000},
                "section": _LINE,
                "locator": _LINE,
                "lead_in": _NOTE,
                "themes": _tags("Theme ids."),
                "audiences": _tags("Audience ids."),
                "span": {
                    "anyOf": [
                        {"type": "null"},
                        {
                            "type": "array",
                            "minItems": 2,
                            "maxItems": 2,
                            "items": {"type": "integer", "minimum": 0, "maximum": 100000000},
                        },
                    ]
                },
                "note": _NOTE,
                "origin": {"enum": ["bundled", "user"]},
                "language": _string(20, description="The item's language when it is not its source's."),
            },
            ["id", "source_id", "kind", "text"],
            "An item's snapshot.",
        ),
        "source": _object(
            {
                "id": {"$ref": "#/$defs/id"},
                "title": {"type": "string", "minLength": 1, "maxLength": 1000},
                "short_title": _LINE,
                "issuer": _LINE,
                "type": _LINE,
                "date": _string(40, description="YYYY, YYYY-MM or YYYY-MM-DD as a rule."),
                "date_precision": _string(20),
                "date_note": _LINE,
                "context": _NOTE,
                "symbol": _LINE,
                "url": _string(2000),
                "language": _string(20),
                "origin": {"enum": ["bundled", "user"]},
            },
            ["id", "title"],
            "A source's metadata (without its full text).",
        ),
    },
}


def schema_json() -> str:
    """The schema as the text of docs/briefpack.schema.json."""
    return json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema file: python -m app.core.packs.schema docs/briefpack.schema.json"""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m app.core.packs.schema OUTPUT.json", file=sys.stderr)
        return 2
    Path(args[0]).write_text(schema_json(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
