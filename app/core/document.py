"""The format-neutral document tree that compose builds and every writer renders.

The tree decides what a reader sees; writers decide only how it looks in
their format. In particular attribution is settled here: every quote sits in
a `QuoteGroup` whose attribution line names its kind and source, and a
lead-in governs only the items of its group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.brief import BriefMeta
from app.core.citation_notes import CitationRef, Note
from app.core.citations import Styled
from app.core.templates import Labels


class UnknownNodeError(TypeError):
    """A writer met a node type it does not know how to render (a programming error)."""

    def __init__(self, writer: str, node: object) -> None:
        super().__init__(f"the {writer} writer cannot render {type(node).__name__} nodes")


@dataclass(frozen=True, slots=True)
class Meta:
    """What the document is, for its title page, properties, header and footer."""

    brief: BriefMeta  # cleaned; the date written out
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en-GB"  # BCP 47 tag of the brief's own language
    marking: str = ""  # "For internal use", shown in the header
    footer_text: str = ""
    logo: str = ""  # path to an image file, or ""
    template: str = ""

    @property
    def title(self) -> str:
        return self.brief.title


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The title, subtitle and meeting details; `cover` puts them on a page of their own, with
    `scope` ("Themes: Children, Migration and Labour") saying what the brief covers."""

    cover: bool = False
    scope: str = ""


@dataclass(frozen=True, slots=True)
class TableOfContents:
    title: str
    levels: int = 2
    # heading anchor -> page, from the laid-out PDF (the Word file shows them before its fields update)
    pages: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Plain running text (an audience note, an introduction)."""

    text: str


@dataclass(frozen=True, slots=True)
class KeyMessages:
    """The delegation's own messages, numbered; they come first and stand out."""

    messages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ItemBlock:
    """One quoted item: the exact text (one string per paragraph), its note and citation.

    `context` is an editorial phrase printed in brackets before the quote; it is
    never part of the quote. `language` is the item's own language tag."""

    item_id: str
    kind: str
    paragraphs: tuple[str, ...]
    note: str = ""
    citation: CitationRef | None = None
    context: str = ""
    source_label: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """Quotes that read as one: a lead-in and the consecutive items of one source and kind that
    continue it, or a single item standing alone. `attribution` says what they are and whose."""

    attribution: str
    items: tuple[ItemBlock, ...]
    lead_in: str = ""


@dataclass(frozen=True, slots=True)
class KeyFacts:
    """A boxed group of facts, each with its source at a glance."""

    title: str
    facts: tuple[ItemBlock, ...]


@dataclass(frozen=True, slots=True)
class NotesSpace:
    """Ruled lines left empty for a reader's own notes."""

    title: str
    lines: int


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    blocks: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source in the reference list or the annex."""

    number: int
    source_id: str
    styled: Styled
    url: str = ""
    details: tuple[str, ...] = ()  # annex: what the source is, how many items are quoted
    label: str = ""  # the short title inline citations use, shown first

    @property
    def text(self) -> str:
        return self.styled.text


@dataclass(frozen=True, slots=True)
class SourceList:
    heading: Heading
    entries: tuple[SourceEntry, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class NoteList:
    """Numbered endnotes, rendered where the writer cannot make real endnotes."""

    heading: Heading
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class Document:
    meta: Meta
    blocks: tuple[object, ...]
    labels: Labels
    citation_style: str = "footnotes"
    notes: tuple[Note, ...] = ()
    problems: tuple[str, ...] = ()
    item_count: int = 0
    left_out: tuple[str, ...] = field(default=())  # item ids the page budget left out

    def headings(self, max_level: int = 3) -> list[Heading]:
        """Every heading in reading order (outline, table of contents)."""
        found: list[Heading] = []

        def walk(blocks: tuple[object, ...]) -> None:
            for block in blocks:
                if isinstance(block, Section):
                    if block.heading.level <= max_level:
                        found.append(block.heading)
                    walk(block.blocks)
                elif isinstance(block, SourceList | NoteList):
                    found.append(block.heading)
                elif isinstance(block, Heading) and block.level <= max_level:
                    found.append(block)

        walk(self.blocks)
        return found

    def items(self) -> list[ItemBlock]:
        """Every item block in reading order, facts boxes included."""
        found: list[ItemBlock] = []

        def walk(blocks: tuple[object, ...]) -> None:
            for block in blocks:
                if isinstance(block, ItemBlock):
                    found.append(block)
                elif isinstance(block, QuoteGroup):
                    found.extend(block.items)
                elif isinstance(block, KeyFacts):
                    found.extend(block.facts)
                elif isinstance(block, Section):
                    walk(block.blocks)

        walk(self.blocks)
        return found
