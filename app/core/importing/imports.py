"""Documents into the library (`workspace.imports`): read and propose, then commit what the user
reviewed, a new source or a new version of an earlier import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.importing.commit import EarlierImports, ImportBatch, recognise
from app.core.importing.readers import read_document
from app.core.importing.review import build_draft
from app.core.importing.tagging import SimilarItems, Tagger, TagRules

if TYPE_CHECKING:
    from app.core.importing.draft import ImportDraft, ImportResult
    from app.core.library import Library
    from app.core.library_edits import LibraryEdits
    from app.core.storage import Store


class Imports:
    """The import steps over the library as it is at each call; sources are written by `edits`."""

    def __init__(
        self, store: Store, library: Callable[[], Library], library_dir: Path, edits: LibraryEdits
    ) -> None:
        self.store = store
        self.library = library
        self.library_dir = library_dir  # where tag_rules.yaml is
        self.edits = edits

    def tagger(self, exclude_sources: tuple[str, ...] = ()) -> Tagger:
        """The tag suggester: rules from library/tag_rules.yaml plus the library's tagged items."""
        library = self.library()
        rules = TagRules.load(self.library_dir / "tag_rules.yaml", library.taxonomy)
        items = [i for i in library if i.source_id not in exclude_sources]
        return Tagger(rules, library.taxonomy, SimilarItems(items))

    def read(
        self, path: str | Path, *, title: str = "", encoding: str | None = None, fmt: str | None = None
    ) -> ImportDraft:
        """Read a document and propose candidates with tags and metadata (writes nothing)."""
        document = read_document(path, encoding=encoding, fmt=fmt)
        draft = build_draft(document, self.tagger(), title=title)
        return recognise(draft, self.batch().earlier)

    def batch(self) -> ImportBatch:
        """A batch to commit reviewed drafts into (see app/core/importing/commit.py)."""
        records = []
        for source_id in self.store.user_source_ids():
            record, _ = self.store.load_user_source(source_id)
            if record:
                records.append((source_id, record))
        taken = set(self.library().sources) | {source_id for source_id, _ in records}
        return ImportBatch(taken, EarlierImports.of(records))

    def commit(self, draft: ImportDraft) -> ImportResult:
        """Write the reviewed draft: a new source with its full text and the accepted items,
        or, for a re-import offered as an update, the new version of the earlier source."""
        with self.store.writing():  # the free source id is chosen and taken in one step
            batch = self.batch()
            self.prepare_update(batch, draft)
            result = batch.add(draft)
            self.write(batch)
        return result

    def prepare_update(self, batch: ImportBatch, draft: ImportDraft) -> None:
        """Load the items of the import a draft updates (their ids are kept for the same text)."""
        if draft.update and draft.existing_source_id and draft.existing_source_id not in batch.previous:
            _, previous = self.store.load_user_source(draft.existing_source_id)
            batch.previous[draft.existing_source_id] = previous

    def write(self, batch: ImportBatch, progress: Callable[[int, int], None] | None = None) -> None:
        """Write every source of the batch, then show them in the library at once."""
        self.edits.add_sources([(e.source, e.items, e.update) for e in batch.entries], progress)
