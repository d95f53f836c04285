"""Text for the PDF writer as reportlab paragraph markup: escaped, a font for every character,
right-to-left text shaped and ordered, characters no font can draw shown by name and reported."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from app.core.export.scripts import (
    ARABIC,
    BIDI_CONTROLS,
    CJK,
    HEBREW_SCRIPT,
    LATIN,
    RTL_SCRIPTS,
    base_direction,
    has_rtl,
    runs,
    script_of,
    shape_arabic,
    visual,
    wrap_logical,
)

# XML-invalid characters, and C1 controls that print as boxes.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Joiners and variation selectors: they change how an emoji sequence looks and draw nothing alone.
_INVISIBLE = re.compile("[\u200d\ufe0e\ufe0f\U000e0020-\U000e007f\U0001f3fb-\U0001f3ff]")
_PLAIN = re.compile(r"[\x20-\x7e\n]*")
CHUNK = 3000  # long paragraphs are set as several flowables (splitting one is quadratic)


@dataclass(slots=True)
class FontSet:
    """Font names registered with reportlab and what each can draw.

    `chains` lists, per script, the fonts to try in order (the script's own font,
    then the fallbacks); `blocks` names the font of a Unicode block (first, start, end) tried
    before them (Devanagari, Thai, Ethiopic …); `covers(font, ch)` says whether a font has a glyph."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    chains: dict[str, tuple[str, ...]]
    fallbacks: tuple[str, ...]
    covers: Callable[[str, str], bool]
    blocks: tuple[tuple[int, int, str], ...] = ()
    bold_of: dict[str, str] = field(default_factory=dict)  # regular face -> its bold face
    missing: dict[str, str] = field(default_factory=dict)  # character -> the name shown instead
    _cache: dict[tuple[str, bool], str | None] = field(default_factory=dict)

    def latin(self, bold: bool = False, italic: bool = False) -> str:
        if italic:
            return self.bold_italic if bold else self.italic
        return self.bold if bold else self.regular

    def font_for(self, ch: str, bold: bool = False) -> str | None:
        """The first font that draws `ch` (None: no font can); the bold face where there is one."""
        key = (ch, bold)
        if key not in self._cache:
            script = script_of(ch) or LATIN
            chain = (
                (self.regular, *self.chains.get(LATIN, ()))
                if script == LATIN
                else self.chains.get(script, ())
            )
            code = ord(ch) if ch else -1
            own = tuple(font for first, last, font in self.blocks if first <= code <= last)
            found = next((f for f in (*own, *chain, *self.fallbacks) if self.covers(f, ch)), None)
            if found is not None and bold:
                heavy = self.bold_of.get(found)
                found = heavy if heavy and self.covers(heavy, ch) else found
            self._cache[key] = found
        return self._cache[key]


def safe(text: str) -> str:
    """Text without what cannot be drawn or parsed; tabs become spaces."""
    return _INVALID.sub("", text).replace("\t", " ")


def attr(text: str) -> str:
    return escape(safe(text), {'"': "&quot;"})


def _stand_in(ch: str, fonts: FontSet) -> str:
    """A character no font draws: its compatibility form if that is drawable, else its name."""
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and all(fonts.font_for(c) for c in folded):
        return folded
    name = fonts.missing.get(ch)
    if name is None:
        name = f"[{unicodedata.name(ch, f'U+{ord(ch):04X}').title()}]"
        fonts.missing[ch] = name
    return name


def _font_runs(visual_text: str, fonts: FontSet, bold: bool, italic: bool = False) -> str:
    """Markup switching fonts character by character; text in the base font is left unwrapped."""
    if _PLAIN.fullmatch(visual_text):
        return escape(visual_text).replace("\n", "<br/>")
    base = fonts.latin(bold, italic)
    out: list[str] = []
    current, start = base, 0
    pieces: list[tuple[str, str]] = []
    text = _INVISIBLE.sub("", visual_text)
    for index, ch in enumerate(text):
        if ch == "\n" or ch == " ":
            continue
        font = fonts.font_for(ch, bold) if ord(ch) > 0x7E else base
        if font == fonts.latin(bold):
            font = base
        if font is None:
            pieces.append((current, text[start:index]))
            pieces.append((base, _stand_in(ch, fonts)))
            current, start = base, index + 1
            continue
        if font != current:
            pieces.append((current, text[start:index]))
            current, start = font, index
    pieces.append((current, text[start:]))
    for font, chunk in pieces:
        if not chunk:
            continue
        chunk = escape(chunk).replace("\n", "<br/>")
        out.append(chunk if font == base else f'<font face="{font}">{chunk}</font>')
    return "".join(out)


