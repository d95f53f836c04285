"""Validation of a library: schema, ids, vocabulary, verbatim spans, locators."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from app.core.library import Library
from app.core.models import KINDS, ORIGIN_BUNDLED
from app.core.taxonomy import translation_problems

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# A fact that opens on a connective or a pronoun leans on a sentence it was cut from.
_LEANS_ON_CONTEXT = re.compile(
    r"^(?:(?:however|moreover|furthermore|further|yet|also|thus|therefore|hence|likewise|similarly|"
    r"nevertheless|in addition|for example|for instance|at the same time|as a result)\b"
    r"|(?:(?:while|although|though|since|as|but|and)\s+)?(?:it|its|this|these|those|they|their|such)\b)",
    re.IGNORECASE,
)
# An item that only introduces a list ("... such as by;", "... that, in particular:").
_STUB = re.compile(r"(?::|\b(?:by|as|to|that|including|particular|following|namely)[,;:]?)\s*$")


def context_problem(item) -> str:
    """Why an item cannot be quoted on its own, or "" when it can."""
    text = item.text.strip()
    if _STUB.search(text):
        return "only introduces a list; make its text the lead-in of the items that continue it"
    if item.kind == "fact" and not item.context and _LEANS_ON_CONTEXT.match(text):
        return (
            "opens on a word that refers back; give it a context the brief prints in brackets, "
            "or do not tag it as a fact"
        )
    return ""


@dataclass(slots=True)
class CheckReport:
    """Problems (one line each) and the counts a curator wants to see."""

    problems: list[str] = field(default_factory=list)
    by_source: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)
    by_theme: Counter = field(default_factory=Counter)
    by_audience: Counter = field(default_factory=Counter)
    items: int = 0
    sources: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_library(library: Library) -> CheckReport:
    report = CheckReport(problems=list(library.problems))
    taxonomy = library.taxonomy
    themes, audiences = set(taxonomy.theme_ids), set(taxonomy.audience_ids)
    kinds = set(taxonomy.kind_ids) or set(KINDS)
    report.sources = len(library.sources)
    for source in library.sources.values():
        for name in ("title", "issuer", "date"):
            if not getattr(source, name):
                report.problems.append(f"source {source.id}: missing {name}")
        if not source.text.strip():
            report.problems.append(f"source {source.id}: no full text")
    seen_texts: dict[tuple[str, str], str] = {}
    for item in library.items.values():
        report.items += 1
        where = f"item {item.id}"
        if not _ID.match(item.id):
            report.problems.append(f"{where}: id is not lower-case letters, digits, '.', '-' or '_'")
        if item.source_id not in library.sources:
            report.problems.append(f"{where}: unknown source {item.source_id}")
            continue
        report.by_source[item.source_id] += 1
        report.by_kind[item.kind] += 1
        if item.kind not in kinds:
            report.problems.append(f"{where}: unknown kind {item.kind!r}")
        if not item.text.strip():
            report.problems.append(f"{where}: empty text")
        if not item.locator.strip():
            report.problems.append(f"{where}: no locator")
        if not item.themes:
            report.problems.append(f"{where}: no themes")
        if not item.audiences:
            report.problems.append(f"{where}: no audiences")
        for theme in item.themes:
            report.by_theme[theme] += 1
            if theme not in themes:
                report.problems.append(f"{where}: unknown theme {theme!r}")
        for audience in item.audiences:
            report.by_audience[audience] += 1
            if audience not in audiences:
                report.problems.append(f"{where}: unknown audience {audience!r}")
        if len(set(item.themes)) != len(item.themes) or len(set(item.audiences)) != len(item.audiences):
            report.problems.append(f"{where}: a tag is repeated")
        source_text = library.sources[item.source_id].text
        if item.span is None:
            report.problems.append(f"{where}: no span in its source")
        else:
            start, end = item.span
            if source_text[start:end] != item.text:
                report.problems.append(f"{where}: text is not found verbatim at span {start}-{end}")
        # the bundled library's curation rule (a user's own imports are theirs to judge)
        leaning = context_problem(item) if item.origin == ORIGIN_BUNDLED else ""
        if leaning:
            report.problems.append(f"{where}: {leaning}")
        key = (item.source_id, item.text)
        if key in seen_texts:
            report.problems.append(f"{where}: same text as {seen_texts[key]}")
        seen_texts[key] = item.id
    report.problems += translation_problems(taxonomy)
    return report
