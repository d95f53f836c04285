"""Saved searches: named queries (search text and facet filters) kept in the user's store."""

from __future__ import annotations

from typing import NamedTuple

from app.core.errors import NotFoundError, ValidationError
from app.core.models import today_iso
from app.core.search.contract import QUERY_FIELDS
from app.core.storage import Collection, Store
from app.core.text import clean_line

MAX_NAME = 120


class SavedSearch(NamedTuple):
    """A name and the fields of a search Query (plain values, so the record outlives the engine)."""

    name: str
    fields: dict
    saved: str = ""


class SavedSearches:
    """The saved searches, keyed by name (case-insensitive), in the store's "library" file."""

    def __init__(self, store: Store) -> None:
        self._collection: Collection = store.collection("library", "saved_searches")

    def list(self) -> list[SavedSearch]:
        records = sorted(self._collection.all(), key=lambda r: str(r.get("name", "")).casefold())
        return [
            SavedSearch(str(r["name"]), dict(r.get("fields") or {}), str(r.get("saved") or ""))
            for r in records
        ]

    def get(self, name: str) -> SavedSearch:
        for saved in self.list():
            if saved.name.casefold() == name.strip().casefold():
                return saved
        raise NotFoundError(f"No saved search named {name!r}.")

    def save(self, name: str, fields: dict) -> SavedSearch:
        """Save (or replace) a search under a name; only the query fields are kept."""
        name = clean_line(name)
        if not name:
            raise ValidationError("A saved search needs a name.")
        if len(name) > MAX_NAME:
            raise ValidationError(f"The name is too long (at most {MAX_NAME} characters).")
        clean: dict[str, list[str] | str] = {}
        for key in QUERY_FIELDS:
            value = fields.get(key, "")
            clean[key] = list(value) if isinstance(value, list | tuple) else str(value or "")
        saved = today_iso()
        self._collection.put({"id": name.casefold(), "name": name, "fields": clean, "saved": saved})
        return SavedSearch(name, clean, saved)

    def delete(self, name: str) -> None:
        if not self._collection.delete(name.strip().casefold()):
            raise NotFoundError(f"No saved search named {name!r}.")
