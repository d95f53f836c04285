"""Paragraph texts to typed blocks: headings, list items with their markers and depth."""

from __future__ import annotations

import re

from app.core.importing.draft import HEADING, LIST_ITEM, PARAGRAPH, Block
from app.core.importing.markers import is_all_caps, is_heading_text, split_marker

_BRACKET_NOTE = re.compile(r"^\[([IVXLCivxlc]{1,7}|\d{1,3})\]\s+(?=\S)")
_LONE_MARKER = re.compile(r"^(?:\d{1,3}\.|\(\d{1,3}\)|\([a-z]{1,2}\)|[a-z]\)|\([ivxl]{1,6}\))$")
# Spans are bounded (no emphasis or link text runs for pages): unbounded, each opening marker
# scanned to the end of the line, and a line of 800,000 "[" took minutes.
_BOLD = re.compile(r"\*\*(?=\S)(.{1,300}?)(?<=\S)\*\*|__(?=\S)(.{1,300}?)(?<=\S)__")
_ITALIC = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"
)
_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\((?:[^()\s]{0,1000})(?:\s+\"[^\"\n]{0,500}\")?\)")
_CODE = re.compile(r"`([^`\n]{1,500})`")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,40}(?:\s[^<>]{0,500})?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_RULE = re.compile(r"^\s*[_*\-—]{3,}\s*$")
_MD_SIGNAL = re.compile(r"\*\*\S|\]\((?:#|https?://)|\^\[|^#{1,6}\s|\[\^", re.M)


def looks_like_markdown(text: str) -> bool:
    """Several Markdown constructs: emphasis, links, footnote markers, ATX headings."""
    return len(_MD_SIGNAL.findall(text)) >= 3


def strip_inline_markup(text: str) -> str:
    """Markdown emphasis, links, code spans and HTML tags reduced to their words."""
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ITALIC.sub(lambda m: m.group(1) or m.group(2), text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.replace("**", "")


def strip_emphasis(text: str) -> str:
    """Balanced *emphasis* and **strong** markers around words, as some extractions print them
    (a rule of underscores or asterisks stays as it is)."""
    if _RULE.match(text):
        return text
    return _ITALIC.sub(
        lambda m: m.group(1) or m.group(2), _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    )


_STYLE_HEADING_LEVEL = {"pipe": 1, "uroman": 1, "number": 2, "upper": 2, "letter": 3}


_ROMAN_TO_LETTER = {"proman": "pletter", "roman": "letter"}


def _letter_not_roman(marker: str, style: str, blocks: list[Block], styles: list[str]) -> str:
    """ "(i)" after "(h)", "(v)" after "(u)", "(x)" after "(w)", "(l)" after "(k)" go on a
    lettered list rather than open a roman one (unless "(h)" leads into sub-items with a colon)."""
    letter_style = _ROMAN_TO_LETTER.get(style)
    value = marker.strip("().").lower()
    if not letter_style or len(value) != 1 or letter_style not in styles:
        return style
    previous = next((b for b in reversed(blocks) if b.kind == LIST_ITEM), None)
    if previous is None or previous.text.rstrip().endswith(":"):
        return style
    last = previous.marker.strip("().").lower()
    return letter_style if len(last) == 1 and ord(last) == ord(value) - 1 else style


def paragraphs_to_blocks(paragraphs: list[str], page: int = 0) -> list[Block]:
    """Type each paragraph: heading, list item (marker, depth) or plain paragraph."""
    blocks: list[Block] = []
    styles: list[str] = []  # the list styles open, outermost first
    pending = ""
    for raw in paragraphs:
        text = " ".join(raw.split(" ")).strip()
        if not text:
            continue
        if all(ch in "•▪●◦■□▫‣⁃∙·-–*o\uf0b7\uf0a7 " for ch in text):
            continue
        if _LONE_MARKER.match(text):
            pending = text
            continue
        if pending:
            text, pending = f"{pending} {text}", ""
        note = _BRACKET_NOTE.match(text)
        if note:
            blocks.append(Block(LIST_ITEM, text[note.end() :].strip(), f"[{note.group(1)}]", 0, page))
            continue
        marker, style, rest = split_marker(text)
        style = _letter_not_roman(marker, style, blocks, styles)
        rest = rest.strip()
        if marker and rest:
            heading_like = (
                is_heading_text(rest)
                or (style == "letter" and len(rest.split()) <= 12 and not rest.endswith(tuple(".;:,")))
            ) and not rest.endswith(":")
            if style == "pipe" or (
                style in ("uroman", "number", "upper", "letter")
                and heading_like
                and style != "bullet"
                and len(rest) <= 150
            ):
                blocks.append(Block(HEADING, rest, marker, _STYLE_HEADING_LEVEL.get(style, 2), page))
                styles = []
                continue
            if style in styles:
                styles = styles[: styles.index(style) + 1]
            else:
                styles.append(style)
            blocks.append(Block(LIST_ITEM, rest, marker, len(styles) - 1, page))
            continue
        if is_all_caps(text) and len(text) <= 160 and not text.endswith((".", ";")):
            blocks.append(Block(HEADING, text, "", 1, page))
            styles = []
            continue
        if is_heading_text(text, 120) and len(text.split()) <= 15:
            blocks.append(Block(HEADING, text, "", 2, page))
            styles = []
            continue
        blocks.append(Block(PARAGRAPH, text, "", 0, page))
        styles = []
    return blocks
