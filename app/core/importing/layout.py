"""From printed lines to paragraphs: page furniture, footnotes, markers, wrapping, hyphenation."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from app.core.importing.markers import is_all_caps, previous_markers, split_marker

TERMINAL = (".", ":", ";", "?", "!", ".”", ".’", '."', ".)", ":”", ";”")
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)
_PAGE_WORD = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
_JOB_NUMBER = re.compile(r"^\s*\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*$")
_LONE_PARAGRAPH_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-z]{1,3}|[ivxl]{1,5})[.)]$")
# "Article 9" at the top of a page repeats, digits aside, on many pages: a heading, not furniture
_STRUCTURE_HEADING = re.compile(
    r"^(?:Article|Chapter|Part|Section|Rule|Principle|Annex)\s+(?:\d{1,3}|[IVXL]{1,6})\b"
)
_BARCODE = re.compile(r"^\s*\*\d{6,}\*\s*$")
SEPARATOR = re.compile(r"^\s*(?:_{5,}|-{5,}|—{3,}|\s{20,})\s*$")
_NOTE_START = re.compile(r"^\s{0,3}(\d{1,3})\s+(\S.*)$")
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
# a note number glued to the word or punctuation it follows ("Persons,34", "2023.5"), never the
# decimals of a number ("1.3 billion")
_GLUED_MARKER = re.compile(
    r"(?:(?<=[a-z)\]’”\"])|(?<=[a-z)\]’”\"][.,;:])|(?<=\d[;:]))(\d{1,3})(?=[\s,.;:)]|$)"
)
_CARET_MARKER = re.compile(r"\^\[[^\]\s]{1,8}\]|\[\^[^\]\s]{1,12}\]")
_SOFT_HYPHEN = "\u00ad"
# How far from a page's top and foot running headers and footers may reach: a symbol, a
# running title over up to four lines, a job number, a page number, a barcode.
EDGE_LINES = 9


@dataclass(slots=True)
class Line:
    """One printed line; `gap` = a blank line or vertical space before it; `small` = small type."""

    text: str
    gap: int = 0
    small: bool = False
    page_start: bool = False


@dataclass(slots=True)
class PageText:
    """Paragraph texts in reading order, with notes and the furniture that was removed."""

    paragraphs: list[str]
    notes: list[str]
    furniture: list[str]


def is_furniture(text: str) -> bool:
    """A line made only of page numbers, document job numbers and barcodes."""
    rest = re.sub(
        r"\b\d{2}-\d{5}\s*(\([A-Z]\))?|\*\d{6,}\*|\b(page\s+)?\d{1,4}\s*(/|of)\s*\d{1,4}\b",
        "",
        text,
        flags=re.I,
    )
    return rest.strip() == "" and rest != text


def _norm(line: str) -> str:
    """Digits and word order ignored: alternating running headers count as one."""
    return " ".join(sorted(re.sub(r"\d+", "#", line.casefold()).split()))


def strip_furniture(pages: list[list[Line]]) -> tuple[list[list[Line]], list[str]]:
    """Remove running headers and footers, page numbers, job numbers and barcodes: the lines
    that repeat at the top or foot of the pages, taken as a run from the page's edge inwards."""
    removed: list[str] = []
    edge_counts: Counter[str] = Counter()
    for page in pages:
        filled = [n for n, line in enumerate(page) if line.text.strip()]
        for key in {_norm(page[n].text) for n in filled[:EDGE_LINES] + filled[-EDGE_LINES:]}:
            edge_counts[key] += 1
    many = len(pages) >= 2
    repeat_floor = max(2, round(len(pages) * 0.3))

    def running(line: Line) -> bool:
        text = line.text.strip()
        if _PAGE_NUMBER.match(text) and not text.isdigit():
            return many
        paragraph_number = bool(_LONE_PARAGRAPH_MARKER.match(text))  # "4." alone at a page top
        repeated = many and len(text) <= 140 and edge_counts[_norm(text)] >= repeat_floor
        repeated = repeated and not paragraph_number and not _STRUCTURE_HEADING.match(text)
        # the rule above a page's notes stays, however often it repeats
        furniture = repeated or is_furniture(text) or _JOB_NUMBER.match(text)
        return bool(furniture) and not SEPARATOR.match(line.text)

    cleaned: list[list[Line]] = []
    for page in pages:
        filled = [n for n, line in enumerate(page) if line.text.strip()]
        edge: set[int] = set()
        for run in (filled[:EDGE_LINES], filled[::-1][:EDGE_LINES]):
            for n in run:
                if not running(page[n]):
                    break
                edge.add(n)
        ends = set(filled[:1] + filled[-1:])
        keep: list[Line] = []
        for n, line in enumerate(page):
            text = line.text.strip()
            superscript = n + 1 < len(page) and page[n + 1].text[:1].isspace()
            drop = bool(text) and (
                n in edge
                or _JOB_NUMBER.match(text)
                or _BARCODE.match(text)
                or is_furniture(text)
                or (n in ends and many and _PAGE_NUMBER.match(text) and not superscript)
            )
            if drop:
                removed.append(text)
                continue
            keep.append(line)
        cleaned.append(keep)
    return cleaned, removed


