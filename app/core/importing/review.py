"""The review of an import as pure edits on a frozen draft, and the records a commit writes.

A GUI keeps each draft for undo: every function returns a new ImportDraft and
never changes the one it was given.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.core.errors import ValidationError
from app.core.importing.draft import ACCEPTED, REJECTED, Candidate, ImportDraft, ReadDocument, TagSuggestion
from app.core.importing.metadata import read_metadata
from app.core.importing.segment import segment
from app.core.importing.tagging import Tagger
from app.core.phrases import core
from app.core.text import clean_line, slug

CHOSEN = ("chosen in review",)


def build_draft(document: ReadDocument, tagger: Tagger, title: str = "") -> ImportDraft:
    """Segment a read document and suggest tags: the draft the review starts from."""
    text, offsets = document.full_text()
    candidates = []
    for candidate in segment(document.blocks, offsets):
        themes, audiences = tagger.suggest(
            candidate.text, candidate.lead_in, candidate.section, candidate.kind
        )
        candidates.append(replace(candidate, themes=themes, audiences=audiences))
    source = read_metadata(document)
    if title:
        source = replace(source, title=clean_line(title))
    return ImportDraft(
        document=document,
        text=text,
        source=source,
        candidates=tuple(candidates),
        threshold=tagger.rules.preselect,
    )


def _replace_candidates(draft: ImportDraft, candidates: list[Candidate]) -> ImportDraft:
    return replace(draft, candidates=tuple(candidates))


def set_status(draft: ImportDraft, candidate_ids: list[str] | tuple[str, ...], status: str) -> ImportDraft:
    if status not in (ACCEPTED, REJECTED):
        raise ValidationError(f"Unknown status {status!r}.", hint="Use accepted or rejected.")
    wanted = set(candidate_ids)
    for candidate_id in wanted:
        draft.candidate(candidate_id)
    return _replace_candidates(
        draft, [replace(c, status=status) if c.id in wanted else c for c in draft.candidates]
    )


def accept(draft: ImportDraft, candidate_ids: list[str] | tuple[str, ...]) -> ImportDraft:
    return set_status(draft, candidate_ids, ACCEPTED)


def reject(draft: ImportDraft, candidate_ids: list[str] | tuple[str, ...]) -> ImportDraft:
    return set_status(draft, candidate_ids, REJECTED)


def accept_all(draft: ImportDraft) -> ImportDraft:
    return _replace_candidates(draft, [replace(c, status=ACCEPTED) for c in draft.candidates])


def _merge_tags(groups: list[tuple[TagSuggestion, ...]]) -> tuple[TagSuggestion, ...]:
    best: dict[str, TagSuggestion] = {}
    for group in groups:
        for suggestion in group:
            if suggestion.tag not in best or suggestion.confidence > best[suggestion.tag].confidence:
                best[suggestion.tag] = suggestion
    return tuple(sorted(best.values(), key=lambda s: -s.confidence))


def merge(draft: ImportDraft, candidate_ids: list[str] | tuple[str, ...]) -> ImportDraft:
    """One item from several: the source text from the first one's start to the last one's end."""
    if len(set(candidate_ids)) < 2:
        raise ValidationError(core.tr("Choose at least two candidates to merge."))
    chosen = sorted((draft.candidate(i) for i in set(candidate_ids)), key=lambda c: c.span)
    start, end = chosen[0].span[0], max(c.span[1] for c in chosen)
    first = chosen[0]
    merged = replace(
        first,
        text=draft.text[start:end],
        span=(start, end),
        edited=True,
        status=ACCEPTED,
        themes=_merge_tags([c.themes for c in chosen]),
        audiences=_merge_tags([c.audiences for c in chosen]),
        rule=f"merged {', '.join(c.id for c in chosen)}",
    )
    dropped = {c.id for c in chosen[1:]}
    return _replace_candidates(
        draft, [merged if c.id == first.id else c for c in draft.candidates if c.id not in dropped]
    )


def split(draft: ImportDraft, candidate_id: str, at: int) -> ImportDraft:
    """Two items from one, cut at character `at` of its text (whitespace at the cut is dropped)."""
    candidate = draft.candidate(candidate_id)
    head, tail = candidate.text[:at].rstrip(), candidate.text[at:]
    lead_space = len(tail) - len(tail.lstrip())
    tail = tail.strip()
    if not head.strip() or not tail or at <= 0 or at >= len(candidate.text):
        raise ValidationError(
            core.tr("A split must leave text on both sides."),
            hint=core.tr("Place the cut between two sentences or paragraphs."),
        )
    start = candidate.span[0]
    tail_start = start + at + lead_space
    ids = {c.id for c in draft.candidates}
    new_id, n = f"{candidate.id}.1", 1
    while new_id in ids:
        n += 1
        new_id = f"{candidate.id}.{n}"
    first = replace(candidate, text=head, span=(start, start + len(head)), edited=True)
    second = replace(
        candidate,
        id=new_id,
        text=tail,
        span=(tail_start, tail_start + len(tail)),
        edited=True,
        rule=f"split from {candidate.id}",
    )
    out: list[Candidate] = []
    for c in draft.candidates:
        out.extend((first, second) if c.id == candidate_id else (c,))
    return _replace_candidates(draft, out)


def edit(draft: ImportDraft, candidate_id: str, **changes: object) -> ImportDraft:
    """Change a candidate's text (it must stay a quote of the source), kind, tags, lead-in,
    locator, section or note. Tags given here replace the suggestions."""
    candidate = draft.candidate(candidate_id)
    allowed = {"text", "kind", "themes", "audiences", "lead_in", "locator", "section", "note", "status"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Cannot change {', '.join(sorted(unknown))} of a candidate.")
    values: dict = {"edited": True}
    if "text" in changes:
        text = " ".join(str(changes["text"]).split(" ")).strip()
        start = _locate(draft.text, text, candidate.span[0])
        if not text or start < 0:
            raise ValidationError(
                core.tr("The edited text is not in the document."),
                hint=core.tr(
                    "Items quote the source exactly: trim or extend the quote, or use split and merge."
                ),
            )
        values.update(text=text, span=(start, start + len(text)))
    for name in ("kind", "lead_in", "locator", "section", "note", "status"):
        if name in changes:
            values[name] = clean_line(str(changes[name]))
    if "themes" in changes:
        values["themes"] = tuple(TagSuggestion(str(t), 1.0, CHOSEN) for t in changes["themes"])  # type: ignore[attr-defined]
    if "audiences" in changes:
        values["audiences"] = tuple(TagSuggestion(str(a), 1.0, CHOSEN) for a in changes["audiences"])  # type: ignore[attr-defined]
    return _replace_candidates(
        draft, [replace(c, **values) if c.id == candidate_id else c for c in draft.candidates]
    )


def _locate(full_text: str, text: str, near: int) -> int:
    """The occurrence of `text` in the full text nearest to offset `near` (-1 if none)."""
    best, position = -1, full_text.find(text)
    while position >= 0:
        if best < 0 or abs(position - near) < abs(best - near):
            best = position
        position = full_text.find(text, position + 1)
    return best


def set_source(draft: ImportDraft, **fields: str) -> ImportDraft:
    """Edit the source's metadata before commit (title, issuer, date, symbol, url, type ...)."""
    known = set(draft.source.__dataclass_fields__) - {"found"}
    unknown = set(fields) - known
    if unknown:
        raise ValidationError(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
    cleaned: dict[str, Any] = {k: clean_line(str(v)) for k, v in fields.items()}
    return replace(draft, source=replace(draft.source, **cleaned))


def set_update(draft: ImportDraft, update: bool) -> ImportDraft:
    """Commit as an update of the earlier import (True) or as a new source (False)."""
    if update and not draft.existing_source_id:
        raise ValidationError(core.tr("This document was not imported before; there is nothing to update."))
    return replace(draft, update=update)


def chosen_tags(suggestions: tuple[TagSuggestion, ...], threshold: float) -> list[str]:
    return [s.tag for s in suggestions if s.confidence >= threshold]


def item_records(
    draft: ImportDraft, source_id: str, previous: list[dict] | None = None
) -> tuple[list[dict], list[str]]:
    """Records for the accepted candidates; ids of an earlier import are kept for the same text."""
    previous = previous or []
    by_text = {str(p.get("text")): str(p["id"]) for p in previous}
    by_locator = {str(p.get("locator")): str(p["id"]) for p in previous if p.get("locator")}
    used: set[str] = set()
    kept: list[str] = []
    records = []
    for candidate in draft.accepted:
        item_id = by_text.get(candidate.text) or (
            by_locator.get(candidate.locator) if candidate.locator else ""
        )
        if item_id and item_id not in used:
            kept.append(item_id)
        else:
            base = f"{source_id}-{slug(candidate.locator, 40) or 'item'}"[:80].strip("-")
            item_id, n = base, 1
            while item_id in used or item_id in by_text.values():
                n += 1
                item_id = f"{base}-{n}"
        used.add(item_id)
        records.append(
            {
                "id": item_id,
                "kind": candidate.kind,
                "text": candidate.text,
                "span": list(candidate.span),
                "section": candidate.section,
                "locator": candidate.locator or f"at {candidate.span[0]}",
                "lead_in": candidate.lead_in,
                "note": candidate.note,
                "themes": chosen_tags(candidate.themes, draft.threshold),
                "audiences": chosen_tags(candidate.audiences, draft.threshold),
            }
        )
    return records, kept


def source_record(draft: ImportDraft, source_id: str, imported_at: str) -> dict:
    source = draft.source
    if not source.title.strip():
        raise ValidationError(
            core.tr("The new source needs a title."), hint=core.tr("Give one with --title or in the review.")
        )
    date = source.date
    return {
        "id": source_id,
        "title": source.title,
        "short_title": source.short_title,
        "issuer": source.issuer,
        "type": source.type,
        "date": date,
        "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(date), ""),
        "symbol": source.symbol,
        "url": source.url,
        "language": source.language,
        "context": source.context,
        "text": draft.text,
        "import_file": draft.document.path.replace("\\", "/").rsplit("/", 1)[-1],
        "import_sha256": draft.document.file_sha256,
        "import_format": draft.document.format,
        "imported_at": imported_at,
    }
