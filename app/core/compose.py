"""Composing a brief: a BriefSpec and the library become a format-neutral Document."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from app.core import locales
from app.core.branding import Branding
from app.core.brief import BRIEF_FIELDS, GROUPING_CHOICES, MAX_TITLE_CHARS, BriefMeta, split_grouping
from app.core.citation_notes import Citations
from app.core.citations import citation_format, cite
from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    Meta,
    NoteList,
    NotesSpace,
    QuoteGroup,
    Section,
    SourceEntry,
    SourceList,
    TableOfContents,
    TitleBlock,
)
from app.core.errors import ValidationError
from app.core.grouping import Entry, Grouper, attribution_runs, tag_counts
from app.core.library import Library
from app.core.models import Item, Source
from app.core.phrases import core
from app.core.templates import Labels, Template
from app.core.text import clean_text


@dataclass(frozen=True)
class BriefSpec:
    """What to compose; a pack converts itself to this.

    `entries` are in rank order (the page budget keeps the first ones);
    `themes`/`audiences` are the ones the user chose, which the headings follow.
    Empty `grouping`, `language` and `citation_format` mean the template's."""

    brief: BriefMeta
    key_messages: tuple[str, ...] = ()
    entries: tuple[tuple[str, str], ...] = ()  # (item_id, note) in order
    grouping: str = ""
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    template: str = "meeting-brief"
    branding: str = "default"
    language: str = ""
    citation_format: str = ""
    # copies of items that are not (or no longer) in the library: item_id -> (Item, Source)
    snapshots: Mapping[str, tuple[Item, Source]] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def make(cls, **values) -> BriefSpec:
        """A spec from flat keyword arguments (title=..., meeting=..., entries=...)."""
        brief = values.pop("brief", None) or BriefMeta()
        brief = brief.with_values(**{k: values.pop(k) for k in BRIEF_FIELDS if k in values})
        return cls(brief, **values)

    @property
    def title(self) -> str:
        return self.brief.title


def split_paragraphs(text: str) -> tuple[str, ...]:
    """An item's text as paragraphs (the library joins paragraphs of one item with a blank line)."""
    parts = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text)]
    return tuple(p for p in parts if p.strip()) or (text,)