def _marker_numbers(pages: list[list[Line]]) -> set[int]:
    """Footnote numbers referenced in the body: glued to a word or on a line of their own."""
    found: set[int] = set()
    for page in pages:
        for n, line in enumerate(page):
            for match in _GLUED_MARKER.finditer(line.text):
                found.add(int(match.group(1)))
            lone = LONE_NUMBER.match(line.text)
            if lone and n + 1 < len(page) and page[n + 1].text[:1].isspace():
                found.add(int(lone.group(1)))
    return found


def _note_start(page: list[Line], n: int, wanted: set[int]) -> int | None:
    """The note number when line n starts a footnote ("1 See ..." or "1" then " See ...")."""
    text = page[n].text
    match = _NOTE_START.match(text)
    if match and int(match.group(1)) in wanted and not text.startswith(" " * 4):
        return int(match.group(1))
    lone = LONE_NUMBER.match(text)
    if lone and int(lone.group(1)) in wanted and n + 1 < len(page) and page[n + 1].text.strip():
        return int(lone.group(1))
    return None


def extract_notes(
    pages: list[list[Line]], markers: set[int] | None = None
) -> tuple[list[list[Line]], list[str], set[int]]:
    """Take footnote blocks off the foot of each page; return pages, notes and their numbers.
    `markers` are note numbers a reader saw raised in the body (already taken out of the text)."""
    found = _marker_numbers(pages) | (markers or set())
    notes: list[str] = []
    numbers: set[int] = set()
    out: list[list[Line]] = []
    for page in pages:
        wanted = found
        # under a rule, the next note in sequence too (a marker set apart by spaces, "Rights 1
        # and", cannot be told from a number of the text)
        last = max(numbers | {0})
        after_rule = found | set(range(last + 1, last + 6))
        start = None
        for n in range(1, len(page)):
            line = page[n]
            if SEPARATOR.match(line.text) and line.text.strip("_ -—") == "" and n + 1 < len(page):
                following = next((m for m in range(n + 1, len(page)) if page[m].text.strip()), None)
                if following is not None and (
                    _note_start(page, following, after_rule) or page[following].small
                ):
                    start = n
                    break
            number = _note_start(page, n, wanted - numbers)
            if (
                number is not None
                and (
                    page[n].small
                    or page[n - 1].text.strip() == ""
                    or page[n].gap
                    or SEPARATOR.match(page[n - 1].text)
                )
                and number == min(wanted - numbers)
            ):
                start = n
                break
            if (
                line.small
                and _NOTE_START.match(line.text)
                and all(p.small or not p.text.strip() for p in page[n:])
            ):
                start = n
                break
        if start is None:
            out.append(page)
            continue
        current: list[str] = []
        end = len(page)
        for k in range(start, len(page)):
            line = page[k]
            text = line.text.strip()
            if _LONE_PARAGRAPH_MARKER.match(text) and not line.small:
                end = k  # a paragraph number alone ("1."): the body goes on (a page not cut apart)
                break
            if not text or (SEPARATOR.match(line.text) and not text.strip("_-—")):
                continue
            match = _NOTE_START.match(line.text)
            lone = LONE_NUMBER.match(line.text)
            if match and int(match.group(1)) in wanted | {max(numbers | {0}) + 1}:
                if current:
                    notes.append(" ".join(current))
                current = [f"{match.group(1)} {match.group(2).strip()}"]
                numbers.add(int(match.group(1)))
            elif lone and int(lone.group(1)) in wanted:
                if current:
                    notes.append(" ".join(current))
                current = [lone.group(1)]
                numbers.add(int(lone.group(1)))
            elif _URL_LINE.match(text) and current and text.rstrip(".") in " ".join(current):
                continue  # the link target printed again after the note
            elif current:
                current.append(text)
            else:
                current = [text]
        if current:
            notes.append(" ".join(current))
        out.append(page[:start] + page[end:])
    return out, [_tidy_note(note) for note in notes], numbers


