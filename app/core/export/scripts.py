"""Writing systems in a text: runs per script (font fallback), direction, Arabic shaping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

LATIN, ARABIC, HEBREW_SCRIPT, CJK = "latin", "arabic", "hebrew", "cjk"
RTL_SCRIPTS = (ARABIC, HEBREW_SCRIPT)  # Syriac, Thaana and N'Ko count as ARABIC (ordered alike)

# Bidi embedding and isolate controls: invisible, without a glyph in any font.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
_CJK_CHARS = re.compile(
    "[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003ffff]"
)


def script_of(ch: str) -> str | None:
    """The script of a letter (Cyrillic and Greek count as LATIN); None for a neutral character."""
    if _RTL_CHARS.match(ch):
        return HEBREW_SCRIPT if HEBREW.match(ch) else ARABIC
    if _CJK_CHARS.match(ch):
        return CJK
    if ch.isalpha():
        return LATIN
    return None


def has_rtl(text: str) -> bool:
    return _RTL_CHARS.search(text) is not None


def has_cjk(text: str) -> bool:
    return _CJK_CHARS.search(text) is not None


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, chunk) runs; spaces, digits and punctuation join the run they are in."""
    if not has_rtl(text) and not has_cjk(text):
        return [(LATIN, text)] if text else []
    result: list[tuple[str, str]] = []
    current = LATIN
    start = 0
    for index, ch in enumerate(text):
        script = script_of(ch)
        if script is None:
            continue
        if script != current:
            if index > start:
                # neutrals between two scripts stay with the run before them
                result.append((current, text[start:index]))
            start = index
            current = script
    if start < len(text):
        result.append((current, text[start:]))
    return result


def base_direction(text: str) -> str:
    """ "rtl" when the first strong character is right-to-left (the Unicode paragraph rule), else "ltr"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


@lru_cache(maxsize=1)
def _shaper():
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def shape_arabic(text: str) -> str:
    """Arabic letters in their contextual forms (logical order kept)."""
    return _shaper().reshape(text)


def visual(text: str, base: str = "ltr") -> str:
    """One line in display order: Arabic shaped, bidi reordered, bidi controls consumed."""
    if not has_rtl(text):
        return BIDI_CONTROLS.sub("", text)
    from bidi import get_display

    return BIDI_CONTROLS.sub("", get_display(shape_arabic(text), base_dir="R" if base == "rtl" else "L"))


def wrap_logical(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break text into lines no wider than `width` in logical order (right-to-left paragraphs
    must be broken before reordering, or their lines come out in the wrong order)."""
    lines: list[str] = []
    for hard_line in text.split("\n"):
        words = hard_line.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and measure(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
            while measure(line) > width and len(line) > 1:  # a word longer than the line
                cut = max(1, int(len(line) * width / max(measure(line), 1.0)))
                while cut > 1 and measure(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines
