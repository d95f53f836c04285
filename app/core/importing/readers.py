"""Reading a file into blocks: format detection, limits, text decoding, TXT and Markdown."""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from app.core.errors import BriefpackError
from app.core.importing.blocks import (
    looks_like_markdown,
    paragraphs_to_blocks,
    strip_emphasis,
    strip_inline_markup,
)
from app.core.importing.layout import Line, layout_pages, page_of_lines
from app.core.importing.model import HEADING, LIST_ITEM, PARAGRAPH, Block, ReadDocument
from app.core.text import clean_text

MAX_FILE_BYTES = 50 * 1024 * 1024
MIN_TEXT_CHARS = 20
FORMATS = ("text", "markdown", "docx", "pdf")
_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".docx": "docx",
    ".pdf": "pdf",
}
_REFUSED_SUFFIXES = {
    ".doc": "an old Word document (.doc)",
    ".rtf": "a Rich Text file",
    ".odt": "an OpenDocument text",
    ".pages": "a Pages document",
    ".xlsx": "a spreadsheet",
    ".pptx": "a presentation",
}


class UnreadableDocumentError(BriefpackError):
    """A file that cannot be imported as it is; nothing was changed."""


def fail(message: str, hint: str = "", detail: str = "") -> UnreadableDocumentError:
    return UnreadableDocumentError(message, detail=detail, hint=hint)


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
            f"{path.name} is not a PDF file (it does not start like one).",
            hint="The file may be damaged or misnamed; open it in a PDF viewer to check.",
        )
    if suffix == ".docx":
        raise fail(
            f"{path.name} is not a Word document (.docx is a zip archive; this file is not one).",
            hint="The file may be damaged or misnamed; open and save it again in Word.",
        )
    return _SUFFIXES.get(suffix, "text")