def _tidy_note(note: str) -> str:
    words = note.split()
    if len(words) > 1 and words[0].isdigit() and words[1][:1].isdigit() is False:
        return " ".join(words)
    return " ".join(words)


def remove_markers(pages: list[list[Line]], numbers: set[int]) -> list[list[Line]]:
    """Drop footnote markers from the body: "^[iv]", "[^1]", and numbers of notes that exist."""
    out: list[list[Line]] = []
    for page in pages:
        kept: list[Line] = []
        for n, line in enumerate(page):
            text = _CARET_MARKER.sub("", line.text)
            lone = LONE_NUMBER.match(text)
            if lone and int(lone.group(1)) in numbers and kept and n + 1 < len(page):
                nxt = page[n + 1].text
                prev = kept[-1].text.rstrip()
                # a note number on a line of its own, inside a sentence (not a paragraph number)
                if nxt[:1].isspace() or nxt.lstrip()[:1].islower() or prev.endswith((",", ";", ":")):
                    continue
            if numbers:
                text = _GLUED_MARKER.sub(lambda m: "" if int(m.group(1)) in numbers else m.group(0), text)
            kept.append(Line(text, line.gap, line.small, line.page_start))
        out.append(kept)
    return out


def drop_link_targets(lines: list[Line]) -> list[Line]:
    """Remove bare URL lines that repeat a URL or stand in a run of URL lines (PDF link targets)."""
    out: list[Line] = []
    texts = [line.text.strip() for line in lines]
    for n, line in enumerate(lines):
        text = texts[n]
        if _URL_LINE.match(text):
            neighbours = [texts[m] for m in (n - 1, n + 1) if 0 <= m < len(texts)]
            if any(_URL_LINE.match(t) for t in neighbours) or any(
                text.rstrip(".") in t and t != text for t in texts[max(0, n - 6) : n]
            ):
                continue
        out.append(line)
    return out


# -- wrapping --------------------------------------------------------------
_CAPS_HEADING_MAX = 400


