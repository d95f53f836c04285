"""Composing a brief: a BriefSpec and the library become a format-neutral Document."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.citation_notes import Citations
from app.core.citations import bibliography_entry
from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    Meta,
    NoteList,
    NotesSpace,
    Section,
    SourceEntry,
    SourceList,
    TableOfContents,
    TitleBlock,
)
from app.core.errors import ValidationError
from app.core.export.branding import Branding
from app.core.export.templates import GROUPINGS, Template
from app.core.library import Library
from app.core.models import Item, Source, format_date
from app.core.taxonomy import Taxonomy
from app.core.text import clean_line, clean_text


@dataclass(frozen=True)
class BriefSpec:
    """What to compose; a pack converts itself to this."""

    title: str
    subtitle: str = ""
    meeting: str = ""
    date: str = ""
    author: str = ""
    organisation: str = ""
    audience_note: str = ""
    key_messages: tuple[str, ...] = ()
    entries: tuple[tuple[str, str], ...] = ()   # (item_id, note) in order
    grouping: str = "theme"                     # "theme" | "source" | "audience" | "ordered"
    template: str = "meeting-brief"
    branding: str = "default"
    # copies of items that are not (or no longer) in the library: item_id -> (Item, Source)
    snapshots: Mapping[str, tuple[Item, Source]] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class _Entry:
    item: Item
    source: Source
    note: str


def split_paragraphs(text: str) -> tuple[str, ...]:
    """An item's text as paragraphs (the library joins paragraphs of one item with a blank line)."""
    parts = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text)]
    return tuple(p for p in parts if p.strip()) or (text,)


def _resolve(spec: BriefSpec, library: Library) -> tuple[list[_Entry], list[str]]:
    entries: list[_Entry] = []
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
                problems.append(f"{item_id} is not in the library and the brief has no copy of it; "
                                "it was left out.")
                continue
            item, source = snapshot
        entries.append(_Entry(item, source, clean_text(note).strip()))
    return entries, problems


def _display_date(value: str) -> str:
    """ISO dates as people write them ("2025-10-14" -> "14 October 2025"); anything else as typed."""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        try:
            return format_date(value)
        except (IndexError, ValueError):
            return value
    return value


def _group(entries: list[_Entry], grouping: str, taxonomy: Taxonomy, other: str
           ) -> list[tuple[str, str, list[_Entry]]]:
    """(key, heading, entries) in the order the groups are shown; entries keep their order."""
    if grouping == "ordered":
        return [("all", "", entries)]
    groups: dict[str, list[_Entry]] = {}
    for entry in entries:
        if grouping == "theme":
            key = entry.item.themes[0] if entry.item.themes else ""
        elif grouping == "audience":
            key = entry.item.audiences[0] if entry.item.audiences else ""
        else:
            key = entry.source.id
        groups.setdefault(key, []).append(entry)
    if grouping == "source":
        sources = {e.source.id: e.source for e in entries}
        keys = sorted(groups, key=lambda k: (sources[k].sort_date, k))
        return [(k, sources[k].title, groups[k]) for k in keys]
    rank_ids = taxonomy.theme_ids if grouping == "theme" else taxonomy.audience_ids
    rank = {tid: n for n, tid in enumerate(rank_ids)}
    keys = sorted(groups, key=lambda k: (k == "", rank.get(k, len(rank)), k))
    return [(k, taxonomy.label(k) if k else other, groups[k]) for k in keys]


