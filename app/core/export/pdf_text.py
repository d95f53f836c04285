"""Text for the PDF writer as reportlab paragraph markup: escaped, per-script fonts, Arabic shaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from app.core.export.scripts import (
    ARABIC,
    BIDI_CONTROLS,
    LATIN,
    base_direction,
    has_cjk,
    has_rtl,
    runs,
    script_of,
    shape_arabic,
    visual,
    wrap_logical,
)

# XML-invalid characters, and C1 controls that print as boxes.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
CHUNK = 3000   # long paragraphs are set as several flowables (splitting one is quadratic)


@dataclass(frozen=True, slots=True)
class FontSet:
    """Font names registered with reportlab, per script, regular and bold."""

    latin: str
    latin_bold: str
    arabic: str
    arabic_bold: str
    cjk: str

    def for_script(self, script: str, bold: bool = False) -> str:
        if script == ARABIC:
            return self.arabic_bold if bold else self.arabic
        if script == LATIN:
            return self.latin_bold if bold else self.latin
        return self.cjk


def safe(text: str) -> str:
    """Text without what cannot be drawn or parsed; tabs become spaces."""
    return _INVALID.sub("", text).replace("\t", " ")


def attr(text: str) -> str:
    return escape(safe(text), {'"': "&quot;"})


def _font_runs(visual_text: str, fonts: FontSet, bold: bool) -> str:
    """Markup switching fonts per script; spaces, digits and punctuation use the Latin font,
    which has the widest coverage of them."""
    out = []
    current, start = LATIN, 0
    for index, ch in enumerate(visual_text):
        script = script_of(ch) or LATIN
        if script != current:
            out.append(_wrap_font(visual_text[start:index], current, fonts, bold))
            current, start = script, index
    out.append(_wrap_font(visual_text[start:], current, fonts, bold))
    return "".join(out)


def _wrap_font(chunk: str, script: str, fonts: FontSet, bold: bool) -> str:
    if not chunk:
        return ""
    chunk = escape(chunk).replace("\n", "<br/>")
    if script == LATIN:
        return chunk
    return f'<font face="{fonts.for_script(script, bold)}">{chunk}</font>'


def markup(text: str, fonts: FontSet, bold: bool = False) -> str:
    """Inline markup for left-to-right text; right-to-left runs inside it are shaped and reordered."""
    text = safe(text)
    if not has_rtl(text) and not has_cjk(text):
        return escape(BIDI_CONTROLS.sub("", text)).replace("\n", "<br/>")
    if not has_rtl(text):
        return _font_runs(BIDI_CONTROLS.sub("", text), fonts, bold)
    parts = []
    for script, chunk in runs(text):
        if script == ARABIC:
            # spaces and punctuation after an Arabic phrase belong to the left-to-right text around it
            end = len(chunk)
            while end and script_of(chunk[end - 1]) is None and not chunk[end - 1].isdigit():
                end -= 1
            parts.append(visual(chunk[:end], "rtl") + BIDI_CONTROLS.sub("", chunk[end:]))
        else:
            parts.append(BIDI_CONTROLS.sub("", chunk))
    return _font_runs("".join(parts), fonts, bold)


def is_rtl_paragraph(text: str) -> bool:
    return has_rtl(text) and base_direction(text) == "rtl"


def rtl_markup(text: str, fonts: FontSet, width: float, size: float,
               string_width: Callable[[str, str, float], float], bold: bool = False,
               end_mark: str = "") -> str:
    """A right-to-left paragraph broken into lines first, then each line reordered for display.

    `end_mark` (a note number) goes where the paragraph ends: the left of its last line."""
    text = BIDI_CONTROLS.sub("", safe(text))

    def measure(line: str) -> float:
        total = 0.0
        for script, chunk in runs(line):
            shaped = shape_arabic(chunk) if script == ARABIC else chunk
            total += string_width(shaped, fonts.for_script(script, bold), size)
        return total

    lines = wrap_logical(text, width - (10 if end_mark else 0), measure)
    shown = [_font_runs(visual(line, "rtl"), fonts, bold) for line in lines]
    shown[-1] = end_mark + shown[-1]
    return "<br/>".join(shown)


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Cut a very long paragraph at spaces into pieces of about `size` characters."""
    if len(text) <= size:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start + size // 2, end)
            end = space + 1 if space > 0 else end
        pieces.append(text[start:end])
        start = end
    return pieces
