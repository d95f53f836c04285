"""Word (.docx) documents read with zipfile and ElementTree: paragraphs, headings, list
numbering as printed, footnotes kept out of the text; guarded against zip bombs."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

from app.core.importing.blocks import paragraphs_to_blocks
from app.core.importing.draft import HEADING, LIST_ITEM, Block, ReadResult, fail
from app.core.importing.markers import is_heading_text
from app.core.phrases import core

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # the parts we read, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MB
# What Word itself accepts: nine list levels, start values up to 32767, outline levels 0 to 9.
# Numbering values are clamped before anything is counted or printed with them (a start of
# 9e9 in letters would print a marker of 346 million characters).
MAX_LIST_LEVEL = 8
MAX_START = 32767
_PARTS = (
    "word/document.xml",
    "word/numbering.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/styles.xml",
    "docProps/core.xml",
)
_SAVE_AGAIN = core.tr("Open it in Word and save it again.")


def _read_parts(data: bytes, name: str) -> dict[str, bytes]:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise fail(
            core.tr("{name} is password-protected or an old Word 97-2003 document.").format(name=name),
            hint=core.tr(
                "Remove the password (File > Info > Protect Document) or save it as .docx, then import."
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:
        # NotImplementedError: a damaged header naming a zip version or method that does not exist
        raise fail(
            core.tr("{name} is not a readable Word document (the archive is damaged).").format(name=name),
            hint=_SAVE_AGAIN,
            detail=str(exc),
        ) from exc
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if "word/document.xml" not in infos:
            if "EncryptedPackage" in infos or "EncryptionInfo" in infos:
                raise fail(
                    core.tr("{name} is password-protected.").format(name=name),
                    hint=core.tr("Remove the password in Word, then import."),
                )
            raise fail(
                core.tr("{name} is a zip archive but not a Word document (no word/document.xml).").format(
                    name=name
                ),
                hint=core.tr("Choose a .docx saved by Word, LibreOffice or Google Docs."),
            )
        total = 0
        parts: dict[str, bytes] = {}
        for part in _PARTS:
            info = infos.get(part)
            if info is None:
                continue
            total += info.file_size
            ratio = info.file_size / max(1, info.compress_size)
            if (
                info.file_size > MAX_MEMBER_BYTES
                or total > MAX_TOTAL_BYTES
                or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO)
            ):
                raise fail(
                    core.tr(
                        "{name} expands to more data than a document should ({size} MB in {part}); "
                        "it was not opened."
                    ).format(name=name, size=info.file_size // 1048576, part=part),
                    hint=core.tr(
                        "The file may be damaged or built to exhaust memory. Save the document again "
                        "from Word, or import it as PDF."
                    ),
                )
            try:
                with archive.open(info) as handle:
                    content = handle.read(MAX_MEMBER_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
                raise fail(
                    core.tr("{name} could not be unpacked ({part}).").format(name=name, part=part),
                    hint=_SAVE_AGAIN,
                    detail=str(exc),
                ) from exc
            if len(content) > MAX_MEMBER_BYTES:
                raise fail(
                    core.tr("{name} expands to more data than a document should; it was not opened.").format(
                        name=name
                    ),
                    hint=core.tr("The file may be damaged; save it again from Word."),
                )
            if b"<!DOCTYPE" in content[:4096] or b"<!ENTITY" in content[:4096]:
                raise fail(
                    core.tr("{name} contains XML declarations Word never writes; it was not opened.").format(
                        name=name
                    ),
                    hint=core.tr("Save the document again from Word."),
                )
            parts[part] = content
    return parts


def _xml(parts: dict[str, bytes], part: str, name: str) -> ET.Element | None:
    if part not in parts:
        return None
    try:
        return ET.fromstring(parts[part])
    except ET.ParseError as exc:
        raise fail(
            core.tr("{name} is damaged ({part} is not well-formed XML).").format(name=name, part=part),
            hint=_SAVE_AGAIN,
            detail=str(exc),
        ) from exc


def _run_text(paragraph: ET.Element) -> str:
    """The visible text of a paragraph: runs and insertions, no deletions, no note references."""
    pieces: list[str] = []
    for element in paragraph.iter():
        tag = element.tag
        if tag == f"{W}t" and element.text:
            pieces.append(element.text)
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            pieces.append(" ")
        elif tag == f"{W}noBreakHyphen":
            pieces.append("-")
        elif tag == f"{W}softHyphen":
            continue
    return "".join(pieces)


def _deleted(paragraph: ET.Element) -> set[int]:
    return {id(t) for d in paragraph.iter(f"{W}del") for t in d.iter(f"{W}t")}


def _text(paragraph: ET.Element) -> str:
    deleted = _deleted(paragraph)
    if deleted:
        for d in paragraph.iter(f"{W}del"):
            for t in d.iter(f"{W}t"):
                t.text = ""
    return " ".join(_run_text(paragraph).split(" ")).strip()


def _number(element: ET.Element | None, default: int, low: int, high: int) -> int:
    """An attribute w:val as Word writes it (a decimal number), within Word's bounds; anything
    else ("0x10", "NaN", "", "9e9") is the default."""
    value = element.get(f"{W}val", "") if element is not None else ""
    if not re.fullmatch(r"-?\d{1,9}", value.strip()):
        return default
    return min(max(int(value), low), high)


class _Numbering:
    """numbering.xml: the printed marker of each (numId, level), with running counters."""

    def __init__(self, root: ET.Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                level = lvl.get(f"{W}ilvl", "0")
                if not level.isdigit() or int(level) > MAX_LIST_LEVEL:
                    continue
                levels[int(level)] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    _number(start, 1, 0, MAX_START),
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId", "")] = abstract.get(ref.get(f"{W}val", ""), {})

    def marker(self, num_id: str, level: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        fmt, text, start = levels.get(level, ("bullet", "•", 1))
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] = min(counters[level] + 1, MAX_START + 1) if counters[level] else start
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "•" if not text or ord(text[0]) >= 0xF000 else text
        if fmt == "none":
            return ""

        def render(match: re.Match) -> str:
            lvl = int(match.group(1)) - 1
            value = counters[lvl] or levels.get(lvl, ("decimal", "", 1))[2]
            return _format(levels.get(lvl, ("decimal", "", 1))[0], value)

        return re.sub(r"%(\d)", render, text).strip()


def _format(fmt: str, value: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        numerals = (
            ("m", 1000),
            ("cm", 900),
            ("d", 500),
            ("cd", 400),
            ("c", 100),
            ("xc", 90),
            ("l", 50),
            ("xl", 40),
            ("x", 10),
            ("ix", 9),
            ("v", 5),
            ("iv", 4),
            ("i", 1),
        )
        out, rest = "", value
        for numeral, amount in numerals:
            while rest >= amount:
                out, rest = out + numeral, rest - amount
        return out.upper() if fmt == "upperRoman" else out
    return str(value)


def _styles(root: ET.Element | None) -> dict[str, tuple[str, str, str]]:
    """styleId -> (name, numId, ilvl) (a style may carry list numbering)."""
    out: dict[str, tuple[str, str, str]] = {}
    if root is None:
        return out
    for style in root.findall(f"{W}style"):
        name = style.find(f"{W}name")
        num = style.find(f"{W}pPr/{W}numPr")
        num_id = num.find(f"{W}numId") if num is not None else None
        ilvl = num.find(f"{W}ilvl") if num is not None else None
        out[style.get(f"{W}styleId", "")] = (
            (name.get(f"{W}val", "") if name is not None else "").lower(),
            num_id.get(f"{W}val", "") if num_id is not None else "",
            ilvl.get(f"{W}val", "0") if ilvl is not None else "0",
        )
    return out


def _notes(root: ET.Element | None, tag: str) -> list[str]:
    notes: list[str] = []
    if root is None:
        return notes
    for note in root.findall(f"{W}{tag}"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(t for t in (_text(p) for p in note.iter(f"{W}p")) if t)
        if text:
            notes.append(f"{note.get(f'{W}id', '')} {text}".strip())
    return notes


def _properties(parts: dict[str, bytes]) -> dict:
    if "docProps/core.xml" not in parts:
        return {}
    try:
        root = ET.fromstring(parts["docProps/core.xml"])
    except ET.ParseError:
        return {}
    out = {}
    for element in root:
        key = element.tag.rsplit("}", 1)[-1]
        if key in ("title", "creator", "created", "subject") and element.text:
            out["author" if key == "creator" else key] = element.text.strip()
    return out


def read_docx(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """Blocks of a .docx: headings by style, list items with their printed markers."""
    parts = _read_parts(data, name)
    document = _xml(parts, "word/document.xml", name)
    numbering = _Numbering(_xml(parts, "word/numbering.xml", name))
    styles = _styles(_xml(parts, "word/styles.xml", name))
    body = document.find(f"{W}body") if document is not None else None
    if body is None:
        raise fail(core.tr("{name} has no document body.").format(name=name), hint=_SAVE_AGAIN)
    blocks: list[Block] = []
    plain_run: list[str] = []

    def flush_plain() -> None:
        if plain_run:
            blocks.extend(paragraphs_to_blocks(plain_run))
            plain_run.clear()

    for paragraph in body.iter(f"{W}p"):
        text = _text(paragraph)
        if not text:
            continue
        props = paragraph.find(f"{W}pPr")
        style_id = ""
        num_id, ilvl = "", "0"
        outline = None
        if props is not None:
            style = props.find(f"{W}pStyle")
            style_id = style.get(f"{W}val", "") if style is not None else ""
            num = props.find(f"{W}numPr")
            if num is not None:
                nid, lvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
                num_id = nid.get(f"{W}val", "") if nid is not None else ""
                ilvl = lvl.get(f"{W}val", "0") if lvl is not None else "0"
            level_node = props.find(f"{W}outlineLvl")
            outline = _number(level_node, 9, 0, 9) if level_node is not None else None
        style_name, style_num, style_lvl = styles.get(style_id, (style_id.lower(), "", "0"))
        if not num_id and style_num:
            num_id, ilvl = style_num, style_lvl
        heading = re.match(r"heading\s*(\d)", style_name) or re.match(r"heading(\d)", style_id.lower())
        level = int(heading.group(1)) if heading else (1 if style_name in ("title", "subtitle") else None)
        if level is None and outline is not None and outline < 9:
            level = outline + 1
        list_level = int(ilvl) if ilvl.isdigit() and int(ilvl) <= MAX_LIST_LEVEL else 0
        marker = numbering.marker(num_id, list_level) if num_id else ""
        if level is not None:
            flush_plain()
            blocks.append(Block(HEADING, text, marker, level))
        elif marker:
            flush_plain()
            if (
                is_heading_text(text)
                and not text.endswith(":")
                and marker[:1].isdigit()
                and list_level == 0
                and len(text.split()) <= 12
            ):
                blocks.append(Block(HEADING, text, marker, 2))
            else:
                blocks.append(Block(LIST_ITEM, text, marker, list_level))
        else:
            plain_run.append(text)
    flush_plain()
    notes = _notes(_xml(parts, "word/footnotes.xml", name), "footnote")
    notes += _notes(_xml(parts, "word/endnotes.xml", name), "endnote")
    return ReadResult(blocks, notes, properties=_properties(parts))
