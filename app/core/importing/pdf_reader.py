"""PDF documents through PDFium (pypdfium2): its text keeps words whole; the lines are rebuilt
from its characters' baselines and type sizes, so running headers and footers, page numbers,
raised footnote markers and footnote blocks can be told from the body. Encrypted and scanned
(image-only) PDFs are refused with a clear message."""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.core.importing.blocks import paragraphs_to_blocks
from app.core.importing.draft import ReadResult, fail
from app.core.importing.layout import Line, layout_pages
from app.core.phrases import core

MAX_PAGES = 2000
SMALL_TYPE = 0.92  # of the body size: note text (UN documents set 10 pt body, 9 pt notes)
RAISED_DIGIT = 0.85  # of the line's size: a footnote marker is set smaller ...
RAISE = 0.25  # ... and raised above the line's baseline by this much of its size
LETTER_GAP = 0.3  # of the type size: a made-up space in a narrower gap may be letter-spacing
_BREAKS = "\r\n"
_HYPHENS = "\x02\ufffe"


@dataclass(slots=True)
class PrintedLine:
    """One line as printed: baseline (points from the page foot), left and right edge, type size."""

    baseline: float
    left: float
    right: float
    size: float
    text: str


@dataclass(slots=True)
class _Segment:
    """A run of characters PDFium reports between two of its line breaks."""

    chars: list[tuple[str, float, float, float]]  # (character, size, x, baseline)
    right: float

    @property
    def size(self) -> float:
        return max((c[1] for c in self.chars if not c[0].isspace()), default=0.0)

    @property
    def baseline(self) -> float:
        size = self.size
        ys = [c[3] for c in self.chars if not c[0].isspace() and c[1] >= size * 0.95]
        return statistics.median(ys) if ys else 0.0

    @property
    def left(self) -> float:
        return next((c[2] for c in self.chars if not c[0].isspace()), 0.0)

    def only_small_digits(self, size: float) -> bool:
        solid = [c for c in self.chars if not c[0].isspace()]
        return bool(solid) and all(c[0].isdigit() and c[1] < size * RAISED_DIGIT for c in solid)


Char = tuple[str, float, float, float, float, float, bool]  # char, size, x, baseline, left, right, made up
_WORD = re.compile(r"^[^\w]*([^\W\d_]+)[^\w]*$")


@dataclass(slots=True)
class _PageChars:
    """A page's characters as PDFium reports them, and the spaces it made up in narrow gaps
    (index, the letters before, the letters after): letter-spacing or a word break."""

    chars: list[Char]
    doubtful: list[tuple[int, str, str]]


def _page_chars(textpage) -> _PageChars:
    count = textpage.count_chars()
    text = textpage.get_text_range() if count else ""
    x, y = ctypes.c_double(), ctypes.c_double()
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    chars: list[Char] = []
    for index in range(min(count, len(text))):
        ch = text[index]
        if ch in _BREAKS or ch == "\x00":
            chars.append(("\n", 0.0, 0.0, 0.0, 0.0, 0.0, True))
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage, index)
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
        start = end = x.value
        if pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
            start, end = left.value, right.value
        if ch in _HYPHENS:  # PDFium's marks for a hyphen it takes for a line-end hyphen
            ch = "-"
        made_up = bool(pdfium_c.FPDFText_IsGenerated(textpage, index))
        chars.append((ch, size, x.value, y.value, start, end, made_up))
    doubtful = []
    for n in range(1, len(chars) - 1):
        ch, size, *_rest, made_up = chars[n]
        before, after = chars[n - 1], chars[n + 1]
        if not (made_up and ch == " " and _wordlike(before[0]) and _wordlike(after[0])):
            continue
        narrow = after[4] - before[5] < LETTER_GAP * max(before[1], after[1], 1.0)
        if narrow and _font(textpage, n - 1) == _font(textpage, n + 1):
            doubtful.append((n, _letters(chars, n - 1, -1), _letters(chars, n + 1, 1)))
    return _PageChars(chars, doubtful)


def _wordlike(ch: str) -> bool:
    return ch.isalpha() or ch in "-‐‑"


def _letters(chars: list[Char], start: int, step: int) -> str:
    out = []
    n = start
    while 0 <= n < len(chars) and chars[n][0].isalpha():
        out.append(chars[n][0])
        n += step
    return "".join(out[::step])