def _anchor(prefix: str, text: str, used: set[str]) -> str:
    base = prefix + "-" + ("-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40] or "section")
    anchor, n = base, 2
    while anchor in used:
        anchor, n = f"{base}-{n}", n + 1
    used.add(anchor)
    return anchor


def compose(spec: BriefSpec, library: Library, template: Template, branding: Branding) -> Document:
    """Build the document tree for `spec` as `template` lays it out."""
    if spec.grouping not in GROUPINGS:
        raise ValidationError(f"Unknown grouping {spec.grouping!r}.",
                              hint=f"Use one of: {', '.join(GROUPINGS)}.")
    title = clean_line(spec.title)
    if not title:
        raise ValidationError("The brief needs a title.", hint="Give it a title, e.g. the meeting's name.")
    labels = template.labels
    taxonomy = library.taxonomy
    entries, problems = _resolve(spec, library)
    if not entries:
        problems.append("The brief has no items.")
    citations = Citations(template.citation_style, template.citation_form)
    anchors: set[str] = set()

    def item_block(entry: _Entry) -> ItemBlock:
        return ItemBlock(
            item_id=entry.item.id,
            kind=entry.item.kind,
            paragraphs=split_paragraphs(entry.item.text),
            lead_in=entry.item.lead_in,
            note=entry.note,
            citation=citations.cite(entry.source, entry.item),
        )

    facts_top = template.key_facts == "top" and "key_facts" in template.sections
    body = [e for e in entries if not (facts_top and e.item.kind == "fact")]
    top_facts = [e for e in entries if facts_top and e.item.kind == "fact"]
    blocks: list[object] = []
    for name in template.sections:
        if name == "title":
            blocks.append(TitleBlock(cover=template.cover_page))
        elif name == "toc":
            blocks.append(TableOfContents(labels["contents"], template.toc_levels))
        elif name == "key_messages":
            messages = tuple(m for m in (clean_text(m).strip() for m in spec.key_messages) if m)
            if messages:
                heading = Heading(1, labels["key_messages"], _anchor("h", "key messages", anchors))
                blocks.append(Section(heading, (KeyMessages(labels["key_messages"], messages),)))
        elif name == "key_facts":
            if top_facts:
                heading = Heading(1, labels["key_facts"], _anchor("h", "key facts", anchors))
                blocks.append(Section(heading, (KeyFacts("", tuple(item_block(e) for e in top_facts)),)))
        elif name == "items":
            blocks.extend(_item_sections(body, spec.grouping, template, taxonomy, item_block, anchors))
        elif name in ("sources", "annex"):
            blocks.append(_source_list(name, citations, entries, template, anchors))
    if template.citation_style == "endnotes" and citations.notes:
        blocks.append(NoteList(Heading(1, labels["notes"], _anchor("h", "notes", anchors)),
                               tuple(citations.notes)))
    themes = []
    for entry in entries:
        themes.extend(t for t in entry.item.themes if t not in themes)
    meta = Meta(
        title=title,
        subtitle=clean_line(spec.subtitle),
        meeting=clean_line(spec.meeting),
        date=_display_date(clean_line(spec.date)),
        author=clean_line(spec.author),
        organisation=clean_line(spec.organisation) or branding.organisation,
        audience_note=clean_text(spec.audience_note).strip(),
        subject=clean_line(spec.meeting) or clean_line(spec.subtitle),
        keywords=tuple(taxonomy.label(t) for t in taxonomy.order_themes(themes)),
        marking=branding.marking,
        footer_text=branding.footer_text,
        logo=branding.logo,
        template=template.id,
    )
    return Document(meta, tuple(blocks), template.citation_style, tuple(citations.notes),
                    tuple(problems), len(entries))


def _item_sections(entries: list[_Entry], grouping: str, template: Template, taxonomy: Taxonomy,
                   item_block, anchors: set[str]) -> list[Section]:
    labels = template.labels
    sections: list[Section] = []
    kinds = {e.item.kind for e in entries}
    for key, heading_text, group in _group(entries, grouping, taxonomy, labels["other"]):
        if not group:
            continue
        if grouping == "ordered":
            heading_text = labels["items"] if kinds <= {"recommendation"} else labels["mixed_items"]
        children: list[object] = []
        facts = [e for e in group if template.key_facts == "per_group" and e.item.kind == "fact"]
        if facts:
            children.append(KeyFacts(labels["key_facts"], tuple(item_block(e) for e in facts)))
        children.extend(item_block(e) for e in group if e not in facts)
        if template.notes_lines > 0:
            children.append(NotesSpace(labels["notes_space"], template.notes_lines))
        heading = Heading(1, heading_text, _anchor("h", f"{key} {heading_text}", anchors))
        sections.append(Section(heading, tuple(children)))
    return sections


def _source_list(name: str, citations: Citations, entries: list[_Entry], template: Template,
                 anchors: set[str]) -> SourceList:
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.source.id] = counts.get(entry.source.id, 0) + 1
    result: list[SourceEntry] = []
    for number, source in enumerate(citations.sources, 1):
        details: tuple[str, ...] = ()
        if name == "annex":
            quoted = counts.get(source.id, 0)
            lines = [source.context and f"Subject: {source.context}.",
                     source.type and f"Type: {source.type}.",
                     source.date_note,
                     f"Quoted here: {quoted} item{'s' if quoted != 1 else ''}."]
            details = tuple(line for line in lines if line)
        text = bibliography_entry(source)
        if source.url:
            text = text.removesuffix(f" {source.url}")
        uses_short = template.citation_style == "inline" or template.citation_form == "short"
        short = (source.short_title or source.title) if uses_short else ""
        result.append(SourceEntry(number, source.id, text, source.url, details, short))
    label = template.labels["annex" if name == "annex" else "sources"]
    return SourceList(Heading(1, label, _anchor("h", label, anchors)), tuple(result))
