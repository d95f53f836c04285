"""Printed list markers and headings: what starts a bullet, a numbered or lettered paragraph."""

from __future__ import annotations

import re

# Bullet glyphs as extraction tools print them, including the Symbol-font
# private-use code points Word bullets come out as.
_BULLET = re.compile(r"^([•▪●◦■□▫‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8])\s*(?=\S)|^([-–‐*o])\s+(?=\S)")
_NUMBER = re.compile(r"^(\d{1,3})([.)])\s+(?=\S)")
_PAREN_NUMBER = re.compile(r"^\((\d{1,3})\)\s+(?=\S)")
_PAREN_LETTER = re.compile(r"^\(([a-z]{1,2})\)\s+(?=\S)")
_LETTER = re.compile(r"^([a-z])([.)])\s+(?=\S)")
_PAREN_ROMAN = re.compile(r"^\(([ivxl]{1,6})\)\s+(?=\S)")
_ROMAN = re.compile(r"^([ivxl]{1,6})([.)])\s+(?=\S)")
_UPPER_LETTER = re.compile(r"^([A-Z])([.)])\s+(?=\S)")
_UPPER_ROMAN = re.compile(r"^([IVXL]{1,6})\.\s+(?=\S)")
_PIPE_NUMBER = re.compile(r"^(\d{1,2})\s*\|\s+(?=\S)")

ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(value: str) -> int:
    """ "xiv" -> 14; 0 for anything that is not a well-formed roman numeral."""
    total, previous = 0, 0
    for ch in reversed(value.lower()):
        number = ROMAN_VALUES.get(ch)
        if number is None:
            return 0
        total = total - number if number < previous else total + number
        previous = max(previous, number)
    return total


def int_to_roman(value: int) -> str:
    """14 -> "xiv" (for the small numbers lists use)."""
    out = ""
    for numeral, amount in (
        ("c", 100),
        ("xc", 90),
        ("l", 50),
        ("xl", 40),
        ("x", 10),
        ("ix", 9),
        ("v", 5),
        ("iv", 4),
        ("i", 1),
    ):
        count, value = divmod(value, amount)
        out += numeral * count
    return out


def previous_markers(value: str) -> tuple[str, ...]:
    """The markers that come just before "(e)" ("(d)") or "(iv)" ("(iii)"); "(i)" may follow
    "(h)" as a letter or open a roman list."""
    value = value.lower()
    before = []
    if len(value) == 1 and "b" <= value <= "z":
        before.append(chr(ord(value) - 1))
    number = roman_to_int(value)
    if number > 1 and int_to_roman(number) == value:
        before.append(int_to_roman(number - 1))
    return tuple(f"({v})" for v in before)


def split_marker(line: str) -> tuple[str, str, str]:
    """("marker", "style", "rest") for a line that starts with a list marker, else ("", "", line).

    Styles: bullet, number, pnumber ("(1)"), pletter ("(a)"), letter ("a)" "a."),
    proman ("(iv)"), roman ("iv."), upper ("A."), uroman ("IV."), pipe ("1 |").
    """
    match = _BULLET.match(line)
    if match:
        glyph = match.group(1) or match.group(2)
        rest = line[match.end() :]
        if glyph == "*" and rest.startswith("*"):
            return "", "", line
        return glyph, "bullet", rest
    for pattern, style in (
        (_PIPE_NUMBER, "pipe"),
        (_NUMBER, "number"),
        (_PAREN_NUMBER, "pnumber"),
        (_PAREN_ROMAN, "proman"),
        (_PAREN_LETTER, "pletter"),
        (_ROMAN, "roman"),
        (_LETTER, "letter"),
        (_UPPER_ROMAN, "uroman"),
        (_UPPER_LETTER, "upper"),
    ):
        match = pattern.match(line)
        if match:
            marker = line[: match.end()].rstrip()
            if style == "number" and _looks_like_decimal(line):
                return "", "", line
            return marker, style, line[match.end() :]
    return "", "", line


def _looks_like_decimal(line: str) -> bool:
    """ "3. 5 million" is not a numbered paragraph; "2.5 million" never matches anyway."""
    return bool(re.match(r"^\d{1,3}\.\s+\d", line))


def marker_value(marker: str, style: str) -> str:
    """The printed number or letter without punctuation: "(a)" -> "a", "3." -> "3", "•" -> ""."""
    if style == "bullet":
        return ""
    return marker.strip("().| ").strip()


def is_heading_text(text: str, max_chars: int = 160) -> bool:
    """A short line without closing punctuation, or all in capitals: a title or heading."""
    stripped = text.strip()
    if not stripped or len(stripped) > max_chars:
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) >= 3 and all(not ch.islower() for ch in letters):
        return True
    if stripped[-1] in ".;:,!?" or stripped.endswith((".”", ".'", '."', ".)")):
        return False
    words = stripped.split()
    return 1 <= len(words) <= 18 and (stripped[0].isupper() or stripped[0].isdigit())


def is_all_caps(text: str) -> bool:
    """At least three letters and none in lower case (the case test first: it is the fast one)."""
    return text.upper() == text and sum(1 for ch in text if ch.isalpha()) >= 3