def letter_spacing(pages: list[_PageChars]) -> list[set[int]]:
    """Per page, the made-up spaces to drop: those that cut a word of the document in two
    ("natio nal", "wide st"), never one between two words ("of the")."""
    vocabulary: Counter[str] = Counter()
    for page in pages:
        doubtful = {n for n, _, _ in page.doubtful}
        text = "".join("\x00" if n in doubtful else c[0] for n, c in enumerate(page.chars))
        for token in text.split():
            if "\x00" not in token:  # the letters either side of a doubtful space prove nothing
                vocabulary.update(w.casefold() for w in _WORD.findall(token))
    dropped = []
    for page in pages:
        cut = set()
        for n, head, tail in page.doubtful:
            hyphen = not head or not tail  # a hyphen beside a made-up space in a narrow gap
            parts_known = _known(vocabulary, head) and _known(vocabulary, tail)
            if hyphen or (vocabulary[(head + tail).casefold()] > 0 and not parts_known):
                cut.add(n)
        dropped.append(cut)
    return dropped


def _known(vocabulary: Counter[str], word: str) -> bool:
    """A word of the document on its own (a single letter other than "a" is a fragment)."""
    word = word.casefold()
    return vocabulary[word] > 0 and (len(word) > 1 or word == "a")


def _segments(page: _PageChars, dropped: set[int]) -> list[_Segment]:
    """A page's characters cut into runs where PDFium breaks lines, and where it joins two
    printed lines itself (after a hyphen it takes for a line-end hyphen)."""
    segments: list[_Segment] = []
    current: list[tuple[str, float, float, float]] = []
    end = 0.0
    previous: Char | None = None
    for n, char in enumerate(page.chars):
        ch, size, cx, cy, _left, right_edge, _made_up = char
        if ch == "\n":
            if current:
                segments.append(_Segment(current, end))
            current, previous = [], None
            continue
        if n in dropped:
            continue
        if previous is not None and not ch.isspace():
            body = max(size, previous[1], 1.0)
            if cx < previous[5] - body and abs(cy - previous[3]) > 0.5 * body:
                segments.append(_Segment(current, end))
                current = []
        current.append((ch, size, cx, cy))
        if not ch.isspace():
            end = right_edge
            previous = char
    if current:
        segments.append(_Segment(current, end))
    return segments


def _font(textpage, index: int) -> bytes:
    name = ctypes.create_string_buffer(128)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, name, 128, None)
    return name.value


def _joins(line: list[_Segment], segment: _Segment) -> bool:
    """Whether a segment continues the line being built (same baseline, further right) or is a
    note marker raised above its end."""
    last = line[-1]
    body = max(s.size for s in line)
    size = min(body, segment.size) or 1.0
    if segment.left < last.right - size:
        return False
    base = max((s for s in line if s.size >= body * 0.95), key=lambda s: s.size).baseline
    if abs(segment.baseline - base) <= 0.35 * size:
        return True
    raised = segment.baseline - base
    return segment.only_small_digits(body) and 0 < raised <= 0.8 * body


def _line_text(line: list[_Segment], markers: set[int]) -> tuple[str, float]:
    """The line's text with raised note markers taken out (their numbers go to `markers`).
    A raised number that opens a line stays: it is a note's own number at the page foot."""
    body = max(s.size for s in line)
    base = statistics.median(s.baseline for s in line if s.size >= body * 0.95)
    chars = [c for s in line for c in s.chars]
    starts = {id(s.chars[0]) for s in line[1:]}
    gaps = {}
    previous_end = line[0].right
    for segment in line[1:]:
        gaps[id(segment.chars[0])] = segment.left - previous_end > 0.15 * body
        previous_end = segment.right
    pieces: list[str] = []
    n = 0
    while n < len(chars):
        ch, size, _x, baseline = chars[n]
        gap_before = id(chars[n]) in starts and gaps[id(chars[n])]
        if gap_before and pieces and not pieces[-1].isspace() and not ch.isspace():
            pieces.append(" ")
        if ch.isdigit() and size < body * RAISED_DIGIT and baseline - base > RAISE * body:
            end = n
            while end < len(chars) and chars[end][0].isdigit() and chars[end][1] < body * RAISED_DIGIT:
                end += 1
            digits = "".join(c[0] for c in chars[n:end])
            after = chars[end][0] if end < len(chars) else " "
            opening = not any(not p.isspace() for p in pieces)
            if len(digits) <= 3 and after not in "-/" and not opening:
                markers.add(int(digits))
            else:
                pieces.append(digits)
            n = end
            continue
        pieces.append(ch)
        n += 1
    return " ".join("".join(pieces).split()), body


