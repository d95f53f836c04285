"""Reading a file into blocks: the readers by format, format detection and the limits every
reader works within. A script can call `read_document` on any bytes: it returns a
`ReadDocument` or raises `UnreadableDocumentError` (limits in `LIMITS`)."""

from __future__ import annotations

import hashlib
import importlib
import struct
import zlib
from pathlib import Path

from app.core.importing.draft import Block, ReadDocument, ReadResult, UnreadableDocumentError, fail
from app.core.phrases import core
from app.core.text import clean_text

MAX_FILE_BYTES = 50 * 1024 * 1024
# Text and Markdown are segmented line by line; above this size a file is refused up front
# rather than read for minutes (10 MB of text is some 5,000 pages).
MAX_TEXT_BYTES = 16 * 1024 * 1024
# Reading costs a little for every line whatever its length: a real document's text has lines
# of some 50 characters on average (10 MB: 200,000 lines); a file of millions of one-letter
# lines is refused before it is read (2,000,000 of them took 25 s and 520 MB).
MAX_TEXT_LINES = 400_000
MIN_TEXT_CHARS = 20
# format -> (module, function(data, name, encoding) -> ReadResult); a reader's module (and
# its library: PDFium for PDF) loads when a file of that format is first read.
READERS = {
    "text": ("app.core.importing.text_reader", "read_text_file"),
    "markdown": ("app.core.importing.text_reader", "read_markdown_file"),
    "docx": ("app.core.importing.docx_reader", "read_docx"),
    "pdf": ("app.core.importing.pdf_reader", "read_pdf"),
}
FORMATS = tuple(READERS)
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".docx": "docx",
    ".pdf": "pdf",
}
_SPLIT = core.tr("Split the document, or import only the part with the recommendations.")
_REFUSED_SUFFIXES = {
    ".doc": "an old Word document (.doc)",
    ".rtf": "a Rich Text file",
    ".odt": "an OpenDocument text",
    ".pages": "a Pages document",
    ".xlsx": "a spreadsheet",
    ".pptx": "a presentation",
}
LIMITS = {
    "file bytes": MAX_FILE_BYTES,
    "text bytes": MAX_TEXT_BYTES,
    "text lines": MAX_TEXT_LINES,
}


