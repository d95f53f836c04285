"""From a Query to what the engine runs: parsed text, checked tag ids, field filters merged in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.library import Library
from app.core.phrases import core
from app.core.search.analysis import fold
from app.core.search.contract import MODES, Query
from app.core.search.syntax import Node, parse
from app.core.taxonomy import unknown_value_message

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_YEARS = re.compile(r"^(\d{4})(?:\s*(?:-|\.\.|to)\s*(\d{4}))?$")


@dataclass
class EffectiveQuery:
    """The query as understood: checked ids, its text expression, date bounds, what to tell the user."""

    query: Query
    node: Node | None
    date_from: str = ""  # "YYYY-MM-DD" or ""
    date_to: str = ""
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unknown tags: the query matches nothing


_FROM_IGNORED = core.tr("The from date '{value}' was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.")
_TO_IGNORED = core.tr("The to date '{value}' was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.")


def _lookup(
    kind: str, values: list[str], ids: list[str], labels: dict[str, str], errors: list[str]
) -> list[str]:
    """Known ids for typed or ticked values (an id, or a label, in any case); an unknown value is an
    error naming the closest known ones (the search then finds nothing rather than everything)."""
    by_key: dict[str, str] = {}
    for term_id in ids:
        by_key.setdefault(fold(term_id), term_id)
    for term_id, label in labels.items():
        by_key.setdefault(fold(label), term_id)
    out: list[str] = []
    for value in values:
        found = value if value in ids else by_key.get(fold(value).strip())
        if found is None:
            errors.append(unknown_value_message(kind, value, ids))
        elif found not in out:
            out.append(found)
    return out


def _bound(value: str, upper: bool, what: str, messages: list[str]) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    match = _DATE.match(value)
    if not match:
        ignored = _FROM_IGNORED if what == "from" else _TO_IGNORED
        messages.append(ignored.format(value=value))
        return ""
    year, month, day = match.groups()
    month = month or ("12" if upper else "01")
    day = day or ("31" if upper else "01")
    return f"{year}-{month}-{day}"


def effective_query(query: Query, library: Library) -> EffectiveQuery:
    """Parse the text, merge typed field filters into the query, and check every id."""
    messages: list[str] = []
    errors: list[str] = []
    parsed = parse(query.text or "")
    messages += parsed.messages
    taxonomy = library.taxonomy
    fields = parsed.fields

    def group(kind: str, given: tuple[str, ...], typed: list[str], terms) -> tuple[str, ...]:
        ids = [t.id for t in terms]
        labels = {t.id: t.label for t in terms}
        return tuple(_lookup(kind, [*given, *typed], ids, labels, errors))

    themes = group("theme", tuple(query.themes), fields.get("themes", []), taxonomy.themes)
    audiences = group("audience", tuple(query.audiences), fields.get("audiences", []), taxonomy.audiences)
    kinds = group("kind", tuple(query.kinds), fields.get("kinds", []), taxonomy.kinds)
    source_ids = list(library.sources)
    source_labels = {s.id: s.short_title or s.id for s in library.sources.values()}
    sources = tuple(
        _lookup("source", [*query.sources, *fields.get("sources", [])], source_ids, source_labels, errors)
    )
    modes = []
    for name, mode in (("themes", query.themes_mode), ("audiences", query.audiences_mode)):
        if mode not in MODES:
            messages.append(
                core.tr("Unknown {name} mode '{mode}' was read as 'any'.").format(name=name, mode=mode)
            )
            mode = "any"
        modes.append(mode)
    date_from, date_to = query.date_from, query.date_to
    for typed in fields.get("years", []):
        match = _YEARS.match(typed.strip())
        if not match:
            messages.append(
                core.tr("year:{typed} was ignored: use year:2023 or year:2019-2023.").format(typed=typed)
            )
            continue
        date_from, date_to = match.group(1), match.group(2) or match.group(1)
    lower = _bound(date_from, False, "from", messages)
    upper = _bound(date_to, True, "to", messages)
    if lower and upper and lower > upper:
        messages.append(core.tr("The date range ends before it starts; the dates were swapped."))
        lower, upper = _bound(date_to, False, "from", []), _bound(date_from, True, "to", [])
    effective = replace(
        query,
        themes=themes,
        themes_mode=modes[0],
        audiences=audiences,
        audiences_mode=modes[1],
        kinds=kinds,
        sources=sources,
        date_from=date_from if lower else "",
        date_to=date_to if upper else "",
    )
    return EffectiveQuery(effective, parsed.node, lower, upper, [*errors, *messages], errors)


def source_interval(date: str) -> tuple[str, str] | None:
    """A source's date as the days it may mean: "2022" -> ("2022-01-01", "2022-12-31")."""
    match = _DATE.match(date or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month or '01'}-{day or '01'}", f"{year}-{month or '12'}-{day or '31'}"