def page_lines(page: _PageChars, dropped: set[int], markers: set[int]) -> list[PrintedLine]:
    """The printed lines of one page, in PDFium's reading order."""
    lines: list[list[_Segment]] = []
    for segment in _segments(page, dropped):
        if not any(not c[0].isspace() for c in segment.chars):
            continue
        if lines and _joins(lines[-1], segment):
            lines[-1].append(segment)
        else:
            lines.append([segment])
    out = []
    for line in lines:
        text, size = _line_text(line, markers)
        if text:
            heavy = [s for s in line if s.size >= size * 0.95]
            out.append(
                PrintedLine(
                    statistics.median(s.baseline for s in heavy), line[0].left, line[-1].right, size, text
                )
            )
    return out


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise fail(
                core.tr("{name} is password-protected.").format(name=name),
                hint=core.tr("Open it with its password and save an unprotected copy, then import that."),
            ) from exc
        if "security" in message.lower():
            raise fail(
                core.tr("{name} is encrypted in a way Briefpack cannot open.").format(name=name),
                hint=core.tr("Save an unprotected copy (print to PDF) and import that."),
                detail=message,
            ) from exc
        raise fail(
            core.tr("{name} is not a readable PDF (the file is damaged).").format(name=name),
            hint=core.tr("Open it in a PDF viewer and save or print it to a new PDF."),
            detail=message,
        ) from exc


def _properties(document: pdfium.PdfDocument) -> dict:
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return {}
    properties = {}
    for key, target in (("Title", "title"), ("Author", "author"), ("Subject", "subject")):
        if info.get(key):
            properties[target] = str(info[key]).strip()
    match = re.search(r"(\d{4})(\d{2})(\d{2})", str(info.get("CreationDate", "")))
    if match:
        properties["created"] = "-".join(match.groups())
    return properties


def read_pdf(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """Read a PDF's text layer into blocks; notes and page furniture set apart."""
    document = _open(data, name)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise fail(
                core.tr(
                    "{name} has {count} pages; Briefpack imports documents of up to {limit} pages."
                ).format(name=name, count=count, limit=MAX_PAGES),
                hint=core.tr("Split the document and import the part with the recommendations."),
            )
        characters: list[_PageChars] = []
        try:
            for index in range(count):
                page = document[index]
                textpage = page.get_textpage()
                characters.append(_page_chars(textpage))
                textpage.close()
                page.close()
        except pdfium.PdfiumError as exc:
            raise fail(
                core.tr("{name} could not be read to the end (a page is damaged).").format(name=name),
                hint=core.tr("Open it in a PDF viewer and print it to a new PDF, then import that."),
                detail=str(exc),
            ) from exc
        properties = _properties(document)
    finally:
        document.close()
    markers: set[int] = set()
    printed = [
        page_lines(page, dropped, markers)
        for page, dropped in zip(characters, letter_spacing(characters), strict=True)
    ]
    solid = sum(len(line.text) for page in printed for line in page)
    if solid < 20 * max(1, min(count, 3)) and solid < 200:
        raise fail(
            core.tr("{name} has no text layer; OCR is not supported.").format(name=name),
            hint=core.tr(
                "It is probably a scan. Use a version with selectable text, or run OCR in another "
                "program and import its result."
            ),
        )
    layout = layout_pages(_to_layout_lines(printed), markers)
    return ReadResult(
        paragraphs_to_blocks(layout.paragraphs), layout.notes, layout.furniture, properties, pages=count
    )


def _to_layout_lines(printed: list[list[PrintedLine]]) -> list[list[Line]]:
    """Printed lines to the layout's lines: small type marked, paragraph spacing as a gap."""
    sizes: Counter[float] = Counter()
    pitches: Counter[float] = Counter()
    for page in printed:
        for line in page:
            sizes[round(line.size, 1)] += len(line.text)
        for a, b in itertools.pairwise(page):
            pitch = round(a.baseline - b.baseline, 1)
            if 0 < pitch < 3 * max(a.size, b.size):
                pitches[pitch] += 1
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    pitch = pitches.most_common(1)[0][0] if pitches else body * 1.2
    pages: list[list[Line]] = []
    for page in printed:
        out: list[Line] = []
        previous: PrintedLine | None = None
        for line in page:
            gap = 0
            if previous is not None:
                spacing = previous.baseline - line.baseline
                wide = max(pitch * 1.3, max(line.size, previous.size) * 1.5)
                gap = 1 if spacing > wide or spacing < 0 else 0
            out.append(Line(line.text, gap=gap, small=line.size < body * SMALL_TYPE))
            previous = line
        pages.append(out)
    return pages