def detect_format(path: Path, head: bytes) -> str:
    """The reader for a file, from its first bytes first and its name second."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ""):
            return "docx"
        if suffix in _REFUSED_SUFFIXES:
            raise fail(
                f"{path.name} is {_REFUSED_SUFFIXES[suffix]}, which Briefpack cannot import.",
                hint="Save it as .docx, .pdf, .md or .txt and import that.",
            )
        return "docx"
    if suffix in _REFUSED_SUFFIXES:
        raise fail(
            f"{path.name} is {_REFUSED_SUFFIXES[suffix]}, which Briefpack cannot import.",
            hint="Save it as .docx, .pdf, .md or .txt and import that.",
        )
    if suffix == ".pdf":
        raise fail(
            core.tr("{name} is not a PDF file (it does not start like one).").format(name=path.name),
            hint=core.tr("The file may be damaged or misnamed; open it in a PDF viewer to check."),
        )
    if suffix == ".docx":
        raise fail(
            core.tr("{name} is not a Word document (.docx is a zip archive; this file is not one).").format(
                name=path.name
            ),
            hint=core.tr("The file may be damaged or misnamed; open and save it again in Word."),
        )
    return SUFFIXES.get(suffix, "text")


def check_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, after the checks every reader needs."""
    if not path.exists():
        raise fail(
            core.tr("{path} does not exist.").format(path=str(path)),
            hint=core.tr("Check the path and try again."),
        )
    if path.is_dir():
        raise fail(
            core.tr("{path} is a folder, not a document.").format(path=str(path)),
            hint=core.tr("Choose a file."),
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise fail(
                core.tr("{name} is too large to import ({size} MB; the limit is {limit} MB).").format(
                    name=path.name, size=f"{size / 1048576:.0f}", limit=max_bytes // 1048576
                ),
                hint=_SPLIT,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise fail(
            core.tr("Could not read {name}.").format(name=path.name),
            hint=core.tr("Check that the file is not open elsewhere and that you may read it."),
            detail=str(exc),
        ) from exc
    if not data.strip():
        raise fail(
            core.tr("{name} is empty.").format(name=path.name),
            hint=core.tr("Choose a document that has text in it."),
        )
    return data


def _check_has_text(blocks: list[Block], name: str) -> None:
    words = sum(len(b.text.split()) for b in blocks)
    if sum(len(b.text) for b in blocks) < MIN_TEXT_CHARS or words < 3:
        raise fail(
            core.tr("{name} has no text to import.").format(name=name),
            hint=core.tr("Choose a document with paragraphs of text."),
        )


def read_bytes(data: bytes, name: str, fmt: str, encoding: str | None = None) -> ReadResult:
    """Run one format's reader; any failure inside it becomes the reader's clear error."""
    if fmt not in READERS:
        raise fail(f"Unknown import format {fmt!r}.", hint=f"Use one of: {', '.join(FORMATS)}.")
    if fmt in ("text", "markdown") and len(data) > MAX_TEXT_BYTES:
        raise fail(
            core.tr(
                "{name} is too large to import as text ({size} MB; the limit is {limit} MB of text)."
            ).format(name=name, size=f"{len(data) / 1048576:.0f}", limit=MAX_TEXT_BYTES // 1048576),
            hint=_SPLIT,
        )
    # (in UTF-16 too a line end is one such byte)
    lines = max(data.count(b"\n"), data.count(b"\r")) if fmt in ("text", "markdown") else 0
    if lines > MAX_TEXT_LINES:
        raise fail(
            core.tr("{name} has too many lines to import as text ({lines}; the limit is {limit}).").format(
                name=name, lines=f"{lines:,}", limit=f"{MAX_TEXT_LINES:,}"
            ),
            hint=_SPLIT,
        )
    module_name, function_name = READERS[fmt]
    reader = getattr(importlib.import_module(module_name), function_name)
    try:
        return reader(data, name, encoding)
    except UnreadableDocumentError:
        raise
    except MemoryError as exc:
        raise fail(
            core.tr("{name} needs more memory to read than is available.").format(name=name),
            hint=core.tr("Close other programs, or split the document and import it in parts."),
        ) from exc
    except (
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        OverflowError,
        LookupError,
        RuntimeError,
        AssertionError,
        ZeroDivisionError,
        OSError,
        EOFError,
        zlib.error,
        struct.error,
        SyntaxError,
    ) as exc:
        # (RuntimeError covers RecursionError, NotImplementedError and PDFium's errors; SyntaxError
        # an XML parser's)
        # A damaged file that got past a reader's own checks: never a traceback.
        raise fail(
            core.tr("{name} could not be read (the file is damaged or not a {format} document).").format(
                name=name, format=fmt
            ),
            hint=core.tr("Open it in the program that made it and save it again, then import that."),
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc


def read_document(
    path: str | Path, *, encoding: str | None = None, fmt: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ReadDocument:
    """Read any supported file into clean blocks; raises UnreadableDocumentError with a hint."""
    path = Path(path)
    data = check_file(path, max_bytes)
    fmt = fmt or detect_format(path, data[:8])
    result = read_bytes(data, path.name, fmt, encoding)
    blocks = [Block(b.kind, clean_text(b.text).strip(), b.marker, b.level, b.page) for b in result.blocks]
    blocks = [b for b in blocks if b.text]
    _check_has_text(blocks, path.name)
    return ReadDocument(
        path=str(path),
        format=fmt,
        blocks=tuple(blocks),
        notes=tuple(clean_text(n) for n in result.notes),
        furniture=tuple(result.furniture),
        properties=result.properties,
        warnings=tuple(result.warnings),
        file_sha256=hashlib.sha256(data).hexdigest(),
        encoding=result.encoding,
        pages=result.pages,
    )


__all__ = ["FORMATS", "LIMITS", "READERS", "UnreadableDocumentError", "read_bytes", "read_document"]
