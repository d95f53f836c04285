"""Compare PDF text extraction libraries on the import fixtures; print a Markdown table.

Usage: python scripts/compare_pdf_extractors.py [PDF ...]

Needs pypdf (a dependency) and, to compare, pdfplumber and pypdfium2 installed in the
environment (they are not dependencies). Each library's positioned text is turned into
printed lines the way the importer's PDF reader needs them (text, left edge, type size),
and measured against the fixture's source text (tests/fixtures/genre/<name>.yaml):

- glued markers: lines starting with a paragraph number or letter run into the next word
  ("2.Urges", "(a)Criminalize"), which hides the numbering from segmentation;
- stray spaces: a space printed before "," ";" ":" or "." that the source does not have;
- unknown words: words not in the source text (joined or split words), per 1,000 words;
- raised markers: footnote reference numbers reported smaller than the body type (so they
  can be dropped from the text), out of those printed;
- note lines small: page-foot note lines reported in smaller type than the body;
- ms: extraction time of the whole file (best of 5).
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GENRES = ROOT / "tests" / "fixtures" / "genre"

Line = tuple[float, float, float, str]  # (top, x, size, text), top measured down the page
Pages = tuple[list[list[Line]], int]  # lines per page, and how many small raised digit runs were seen
SMALL = 0.85  # of the body type size: a raised note marker
GLUED = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,3}\))[^\W\d_]")
STRAY = re.compile(r"\w (?=[,;:.](?:\s|$))")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _small_digits(pieces: list[tuple[float, str]], body: float) -> int:
    """Runs of digits set in type smaller than the body: raised footnote markers."""
    return sum(1 for size, text in pieces if size < body * SMALL and re.fullmatch(r"\d{1,3}", text.strip()))


def _raised_runs(chars: list[tuple[float, str]], body: float) -> int:
    """Digit runs in small type between characters of body type: raised note markers.
    `chars` are (size, character) in the order the library reports them."""
    solid = [(size, ch) for size, ch in chars if ch.strip()]
    count, n = 0, 0
    while n < len(solid):
        size, ch = solid[n]
        if ch.isdigit() and size < body * SMALL:
            end = n
            while end + 1 < len(solid) and solid[end + 1][1].isdigit() and solid[end + 1][0] < body * SMALL:
                end += 1
            before = solid[n - 1][0] if n else body
            after = solid[end + 1][0] if end + 1 < len(solid) else body
            count += before >= body * SMALL and after >= body * SMALL
            n = end + 1
        else:
            n += 1
    return count


def pypdf_lines(data: bytes) -> Pages:
    """The importer's own reader: pypdf's text visitor, grouped into lines."""
    from pypdf import PdfReader

    from app.core.importing.pdf_reader import _lines, _page_pieces

    reader = PdfReader(io.BytesIO(data))
    pages, raised = [], 0
    for page in reader.pages:
        pieces = _page_pieces(page)
        sizes = Counter(round(p.size) for p in pieces for _ in p.text)
        body = sizes.most_common(1)[0][0] if sizes else 10.0
        raised += _small_digits([(p.size, p.text) for p in pieces], body)
        height = float(page.mediabox.height)
        pages.append([(height - y, x, size, text) for y, x, size, text in _lines(pieces, body)])
    return pages, raised


def plumber_lines(data: bytes) -> Pages:
    import pdfplumber

    pages, raised = [], 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["size"])
            sizes = Counter(round(w["size"]) for w in words for _ in w["text"])
            body = sizes.most_common(1)[0][0] if sizes else 10.0
            raised += _raised_runs([(c["size"], c["text"]) for c in page.chars], body)
            lines = []
            for line in page.extract_text_lines(return_chars=True):
                sizes = Counter(round(c["size"], 1) for c in line["chars"] if c["text"].strip())
                size = sizes.most_common(1)[0][0] if sizes else 0.0
                lines.append((line["top"], line["x0"], size, line["text"]))
            pages.append(lines)
    return pages, raised


def pdfium_lines(data: bytes) -> Pages:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(data)
    pages, raised = [], 0
    try:
        for page in document:
            height = page.get_height()
            text_page = page.get_textpage()
            rows: list[list[tuple[float, float, float, float, str]]] = []
            for n in range(text_page.count_rects()):
                left, bottom, right, top = text_page.get_rect(n)
                text = text_page.get_text_bounded(left, bottom, right, top)
                index = text_page.get_index(left + 0.5, (top + bottom) / 2, 2, 2)
                size = raw.FPDFText_GetFontSize(text_page.raw, index) if index is not None else 0.0
                middle = (top + bottom) / 2
                for row in rows:
                    if abs(row[0][0] - middle) <= 3:
                        row.append((middle, left, right, size, text))
                        break
                else:
                    rows.append([(middle, left, right, size, text)])
            lines = []
            for row in rows:
                row.sort(key=lambda r: r[1])
                text = ""
                for _m, _left, _right, _size, part in row:
                    text += part if not text or text.endswith(" ") else " " + part
                size = max(r[3] for r in row)
                lines.append((height - row[0][0], row[0][1], size, " ".join(text.split())))
            lines.sort(key=lambda line: line[0])
            pages.append(lines)
            sizes = Counter(round(size) for _t, _x, size, text in lines for _ in text)
            body = sizes.most_common(1)[0][0] if sizes else 10.0
            chars = [
                (raw.FPDFText_GetFontSize(text_page.raw, i), text_page.get_text_range(i, 1))
                for i in range(text_page.count_chars())
            ]
            raised += _raised_runs(chars, body)
            text_page.close()
            page.close()
    finally:
        document.close()
    return pages, raised


LIBRARIES: dict[str, Callable[[bytes], Pages]] = {
    "pypdf (text visitor)": pypdf_lines,
    "pdfplumber (pdfminer.six)": plumber_lines,
    "pypdfium2 (PDFium)": pdfium_lines,
}


def source_words(stem: str) -> tuple[set[str], dict]:
    doc = yaml.safe_load((GENRES / f"{stem}.yaml").read_text("utf-8"))
    strings: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(doc)
    return {w.casefold() for s in strings for w in WORD.findall(s)}, doc


def measure(path: Path, extract: Callable[[bytes], Pages]) -> dict[str, str]:
    data = path.read_bytes()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        pages, raised = extract(data)
        times.append(time.perf_counter() - started)
    stem = path.name.split(".")[0]
    vocabulary, doc = source_words(stem)
    lines = [line for page in pages for line in page]
    texts = [line[3] for line in lines]
    words = [w.casefold() for t in texts for w in WORD.findall(t)]
    unknown = sum(1 for w in words if w not in vocabulary)
    sizes = Counter(round(size) for _top, _x, size, text in lines for _ in text)
    body = sizes.most_common(1)[0][0] if sizes else 10
    notes = {str(k): str(v) for k, v in doc["footnotes"].items()}
    note_lines = [
        line for line in lines if any(line[3].startswith(f"{k} {v[:20]}") for k, v in notes.items())
    ]
    printed = len(re.findall(r"\[\d+\]", yaml.safe_dump(doc)))
    return {
        "glued markers": str(sum(1 for t in texts if GLUED.match(t))),
        "stray spaces": str(sum(len(STRAY.findall(t)) for t in texts)),
        "unknown words /1000": f"{1000 * unknown / max(1, len(words)):.1f}",
        "raised markers": f"{raised}/{printed}",
        "note lines small": f"{sum(1 for line in note_lines if line[2] < body * 0.9)}/{len(note_lines)}",
        "ms": f"{min(times) * 1000:.0f}",
        "_median": f"{statistics.median(times) * 1000:.0f}",
    }


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(GENRES.glob("*.pdf"))
    columns = ["glued markers", "stray spaces", "unknown words /1000", "raised markers",
               "note lines small", "ms"]
    print("| file | library | " + " | ".join(columns) + " |")
    print("|---|---|" + "---:|" * len(columns))
    for path in paths:
        for name, extract in LIBRARIES.items():
            try:
                row = measure(path, extract)
            except ImportError:
                print(f"| {path.name} | {name} | " + " | ".join("not installed" for _ in columns) + " |")
                continue
            print(f"| {path.name} | {name} | " + " | ".join(row[c] for c in columns) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
