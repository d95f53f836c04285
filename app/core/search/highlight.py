"""Which words of an item a query matched: offsets to highlight in its text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.core.library import Library
from app.core.search.analysis import IRREGULAR, Analyzer, item_language
from app.core.search.contract import Highlights
from app.core.search.syntax import Phrase, Word


def highlighter(
    leaves: Sequence[Word | Phrase], library: Library, analyzer: Analyzer
) -> Callable[[str], Highlights]:
    """A function giving an item's highlights for these query words (a Hit calls it on first use);
    what it learns about words and patterns is kept across the hits of one search."""
    leaves = list(leaves)
    memos: dict[str, dict] = {}

    def compute(item_id: str) -> Highlights:
        item = library.items.get(item_id)
        if item is None or not leaves:
            return ()
        language = item_language(item, library.sources.get(item.source_id))
        return highlight(item.text, leaves, analyzer, language, memos.setdefault(language, {}))

    return compute


_WORD_START = r"(?<![^\W_])"
_WORD_END = r"(?![^\W_])"


def _patterns(
    leaves: list[Word | Phrase], analyzer: Analyzer, language: str
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Regexes over lower-cased ASCII text: words that may match a query word (to be checked),
    and the phrases (exact)."""
    words = {leaf.word for leaf in leaves if isinstance(leaf, Word)}
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


def highlight(
    text: str, leaves: list[Word | Phrase], analyzer: Analyzer, language: str, memo: dict | None = None
) -> Highlights:
    """Offsets of the words in `text` that the query's words and phrases match.

    `memo` keeps, across the hits of one search, which words match and the compiled patterns."""
    if not leaves or not text:
        return ()
    if memo is None:
        memo = {}
    words = {leaf.word for leaf in leaves if isinstance(leaf, Word)}
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
            window = tokens[n : n + size]
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