def brief_entries(spec: BriefSpec, library: Library) -> tuple[list[Entry], list[str]]:
    """The spec's entries with their items and sources (library first, else the spec's copies)."""
    entries: list[Entry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for item_id, note in spec.entries:
        if item_id in seen:
            problems.append(f"{item_id} is listed twice; it is shown once.")
            continue
        seen.add(item_id)
        item = library.items.get(item_id)
        source = library.sources.get(item.source_id) if item else None
        if item is None or source is None:
            snapshot = spec.snapshots.get(item_id)
            if snapshot is None:
                problems.append(
                    f"{item_id} is not in the library and the brief has no copy of it; it was left out."
                )
                continue
            item, source = snapshot
        entries.append(Entry(item, source, clean_text(note).strip(), len(entries)))
    return entries, problems


def display_date(value: str, language: str = "en-GB") -> str:
    """ISO dates as the brief's language writes them ("2025-10-14" -> "14 October 2025",
    "14 octobre 2025", "2025年10月14日"); anything else as typed."""
    return locales.format_iso_date(value, language)


class _Anchors:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, text: str) -> str:
        base = "h-" + ("-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40] or "section")
        anchor, n = base, 2
        while anchor in self.used:
            anchor, n = f"{base}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def compose(
    spec: BriefSpec, library: Library, template: Template, branding: Branding, leave_out: Collection[str] = ()
) -> Document:
    """Build the document tree for `spec` as `template` lays it out; `leave_out` are item ids the
    page budget left out (listed in Document.left_out)."""
    grouping = spec.grouping or template.grouping
    if grouping not in GROUPING_CHOICES:
        raise ValidationError(
            f"Unknown grouping {grouping!r}.", hint=f"Use one of: {', '.join(GROUPING_CHOICES)}."
        )
    first, second = split_grouping(grouping)
    if "/" not in grouping and first not in ("ordered", "document"):
        second = template.subgrouping if template.subgrouping != first else ""
    brief = spec.brief.cleaned()
    if not brief.title:
        raise ValidationError(
            core.tr("The brief needs a title."), hint=core.tr("Give it a title, e.g. the meeting's name.")
        )
    if len(brief.title) > MAX_TITLE_CHARS:
        raise ValidationError(
            core.tr(
                "The brief's title is {length} characters long; a title can have at most {limit}."
            ).format(length=f"{len(brief.title):,}", limit=MAX_TITLE_CHARS),
            hint=core.tr("Shorten the title; the subtitle and the meeting fields hold the rest."),
        )
    language = locales.document_tag(spec.language) if spec.language else template.language
    labels = template.labels(language)
    # theme and audience names in the brief's language (headings, keywords)
    taxonomy = library.taxonomy.in_language(language)
    resolved, problems = brief_entries(spec, library)
    left_out = tuple(e.item.id for e in resolved if e.item.id in leave_out)
    entries = [e for e in resolved if e.item.id not in leave_out]
    if not entries:
        problems.append("The brief has no items.")
    citations = Citations(
        template.citation_style,
        template.citation_form,
        citation_format(spec.citation_format or template.citation_format),
        language=language,
        citing=labels["citing"],
    )
    anchors = _Anchors()
    grouper = Grouper(taxonomy, labels, spec.themes, spec.audiences, tag_counts(list(library)))

    inline = template.citation_style == "inline"  # inline citations already name the source

    def item_block(entry: Entry) -> ItemBlock:
        return ItemBlock(
            item_id=entry.item.id,
            kind=entry.item.kind,
            paragraphs=split_paragraphs(entry.item.text),
            note=entry.note,
            citation=citations.cite(entry.source, entry.item),
            context=entry.item.context,
            source_label="" if inline else entry.source.short_title or entry.source.title,
            language=entry.item.language or entry.source.language,
        )

    def quote_groups(members: tuple[Entry, ...]) -> list[QuoteGroup]:
        return [
            QuoteGroup(attribution(run[0], labels), tuple(item_block(e) for e in run), run[0].item.lead_in)
            for run in attribution_runs(members)
        ]

    facts_top = template.key_facts == "top" and "key_facts" in template.sections
    top_facts = [e for e in entries if facts_top and e.item.kind == "fact"]
    if template.key_facts_limit:
        top_facts = top_facts[: template.key_facts_limit]  # the best-ranked; the others stay with their theme
    body = [e for e in entries if e not in top_facts]
    blocks: list[object] = []
    for name in template.sections:
        if name == "title":
            names = [taxonomy.label(t) for t in spec.themes]
            scope = labels("scope", themes=labels.join(names)) if template.cover_page and names else ""
            blocks.append(TitleBlock(cover=template.cover_page, scope=scope))
        elif name == "toc":
            blocks.append(TableOfContents(labels["contents"], template.toc_levels))
        elif name == "key_messages":
            messages = tuple(m for m in (clean_text(m).strip() for m in spec.key_messages) if m)
            if messages:
                heading = Heading(1, labels["key_messages"], anchors("key messages"))
                blocks.append(Section(heading, (KeyMessages(messages),)))
        elif name == "key_facts":
            if top_facts:
                heading = Heading(1, labels["key_facts"], anchors("key facts"))
                blocks.append(Section(heading, (KeyFacts("", tuple(item_block(e) for e in top_facts)),)))
        elif name == "items":
            sections = _item_sections(
                body, first, second, template, grouper, labels, item_block, quote_groups, anchors
            )
            blocks.extend(sections)
        elif name in ("sources", "annex"):
            blocks.append(_source_list(name, citations, entries, template, labels, anchors))
    if template.citation_style == "endnotes" and citations.notes:
        blocks.append(NoteList(Heading(1, labels["notes"], anchors("notes")), tuple(citations.notes)))
    themes: list[str] = []
    for entry in entries:
        themes.extend(t for t in entry.item.themes if t not in themes)
    meta = Meta(
        brief=brief.with_values(
            date=display_date(brief.date, language), organisation=brief.organisation or branding.organisation
        ),
        subject=brief.meeting or brief.subtitle,
        keywords=tuple(taxonomy.label(t) for t in taxonomy.order_themes(themes)),
        language=language,
        marking=branding.marking,
        footer_text=branding.footer_text,
        logo=branding.logo,
        template=template.id,
    )
    return Document(
        meta,
        tuple(blocks),
        labels,
        template.citation_style,
        tuple(citations.notes),
        tuple(problems),
        len(entries),
        left_out=left_out,
    )


