"""One search, start to finish: sets for text and filters, facet counts, BM25 order, the page.

The planner combines the library's item sets (sets.ItemSets) with what the query's words match
(matches.TextMatches), through their public methods only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.library import Library
from app.core.search.analysis import Analyzer
from app.core.search.contract import Query
from app.core.search.effective import EffectiveQuery, effective_query, source_interval
from app.core.search.index import tag_token
from app.core.search.matches import TextMatches
from app.core.search.sets import ItemSets
from app.core.search.syntax import Node, Not, Or, Phrase, Word, positive_leaves

# Up to this many results every matching word is scored with FTS5's bm25(). Above it, words found
# in half the library or more are not scored: bm25 gives them an IDF of 1e-6 (no weight), and
# scoring hundreds of thousands of items by that noise would cost more than the whole search.
RANK_ALL = 20_000


@dataclass
class Plan:
    """What a search found: the total, the page as (slot, score), facet counts, what to say."""

    query: Query
    total: int = 0
    page: list[tuple[int, float]] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    leaves: list[Word | Phrase] = field(default_factory=list)  # the words to highlight


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def leaf_expression(leaf: Word | Phrase, analyzer: Analyzer, languages: set[str]) -> str:
    """The FTS5 expression for one leaf, built from analysed tokens only."""
    if isinstance(leaf, Word):
        # Each item's words are stemmed in its own language, and the query word in every language
        # present, so the stems alone find every form (the exact word included).
        stems = sorted({analyzer.stem(leaf.word, language) for language in languages})
        if len(stems) == 1:
            return "{stem mstem} : " + _quote(stems[0])
        return "{stem mstem} : (" + " OR ".join(_quote(s) for s in stems) + ")"
    return "{word mword} : " + _quote(" ".join(leaf.words)) + ("*" if leaf.prefix else "")


def _to_fts(node: Node, expr: Callable[[Word | Phrase], str]) -> str | None:
    """The whole text expression in FTS5 syntax, or None where FTS5 cannot say it (pure NOT)."""
    if isinstance(node, Word | Phrase):
        return expr(node)
    if isinstance(node, Not):
        return None
    if isinstance(node, Or):
        parts = [_to_fts(i, expr) for i in node.items]
        return None if None in parts else "(" + " OR ".join(parts) + ")"  # type: ignore[arg-type]
    positives = [_to_fts(i, expr) for i in node.items if not isinstance(i, Not)]
    negatives = [_to_fts(i.item, expr) for i in node.items if isinstance(i, Not)]
    if not positives or None in positives or None in negatives:
        return None
    return "(" + " AND ".join(positives) + ")" + "".join(f" NOT ({n})" for n in negatives)  # type: ignore[arg-type]


def _evaluate(node: Node, sets: ItemSets, text: TextMatches, expr: Callable[[Word | Phrase], str]) -> int:
    if isinstance(node, Word | Phrase):
        return text.bits(expr(node))
    if isinstance(node, Not):
        return sets.everything & ~_evaluate(node.item, sets, text, expr)
    if isinstance(node, Or):
        bits = 0
        for item in node.items:
            bits |= _evaluate(item, sets, text, expr)
        return bits
    bits = sets.everything
    for item in node.items:
        if isinstance(item, Not):
            bits &= ~_evaluate(item.item, sets, text, expr)
        else:
            bits &= _evaluate(item, sets, text, expr)
    return bits


def _tag_filter(sets: ItemSets, group: str, values: tuple[str, ...], mode: str) -> int | None:
    if not values:
        return None
    return sets.any_of(group, values) if mode == "any" else sets.all_of(group, values)


def _dated_sources(library: Library, lower: str, upper: str) -> list[str]:
    out = []
    for source in library.sources.values():
        interval = source_interval(source.date)
        if interval is None:
            continue
        if (not lower or interval[1] >= lower) and (not upper or interval[0] <= upper):
            out.append(source.id)
    return out


def _and(*parts: int | None) -> int:
    bits = -1
    for part in parts:
        if part is not None:
            bits &= part
    return bits


def execute(
    sets: ItemSets,
    text: TextMatches,
    analyzer: Analyzer,
    library: Library,
    query: Query,
    limit: int | None,
    offset: int,
) -> Plan:
    """Run `query` over the sets: the total, the page from `offset` (at most `limit`), facets."""
    effective: EffectiveQuery = effective_query(query, library)
    q = effective.query
    plan = Plan(query=q, messages=effective.messages, errors=effective.errors)
    languages = sets.languages
    expressions: dict[Word | Phrase, str] = {}

    def expr(leaf: Word | Phrase) -> str:
        found = expressions.get(leaf)
        if found is None:
            found = expressions[leaf] = leaf_expression(leaf, analyzer, languages)
        return found

    everything = sets.everything
    node = effective.node
    # An unknown tag: nothing matches it (every item would mislead).
    words = (
        0
        if effective.errors
        else everything
        if node is None
        else (_evaluate(node, sets, text, expr) & everything)
    )
    themes = _tag_filter(sets, "themes", q.themes, q.themes_mode)
    audiences = _tag_filter(sets, "audiences", q.audiences, q.audiences_mode)
    kinds = _tag_filter(sets, "kinds", q.kinds, "any")
    sources = sets.of_sources(q.sources) if q.sources else None
    dated: list[str] | None = None
    dates = None
    if effective.date_from or effective.date_to:
        dated = _dated_sources(library, effective.date_from, effective.date_to)
        dates = sets.of_sources(dated)
    result = _and(words, themes, audiences, kinds, sources, dates)
    plan.total = result.bit_count()
    plan.facets = _facets(sets, library, q, words, themes, audiences, kinds, sources, dates, result)
    plan.leaves = positive_leaves(node)
    scored = _rank(sets, text, plan, node, expr, result, limit, offset, dated)
    plan.page = _page(sets, result, scored, limit, offset)
    return plan


def _facets(
    sets: ItemSets,
    library: Library,
    q: Query,
    text: int,
    themes: int | None,
    audiences: int | None,
    kinds: int | None,
    sources: int | None,
    dates: int | None,
    result: int,
) -> dict[str, dict[str, int]]:
    """Counts: beside an unticked value, the result if it were ticked; beside a ticked one in
    'any' mode, what it contributes (its group's own filter left out)."""
    taxonomy = library.taxonomy
    facets: dict[str, dict[str, int]] = {}
    total = result.bit_count()

    def group(name: str, ids: tuple[str, ...], selected: tuple[str, ...], mode: str, base: int) -> None:
        counts: dict[str, int] = {}
        chosen = set(selected)
        if mode == "all":
            for value in ids:
                counts[value] = total if value in chosen else (result & sets.tagged(name, value)).bit_count()
        else:
            ticked = sets.any_of(name, selected) & base if selected else 0
            for value in ids:
                own = sets.tagged(name, value)
                if value in chosen or not selected:
                    counts[value] = (base & own).bit_count()
                else:
                    counts[value] = (ticked | (base & own)).bit_count()
        facets[name] = counts

    group("themes", taxonomy.theme_ids, q.themes, q.themes_mode, _and(text, audiences, kinds, sources, dates))
    group(
        "audiences",
        taxonomy.audience_ids,
        q.audiences,
        q.audiences_mode,
        _and(text, themes, kinds, sources, dates),
    )
    kind_ids = tuple(dict.fromkeys([*taxonomy.kind_ids, *sets.values("kinds")]))
    group("kinds", kind_ids, q.kinds, "any", _and(text, themes, audiences, sources, dates))

    def per_source(bits: int) -> dict[str, int]:
        return sets.count_by_source(bits, library.sources)

    by_source = per_source(_and(text, themes, audiences, kinds, dates))
    selected = set(q.sources)
    ticked = sum(by_source[s] for s in selected if s in by_source)
    facets["sources"] = {
        s: (n if not selected or s in selected else ticked + n) for s, n in by_source.items()
    }
    by_year: dict[str, int] = {}
    undated_base = (
        by_source
        if sources is None and dates is None
        else per_source(_and(text, themes, audiences, kinds, sources))
    )
    for source_id, count in undated_base.items():
        year = library.sources[source_id].year
        if year is not None:
            by_year[str(year)] = by_year.get(str(year), 0) + count
    facets["years"] = dict(sorted(by_year.items()))
    return facets


def _filters_fts(q: Query, dated: list[str] | None) -> str:
    def group(name: str, values: tuple[str, ...] | list[str], mode: str = "any") -> str:
        tokens = [_quote(tag_token(name, v)) for v in values]
        if mode == "all":
            return "".join(" AND {tags} : " + t for t in tokens)
        return " AND {tags} : (" + " OR ".join(tokens) + ")"

    out = ""
    if q.themes:
        out += group("themes", q.themes, q.themes_mode)
    if q.audiences:
        out += group("audiences", q.audiences, q.audiences_mode)
    if q.kinds:
        out += group("kinds", q.kinds)
    allowed: list[str] | None = list(q.sources) if q.sources else None
    if dated is not None:
        allowed = dated if allowed is None else [s for s in allowed if s in set(dated)]
    if allowed is not None:
        out += group("sources", allowed)
    return out


def _rank(
    sets: ItemSets,
    text: TextMatches,
    plan: Plan,
    node: Node | None,
    expr: Callable[[Word | Phrase], str],
    result: int,
    limit: int | None,
    offset: int,
    dated: list[str] | None,
) -> list[tuple[int, float]]:
    """(slot, score) of the items that score, best first (ties in library order)."""
    if node is None or not plan.leaves or not plan.total:
        return []
    leaves = list(dict.fromkeys(plan.leaves))
    if plan.total > RANK_ALL:
        half = sets.everything.bit_count() / 2
        leaves = [leaf for leaf in leaves if text.bits(expr(leaf)).bit_count() < half]
    if not leaves:
        return []
    every_leaf = len(leaves) == len(set(plan.leaves))
    ranked_bits = 0
    for leaf in leaves:
        ranked_bits |= text.bits(expr(leaf))
    ranked_bits &= result
    count = ranked_bits.bit_count()
    if not count:
        return []
    q = plan.query
    filters = _filters_fts(q, dated)
    rank_or = " OR ".join(expr(leaf) for leaf in leaves)
    whole = _to_fts(node, expr)
    want = None if limit is None else offset + limit
    if whole is not None:
        # When every positive word scores, each result contains one: no need to say so again.
        expression = f"({whole}){filters}" if every_leaf else f"({whole}) AND ({rank_or}){filters}"
        rows = text.ranked(expression, want if want is not None and want < count else None)
    else:
        rows = text.ranked(f"({rank_or}){filters}", None)
    mask = sets.mask(ranked_bits)
    position = sets.position
    rows = [(slot, score) for slot, score in rows if slot < len(mask) and mask[slot]]
    rows.sort(key=lambda row: (-row[1], position(row[0])))
    return rows if want is None else rows[:want]


def _page(
    sets: ItemSets, result: int, scored: list[tuple[int, float]], limit: int | None, offset: int
) -> list[tuple[int, float]]:
    """The scored items first, then the rest of the result in library order."""
    want = None if limit is None else offset + limit
    if want is not None and len(scored) >= want:
        return scored[offset:want]
    rest = result & ~sets.of_slots(slot for slot, _ in scored) if scored else result
    needed = None if want is None else want - len(scored)
    page = scored + [(slot, 0.0) for slot in sets.in_library_order(rest, needed)]
    return page[offset:] if want is None else page[offset:want]
