"""The one facade the CLI and the GUI use: library, search, packs, export, import."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.core import hashing
from app.core.atomic import explain_os_error
from app.core.bundled_cache import load_bundled, translated_taxonomy
from app.core.errors import BriefpackError, NotFoundError
from app.core.library import (
    BundledLibrary,
    Library,
)
from app.core.models import Item
from app.core.search.browse import browse, is_browse
from app.core.search.contract import Query, SearchResult
from app.core.storage import Store

if TYPE_CHECKING:
    from app.core.exports import Exports
    from app.core.importing.imports import Imports
    from app.core.library_check import CheckReport
    from app.core.library_edits import LibraryEdits
    from app.core.packs.operations import PackOperations
    from app.core.preferences import Preferences
    from app.core.search.engine import SearchIndex


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
        self._edits: LibraryEdits | None = None
        self._exports: Exports | None = None
        self._imports: Imports | None = None
        self._packs: PackOperations | None = None
        self._search_index: SearchIndex | None = None

    # -- loading -------------------------------------------------------
    @property
    def bundled(self) -> BundledLibrary:
        if self._bundled is None:
            self._bundled = load_bundled(self.library_dir, self.cache_dir)
            if self.interface_language:  # the window's facets and columns name tags in its language
                self._bundled.taxonomy = translated_taxonomy(
                    self._bundled.taxonomy, self.library_dir, self.interface_language, self.cache_dir
                )
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
        """Call `callback(item_ids)` after every library edit (the search index is already up to date)."""
        self._listeners.append(callback)

    def _changed(self, item_ids: list[str], library: Library | None = None) -> None:
        """After an edit: `library` is the library as edited (None: rebuild it when next needed).
        The search index is brought up to date first, so a listener that searches sees the edit."""
        self._library = library
        self._search_follow(item_ids)
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
        from app.core.citations import full_citation  # with the first citation, not at start-up

        return full_citation(self.library.source_of(item), item)

    def check_library(self) -> CheckReport:
        from app.core.library_check import check_library

        return check_library(self.library)

    def show_item(self, item_id: str, context_chars: int = 400) -> dict:
        """The item, its citation and its passage in the source (`briefpack library show --json`)."""
        from app.core.library_records import item_view  # with csv: not needed to start the window

        return item_view(self.library, item_id, context_chars)

    def export_library(self, fmt: str = "json") -> str:
        """The whole library as JSON (the documented interchange form) or CSV."""
        from app.core.library_records import library_as_text

        return library_as_text(self.library, fmt)

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

    # -- search ---------------------------------------------------------
    @property
    def search_index(self) -> SearchIndex:
        """The text index over the whole library, opened (and brought up to date) on first use."""
        if self._search_index is None:
            from app.core.search.engine import SearchIndex  # SQLite and the parser load here

            index = SearchIndex(self.cache_dir / "search.sqlite")
            index.attach(self.library, self._search_fingerprint())
            self._search_index = index
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

    # -- the parts: each made on first use, from the workspace's store and library ----------
    @property
    def edits(self) -> LibraryEdits:
        """Changing the library: items, the user's sources, undo records (app/core/library_edits.py)."""
        if self._edits is None:
            from app.core.library_edits import LibraryEdits

            self._edits = LibraryEdits(self.store, lambda: self.library, self._changed)
        return self._edits

    @property
    def exports(self) -> Exports:
        """Templates, branding, composing and writing briefs (app/core/exports.py)."""
        if self._exports is None:
            from app.core.exports import Exports  # the branding profiles' YAML loads with it

            self._exports = Exports(self.store, lambda: self.library, lambda: self.interface_language)
        return self._exports

    @property
    def imports(self) -> Imports:
        """Reading documents and committing reviewed drafts (app/core/importing/imports.py)."""
        if self._imports is None:
            from app.core.importing.imports import Imports  # the readers and taggers load here

            self._imports = Imports(self.store, lambda: self.library, self.library_dir, self.edits)
        return self._imports

    @property
    def packs(self) -> PackOperations:
        """Saved packs: rules, proposals, history, refresh, files, builds (app/core/packs/operations.py)."""
        if self._packs is None:
            from app.core.packs.operations import PackOperations

            self._packs = PackOperations(
                self.store,
                lambda: self.library,
                self.search,
                self.exports,
                self.pack_defaults,
                self.default_brief_language,
            )
        return self._packs

    # -- preferences ---------------------------------------------------
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


__all__ = ["BriefpackError", "NotFoundError", "Workspace"]
