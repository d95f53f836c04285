"""Plain text and Markdown files: decoding (BOMs, UTF-16 without BOM, Windows-1252), text as
people save or paste it from a PDF, and CommonMark-style Markdown."""

from __future__ import annotations

import codecs
import re

from app.core.importing.blocks import (
    looks_like_markdown,
    paragraphs_to_blocks,
    strip_emphasis,
    strip_inline_markup,
)
from app.core.importing.draft import HEADING, LIST_ITEM, PARAGRAPH, Block, ReadResult, fail
from app.core.importing.layout import LONE_NUMBER, SEPARATOR, Line, layout_pages
from app.core.text import clean_text

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


_PAGE_OF = re.compile(
    r"^\s*(?:\d{2}-\d{5}\s+)?(\d{1,3})\s*/\s*(\d{1,3})(?:\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?)?\s*$"
)
_JOB_LINE = re.compile(r"^\s*\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*$")


def _pages_by_number(lines: list[str]) -> list[list[str]] | None:
    """Pages of a text saved without form feeds, cut after each printed "n/N" page number (N the
    same on every page; n as printed, which an extraction does not always get right) and a job
    number printed just after it."""
    hits = [(i, int(m.group(2))) for i, ln in enumerate(lines) if (m := _PAGE_OF.match(ln))]
    if not hits or (len(hits) < 2 and hits[0][1] != 2):  # one "2/2" cuts a two-page document
        return None
    total = max({n for _, n in hits}, key=lambda n: sum(1 for h in hits if h[1] == n))
    cuts: list[int] = []
    for i, of in hits:
        if of != total or (cuts and i - cuts[-1] < 8):
            continue
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or _JOB_LINE.match(lines[end])):
            if _JOB_LINE.match(lines[end]):
                i = end
            end += 1
        cuts.append(i + 1)
    if not cuts:
        return None
    pages, start = [], 0
    for cut in cuts:
        pages.append(lines[start:cut])
        start = cut
    pages.append(lines[start:])
    return pages


def page_of_lines(text: str) -> list[list[Line]]:
    """Split a plain text into pages (form feeds; printed "n/N" page numbers; or the leading
    space a PDF extraction puts on each page's first line) of Lines with blank-line gaps."""
    raw_pages = [page.split("\n") for page in text.split("\f")]
    if len(raw_pages) == 1:
        raw_pages = _pages_by_number(raw_pages[0]) or raw_pages
    pages: list[list[Line]] = []
    filled = [ln for page in raw_pages for ln in page if ln.strip()]
    single_space = [ln for ln in filled if re.match(r"^ \S", ln)]
    leading_pages = len(raw_pages) == 1 and 2 <= len(single_space) <= max(3, len(filled) * 0.12)
    for raw in raw_pages:
        page: list[Line] = []
        gap = 0
        previous = ""
        for ln in raw:
            if not ln.strip() and not SEPARATOR.match(ln):
                gap += 1
                continue
            starts_page = (
                leading_pages
                and bool(re.match(r"^ \S", ln))
                and bool(page)
                and not LONE_NUMBER.match(previous)
            )
            previous = ln
            if starts_page:
                pages.append(page)
                page = []
            page.append(Line(ln.rstrip("\n"), gap=gap, page_start=starts_page))
            gap = 0
        pages.append(page)
    return [p for p in pages if p]


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


def read_text_file(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """A .txt file: decoded, then read as printed lines (page furniture, notes, wrapping)."""
    text, used, warnings = decode_text(data, name, encoding)
    blocks, notes, furniture = read_text(text)
    return ReadResult(blocks, notes, furniture, warnings=warnings, encoding=used)


def read_markdown_file(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """A Markdown file: decoded, then read by its markup."""
    text, used, warnings = decode_text(data, name, encoding)
    blocks, notes = read_markdown(text)
    return ReadResult(blocks, notes, warnings=warnings, encoding=used)