def markup(text: str, fonts: FontSet, bold: bool = False, italic: bool = False) -> str:
    """Inline markup for left-to-right text; right-to-left runs inside it are shaped and reordered."""
    text = safe(text)
    if _PLAIN.fullmatch(text):
        return escape(text).replace("\n", "<br/>")
    if not has_rtl(text):
        return _font_runs(BIDI_CONTROLS.sub("", text), fonts, bold, italic)
    parts = []
    for script, chunk in runs(text):
        if script in RTL_SCRIPTS:
            # spaces and punctuation after a right-to-left phrase belong to the text around it
            end = len(chunk)
            while end and script_of(chunk[end - 1]) is None and not chunk[end - 1].isdigit():
                end -= 1
            parts.append(visual(chunk[:end], "rtl") + BIDI_CONTROLS.sub("", chunk[end:]))
        else:
            parts.append(BIDI_CONTROLS.sub("", chunk))
    return _font_runs("".join(parts), fonts, bold, italic)


def is_rtl_paragraph(text: str) -> bool:
    return has_rtl(text) and base_direction(text) == "rtl"


def rtl_markup(
    text: str,
    fonts: FontSet,
    width: float,
    size: float,
    string_width: Callable[[str, str, float], float],
    bold: bool = False,
    end_mark: str = "",
    lead: str = "",
    start_mark: str = "",
) -> str:
    """A right-to-left paragraph broken into lines first, then each line reordered for display.

    `end_mark` (a note number) goes where the paragraph ends: the left of its last line;
    `start_mark` (markup) and `lead` (a label, set in bold) where it starts: the right of its
    first line. Text that is left-to-right at heart (an English citation or heading in an
    Arabic brief) is set at the right but ordered left to right, as its own words run."""
    # bidi marks stay until each line is ordered: they keep a date's parts in order
    text = safe(text)
    lead = BIDI_CONTROLS.sub("", safe(lead))
    direction = base_direction(text)

    def measure(line: str) -> float:
        line = BIDI_CONTROLS.sub("", line)
        total = 0.0
        for script, chunk in runs(line):
            shaped = shape_arabic(chunk) if script == ARABIC else chunk
            font = fonts.chains[script][0] if script in (ARABIC, HEBREW_SCRIPT, CJK) else fonts.latin(bold)
            total += string_width(shaped, font, size)
        return total

    def shown(line: str) -> str:
        return _font_runs(visual(line, direction), fonts, bold)

    logical = f"{lead} {text}" if lead else text
    # the label is set in bold: the first line gives up what bold adds to it
    bolder = 0.0
    if lead:
        bolder = string_width(lead, fonts.latin(True), size) - string_width(lead, fonts.latin(), size)
    room = width - (10 if end_mark else 0) - (10 if start_mark else 0) - max(bolder, 0) - 2
    lines = wrap_logical(logical, room, measure)
    out = [shown(line) for line in lines]
    if lead and lines[0].startswith(lead):
        rest = lines[0][len(lead) :].lstrip(" ")
        label = f"<b>{_font_runs(visual(lead, base_direction(lead)), fonts, True)}</b>"
        # the label opens the line where the text's own direction starts it
        if direction == "rtl":
            out[0] = (shown(rest) + " " if rest else "") + label
        else:
            out[0] = label + (" " + shown(rest) if rest else "")
    out[0] += start_mark
    out[-1] = end_mark + out[-1]
    return "<br/>".join(out)


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
