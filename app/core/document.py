"""The format-neutral document tree that compose builds and every writer renders."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.citation_notes import CitationRef, Note


class UnknownNodeError(TypeError):
    """A writer met a node type it does not know how to render (a programming error)."""

    def __init__(self, writer: str, node: object) -> None:
        super().__init__(f"the {writer} writer cannot render {type(node).__name__} nodes")


@dataclass(frozen=True, slots=True)
class Meta:
    """What the document is, for its title page, properties, header and footer."""

    title: str
    subtitle: str = ""
    meeting: str = ""
    date: str = ""
    author: str = ""
    organisation: str = ""
    audience_note: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"
    marking: str = ""          # "For internal use", shown in the header
    footer_text: str = ""
    logo: str = ""             # path to an image file, or ""
    template: str = ""


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The title, subtitle and meeting details; `cover` puts them on a page of their own."""

    cover: bool = False


@dataclass(frozen=True, slots=True)
class TableOfContents:
    title: str = "Contents"
    levels: int = 2


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
    title: str
    messages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ItemBlock:
    """One quoted item: the exact text (one string per paragraph), its lead-in, note and citation."""

    item_id: str
    kind: str
    paragraphs: tuple[str, ...]
    lead_in: str = ""
    note: str = ""
    citation: CitationRef | None = None


@dataclass(frozen=True, slots=True)
class KeyFacts:
    """A boxed group of facts."""

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
    text: str
    url: str = ""
    details: tuple[str, ...] = ()   # annex: what the source is, how many items are quoted
    label: str = ""                 # the short title inline citations use, shown first


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
    citation_style: str = "footnotes"
    notes: tuple[Note, ...] = ()
    problems: tuple[str, ...] = ()
    item_count: int = 0

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
                elif isinstance(block, KeyFacts):
                    found.extend(block.facts)
                elif isinstance(block, Section):
                    walk(block.blocks)

        walk(self.blocks)
        return found


NODE_TYPES = (TitleBlock, TableOfContents, Heading, Paragraph, KeyMessages, ItemBlock, KeyFacts,
              NotesSpace, Section, SourceList, NoteList)
