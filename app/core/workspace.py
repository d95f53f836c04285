"""The one facade the CLI and the GUI use: library, search, packs, export, import."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app import paths
from app.core import hashing
from app.core.atomic import explain_os_error
from app.core.bundled_cache import load_bundled, translated_taxonomy
from app.core.citations import full_citation
from app.core.errors import BriefpackError, NotFoundError, ValidationError
from app.core.library import (
    LIBRARY_SCHEMA_VERSION,
    BundledLibrary,
    Library,
    make_override,
)
from app.core.locales import language_tag
from app.core.models import ORIGIN_USER, Item
from app.core.search.browse import browse, is_browse
from app.core.search.model import Query, SearchResult
from app.core.storage import Store
from app.core.text import clean_line, clean_text, slug

if TYPE_CHECKING:
    from app.core.importing.commit import ImportBatch
    from app.core.importing.model import ImportDraft, ImportResult
    from app.core.importing.tagging import Tagger
    from app.core.library_check import CheckReport
    from app.core.packs import (
        BuildResult,
        ImportedPack,
        NewPack,
        Pack,
        PackSummary,
        PackVersion,
        Proposal,
        RefreshChoices,
        RefreshReport,
        ResolvedEntry,
        Rules,
    )
    from app.core.packs.service import PackService
    from app.core.preferences import Preferences
    from app.core.search.engine import SearchIndex

EXPORT_FIELDS = ("id", "source_id", "kind", "section", "locator", "text", "lead_in", "themes", "audiences")
SOURCE_FIELDS = ("id", "title", "short_title", "issuer", "type", "date", "date_precision", "date_note",
                 "context", "symbol", "url", "language", "origin")


class Workspace:
    """The user's library and data folder, behind one object."""

    def __init__(self, home: Path | None = None, library_dir: Path | None = None) -> None:
        self.home = Path(home) if home else paths.user_data_dir()
        try:
            self.home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not self.home.is_dir():
                raise explain_os_error(exc, self.home) from exc
        self.library_dir = Path(library_dir) if library_dir else paths.library_dir()
        # the language the window speaks ("fr"), set by the window before the library loads; the
        # vocabulary's names are then in it; "" (the command line) keeps them in English
        self.interface_language = ""
        self.store = Store(self.home)
        self.store.sweep()  # temporary files of a save that was killed
        self._bundled: BundledLibrary | None = None
        self._library: Library | None = None
        self._listeners: list = []
        self._loaded_listeners: list[Callable[[], None]] = []
        self._pack_service: PackService | None = None
        self._search_index: SearchIndex | None = None

    # -- loading -------------------------------------------------------
    @property
    def bundled(self) -> BundledLibrary:
        if self._bundled is None:
            self._bundled = load_bundled(self.library_dir, self.cache_dir)
            if self.interface_language:   # the window's facets and columns name tags in its language
                self._bundled.taxonomy = translated_taxonomy(self._bundled.taxonomy, self.library_dir,
                                                             self.interface_language, self.cache_dir)
        return self._bundled

    @property
    def library(self) -> Library:
        if self._library is None:
            user_sources = []
            for source_id in self.store.user_source_ids():
                source, items = self.store.load_user_source(source_id)
                if source is not None:
                    user_sources.append((source, items))
            self.store.account_sources({str(s["id"]): str(s.get("title", "")) for s, _ in user_sources})
            self._library = Library.assemble(self.bundled, user_sources, self.store.overrides.all())
            for callback in self._loaded_listeners:
                callback()
        return self._library

    @property
    def taxonomy(self):
        return self.bundled.taxonomy

    @property
    def recovery_messages(self) -> list[str]:
        """What was repaired in the data folder at start (shown to the user once)."""
        return list(self.store.recovered)

    def has_user_sources(self) -> bool:
        """True when the user has sources of their own (the library is then loaded off the GUI thread)."""
        return bool(self.store.user_source_ids())

    @property
    def read_only_reason(self) -> str:
        """Why the data folder was opened read-only ("" when it is writable)."""
        return self.store.read_only_reason

    @property
    def cache_dir(self) -> Path:
        """Where rebuildable caches go: the data folder's cache/, or a private temporary folder
        when the data folder is read-only."""
        if not self.store.read_only:
            return self.home / "cache"

        digest = hashing.sha256(str(self.home).encode("utf-8")).hexdigest()[:12]
        folder = Path(tempfile.gettempdir()) / f"briefpack-cache-{digest}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def writing(self):
        """The data folder's write lock, held over a read-modify-write that spans several calls."""
        return self.store.writing()

    def reload_from_disk(self) -> list[str]:
        """After another window or command wrote the user's library: read it again and tell the
        listeners which items changed (added, edited or gone). Returns their ids."""
        if self._library is None:
            return []
        old = self._library
        self._library = None
        new = self.library
        changed = [i for i, item in new.items.items() if old.items.get(i) != item]
        changed += [i for i in old.items if i not in new.items]
        if changed or set(old.sources) != set(new.sources):
            self._changed(changed, new)
        return changed

    def on_library_loaded(self, callback: Callable[[], None]) -> None:
        """Call `callback()` each time the library has been read from the data folder (at first
        use, and again after reload_from_disk): the entry points settle the collector then."""
        self._loaded_listeners.append(callback)

    def on_library_changed(self, callback) -> None:
        """Call `callback(item_ids)` after every library edit (the search index listens)."""
        self._listeners.append(callback)

    def _changed(self, item_ids: list[str], library: Library | None = None) -> None:
        """After an edit: `library` is the library as edited (None: rebuild it when next needed)."""
        self._library = library
        for callback in self._listeners:
            callback(item_ids)

    def close(self) -> None:
        if self._search_index is not None:
            self._search_index.close()
        self.store.close()

    # -- library: reading ----------------------------------------------
    def item(self, item_id: str) -> Item:
        return self.library.item(item_id)

    def citation(self, item_id: str) -> str:
        item = self.library.item(item_id)
        return full_citation(self.library.source_of(item), item)

    def check_library(self) -> CheckReport:
        from app.core.library_check import check_library

        return check_library(self.library)

    def show_item(self, item_id: str, context_chars: int = 400) -> dict:
        """The item, its citation and its passage in the source."""
        item = self.library.item(item_id)
        source = self.library.source_of(item)
        before, quote, after = self.library.passage(item, context_chars)
        return {
            "item": item.to_record(),
            "citation": full_citation(source, item),
            "source": {name: getattr(source, name) for name in SOURCE_FIELDS},
            "passage": {"before": before, "quote": quote, "after": after},
            "overridden": item.overridden,
            "needs_review": item.needs_review,
        }

    def export_library(self, fmt: str = "json") -> str:
        """The whole library as JSON (the documented interchange form) or CSV."""
        library = self.library
        items = [{name: item.to_record()[name] for name in EXPORT_FIELDS} for item in library]
        if fmt == "json":
            data = {
                "schema_version": LIBRARY_SCHEMA_VERSION,
                "sources": [{name: getattr(s, name) for name in SOURCE_FIELDS}
                            for s in library.sources.values()],
                "items": items,
            }
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            import csv

            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
            writer.writeheader()
            for record in items:
                writer.writerow({**record, "themes": ";".join(record["themes"]),
                                 "audiences": ";".join(record["audiences"])})
            return buffer.getvalue()
        raise ValidationError(f"Unknown export format {fmt!r}.", hint="Use json or csv.")

    # -- library: editing ----------------------------------------------
    def _validate_tags(self, themes: Sequence[str], audiences: Sequence[str]) -> None:
        self.taxonomy.check(themes, audiences)

    def edit_item(self, item_id: str, **changes: object) -> Item:
        """Change tags, note, kind or locator of any item; bundled items get an override."""
        item = self.library.item(item_id)
        if "themes" in changes or "audiences" in changes:
            themes = tuple(cast(Iterable[str], changes.get("themes", item.themes)))
            audiences = tuple(cast(Iterable[str], changes.get("audiences", item.audiences)))
            self._validate_tags(themes, audiences)
            changes["themes"], changes["audiences"] = themes, audiences
        if "kind" in changes:
            self.taxonomy.check(kinds=[str(changes["kind"])])
        if "note" in changes:
            changes["note"] = clean_text(str(changes["note"]))
        with self.store.writing():  # the record as stored now, not as this process last saw it
            existing = self.store.overrides.get(item_id) or {}
            record = {**existing, **make_override(item, **changes)}
            self.store.overrides.put(record)
        self._changed([item_id], self.library.with_override(item_id, record))
        return self.library.item(item_id)

    def revert_item(self, item_id: str) -> Item:
        """Drop the user's edits to an item."""
        self.library.item(item_id)
        self.store.overrides.delete(item_id)
        self._changed([item_id], self.library.with_override(item_id, None))
        return self.library.item(item_id)

    def add_source(self, record: dict, items: list[dict] | None = None, update: bool = False) -> str:
        """Add a user source (metadata and full text) with optional items; returns its id.

        With update=True an existing user source of the same id is replaced (a re-import):
        its items are replaced by `items`; edits (overrides) of item ids that remain are kept.
        """
        return self.add_sources([(record, items or [], update)])[0]

    def add_sources(self, entries: list[tuple[dict, list[dict], bool]],
                    progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Add or replace several user sources (see add_source); each is checked, then written
        to its own file; the library is composed once at the end. Returns their ids."""
        checked_entries = []
        new_sources: set[str] = set()
        new_items: set[str] = set()
        old_ids: list[str] = []
        for record, items, update in entries:
            source = {k: clean_line(str(v)) if k != "text" else clean_text(str(v))
                      for k, v in record.items() if v is not None}
            if not source.get("title"):
                raise ValidationError("A source needs a title.")
            source_id = source.get("id") or (slug(source.get("short_title") or source["title"]) or "source")
            replaced: list[str] = []
            if source_id in self.library.sources:
                existing = self.library.sources[source_id]
                if not update:
                    raise ValidationError(f"A source with id {source_id!r} exists already.",
                                          hint="Choose another id or short title.")
                if existing.origin != ORIGIN_USER:
                    raise ValidationError(f"{existing.title} is a bundled source and cannot be replaced.")
                replaced = [i.id for i in self.library.items_of(source_id)]
            elif update:
                raise NotFoundError(f"No source with id {source_id!r} to update.")
            elif source_id in new_sources:
                raise ValidationError(f"A source with id {source_id!r} exists already.")
            source["id"] = source_id
            source["origin"] = ORIGIN_USER
            checked = [self._checked_item_record(source, dict(i)) for i in items]
            ids = {i["id"] for i in checked}
            clash = [i for i in ids if (i in self.library.items and i not in replaced) or i in new_items]
            if clash:
                raise ValidationError(f"An item with id {clash[0]!r} exists already.")
            new_sources.add(source_id)
            new_items |= ids
            old_ids += replaced
            checked_entries.append((source, checked))
        with self.store.writing():
            on_disk = set(self.store.user_source_ids())
            updates = [update for _, _, update in entries]
            taken = [source["id"] for (source, _), update in zip(checked_entries, updates, strict=True)
                     if not update and source["id"] in on_disk]
            if taken:  # another window or command added a source of this id meanwhile
                raise ValidationError(f"A source with id {taken[0]!r} was just added by another Briefpack "
                                      "window or command; nothing was imported.",
                                      hint="Import again: the new source gets another id.")
            self.store.save_user_sources(checked_entries, progress)
        if checked_entries:
            self._changed(sorted(new_items | set(old_ids)), self.library.with_user_sources(checked_entries))
        return [source["id"] for source, _ in checked_entries]

    def add_item(self, source_id: str, record: dict) -> Item:
        """Add one item to a user source (its text must stand in the source's full text)."""
        source = self.library.source(source_id)
        if source.origin != ORIGIN_USER:
            raise ValidationError(f"{source.title} is a bundled source; add items to your own sources.",
                                  hint="Create a source first (library editor or 'briefpack import').")
        checked = self._checked_item_record(source.to_record(), dict(record))
        if checked["id"] in self.library.items:
            raise ValidationError(f"An item with id {checked['id']!r} exists already.")
        self.store.put_user_item(source_id, checked)
        self._changed([checked["id"]], self.library.with_user_item(source_id, checked))
        return self.library.item(checked["id"])

    def delete_item(self, item_id: str) -> None:
        """Delete one of the user's own items (bundled items cannot be deleted)."""
        item = self.library.item(item_id)
        if item.origin != ORIGIN_USER:
            raise ValidationError("Bundled items cannot be deleted.",
                                  hint="Exclude it from a pack instead, or edit its tags.")
        with self.store.writing():
            self.store.delete_user_item(item.source_id, item_id)
            self.store.overrides.delete(item_id)
        self._changed([item_id], self.library.without_items([item_id]))

    def delete_source(self, source_id: str) -> None:
        source = self.library.source(source_id)
        if source.origin != ORIGIN_USER:
            raise ValidationError("Bundled sources cannot be deleted.")
        ids = [i.id for i in self.library.items_of(source_id)]
        self.store.delete_user_source(source_id)
        self._changed(ids, self.library.without_source(source_id))

    def _checked_item_record(self, source: dict, record: dict) -> dict:
        text = clean_text(str(record.get("text", ""))).strip()
        if not text:
            raise ValidationError("An item needs its text.")
        full_text = str(source.get("text", ""))
        if not full_text:
            full_text = text
        span = record.get("span")
        if span and len(span) == 2 and full_text[int(span[0]):int(span[1])] == text:
            start = int(span[0])
        else:
            start = full_text.find(text)
        if start < 0:
            raise ValidationError("The item's text is not in the source's full text.",
                                  hint="Quote the source exactly, or add the passage to the source text.")
        themes = list(record.get("themes") or [])
        audiences = list(record.get("audiences") or [])
        self._validate_tags(themes, audiences)
        kind = record.get("kind", "recommendation")
        self.taxonomy.check(kinds=[kind])
        item_id = record.get("id") or f"{source['id']}-{(slug(text[:40]) or 'source')}-{start}"
        if not str(item_id).replace("-", "").replace(".", "").replace("_", "").isalnum():
            raise ValidationError(f"{item_id!r} is not a valid item id.")
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

    # -- gui: exact undo of library edits, saved searches ----------------
    def item_override(self, item_id: str) -> dict | None:
        """The stored override record of an item (None when the item is as shipped or added)."""
        return self.store.overrides.get(item_id)

    def restore_item_override(self, item_id: str, record: dict | None) -> None:
        """Put an item's override back exactly as it was (None removes it); used by undo."""
        self.library.item(item_id)
        if record is None:
            self.store.overrides.delete(item_id)
        else:
            self.store.overrides.put({**record, "id": item_id})
        self._changed([item_id])

    def user_item_record(self, item_id: str) -> dict:
        """The stored record of one of the user's own items (span and locator as saved)."""
        item = self.library.item(item_id)
        if item.origin != ORIGIN_USER:
            raise ValidationError(f"{item_id} is a bundled item, not one of yours.")
        _, records = self.store.load_user_source(item.source_id)
        for record in records:
            if record.get("id") == item_id:
                return dict(record)
        raise NotFoundError(f"No stored record for item {item_id!r}.")

    def restore_user_item(self, source_id: str, record: dict) -> None:
        """Write back a user item record captured by user_item_record (undo of a delete)."""
        source = self.library.source(source_id)
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

    def saved_searches(self) -> list:
        """The user's saved searches (SavedSearch: name, query fields), by name."""
        from app.core.saved_searches import SavedSearches

        return SavedSearches(self.store).list()

    def save_search(self, name: str, fields: dict):
        """Save the fields of a search Query under a name (replacing one of the same name)."""
        from app.core.saved_searches import SavedSearches

        return SavedSearches(self.store).save(name, fields)

    def delete_saved_search(self, name: str) -> None:
        from app.core.saved_searches import SavedSearches

        SavedSearches(self.store).delete(name)
    # -- export ---------------------------------------------------------
    @property
    def _brandings(self):
        from app.core.branding import Brandings

        return Brandings(self.store)

    def templates(self) -> list:
        """The export templates (TemplateInfo: id, name, description), bundled and the user's own,
        named in the window's language where their manifests say how."""
        from app.core.templates import list_templates

        return [t.info_in(self.interface_language) for t in list_templates()]

    def template(self, template_id: str):
        from app.core.templates import load_template

        return load_template(template_id)

    def brandings(self) -> list:
        """Branding profiles: the default (bundled or customised) first, then the user's own."""
        return self._brandings.list()

    def branding(self, branding_id: str):
        return self._brandings.get(branding_id)

    def save_branding(self, branding):
        """Store a branding profile (its logo is copied into the data folder); returns it as stored."""
        return self._brandings.save(branding)

    def delete_branding(self, branding_id: str) -> None:
        self._brandings.delete(branding_id)

    def compose_brief(self, spec):
        """The format-neutral document for a BriefSpec (what every writer renders)."""
        from app.core.export.pipeline import compose_spec

        return compose_spec(spec, self.library, self._brandings)

    def preview_markdown(self, spec) -> str:
        from app.core.export.pipeline import preview_markdown

        return preview_markdown(spec, self.library, self._brandings)

    def measure_brief(self, spec, fit: bool = False):
        """The brief laid out against its page target (a Budget: items, pages, target, how many fit)."""
        from app.core.export.pipeline import measure

        return measure(spec, self.library, self._brandings, fit)[2]

    def export_brief(self, spec, formats: list[str], out_dir: Path, progress=None, cancel=None,
                     fit: bool = False) -> list[Path]:
        """Write the brief in each format into out_dir; returns the files (with .problems, .pages).

        progress(done, total, message) is called as work proceeds; cancel() -> True stops
        the export before anything is written. With `fit`, a brief over its template's page
        target keeps the best-ranked items that fit (the others are listed in .problems).
        """
        from app.core import export_litter
        from app.core.export.pipeline import export_brief

        export_litter.remember(self.store, Path(out_dir))  # a killed export's files are swept later
        return export_brief(spec, self.library, self._brandings, formats, Path(out_dir), progress, cancel,
                            fit)

    def sweep_export_litter(self) -> list[Path]:
        """Remove temporary files that killed exports left in the folders exports went to."""
        from app.core import export_litter

        return export_litter.sweep(self.store)

    # -- importing -----------------------------------------------------
    # (logic in app/core/importing; imported here lazily so start-up stays fast)
    def import_tagger(self, exclude_sources: tuple[str, ...] = ()) -> Tagger:
        """The tag suggester: rules from library/tag_rules.yaml plus the library's tagged items."""
        from app.core.importing.tagging import SimilarItems, Tagger, TagRules

        rules = TagRules.load(self.library_dir / "tag_rules.yaml", self.taxonomy)
        items = [i for i in self.library if i.source_id not in exclude_sources]
        return Tagger(rules, self.taxonomy, SimilarItems(items))

    def import_read(self, path: str | Path, *, title: str = "", encoding: str | None = None,
                    fmt: str | None = None) -> ImportDraft:
        """Read a document and propose candidates with tags and metadata (writes nothing)."""
        from app.core.importing.commit import recognise
        from app.core.importing.readers import read_document
        from app.core.importing.session import build_draft

        document = read_document(path, encoding=encoding, fmt=fmt)
        draft = build_draft(document, self.import_tagger(), title=title)
        return recognise(draft, self.import_batch().earlier)

    def import_batch(self) -> ImportBatch:
        """A batch to commit reviewed drafts into (see app/core/importing/commit.py)."""
        from app.core.importing.commit import EarlierImports, ImportBatch

        records = []
        for source_id in self.store.user_source_ids():
            record, _ = self.store.load_user_source(source_id)
            if record:
                records.append((source_id, record))
        taken = set(self.library.sources) | {source_id for source_id, _ in records}
        return ImportBatch(taken, EarlierImports.of(records))

    def import_commit(self, draft: ImportDraft) -> ImportResult:
        """Write the reviewed draft: a new source with its full text and the accepted items,
        or, for a re-import offered as an update, the new version of the earlier source."""
        with self.store.writing():  # the free source id is chosen and taken in one step
            batch = self.import_batch()
            self.import_prepare_update(batch, draft)
            result = batch.add(draft)
            self.import_write(batch)
        return result

    def import_prepare_update(self, batch: ImportBatch, draft: ImportDraft) -> None:
        """Load the items of the import a draft updates (their ids are kept for the same text)."""
        if draft.update and draft.existing_source_id and draft.existing_source_id not in batch.previous:
            _, previous = self.store.load_user_source(draft.existing_source_id)
            batch.previous[draft.existing_source_id] = previous

    def import_write(self, batch: ImportBatch, progress: Callable[[int, int], None] | None = None) -> None:
        """Write every source of the batch, then show them in the library at once."""
        self.add_sources([(e.source, e.items, e.update) for e in batch.entries], progress)

    # -- search ---------------------------------------------------------
    @property
    def search_index(self) -> SearchIndex:
        """The text index over the whole library, opened (and brought up to date) on first use."""
        if self._search_index is None:
            from app.core.search.engine import SearchIndex  # SQLite and the parser load here

            index = SearchIndex(self.cache_dir / "search.sqlite")
            index.attach(self.library, self._search_fingerprint())
            self._search_index = index
            self.on_library_changed(self._search_follow)
        return self._search_index

    def search(self, query: Query | None = None, limit: int | None = None, offset: int = 0) -> SearchResult:
        """Ranked items matching `query` with facet counts; an empty Query gives every item in order."""
        if self._search_index is None and is_browse(query):
            # Until the first real query, the empty one (the first screen) comes from the loaded
            # Library: the same result, without opening the index at start-up.
            return browse(self.library, limit, offset)
        return self.search_index.search(query if query is not None else Query(), limit, offset)

    def _search_follow(self, item_ids: list[str]) -> None:
        if self._search_index is not None:
            self._search_index.refresh(self.library, item_ids, self._search_fingerprint())

    def _search_fingerprint(self) -> str:
        """What the index was built from: the shipped library, each user source file, the overrides."""
        parts = [f"bundled {self.bundled.version}", f"overrides {self.store.overrides_digest()}"]
        parts += [f"source {k} {v}" for k, v in self.store.user_source_fingerprints().items()]
        return hashing.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


    # -- packs ---------------------------------------------------------
    @property
    def _packs(self) -> PackService:
        """The pack operations (app/core/packs/service.py), made on first use."""
        if self._pack_service is None:
            from app.core.packs.service import PackService

            self._pack_service = PackService(self)
        return self._pack_service

    def pack_rules(self, themes: Sequence[str] = (), audiences: Sequence[str] = (), **fields: Any) -> Rules:
        """Selection rules from themes, audiences and other query fields (tags checked)."""
        return self._packs.make_rules(themes, audiences, **fields)

    def pack_propose(self, rules: Rules) -> Proposal:
        """The entries a new pack with these rules would get, ranked and grouped by theme."""
        return self._packs.propose(rules)

    def pack_from_selection(self, rules: Rules, title: str = "", groups: Iterable[str] | None = None,
                            limit: int | None = None, key_messages: Sequence[str] = (),
                            items: Sequence[str] | None = None, **meta: str) -> NewPack:
        """The one way to make a pack from a selection: a pack (not saved yet) recording the rules,
        holding their matches and the key facts on their themes, with a summary saying which
        (`items`: these entries instead of the matches)."""
        return self._packs.from_selection(rules, title, groups, limit, key_messages, items, **meta)

    def pack_defaults(self) -> dict[str, str]:
        """What a new pack starts with: the author, organisation, template and branding set in the
        preferences (only those set)."""
        return self.preferences().pack_defaults()

    def default_brief_language(self) -> str:
        """The language a brief is written in when its pack names none: the window's (the one it
        speaks, `interface_language`, else the one chosen in the preferences); "" leaves the
        template's (British English)."""
        language = self.interface_language or self.preferences().language
        return "" if language in ("", "en") else language

    def preferences(self) -> Preferences:
        """The user's preferences (defaults for new packs, languages, export folder)."""
        from app.core.preferences import PreferencesStore

        return PreferencesStore(self.store).get()

    def save_preferences(self, prefs: Preferences) -> Preferences:
        from app.core.preferences import PreferencesStore

        return PreferencesStore(self.store).save(prefs)

    def pack_new(self, title: str, rules: Rules | None = None, groups: Iterable[str] | None = None,
                 key_messages: Sequence[str] = (), proposal: Proposal | None = None, **meta: str) -> Pack:
        """Create and save a pack; with rules (or a proposal already shown), its entries are
        proposed (all groups by default)."""
        return self._packs.new(title, rules, groups, key_messages, proposal, **meta)

    def pack_get(self, pack_ref: str) -> Pack:
        """A saved pack by id, unique id prefix or exact title."""
        return self._packs.get(pack_ref)

    def pack_list(self) -> list[PackSummary]:
        return self._packs.summaries()

    def pack_save(self, pack: Pack, summary: str = "", force: bool = False) -> Pack:
        """Save an edited pack (a new version in its history); returns the saved pack."""
        return self._packs.save(pack, summary, force)

    def pack_delete(self, pack_ref: str) -> None:
        self._packs.delete(pack_ref)

    def pack_duplicate(self, pack_ref: str, title: str = "") -> Pack:
        return self._packs.duplicate(pack_ref, title)

    def pack_history(self, pack_ref: str) -> list[PackVersion]:
        return self._packs.history(pack_ref)

    def pack_version(self, pack_ref: str, number: int) -> Pack:
        return self._packs.version(pack_ref, number)

    def pack_restore(self, pack_ref: str, number: int) -> Pack:
        return self._packs.restore(pack_ref, number)

    def pack_entries(self, pack: Pack, include_excluded: bool = True) -> list[ResolvedEntry]:
        """The pack's entries with the item and source each is built from, and where from."""
        return self._packs.resolve_entries(pack, include_excluded)

    def pack_library_changed(self, pack: Pack) -> bool:
        return self._packs.library_changed(pack)

    def pack_refresh(self, pack_ref: str, choices: RefreshChoices | None = None, dry_run: bool = False,
                     categories: Iterable[str] | None = None,
                     skip: Iterable[str] = ()) -> tuple[RefreshReport, Pack]:
        """Report what changed for the pack; unless dry_run, apply `choices` (or whole categories).

        Returns (report, pack): the pack as saved, or unchanged on a dry run."""
        if dry_run:
            return self._packs.refresh_report(pack_ref), self._packs.get(pack_ref)
        return self._packs.refresh(pack_ref, choices, categories, skip)

    def pack_export_file(self, pack_ref: str, path: Path) -> Path:
        return self._packs.export_file(pack_ref, path)

    def pack_import_file(self, path: Path, copy: bool = False) -> ImportedPack:
        """Import a .briefpack file as a new pack (an ImportedPack: the pack and what to know).
        A pack the user already has is refused (PackExistsError) unless `copy`."""
        return self._packs.import_file(path, copy)

    def pack_spec(self, pack: Pack) -> Any:
        """The pack as a BriefSpec (for preview_markdown and export_brief)."""
        return self._packs.spec(pack)

    def pack_build(self, pack: str | Pack, formats: Sequence[str], out_dir: Path,
                   progress: Callable | None = None, cancel: Callable | None = None,
                   fit: bool = False, language: str = "") -> BuildResult:
        """Export the pack with its template and record the build (a BuildResult: paths, changes
        since the last build). `pack` is a reference, or the pack as edited in a window;
        `language` writes this build in another language than the pack's."""
        return self._packs.build(pack, formats, out_dir, progress, cancel, fit, language)


__all__ = ["BriefpackError", "NotFoundError", "Workspace"]
