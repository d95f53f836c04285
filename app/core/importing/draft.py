"""Value types of an import: blocks read from a file, candidates, tag suggestions, the draft."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import BriefpackError, NotFoundError

HEADING, PARAGRAPH, LIST_ITEM = "heading", "paragraph", "list"

# Candidate review states.
ACCEPTED, REJECTED = "accepted", "rejected"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of a read document: a heading, a paragraph or a list item.

    `text` holds the words without the printed marker; `marker` is the bullet
    or number as printed ("•", "o", "3.", "(a)", "a)", "i."); `level` is the
    list depth (0 = top level) or the heading level (1 = top).
    """

    kind: str
    text: str
    marker: str = ""
    level: int = 0
    page: int = 0


class UnreadableDocumentError(BriefpackError):
    """A file that cannot be imported as it is; nothing was changed."""


def fail(message: str, hint: str = "", detail: str = "") -> UnreadableDocumentError:
    """The one way a reader reports a file it cannot read: what is wrong and what to do."""
    return UnreadableDocumentError(message, detail=detail, hint=hint)


@dataclass(slots=True)
class ReadResult:
    """What a format reader returns: blocks, notes, removed furniture and what the file says of itself."""

    blocks: list[Block]
    notes: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    properties: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    encoding: str = ""


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """What a reader made of a file: clean blocks, notes and what it removed."""

    path: str
    format: str  # "text" | "markdown" | "docx" | "pdf"
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()  # footnote/endnote texts, kept out of items
    furniture: tuple[str, ...] = ()  # removed running headers, footers, page numbers
    properties: dict = field(default_factory=dict, compare=False)  # title/author/created from the file
    warnings: tuple[str, ...] = ()
    file_sha256: str = ""
    encoding: str = ""
    pages: int = 0

    def full_text(self) -> tuple[str, list[int]]:
        """The source's full text and, per block, the offset where its words start."""
        parts: list[str] = []
        offsets: list[int] = []
        position = 0
        for block in self.blocks:
            prefix = f"{block.marker} " if block.marker else ""
            offsets.append(position + len(prefix))
            chunk = prefix + block.text
            parts.append(chunk)
            position += len(chunk) + 2
        if self.notes:
            parts.append("Notes")
            parts.extend(self.notes)
        return "\n\n".join(parts) + "\n", offsets


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    """A suggested theme or audience with a confidence in [0, 1] and why it was suggested."""

    tag: str
    confidence: float
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed item: verbatim text, where it stands, its kind and suggested tags."""

    id: str  # stable within the draft ("c1", "c2", "c3.1" after a split)
    text: str
    kind: str
    span: tuple[int, int]  # where `text` stands in the draft's full text
    section: str = ""
    locator: str = ""
    lead_in: str = ""
    kind_confidence: float = 0.5
    rule: str = ""  # which segmentation rule proposed it
    themes: tuple[TagSuggestion, ...] = ()
    audiences: tuple[TagSuggestion, ...] = ()
    status: str = ACCEPTED
    edited: bool = False  # the user changed its text, kind or tags
    note: str = ""

    @property
    def accepted(self) -> bool:
        return self.status == ACCEPTED

    def theme_ids(self, threshold: float = 0.0) -> tuple[str, ...]:
        return tuple(s.tag for s in self.themes if s.confidence >= threshold)

    def audience_ids(self, threshold: float = 0.0) -> tuple[str, ...]:
        return tuple(s.tag for s in self.audiences if s.confidence >= threshold)


@dataclass(frozen=True, slots=True)
class SourceDraft:
    """The new source's metadata, prefilled from the document, editable before commit."""

    title: str = ""
    short_title: str = ""
    issuer: str = ""
    date: str = ""  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    symbol: str = ""
    url: str = ""
    type: str = ""
    language: str = "en"
    context: str = ""  # the session and agenda item of a UN document
    id: str = ""
    found: tuple[str, ...] = ()  # which fields were read from the document (for the UI)


@dataclass(frozen=True, slots=True)
class ImportDraft:
    """Everything the review shows and the commit writes; edits make new drafts."""

    document: ReadDocument
    text: str  # the new source's full text
    source: SourceDraft
    candidates: tuple[Candidate, ...]
    existing_source_id: str = ""  # set when this file was imported before
    existing_reason: str = ""  # "same file" | "same name" | "same symbol" | "same title"
    update: bool = False  # commit replaces existing_source_id instead of adding
    threshold: float = 0.5  # tag suggestions at or above it are ticked (tag_rules.yaml `preselect`)

    @property
    def accepted(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if c.accepted)

    def candidate(self, candidate_id: str) -> Candidate:
        for candidate in self.candidates:
            if candidate.id == candidate_id:
                return candidate
        raise NotFoundError(f"No candidate {candidate_id!r} in this import.")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a commit did."""

    source_id: str
    item_ids: tuple[str, ...]
    updated: bool = False
    kept_ids: tuple[str, ...] = ()  # item ids reused from the earlier import
    removed_ids: tuple[str, ...] = ()  # items of the earlier import no longer present
