"""Numbering a document's citations once, in reading order: notes and where each item cites."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.citations import FORMS, STYLES, CitationFormat, Styled, citation_format, cite
from app.core.models import Item, Source


@dataclass(frozen=True, slots=True)
class Note:
    """One numbered note: the citation and the source it points to (its URL on the first note)."""

    number: int
    styled: Styled
    source_id: str
    url: str = ""

    @property
    def text(self) -> str:
        return self.styled.text


@dataclass(frozen=True, slots=True)
class CitationRef:
    """Where an item is cited: the note (or reference-list) number and the citation shown."""

    number: int
    styled: Styled
    source_id: str
    repeat: bool = False

    @property
    def text(self) -> str:
        return self.styled.text


@dataclass(slots=True)
class Citations:
    """Numbers citations once for a whole document, in reading order.

    footnotes: every citation gets the next number (a Word footnote cannot be
    shared); the full form the first time a source is cited, the short form on
    repeats (or always short with form="short").
    endnotes: the same source and locator share one number (deduplicated).
    inline: the text shows the short citation; the number is the source's
    place in the reference list.
    """

    style: str = "footnotes"
    form: str = "full"
    format: CitationFormat = field(default_factory=citation_format)
    notes: list[Note] = field(default_factory=list)
    _sources: dict[str, Source] = field(default_factory=dict)
    _by_key: dict[tuple[str, str], Note] = field(default_factory=dict)
    language: str = ""  # the brief's: how dates are written
    citing: str = "citing"  # the brief's word for "citing"

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown citation style {self.style!r}; expected one of {STYLES}")
        if self.form not in FORMS:
            raise ValueError(f"unknown citation form {self.form!r}; expected one of {FORMS}")

    def cite(self, source: Source, item: Item) -> CitationRef:
        repeat = source.id in self._sources
        self._sources.setdefault(source.id, source)
        if self.style == "inline":
            number = list(self._sources).index(source.id) + 1
            styled = cite("short", source, item, self.format, self.language, self.citing)
            return CitationRef(number, styled, source.id, repeat)
        key = (source.id, item.locator)
        if self.style == "endnotes" and key in self._by_key:
            note = self._by_key[key]
            return CitationRef(note.number, note.styled, source.id, True)
        use_full = self.form == "full" and not repeat
        styled = cite("full" if use_full else "short", source, item, self.format, self.language, self.citing)
        note = Note(len(self.notes) + 1, styled, source.id, source.url if use_full else "")
        self.notes.append(note)
        self._by_key[key] = note
        return CitationRef(note.number, styled, source.id, repeat)

    @property
    def sources(self) -> list[Source]:
        """The sources cited, in the order first cited (the reference list)."""
        return list(self._sources.values())
