"""One search, start to finish: sets for text and filters, facet counts, BM25 order, the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.library import Library
from app.core.search.analysis import IRREGULAR, Analyzer, item_language
from app.core.search.model import Query
from app.core.search.resolve import Resolved, resolve, source_interval
from app.core.search.syntax import Node, Not, Or, Phrase, Term, positive_leaves

if TYPE_CHECKING:
    from app.core.search.engine import SearchIndex

# Up to this many results every matching word is scored with FTS5's bm25(). Above it, words found
# in half the library or more are not scored: bm25 gives them an IDF of 1e-6 (no weight), and
# scoring hundreds of thousands of items by that noise would cost more than the whole search.
RANK_ALL = 20_000

Highlights = tuple[tuple[int, int], ...]


@dataclass
class Plan:
    query: Query
    total: int = 0
    page: list[tuple[int, float]] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    leaves: list[Term | Phrase] = field(default_factory=list)

    def highlighter(self, library: Library, analyzer: Analyzer) -> Callable[[str], Highlights]:
        leaves = list(self.leaves)
        memos: dict[str, dict] = {}

        def compute(item_id: str) -> Highlights:
            item = library.items.get(item_id)
            if item is None or not leaves:
                return ()
            language = item_language(item, library.sources.get(item.source_id))
            return highlight(item.text, leaves, analyzer, language, memos.setdefault(language, {}))

        return compute


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def leaf_expression(leaf: Term | Phrase, analyzer: Analyzer, languages: set[str]) -> str:
    """The FTS5 expression for one leaf, built from analysed tokens only."""
    if isinstance(leaf, Term):
        # Each item's words are stemmed in its own language, and the query word in every language
        # present, so the stems alone find every form (the exact word included).
        stems = sorted({analyzer.stem(leaf.word, language) for language in languages})
        if len(stems) == 1:
            return "{stem mstem} : " + _quote(stems[0])
        return "{stem mstem} : (" + " OR ".join(_quote(s) for s in stems) + ")"
    return "{word mword} : " + _quote(" ".join(leaf.words)) + ("*" if leaf.prefix else "")


def _to_fts(node: Node, expr: Callable[[Term | Phrase], str]) -> str | None:
    """The whole text expression in FTS5 syntax, or None where FTS5 cannot say it (pure NOT)."""
    if isinstance(node, Term | Phrase):
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


def _evaluate(node: Node, index: SearchIndex, expr: Callable[[Term | Phrase], str]) -> int:
    if isinstance(node, Term | Phrase):
        return index.leaf_bits(expr(node))
    if isinstance(node, Not):
        return index.live & ~_evaluate(node.item, index, expr)
    if isinstance(node, Or):
        bits = 0
        for item in node.items:
            bits |= _evaluate(item, index, expr)
        return bits
    bits = index.live
    for item in node.items:
        if isinstance(item, Not):
            bits &= ~_evaluate(item.item, index, expr)
        else:
            bits &= _evaluate(item, index, expr)
    return bits


def _union(sets: dict[str, int], values: tuple[str, ...]) -> int:
    bits = 0
    for value in values:
        bits |= sets.get(value, 0)
    return bits


def _intersection(sets: dict[str, int], values: tuple[str, ...], start: int) -> int:
    bits = start
    for value in values:
        bits &= sets.get(value, 0)
    return bits


def _source_bits(index: SearchIndex, source_ids: list[str]) -> int:
    mask = bytearray(index.size)
    for source_id in source_ids:
        for start, end in index.runs.get(source_id, ()):
            mask[start:end] = b"\x01" * (end - start)
    return int.from_bytes(mask, "little") & index.live


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


def execute(index: SearchIndex, library: Library, query: Query, limit: int | None, offset: int) -> Plan:
    resolved: Resolved = resolve(query, library)
    q = resolved.query
    plan = Plan(query=q, messages=resolved.messages, errors=resolved.errors)
    languages = index.languages
    expressions: dict[Term | Phrase, str] = {}

    def expr(leaf: Term | Phrase) -> str:
        found = expressions.get(leaf)
        if found is None:
            found = expressions[leaf] = leaf_expression(leaf, index.analyzer, languages)
        return found

    live = index.live
    node = resolved.node
    # An unknown tag: nothing matches it (every item would mislead).
    text = 0 if resolved.errors else live if node is None else _evaluate(node, index, expr) & live
    tags = index.tags
    themes = None
    if q.themes:
        themes = (_union(tags["themes"], q.themes) if q.themes_mode == "any"
                  else _intersection(tags["themes"], q.themes, live))
    audiences = None
    if q.audiences:
        audiences = (_union(tags["audiences"], q.audiences) if q.audiences_mode == "any"
                     else _intersection(tags["audiences"], q.audiences, live))
    kinds = _union(tags["kinds"], q.kinds) if q.kinds else None
    sources = _source_bits(index, list(q.sources)) if q.sources else None
    dated: list[str] | None = None
    dates = None
    if resolved.date_from or resolved.date_to:
        dated = _dated_sources(library, resolved.date_from, resolved.date_to)
        dates = _source_bits(index, dated)
    result = _and(text, themes, audiences, kinds, sources, dates)
    plan.total = result.bit_count()
    plan.facets = _facets(index, library, q, text, themes, audiences, kinds, sources, dates, result)
    plan.leaves = positive_leaves(node)
    scored = _rank(index, plan, node, expr, result, limit, offset, dated)
    plan.page = _page(index, result, scored, limit, offset)
    return plan


def _facets(index: SearchIndex, library: Library, q: Query, text: int, themes: int | None,
            audiences: int | None, kinds: int | None, sources: int | None, dates: int | None,
            result: int) -> dict[str, dict[str, int]]:
    """Counts: beside an unticked value, the result if it were ticked; beside a ticked one in
    'any' mode, what it contributes (its group's own filter left out)."""
    tags = index.tags
    taxonomy = library.taxonomy
    facets: dict[str, dict[str, int]] = {}
    total = result.bit_count()

    def group(name: str, ids: tuple[str, ...], selected: tuple[str, ...], mode: str, base: int) -> None:
        sets = tags[name]
        counts: dict[str, int] = {}
        chosen = set(selected)
        if mode == "all":
            for value in ids:
                counts[value] = total if value in chosen else (result & sets.get(value, 0)).bit_count()
        else:
            ticked = _union(sets, selected) & base if selected else 0
            for value in ids:
                own = sets.get(value, 0)
                if value in chosen or not selected:
                    counts[value] = (base & own).bit_count()
                else:
                    counts[value] = (ticked | (base & own)).bit_count()
        facets[name] = counts

    group("themes", taxonomy.theme_ids, q.themes, q.themes_mode, _and(text, audiences, kinds, sources, dates))
    group("audiences", taxonomy.audience_ids, q.audiences, q.audiences_mode,
          _and(text, themes, kinds, sources, dates))
    kind_ids = tuple(dict.fromkeys([*taxonomy.kind_ids, *tags["kinds"]]))
    group("kinds", kind_ids, q.kinds, "any", _and(text, themes, audiences, sources, dates))

    def per_source(bits: int) -> dict[str, int]:
        mask = bits.to_bytes(index.size, "little") if index.size else b""
        return {source_id: sum(mask.count(1, start, end) for start, end in index.runs.get(source_id, ()))
                for source_id in library.sources}

    by_source = per_source(_and(text, themes, audiences, kinds, dates))
    selected = set(q.sources)
    ticked = sum(by_source[s] for s in selected if s in by_source)
    facets["sources"] = {s: (n if not selected or s in selected else ticked + n)
                         for s, n in by_source.items()}
    by_year: dict[str, int] = {}
    undated_base = by_source if sources is None and dates is None else per_source(
        _and(text, themes, audiences, kinds, sources))
    for source_id, count in undated_base.items():
        year = library.sources[source_id].year
        if year is not None:
            by_year[str(year)] = by_year.get(str(year), 0) + count
    facets["years"] = dict(sorted(by_year.items()))
    return facets


def _filters_fts(q: Query, dated: list[str] | None) -> str:
    from app.core.search.engine import tag_token

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


def _rank(index: SearchIndex, plan: Plan, node: Node | None, expr: Callable[[Term | Phrase], str],
          result: int, limit: int | None, offset: int, dated: list[str] | None) -> list[tuple[int, float]]:
    """(slot, score) of the items that score, best first (ties in library order)."""
    if node is None or not plan.leaves or not plan.total:
        return []
    leaves = list(dict.fromkeys(plan.leaves))
    if plan.total > RANK_ALL:
        half = index.live.bit_count() / 2
        leaves = [leaf for leaf in leaves if index.leaf_bits(expr(leaf)).bit_count() < half]
    if not leaves:
        return []
    every_leaf = len(leaves) == len(set(plan.leaves))
    ranked_bits = 0
    for leaf in leaves:
        ranked_bits |= index.leaf_bits(expr(leaf))
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
        rows = index.ranked(expression, want if want is not None and want < count else None)
    else:
        rows = index.ranked(f"({rank_or}){filters}", None)
    mask = ranked_bits.to_bytes(index.size, "little")
    rank_of = index.rank_of
    rows = [(slot, score) for slot, score in rows if slot < len(mask) and mask[slot]]
    rows.sort(key=lambda row: (-row[1], rank_of[row[0]]))
    return rows if want is None else rows[:want]


def _page(index: SearchIndex, result: int, scored: list[tuple[int, float]], limit: int | None,
          offset: int) -> list[tuple[int, float]]:
    want = None if limit is None else offset + limit
    if want is not None and len(scored) >= want:
        return scored[offset:want]
    rest = result & ~_scored_set(index, scored)
    needed = None if want is None else want - len(scored)
    page = scored + [(slot, 0.0) for slot in library_order(index, rest, needed)]
    return page[offset:] if want is None else page[offset:want]


def _scored_set(index: SearchIndex, scored: list[tuple[int, float]]) -> int:
    if not scored:
        return 0
    mask = bytearray(index.size)
    for slot, _ in scored:
        mask[slot] = 1
    return int.from_bytes(mask, "little")


def library_order(index: SearchIndex, bits: int, count: int | None) -> list[int]:
    """Up to `count` slots of a set, in library order."""
    if not bits or count == 0:
        return []
    mask = bits.to_bytes(index.size, "little")
    out: list[int] = []
    if index.in_order:
        find = mask.find
        slot = find(1)
        while slot >= 0 and (count is None or len(out) < count):
            out.append(slot)
            slot = find(1, slot + 1)
        return out
    members = bits.bit_count()
    if count is not None and members > len(mask) // 16:
        for slot in index.order:
            if mask[slot]:
                out.append(slot)
                if len(out) >= count:
                    break
        return out
    find = mask.find
    slot = find(1)
    while slot >= 0:
        out.append(slot)
        slot = find(1, slot + 1)
    rank_of = index.rank_of
    out.sort(key=rank_of.__getitem__)
    return out if count is None else out[:count]


_WORD_START = r"(?<![^\W_])"
_WORD_END = r"(?![^\W_])"


def _patterns(leaves: list[Term | Phrase], analyzer: Analyzer, language: str
              ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Regexes over lower-cased ASCII text: words that may match a query word (to be checked),
    and the phrases (exact)."""
    words = {leaf.word for leaf in leaves if isinstance(leaf, Term)}
    starts = set(words) | {analyzer.stem(w, language) for w in words}
    stems = {analyzer.stem(w, language) for w in words}
    starts |= {form for form, base in IRREGULAR.items() if analyzer.stem(base, language) in stems}
    starts = {s for s in starts if s.isascii() and s.isalnum()}
    terms = None
    if starts:
        alternatives = "|".join(re.escape(s) for s in sorted(starts, key=len, reverse=True))
        terms = re.compile(_WORD_START + "(?:" + alternatives + ")[^\\W_]*" + _WORD_END)
    phrases = []
    for leaf in leaves:
        if isinstance(leaf, Phrase) and all(w.isascii() for w in leaf.words):
            body = "[\\W_]+".join(re.escape(w) for w in leaf.words)
            phrases.append(body + ("[^\\W_]*" if leaf.prefix else ""))
    exact = re.compile(_WORD_START + "(?:" + "|".join(phrases) + ")" + _WORD_END) if phrases else None
    return terms, exact


def highlight(text: str, leaves: list[Term | Phrase], analyzer: Analyzer, language: str,
              memo: dict | None = None) -> Highlights:
    """Offsets of the words in `text` that the query's words and phrases match.

    `memo` keeps, across the hits of one search, which words match and the compiled patterns."""
    if not leaves or not text:
        return ()
    if memo is None:
        memo = {}
    words = {leaf.word for leaf in leaves if isinstance(leaf, Term)}
    spans: list[tuple[int, int]] = []
    stem = analyzer.stem
    if text.isascii():  # lower() keeps every offset and folds ASCII fully
        if "\0patterns" not in memo:
            memo["\0patterns"] = _patterns(leaves, analyzer, language)
            memo["\0stems"] = {analyzer.stem(w, language) for w in words}
        terms, exact = memo["\0patterns"]
        stems = memo["\0stems"]
        lowered = text.lower()
        if terms is not None:
            for match in terms.finditer(lowered):
                word = match.group()
                hit = memo.get(word)
                if hit is None:
                    hit = memo[word] = word in words or stem(word, language) in stems
                if hit:
                    spans.append(match.span())
        if exact is not None:
            spans += [m.span() for m in exact.finditer(lowered)]
        return _merge(spans)
    stems = {analyzer.stem(w, language) for w in words}
    tokens = list(Analyzer.spans(text))
    for start, end, word in tokens:
        if words:
            hit = memo.get(word)
            if hit is None:
                hit = memo[word] = word in words or stem(word, language) in stems
            if hit:
                spans.append((start, end))
    for phrase in (leaf for leaf in leaves if isinstance(leaf, Phrase)):
        size = len(phrase.words)
        head, last = phrase.words[:-1], phrase.words[-1]
        for n in range(len(tokens) - size + 1):
            window = tokens[n:n + size]
            tail = window[-1][2]
            if all(window[k][2] == head[k] for k in range(size - 1)) and (
                tail.startswith(last) if phrase.prefix else tail == last
            ):
                spans.append((window[0][0], window[-1][1]))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> Highlights:
    if not spans:
        return ()
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return tuple(merged)