def _caps(text: str) -> bool:
    """A heading in capitals (never a page long: the length test keeps reflowing linear)."""
    return (
        len(text) <= _CAPS_HEADING_MAX
        and is_all_caps(text)
        and sum(ch.isalpha() for ch in text) >= 6
        and not text.endswith(".")
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def is_wrapped(lines: list[Line]) -> bool:
    """True when lines are printed lines of wrapped paragraphs, not one paragraph per line."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if len(texts) < 4:
        return False
    continued = sum(
        1
        for a, b in itertools.pairwise(texts)
        if not _ends_sentence(a) and b[:1].islower() and not split_marker(b)[0]
    )
    return continued / (len(texts) - 1) >= 0.08


def _double_spaced(lines: list[Line]) -> bool:
    filled = [line for line in lines if line.text.strip()]
    if len(filled) < 6:
        return False
    gaps = sum(1 for line in filled[1:] if line.gap)
    return gaps / (len(filled) - 1) > 0.75


def _vocabulary(lines: list[Line]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    hyphenated: set[str] = set()
    for line in lines:
        for token in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text):
            low = token.casefold()
            (hyphenated if "-" in low else words).add(low)
    return words, hyphenated


def joint(before: str, nxt: str, vocabulary: tuple[set[str], set[str]]) -> tuple[int, str]:
    """How a wrapped line joins the next: (characters to drop from its end, separator). A line-end
    hyphen is dropped only where it is an artefact (the joined word is a word of the text)."""
    if before.endswith(_SOFT_HYPHEN):
        return 1, ""
    if before.endswith("-") and len(before) > 1 and before[-2].isalpha():
        head_match = re.search(r"([^\W\d_]+)-$", before[-80:])
        tail_match = re.match(r"([^\W\d_]+)", nxt)
        if head_match and tail_match and nxt[:1].islower():
            head, tail = head_match.group(1), tail_match.group(1)
            words, hyphenated = vocabulary
            if (head + tail).casefold() in words and f"{head}-{tail}".casefold() not in hyphenated:
                return 1, ""
        return 0, ""
    return 0, " "


class _Paragraph:
    """A paragraph being built from lines, joined once at the end (linear in its length)."""

    __slots__ = ("length", "parts")

    def __init__(self, text: str = "") -> None:
        self.parts = [text] if text else []
        self.length = len(text)

    def __bool__(self) -> bool:
        return bool(self.parts)

    @property
    def first(self) -> str:
        return self.parts[0] if self.parts else ""

    @property
    def last(self) -> str:
        return self.parts[-1] if self.parts else ""

    def add(self, line: str, vocabulary: tuple[set[str], set[str]]) -> None:
        drop, separator = joint(self.last, line, vocabulary)
        if drop:
            self.parts[-1] = self.parts[-1][:-drop]
        self.parts.append(separator + line)
        self.length += len(separator) + len(line) - drop

    def text(self) -> str:
        return "".join(self.parts)


def _starts_block(text: str) -> bool:
    """A line that opens a list item: a marker and text, or a paragraph number alone ("4.")."""
    return bool(split_marker(text)[0]) or bool(_LONE_PARAGRAPH_MARKER.match(text.strip()))


_PAREN_MARKER = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,5})\)")


def _run_in(text: str, paragraph: _Paragraph) -> bool:
    """A line opening with "(e)" inside a paragraph whose sub-paragraphs run in ("... by:
    (a) eradicating ...; (b) ...; (d) providing ...;"): the line goes on with that paragraph."""
    match = _PAREN_MARKER.match(text)
    if not match:
        return False
    recent = " ".join(paragraph.parts[-3:])  # the previous sub-paragraph, a line or two back
    return any(f" {marker} " in recent for marker in previous_markers(match.group(1)))


def reflow(lines: list[Line]) -> list[str]:
    """Paragraphs from printed lines (wrapped or not); all pages' lines in reading order."""
    lines = [Line(line.text.rstrip(), line.gap, line.small, line.page_start) for line in lines]
    filled = [line for line in lines if line.text.strip()]
    if not filled:
        return []
    vocabulary = _vocabulary(filled)
    wrapped = is_wrapped(filled)
    double = _double_spaced(filled)
    widths = sorted(len(line.text.strip()) for line in filled)
    full = widths[int(len(widths) * 0.8)] if widths else 80
    paragraphs: list[str] = []
    current = _Paragraph()
    last_width = 0
    for line in filled:
        text = line.text.strip()
        if not current:
            current, last_width = _Paragraph(text), len(text)
            continue
        if not wrapped:
            paragraphs.append(current.text())
            current, last_width = _Paragraph(text), len(text)
            continue
        starts = _starts_block(text) and not _run_in(text, current)
        blank_break = bool(line.gap) and (not double or line.gap >= 2) and not line.page_start
        ended = _ends_sentence(current.last)
        short = last_width < full * 0.85
        # lengths first: a paragraph longer than a heading is never joined to be tested
        current_caps = current.length <= _CAPS_HEADING_MAX and _caps(current.text())
        caps_heading = min(current.length, len(text)) < 120 and current_caps != _caps(text)
        page_turn = line.page_start and ended and text[:1].isupper()
        heading_done = (
            not ended
            and current.length < 120
            and not is_all_caps(current.text())
            and last_width < full * 0.7
            and text[:1].isupper()
            and not current.last.endswith((",", "-", "–"))
            and current.first[:1].isupper()
            and (double or line.gap)
        )
        continues = (
            line.page_start
            and not ended
            and not starts
            and (text[:1].islower() or current.last.endswith(","))
        )
        if continues:
            current.add(text, vocabulary)
        elif starts or blank_break or caps_heading or (ended and short) or heading_done or page_turn:
            if blank_break and not starts and not ended and text[:1].islower() and line.page_start:
                current.add(text, vocabulary)
            else:
                paragraphs.append(current.text())
                current = _Paragraph(text)
        else:
            current.add(text, vocabulary)
        last_width = len(text)
    if current:
        paragraphs.append(current.text())
    return [" ".join(p.split(" ")) for p in paragraphs if p.strip()]


def drop_page_furniture_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs that are a running footer ending in "Page 5" come out of the body."""
    kept, removed = [], []
    for paragraph in paragraphs:
        if _PAGE_WORD.search(paragraph) and len(paragraph) < 300 and not split_marker(paragraph)[0]:
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, removed


def layout_pages(pages: list[list[Line]], markers: set[int] | None = None) -> PageText:
    """Run every step: furniture, notes, markers, link targets, wrapping."""
    pages, furniture = strip_furniture(pages)
    pages, notes, numbers = extract_notes(pages, markers)
    pages = remove_markers(pages, numbers)
    for page in pages[1:]:
        if page:
            page[0].page_start = True
    # a rule left without notes under it is layout, not text
    lines = [line for page in pages for line in page if not SEPARATOR.match(line.text)]
    lines = drop_link_targets(lines)
    paragraphs = reflow(lines)
    paragraphs, footers = drop_page_furniture_paragraphs(paragraphs)
    return PageText(paragraphs, notes, furniture + footers)