def check_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, after the checks every reader needs."""
    if not path.exists():
        raise fail(f"{path} does not exist.", hint="Check the path and try again.")
    if path.is_dir():
        raise fail(f"{path} is a folder, not a document.", hint="Choose a file.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise fail(
                f"{path.name} is too large to import ({size / 1048576:.0f} MB; the limit is "
                f"{max_bytes // 1048576} MB).",
                hint="Split the document, or import only the part with the recommendations.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise fail(
            f"Could not read {path.name}.",
            hint="Check that the file is not open elsewhere and that you may read it.",
            detail=str(exc),
        ) from exc
    if not data.strip():
        raise fail(f"{path.name} is empty.", hint="Choose a document that has text in it.")
    return data


# -- text decoding -----------------------------------------------------------
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MOJIBAKE = re.compile(r"[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾]")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 27))
    return controls / max(1, len(sample)) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[1::2].count(0) / (len(sample) / 2)
    odd_nul = sample[0::2].count(0) / (len(sample) / 2)
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-le"
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding used, warnings). UTF-8, UTF-16/32 with BOM, else Windows-1252 with a warning."""
    warnings: list[str] = []
    if encoding:
        try:
            return data.decode(encoding), encoding, warnings
        except LookupError as exc:
            raise fail(
                f"{encoding!r} is not an encoding Briefpack knows.",
                hint="Use a name such as utf-8, utf-16, cp1252 or latin-1.",
            ) from exc
        except UnicodeDecodeError as exc:
            raise fail(
                f"{name} cannot be read as {encoding}.", hint="Try another --encoding.", detail=str(exc)
            ) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", ""), warnings
            except UnicodeDecodeError as exc:
                raise fail(
                    f"{name} starts like a {codec} file but is not valid {codec}.",
                    hint="Open it in a text editor and save it as UTF-8.",
                    detail=str(exc),
                ) from exc
    guessed = _utf16_without_bom(data)
    if guessed:
        try:
            return data.decode(guessed), guessed, warnings
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise fail(
            f"{name} is not a text file (it contains binary data).",
            hint="Import .txt, .md, .docx or .pdf files; save other formats as one of these first.",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _MOJIBAKE.search(text) and len(_MOJIBAKE.findall(text)) >= 3:
            warnings.append(
                f"{name} looks as if it was converted to UTF-8 twice (for example 'â€™' "
                "for an apostrophe); check the quotes and accents in the preview."
            )
        return text, "utf-8", warnings
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise fail(
            f"The encoding of {name} could not be recognised (it is neither UTF-8, UTF-16 nor Windows-1252).",
            hint="Open it in a text editor and save it as UTF-8, or name the encoding with --encoding.",
            detail=str(exc),
        ) from exc
    warnings.append(
        f"{name} is not UTF-8; it was read as Windows-1252 (Western European). If accented "
        "letters or quotes look wrong, save it as UTF-8 or name its encoding."
    )
    return text, "cp1252", warnings


def _check_has_text(blocks: list[Block], name: str) -> None:
    words = sum(len(b.text.split()) for b in blocks)
    if sum(len(b.text) for b in blocks) < MIN_TEXT_CHARS or words < 3:
        raise fail(f"{name} has no text to import.", hint="Choose a document with paragraphs of text.")


def read_text(text: str) -> tuple[list[Block], list[str], list[str]]:
    """Plain text (perhaps a PDF extraction, perhaps with Markdown inline markup) to blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = "\f".join(clean_text(page) for page in text.split("\f"))  # form feeds mark pages
    markdown = looks_like_markdown(text)
    if markdown:
        text = "\n".join(strip_inline_markup(line) for line in text.split("\n"))
    else:
        text = "\n".join(strip_emphasis(line) for line in text.split("\n"))
    layout = layout_pages(page_of_lines(text))
    paragraphs = [p.lstrip("#").strip() if p.startswith("#") else p for p in layout.paragraphs]
    blocks = paragraphs_to_blocks(paragraphs)
    if markdown:
        blocks = [
            Block(HEADING, b.text.lstrip("#").strip(), "", 1, b.page)
            if b.kind == PARAGRAPH and b.text.startswith("#")
            else b
            for b in blocks
        ]
    return blocks, layout.notes, layout.furniture


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+(\S.*)$")
_MD_NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$")
_MD_FENCE = re.compile(r"^\s*(```|~~~)")


def read_markdown(text: str) -> tuple[list[Block], list[str]]:
    """CommonMark-style Markdown: ATX/setext headings, nested lists, footnote definitions."""
    text = clean_text(text.replace("\r\n", "\n").replace("\t", "    "))
    blocks: list[Block] = []
    notes: list[str] = []
    current: list[str] = []
    current_block: tuple[str, str, int] | None = None  # kind, marker, level
    in_fence = False
    in_note = False

    def flush() -> None:
        nonlocal current, current_block
        if current and current_block:
            words = strip_inline_markup(" ".join(" ".join(current).split()))
            kind, marker, level = current_block
            if in_note:
                notes.append(words)
            elif words:
                blocks.append(Block(kind, words, marker, level))
        current, current_block = [], None

    lines = text.split("\n")
    for _n, line in enumerate(lines):
        if _MD_FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            in_note = False
            continue
        if (
            re.match(r"^(=+|-+)\s*$", stripped)
            and current
            and current_block
            and current_block[0] == PARAGRAPH
            and len(current) == 1
        ):
            current_block = (HEADING, "", 1 if stripped[0] == "=" else 2)
            flush()
            continue
        if re.match(r"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$", stripped):
            flush()
            continue
        heading = _MD_HEADING.match(stripped)
        note = _MD_NOTE_DEF.match(stripped)
        item = _MD_LIST.match(line)
        if heading:
            flush()
            in_note = False
            blocks.append(Block(HEADING, strip_inline_markup(heading.group(2)), "", len(heading.group(1))))
        elif note:
            flush()
            in_note = True
            current, current_block = [f"{note.group(1)} {note.group(2)}"], (PARAGRAPH, "", 0)
        elif item and not in_note:
            flush()
            indent = len(item.group(1).replace("\t", "    "))
            marker = item.group(2)
            marker = "•" if marker in "-*+" else marker
            current, current_block = [item.group(3)], (LIST_ITEM, marker, indent // 2 if indent < 8 else 3)
        elif stripped.startswith(">"):
            if current_block is None:
                current_block = (PARAGRAPH, "", 0)
            current.append(stripped.lstrip("> "))
        else:
            if current_block is None:
                current_block = (PARAGRAPH, "", 0)
            current.append(stripped)
    flush()
    blocks = [
        Block(
            b.kind,
            re.sub(r"\s*\[\^[^\]]+\]", "", re.sub(r"\^\[[^\]]+\]", "", b.text)).strip(),
            b.marker,
            min(b.level, 3),
            b.page,
        )
        for b in blocks
    ]
    return [b for b in blocks if b.text], notes


def read_document(
    path: str | Path, *, encoding: str | None = None, fmt: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ReadDocument:
    """Read any supported file into clean blocks; raises UnreadableDocumentError with a hint."""
    path = Path(path)
    data = check_file(path, max_bytes)
    fmt = fmt or detect_format(path, data[:8])
    if fmt not in FORMATS:
        raise fail(f"Unknown import format {fmt!r}.", hint=f"Use one of: {', '.join(FORMATS)}.")
    digest = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    notes: list[str] = []
    furniture: list[str] = []
    properties: dict = {}
    used_encoding = ""
    pages = 0
    if fmt == "pdf":
        from app.core.importing.pdf_reader import read_pdf

        result = read_pdf(data, path.name)
        blocks, notes, furniture = result.blocks, result.notes, result.furniture
        properties, warnings, pages = result.properties, result.warnings, result.pages
    elif fmt == "docx":
        from app.core.importing.docx_reader import read_docx

        result = read_docx(data, path.name)
        blocks, notes, properties, warnings = result.blocks, result.notes, result.properties, result.warnings
    else:
        text, used_encoding, warnings = decode_text(data, path.name, encoding)
        if fmt == "markdown":
            blocks, notes = read_markdown(text)
        else:
            blocks, notes, furniture = read_text(text)
    blocks = [Block(b.kind, clean_text(b.text).strip(), b.marker, b.level, b.page) for b in blocks]
    blocks = [b for b in blocks if b.text]
    _check_has_text(blocks, path.name)
    return ReadDocument(
        path=str(path),
        format=fmt,
        blocks=tuple(blocks),
        notes=tuple(clean_text(n) for n in notes),
        furniture=tuple(furniture),
        properties=properties,
        warnings=tuple(warnings),
        file_sha256=digest,
        encoding=used_encoding,
        pages=pages,
    )


__all__ = ["LIST_ITEM", "MAX_FILE_BYTES", "Line", "UnreadableDocumentError", "decode_text", "read_document"]
