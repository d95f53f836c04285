"""The library read out as records: one item with its citation and passage, the whole library as
JSON (the documented interchange form) or CSV."""

from __future__ import annotations

import csv
import io
import json

from app.core.citations import full_citation
from app.core.errors import ValidationError
from app.core.library import LIBRARY_SCHEMA_VERSION, Library

EXPORT_FIELDS = ("id", "source_id", "kind", "section", "locator", "text", "lead_in", "themes", "audiences")
SOURCE_FIELDS = (
    "id",
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
    "origin",
)


def item_view(library: Library, item_id: str, context_chars: int = 400) -> dict:
    """The item, its citation, its source's metadata and its passage in the source."""
    item = library.item(item_id)
    source = library.source_of(item)
    before, quote, after = library.passage(item, context_chars)
    return {
        "item": item.to_record(),
        "citation": full_citation(source, item),
        "source": {name: getattr(source, name) for name in SOURCE_FIELDS},
        "passage": {"before": before, "quote": quote, "after": after},
        "overridden": item.overridden,
        "needs_review": item.needs_review,
    }


def library_as_text(library: Library, fmt: str = "json") -> str:
    """Every source and item as JSON, or every item as CSV (tags joined with ';')."""
    items = [{name: item.to_record()[name] for name in EXPORT_FIELDS} for item in library]
    if fmt == "json":
        data = {
            "schema_version": LIBRARY_SCHEMA_VERSION,
            "sources": [{name: getattr(s, name) for name in SOURCE_FIELDS} for s in library.sources.values()],
            "items": items,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in items:
            writer.writerow(
                {**record, "themes": ";".join(record["themes"]), "audiences": ";".join(record["audiences"])}
            )
        return buffer.getvalue()
    raise ValidationError(f"Unknown export format {fmt!r}.", hint="Use json or csv.")