def attribution(entry: Entry, labels: Labels) -> str:
    """ "Recommendation · ICAT Call for Action 2021": what a quote is and whose, said once."""
    source = entry.source
    issuer = source.issuer_short or source.issuer
    kind = labels.get(f"kind_{entry.item.kind}", entry.item.kind).format_map({"issuer": issuer})
    return labels("attribution", kind=kind, source=source.short_title or source.title)


def _item_sections(
    entries: list[Entry],
    first: str,
    second: str,
    template: Template,
    grouper: Grouper,
    labels: Labels,
    item_block: Callable,
    quote_groups: Callable,
    anchors: _Anchors,
) -> list[Section]:
    kinds = {e.item.kind for e in entries}
    all_heading = labels["items"] if kinds <= {"recommendation"} else labels["mixed_items"]
    sections: list[Section] = []
    for group in grouper.group(first, entries, all_heading):
        children: list[object] = []
        facts = tuple(e for e in group.entries if template.key_facts == "per_group" and e.item.kind == "fact")
        if facts:
            children.append(KeyFacts(labels["key_facts"], tuple(item_block(e) for e in facts)))
        rest = tuple(e for e in group.entries if e not in facts)
        if second:
            for sub in grouper.group(second, rest):
                heading = Heading(2, sub.heading, anchors(f"{group.key} {sub.key} {sub.heading}"))
                children.append(Section(heading, tuple(quote_groups(sub.entries))))
        else:
            children.extend(quote_groups(rest))
        if template.notes_lines > 0:
            children.append(NotesSpace(labels("notes_space", theme=group.heading), template.notes_lines))
        heading = Heading(1, group.heading, anchors(f"{group.key} {group.heading}"))
        sections.append(Section(heading, tuple(children)))
    return sections


def _source_list(
    name: str,
    citations: Citations,
    entries: list[Entry],
    template: Template,
    labels: Labels,
    anchors: _Anchors,
) -> SourceList:
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.source.id] = counts.get(entry.source.id, 0) + 1
    result: list[SourceEntry] = []
    uses_short = template.citation_style == "inline" or template.citation_form == "short"
    for number, source in enumerate(citations.sources, 1):
        details: tuple[str, ...] = ()
        if name == "annex":
            quoted = counts.get(source.id, 0)
            lines = [
                source.context and labels("annex_subject", text=source.context),
                source.type and labels("annex_type", text=source.type),
                source.symbol and labels("annex_symbol", text=source.symbol),
                labels.plural("annex_quoted", quoted),
            ]
            details = tuple(line for line in lines if line)
        short = (source.short_title or source.title) if uses_short else ""
        result.append(
            SourceEntry(
                number,
                source.id,
                cite("bibliography", source, None, citations.format, citations.language, citations.citing),
                source.url,
                details,
                short,
            )
        )
    label = labels["annex" if name == "annex" else "sources"]
    # numbered where the notes or inline citations refer to the list by number
    numbered = template.citation_style == "inline"
    return SourceList(Heading(1, label, anchors(label)), tuple(result), numbered)
