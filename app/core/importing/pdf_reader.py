"""PDF documents through pypdf's text visitor: lines with position and type size, so running
headers and footers, page numbers, superscript note markers and footnote blocks can be told
from the body. Encrypted and scanned (image-only) PDFs are refused with a clear message."""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from app.core.importing.blocks import paragraphs_to_blocks
from app.core.importing.layout import Line, layout_pages
from app.core.importing.model import Block
from app.core.importing.readers import fail

MAX_PAGES = 2000


@dataclass(slots=True)
class PdfResult:
    blocks: list[Block]
    notes: list[str]
    furniture: list[str]
    properties: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0


@dataclass(slots=True)
class _Piece:
    x: float
    y: float
    size: float
    text: str


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _page_pieces(page) -> list[_Piece]:
    pieces: list[_Piece] = []

    def visit(text, cm, tm, _font, size):
        if not text or not text.strip("\n"):
            return
        matrix = _multiply(list(tm), list(cm))
        scale = math.hypot(matrix[2], matrix[3]) or 1.0
        for n, part in enumerate(text.split("\n")):
            if part.strip():
                pieces.append(
                    _Piece(matrix[4], matrix[5] - n * size * scale * 1.2, (size or 1) * scale, part)
                )

    page.extract_text(visitor_text=visit)
    return pieces


def _raised_marker(piece: _Piece, full: list[_Piece], body: float) -> bool:
    """A small number set above the line it belongs to: a footnote marker in the body."""
    if piece.size >= body * 0.85 or not re.fullmatch(r"\s*\d{1,3}\s*", piece.text):
        return False
    return any(0 < piece.y - other.y <= body * 0.6 and other.x < piece.x for other in full)


_BARE_MARKER = re.compile(r"^\s*(?:\d{1,3}\.|\(?[a-z]{1,2}\)|\((?:[ivxl]{1,6}|\d{1,3})\))$")
_GLUED_LEAD = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,3})\))(?=[A-Z][a-z])")
_SPACE_COMMA = re.compile(r"(?<=[^\W\d_]) ([,.])(?=\s|$)")
SMALL_TYPE = 0.92  # of the body size: note text (UN documents set 10 pt body, 9 pt notes)


def tidy_line(text: str) -> str:
    """Undo two extraction artefacts: a paragraph number set with a tab glued to its first
    word ("2.Urges", "(a)Criminalize") and a space before a comma or full stop left by kerning
    ("labour , sexual"; a space before ";" ":" stays: French sets one)."""
    text = _GLUED_LEAD.sub(r"\1 ", text)
    return _SPACE_COMMA.sub(r"\1", text)


def _lines(
    pieces: list[_Piece], body: float, markers: set[int] | None = None
) -> list[tuple[float, float, float, str]]:
    """(y, x, size, text) lines, top to bottom; superscript digits dropped from body lines
    (their numbers are added to `markers`: the notes referenced on the page)."""
    full = [p for p in pieces if p.size >= body * 0.9]
    raised = [p for p in pieces if _raised_marker(p, full, body)]
    if markers is not None:
        markers.update(int(p.text) for p in raised)
    pieces = [p for p in pieces if p not in raised]
    pieces = sorted(pieces, key=lambda p: (-p.y, p.x))
    rows: list[list[_Piece]] = []
    for piece in pieces:
        for row in rows:
            if abs(row[0].y - piece.y) <= max(2.0, 0.35 * min(row[0].size, piece.size)):
                row.append(piece)
                break
        else:
            rows.append([piece])
    lines = []
    for row in rows:
        row.sort(key=lambda p: p.x)
        main = max(p.size for p in row)
        text = ""
        end = None
        for piece in row:
            small_digits = piece.size < main * 0.8 and re.fullmatch(r"\s*\d{1,3}\s*", piece.text)
            if small_digits and main >= body * 0.9 and text:
                if markers is not None:
                    markers.add(int(piece.text))
                continue  # a note marker raised above a body line
            tab_after_marker = bool(_BARE_MARKER.match(text)) and piece.text[:1].isalpha()
            if (
                end is not None
                and (piece.x - end > piece.size * 0.3 or tab_after_marker)
                and not text.endswith(" ")
                and not piece.text.startswith((" ", ",", ".", ";", ":", ")"))
            ):
                text += " "
            text += piece.text
            end = piece.x + len(piece.text) * piece.size * 0.5
        lines.append((row[0].y, row[0].x, main, tidy_line(" ".join(text.split(" ")).rstrip())))
    lines.sort(key=lambda line: -line[0])
    return lines


def read_pdf(data: bytes, name: str) -> PdfResult:
    """Read a PDF's text layer into blocks; notes and page furniture set apart."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise fail(
                    f"{name} is encrypted and cannot be opened.",
                    hint="Save an unprotected copy (print to PDF) and import that.",
                    detail=str(exc),
                ) from exc
            if not opened:
                raise fail(
                    f"{name} is password-protected.",
                    hint="Open it with its password and save an unprotected copy, then import that.",
                )
        count = len(reader.pages)
    except FileNotDecryptedError as exc:
        raise fail(
            f"{name} is password-protected.", hint="Save an unprotected copy and import that."
        ) from exc
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        AssertionError,
        ZeroDivisionError,
    ) as exc:
        raise fail(
            f"{name} is not a readable PDF (the file is damaged).",
            hint="Open it in a PDF viewer and save or print it to a new PDF.",
            detail=str(exc),
        ) from exc
    if count > MAX_PAGES:
        raise fail(
            f"{name} has {count} pages; Briefpack imports documents of up to {MAX_PAGES} pages.",
            hint="Split the document and import the part with the recommendations.",
        )
    raw_pages: list[list[_Piece]] = []
    try:
        for page in reader.pages:
            raw_pages.append(_page_pieces(page))
    except Exception as exc:
        raise fail(
            f"{name} could not be read to the end (a page is damaged).",
            hint="Open it in a PDF viewer and print it to a new PDF, then import that.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    characters = sum(len(p.text.strip()) for pieces in raw_pages for p in pieces)
    if characters < 20 * max(1, min(count, 3)) and characters < 200:
        raise fail(
            f"{name} has no text layer; OCR is not supported.",
            hint="It is probably a scan. Use a version with selectable text, or run OCR in another "
            "program and import its result.",
        )
    sizes = Counter(round(p.size) for pieces in raw_pages for p in pieces for _ in range(len(p.text)))
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    pages: list[list[Line]] = []
    markers: set[int] = set()
    for pieces in raw_pages:
        page_lines = _lines(pieces, body, markers)
        out: list[Line] = []
        previous_y, previous_size = None, body
        for y, _x, size, text in page_lines:
            gap = 0
            if previous_y is not None:
                spacing = previous_y - y
                gap = 1 if spacing > max(size, previous_size) * 1.75 else 0
            out.append(Line(text, gap=gap, small=size < body * SMALL_TYPE))
            previous_y, previous_size = y, size
        pages.append(out)
    layout = layout_pages(pages, markers)
    properties = {}
    try:
        info = reader.metadata or {}
        for key, target in (("/Title", "title"), ("/Author", "author"), ("/Subject", "subject")):
            if info.get(key):
                properties[target] = str(info.get(key)).strip()
        created = info.get("/CreationDate")
        if created:
            match = re.search(r"(\d{4})(\d{2})(\d{2})", str(created))
            if match:
                properties["created"] = "-".join(match.groups())
    except Exception:
        pass
    return PdfResult(
        paragraphs_to_blocks(layout.paragraphs), layout.notes, layout.furniture, properties, [], count
    )
