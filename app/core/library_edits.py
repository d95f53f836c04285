"""Changing the library (`workspace.edits`): the user's edits to any item, their own sources and
items, and the exact records the window's undo puts back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, cast

from app.core.errors import NotFoundError, ValidationError
from app.core.library import make_override
from app.core.locales import language_tag
from app.core.models import ORIGIN_USER, Item
from app.core.phrases import core
from app.core.text import clean_line, clean_text, slug

if TYPE_CHECKING:
    from app.core.library import Library
    from app.core.storage import Store


class LibraryEdits:
    """Every write to the library goes through here; `changed(item_ids, library)` then tells the
    workspace (which brings the search index up to date before anyone else hears of it)."""

    def __init__(self, store: Store, library: Callable[[], Library], changed: Callable[..., None]) -> None:
        self.store = store
        self.library = library
        self._changed = changed

    def edit_item(self, item_id: str, **changes: object) -> Item:
        """Change tags, note, kind or locator of any item; bundled items get an override."""
        item = self.library().item(item_id)
        if "themes" in changes or "audiences" in changes:
            themes = tuple(cast(Iterable[str], changes.get("themes", item.themes)))
            audiences = tuple(cast(Iterable[str], changes.get("audiences", item.audiences)))
            self.library().taxonomy.check(themes, audiences)
            changes["themes"], changes["audiences"] = themes, audiences
        if "kind" in changes:
            self.library().taxonomy.check(kinds=[str(changes["kind"])])
        if "note" in changes:
            changes["note"] = clean_text(str(changes["note"]))
        with self.store.writing():  # the record as stored now, not as this process last saw it
            existing = self.store.overrides.get(item_id) or {}
            record = {**existing, **make_override(item, **changes)}
            self.store.overrides.put(record)
        self._changed([item_id], self.library().with_override(item_id, record))
        return self.library().item(item_id)

    def revert_item(self, item_id: str) -> Item:
        """Drop the user's edits to an item."""
        self.library().item(item_id)
        self.store.overrides.delete(item_id)
        self._changed([item_id], self.library().with_override(item_id, None))
        return self.library().item(item_id)

    def add_source(self, record: dict, items: list[dict] | None = None, update: bool = False) -> str:
        """Add a user source (metadata and full text) with optional items; returns its id.

        With update=True an existing user source of the same id is replaced (a re-import):
        its items are replaced by `items`; edits (overrides) of item ids that remain are kept.
        """
        return self.add_sources([(record, items or [], update)])[0]

    def add_sources(
        self, entries: list[tuple[dict, list[dict], bool]], progress: Callable[[int, int], None] | None = None
    ) -> list[str]:
        """Add or replace several user sources (see add_source); each is checked, then written
        to its own file; the library is composed once at the end. Returns their ids."""
        checked_entries = []
        new_sources: set[str] = set()
        new_items: set[str] = set()
        old_ids: list[str] = []
        for record, items, update in entries:
            source = {
                k: clean_line(str(v)) if k != "text" else clean_text(str(v))
                for k, v in record.items()
                if v is not None
            }
            if not source.get("title"):
                raise ValidationError(core.tr("A source needs a title."))
            source_id = source.get("id") or (slug(source.get("short_title") or source["title"]) or "source")
            replaced: list[str] = []
            if source_id in self.library().sources:
                existing = self.library().sources[source_id]
                if not update:
                    raise ValidationError(
                        core.tr("A source with id '{id}' exists already.").format(id=source_id),
                        hint=core.tr("Choose another id or short title."),
                    )
                if existing.origin != ORIGIN_USER:
                    raise ValidationError(
                        core.tr("{title} is a bundled source and cannot be replaced.").format(
                            title=existing.title
                        )
                    )
                replaced = [i.id for i in self.library().items_of(source_id)]
            elif update:
                raise NotFoundError(f"No source with id {source_id!r} to update.")
            elif source_id in new_sources:
                raise ValidationError(core.tr("A source with id '{id}' exists already.").format(id=source_id))
            source["id"] = source_id
            source["origin"] = ORIGIN_USER
            checked = [self._checked_item_record(source, dict(i)) for i in items]
            ids = {i["id"] for i in checked}
            clash = [i for i in ids if (i in self.library().items and i not in replaced) or i in new_items]
            if clash:
                raise ValidationError(core.tr("An item with id '{id}' exists already.").format(id=clash[0]))
            new_sources.add(source_id)
            new_items |= ids
            old_ids += replaced
            checked_entries.append((source, checked))
        with self.store.writing():
            on_disk = set(self.store.user_source_ids())
            updates = [update for _, _, update in entries]
            taken = [
                source["id"]
                for (source, _), update in zip(checked_entries, updates, strict=True)
                if not update and source["id"] in on_disk
            ]
            if taken:  # another window or command added a source of this id meanwhile
                raise ValidationError(
                    core.tr(
                        "A source with id '{id}' was just added by another Briefpack window or command; "
                        "nothing was imported."
                    ).format(id=taken[0]),
                    hint=core.tr("Import again: the new source gets another id."),
                )
            self.store.save_user_sources(checked_entries, progress)
        if checked_entries:
            self._changed(sorted(new_items | set(old_ids)), self.library().with_user_sources(checked_entries))
        return [source["id"] for source, _ in checked_entries]

    def add_item(self, source_id: str, record: dict) -> Item:
        """Add one item to a user source (its text must stand in the source's full text)."""
        source = self.library().source(source_id)
        if source.origin != ORIGIN_USER:
            raise ValidationError(
                core.tr("{title} is a bundled source; add items to your own sources.").format(
                    title=source.title
                ),
                hint=core.tr("Create a source first (library editor or 'briefpack import')."),
            )
        checked = self._checked_item_record(source.to_record(), dict(record))
        if checked["id"] in self.library().items:
            raise ValidationError(core.tr("An item with id '{id}' exists already.").format(id=checked["id"]))
        self.store.put_user_item(source_id, checked)
        self._changed([checked["id"]], self.library().with_user_item(source_id, checked))
        return self.library().item(checked["id"])

    def delete_item(self, item_id: str) -> None:
        """Delete one of the user's own items (bundled items cannot be deleted)."""
        item = self.library().item(item_id)
        if item.origin != ORIGIN_USER:
            raise ValidationError(
                core.tr("Bundled items cannot be deleted."),
                hint=core.tr("Exclude it from a pack instead, or edit its tags."),
            )
        with self.store.writing():
            self.store.delete_user_item(item.source_id, item_id)
            self.store.overrides.delete(item_id)
        self._changed([item_id], self.library().without_items([item_id]))

    def delete_source(self, source_id: str) -> None:
        source = self.library().source(source_id)
        if source.origin != ORIGIN_USER:
            raise ValidationError(core.tr("Bundled sources cannot be deleted."))
        ids = [i.id for i in self.library().items_of(source_id)]
        self.store.delete_user_source(source_id)
        self._changed(ids, self.library().without_source(source_id))

    def _checked_item_record(self, source: dict, record: dict) -> dict:
        text = clean_text(str(record.get("text", ""))).strip()
        if not text:
            raise ValidationError(core.tr("An item needs its text."))
        full_text = str(source.get("text", ""))
        if not full_text:
            full_text = text
        span = record.get("span")
        if span and len(span) == 2 and full_text[int(span[0]) : int(span[1])] == text:
            start = int(span[0])
        else:
            start = full_text.find(text)
        if start < 0:
            raise ValidationError(
                core.tr("The item's text is not in the source's full text."),
                hint=core.tr("Quote the source exactly, or add the passage to the source text."),
            )
        themes = list(record.get("themes") or [])
        audiences = list(record.get("audiences") or [])
        self.library().taxonomy.check(themes, audiences)
        kind = record.get("kind", "recommendation")
        self.library().taxonomy.check(kinds=[kind])
        item_id = record.get("id") or f"{source['id']}-{(slug(text[:40]) or 'source')}-{start}"
        if not str(item_id).replace("-", "").replace(".", "").replace("_", "").isalnum():
            raise ValidationError(core.tr("'{id}' is not a valid item id.").format(id=item_id))
        return {
            "id": str(item_id).lower(),
            "source_id": source["id"],
            "kind": kind,
            "text": text,
            "section": clean_line(str(record.get("section", ""))),
            "locator": clean_line(str(record.get("locator", ""))) or f"at {start}",
            "lead_in": clean_line(str(record.get("lead_in", ""))),
            "themes": themes,
            "audiences": audiences,
            "span": [start, start + len(text)],
            "note": clean_text(str(record.get("note", ""))),
            # its own language when it is not its source's (a French resolution quoted in an English report)
            **({"language": tag} if (tag := language_tag(str(record.get("language") or ""))) else {}),
        }

    # -- exact undo of library edits (the window's undo stack) ----------------
    def item_override(self, item_id: str) -> dict | None:
        """The stored override record of an item (None when the item is as shipped or added)."""
        return self.store.overrides.get(item_id)

    def restore_item_override(self, item_id: str, record: dict | None) -> None:
        """Put an item's override back exactly as it was (None removes it); used by undo."""
        self.library().item(item_id)
        if record is None:
            self.store.overrides.delete(item_id)
        else:
            self.store.overrides.put({**record, "id": item_id})
        self._changed([item_id])

    def user_item_record(self, item_id: str) -> dict:
        """The stored record of one of the user's own items (span and locator as saved)."""
        item = self.library().item(item_id)
        if item.origin != ORIGIN_USER:
            raise ValidationError(f"{item_id} is a bundled item, not one of yours.")
        _, records = self.store.load_user_source(item.source_id)
        for record in records:
            if record.get("id") == item_id:
                return dict(record)
        raise NotFoundError(f"No stored record for item {item_id!r}.")

    def restore_user_item(self, source_id: str, record: dict) -> None:
        """Write back a user item record captured by user_item_record (undo of a delete)."""
        source = self.library().source(source_id)
        if source.origin != ORIGIN_USER:
            raise ValidationError(f"{source.title} is a bundled source.")
        self.store.put_user_item(source_id, dict(record))
        self._changed([str(record["id"])])

    def user_source_records(self, source_id: str) -> tuple[dict, list[dict]]:
        """A user source and its item records as stored (to undo deleting it)."""
        source, items = self.store.load_user_source(source_id)
        if source is None:
            raise NotFoundError(f"No user source with id {source_id!r}.")
        return dict(source), [dict(i) for i in items]

    def restore_user_source(self, source: dict, items: list[dict]) -> None:
        """Write back a user source captured by user_source_records (undo of a delete)."""
        self.store.save_user_source(dict(source), [dict(i) for i in items])
        self._changed([str(i["id"]) for i in items])
