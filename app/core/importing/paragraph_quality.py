"""Measuring an import against a document's reference paragraphs: is each paragraph proposed
(recall), and are its items the reference's words, in order (verbatim)?

The reference is machine-made (another project's extraction of the operative paragraphs):
footnote numbers stay inline ("Persons, 34 and invites", "Disabilities7"), lettered
sub-paragraphs are inside their paragraph, and a paragraph that runs over a page turn
carries the page's running header. So words are compared after taking footnote numbers,
sub-paragraph markers and the document's page furniture out of both sides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

FOUND_COVERAGE = 0.9  # share of a reference paragraph's words the items must cover
_GLUED_NOTE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_)”’\"][,.;:)\]’”\"])|(?<=[)”’\"][,.;:])|(?<=\d[;:)\]’”\"]))\d{1,3}"
    r"(?=[,.;:)]?(?:\s|$))"
    # after a year: "2018 52", "2023,6" (never the thousands of "1,000")
    r"|(?<=\b(?:19|20)\d\d)\d{1,3}(?=[,.;:)]?(?:\s|$))|(?<=\b(?:19|20)\d\d,)\d{1,3}(?=\s|$)"
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_MARKER = re.compile(r"^\((?:[a-z]{1,4}|\d{1,3})\)$|^[a-z]{1,2}\)$|^\d{1,3}\.$")
_PLENARY = re.compile(r"\s*\b\d{1,3}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting\s+\d{1,2} \w+ \d{4}\.?")
_JOB = re.compile(r"\b\d{2}-\d{5}(?:\s*\([A-Z]\))?")


def words(text: str) -> list[str]:
    """The words compared: footnote numbers and sub-paragraph markers taken out."""
    text = _GLUED_NOTE.sub("", text)
    return [w for w in text.split() if not _BARE_NUMBER.match(w) and not _MARKER.match(w)]


def clean_reference(text: str, symbol: str, running_title: str, pages: int) -> str:
    """A reference paragraph without the page furniture a page turn left in it, and with a
    compound broken at a line end ("sports- related") whole again."""
    text = re.sub(r"(?<=[^\W\d_])- (?!(?:and|or|to|nor)\b)(?=[^\W\d_])", "-", text)
    text = re.sub(_PLENARY, " ", text)
    furniture = [_JOB.pattern]
    if symbol:
        furniture.append(re.escape(symbol))
    if pages:
        furniture.append(rf"\b\d{{1,3}}/{pages}\b")
    marks = "|".join(furniture)
    if running_title:
        # the running title, only where it stands beside the page's other furniture
        title = r"\s+".join(re.escape(w) for w in running_title.split())
        text = re.sub(rf"(?:(?:{marks})\s*)+{title}|{title}(?:\s*(?:{marks}))+", " ", text)
    text = re.sub(marks, " ", text)
    return " ".join(text.split())


@dataclass(slots=True)
class ProposedText:
    """A candidate as the measure needs it."""

    text: str
    lead_in: str = ""
    kind: str = ""
    locator: str = ""


@dataclass(slots=True)
class ParagraphScore:
    """Counts for one document (add them up for a corpus)."""

    paragraphs: int = 0
    found: int = 0
    verbatim: int = 0
    items: int = 0
    items_in_reference: int = 0
    items_exact: int = 0
    missed: list[str] = field(default_factory=list)
    inexact: list[tuple[str, str, str]] = field(default_factory=list)  # (number, reference, proposed)

    @property
    def recall(self) -> float:
        return self.found / self.paragraphs if self.paragraphs else 0.0

    @property
    def verbatim_rate(self) -> float:
        """Verbatim paragraphs among those found."""
        return self.verbatim / self.found if self.found else 0.0

    def add(self, other: ParagraphScore) -> None:
        for name in ("paragraphs", "found", "verbatim", "items", "items_in_reference", "items_exact"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.inexact += other.inexact


def _find(needle: list[str], hay: list[str]) -> int:
    """Where `needle` stands in `hay` as a contiguous run (-1 if it does not)."""
    if not needle or len(needle) > len(hay):
        return -1
    first = needle[0]
    for start in range(len(hay) - len(needle) + 1):
        if hay[start] == first and hay[start : start + len(needle)] == needle:
            return start
    return -1


def _grams(tokens: list[str], n: int = 3) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def score_paragraphs(
    reference: dict[str, str], proposed: list[ProposedText], furniture: tuple[str, str, int] = ("", "", 0)
) -> ParagraphScore:
    """Score proposed items against reference paragraphs (number -> text).

    Each item is assigned to the reference paragraph it shares most word triples with. A
    paragraph is found when its items and their lead-ins cover at least 90% of its words;
    it is verbatim when every item assigned to it is a contiguous run of its words and
    together with their lead-ins they cover all of them.
    """
    symbol, running_title, pages = furniture
    refs = {n: words(clean_reference(t, symbol, running_title, pages)) for n, t in reference.items()}
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for number, tokens in refs.items():
        for gram in _grams(tokens):
            index[gram].add(number)
    assigned: dict[str, list[ProposedText]] = defaultdict(list)
    score = ParagraphScore(paragraphs=len(refs), items=len(proposed))
    for item in proposed:
        tokens = words(item.text)
        votes: Counter[str] = Counter()
        grams = _grams(tokens)
        for gram in grams:
            votes.update(index.get(gram, ()))
        if not votes:
            continue
        number, shared = votes.most_common(1)[0]
        if shared >= max(1, 0.5 * len(grams)):
            assigned[number].append(item)
    # the lead-ins shown with items cover their words wherever the reference has them (it may
    # end the paragraph before with one: "...; We therefore commit to urgently:")
    leads = {tuple(words(item.lead_in)) for item in proposed if item.lead_in}
    for number, tokens in refs.items():
        items = assigned.get(number, [])
        covered = [False] * len(tokens)
        approx = [False] * len(tokens)
        for lead in leads:
            at = _find(list(lead), tokens)
            if at >= 0:
                for k in range(at, at + len(lead)):
                    covered[k] = approx[k] = True
        exact_items = 0
        for item in items:
            score.items_in_reference += 1
            item_tokens = words(item.text)
            at = _find(item_tokens, tokens)
            around_notes = _around_note_blocks(item_tokens, tokens) if at < 0 else None
            if at >= 0 or around_notes:
                exact_items += 1
                score.items_exact += 1
                span = range(at, at + len(item_tokens)) if at >= 0 else around_notes
                for k in span or ():
                    covered[k] = approx[k] = True
            else:
                score.inexact.append((number, " ".join(tokens), item.text))
                matcher = SequenceMatcher(None, tokens, item_tokens, autojunk=False)
                for block in matcher.get_matching_blocks():
                    for k in range(block.a, block.a + block.size):
                        approx[k] = True
        if not tokens:
            continue
        _excuse_note_blocks(tokens, covered, approx)
        if sum(approx) / len(tokens) >= FOUND_COVERAGE:
            score.found += 1
            if exact_items == len(items) and all(covered):
                score.verbatim += 1
            elif exact_items == len(items):
                gaps = " ".join(t if c else f"[{t}]" for t, c in zip(tokens, covered, strict=True))
                score.inexact.append((number, gaps, "(words of the paragraph in no item, in brackets)"))
        else:
            score.missed.append(number)
    return score


def _around_note_blocks(item: list[str], tokens: list[str]) -> range | None:
    """Where the item's words stand in the paragraph in order with nothing between them but a
    footnote block the reference took in at a page turn (from its rule of underscores)."""
    matcher = SequenceMatcher(None, tokens, item, autojunk=False)
    start = end = None
    for op, a1, a2, b1, _b2 in matcher.get_opcodes():
        if op == "equal":
            start = a1 if start is None else start
            end = a2
        elif op == "delete" and start is not None and tokens[a1].startswith("___") and b1 < len(item):
            continue
        elif op == "delete" and (start is None or b1 >= len(item)):
            continue  # words of the paragraph before or after the item
        else:
            return None
    if start is None or end is None or matcher.find_longest_match(0, len(tokens), 0, len(item)).size == 0:
        return None
    return range(start, end)


def _excuse_note_blocks(tokens: list[str], covered: list[bool], approx: list[bool]) -> None:
    """A footnote block the reference took into a paragraph at a page turn (from its rule of
    underscores to where the paragraph's words go on) is not part of the paragraph."""
    n = 0
    while n < len(tokens):
        if tokens[n].startswith("___") and not covered[n]:
            # up to where the paragraph's own words go on (a few covered words in a row)
            while n < len(tokens) and not all(covered[n : n + 3]):
                covered[n] = approx[n] = True
                n += 1
        n += 1
