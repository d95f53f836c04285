"""The PDF's fonts: the bundled TrueType files registered once, a FontSet for each template family."""

from __future__ import annotations

import threading
from functools import lru_cache

from app import paths
from app.core.errors import BriefpackError
from app.core.export.pdf.markup import FontSet
from app.core.export.pdf.rl import TA_RIGHT, ParagraphStyle, TTFont, pdfmetrics
from app.core.export.scripts import ARABIC, CJK, HEBREW_SCRIPT, LATIN

# name -> file (face 0 of a collection); Noto for the text, the rest for what Noto Sans and Serif lack
_FONT_FILES = {
    "BP-Sans": "NotoSans-Regular.ttf",
    "BP-Sans-Bold": "NotoSans-Bold.ttf",
    "BP-Sans-Italic": "NotoSans-Italic.ttf",
    "BP-Sans-BoldItalic": "NotoSans-BoldItalic.ttf",
    "BP-Serif": "NotoSerif-Regular.ttf",
    "BP-Serif-Bold": "NotoSerif-Bold.ttf",
    "BP-Serif-Italic": "NotoSerif-Italic.ttf",
    "BP-Serif-BoldItalic": "NotoSerif-BoldItalic.ttf",
    "BP-Naskh": "NotoNaskhArabic-Regular.ttf",
    "BP-Naskh-Bold": "NotoNaskhArabic-Bold.ttf",
    "BP-Hebrew": "NotoSansHebrew-Regular.ttf",
    "BP-Hebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "BP-Syriac": "NotoSansSyriac-Regular.ttf",
    "BP-Thaana": "NotoSansThaana-Regular.ttf",
    "BP-CJK": "wqy-microhei.ttc",
    "BP-DejaVu": "DejaVuSans.ttf",
    "BP-DejaVu-Bold": "DejaVuSans-Bold.ttf",
    "BP-Symbols": "NotoSansSymbols2-Regular.ttf",
    # the rest of the Basic Multilingual Plane: GNU Unifont, what no font above draws (resources/fonts)
    "BP-Unifont": "Unifont-Fallback.ttf",
}
# Scripts with a Noto font of their own: (font name, file, Unicode blocks it is chosen for)
_SCRIPT_FONTS = (
    ("Armenian", ((0x0530, 0x058F), (0xFB13, 0xFB17))),
    ("Devanagari", ((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF))),
    ("Bengali", ((0x0980, 0x09FF),)),
    ("Gurmukhi", ((0x0A00, 0x0A7F),)),
    ("Gujarati", ((0x0A80, 0x0AFF),)),
    ("Oriya", ((0x0B00, 0x0B7F),)),
    ("Tamil", ((0x0B80, 0x0BFF),)),
    ("Telugu", ((0x0C00, 0x0C7F),)),
    ("Kannada", ((0x0C80, 0x0CFF),)),
    ("Malayalam", ((0x0D00, 0x0D7F),)),
    ("Sinhala", ((0x0D80, 0x0DFF),)),
    ("Thai", ((0x0E00, 0x0E7F),)),
    ("Lao", ((0x0E80, 0x0EFF),)),
    ("Myanmar", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    ("Georgian", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    ("Ethiopic", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    ("Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
)
_FONT_FILES.update({f"BP-{script}": f"NotoSans{script}-Regular.ttf" for script, _ in _SCRIPT_FONTS})
_BLOCKS = tuple((first, last, f"BP-{script}") for script, blocks in _SCRIPT_FONTS for first, last in blocks)
# One PDF is laid out at a time: the export dialog measures pages in one worker while an export
# may run in another, and reportlab's font and layout state is shared by the whole process.
RENDER_LOCK = threading.RLock()
_BOLD = {"BP-Naskh": "BP-Naskh-Bold", "BP-Hebrew": "BP-Hebrew-Bold", "BP-DejaVu": "BP-DejaVu-Bold"}


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the bundled TrueType fonts once per process; what each font covers."""
    folder = paths.resources_dir() / "fonts"
    coverage: dict[str, frozenset[int]] = {}
    with RENDER_LOCK:
        _register(folder, coverage)
    return coverage


def _register(folder, coverage: dict[str, frozenset[int]]) -> None:
    try:
        for name, file_name in _FONT_FILES.items():
            extra = {"subfontIndex": 0} if file_name.endswith(".ttc") else {}
            font = TTFont(name, str(folder / file_name), **extra)
            pdfmetrics.registerFont(font)
            # reportlab's text map for copy and search cannot name a character above U+FFFF (it
            # would extract as something else): those are printed by name or plain form instead
            coverage[name] = frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)
    except Exception as exc:  # reportlab raises TTFError and others for a broken font
        raise BriefpackError(
            "A font Briefpack needs for PDF is missing or damaged.",
            detail=str(exc),
            hint="Reinstall Briefpack.",
        ) from exc
    for family in ("BP-Sans", "BP-Serif"):
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}-Bold",
            italic=f"{family}-Italic",
            boldItalic=f"{family}-BoldItalic",
        )
    for regular, bold in _BOLD.items():
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    pdfmetrics.registerFontFamily(
        "BP-CJK", normal="BP-CJK", bold="BP-CJK", italic="BP-CJK", boldItalic="BP-CJK"
    )


def font_set(family: str) -> FontSet:
    coverage = register_fonts()
    base = "BP-Serif" if family == "serif" else "BP-Sans"

    def covers(font: str, ch: str) -> bool:
        table = coverage.get(font)
        return table is not None and (not ch or ord(ch) in table)

    rtl = ("BP-Naskh", "BP-Syriac", "BP-Thaana")
    return FontSet(
        base,
        f"{base}-Bold",
        f"{base}-Italic",
        f"{base}-BoldItalic",
        chains={LATIN: (), ARABIC: rtl, HEBREW_SCRIPT: ("BP-Hebrew",), CJK: ("BP-CJK",)},
        fallbacks=(
            "BP-DejaVu",
            "BP-Symbols",
            "BP-CJK",
            "BP-Hebrew",
            *rtl,
            *(f"BP-{script}" for script, _ in _SCRIPT_FONTS),
            "BP-Unifont",
        ),
        covers=covers,
        blocks=_BLOCKS,
        bold_of={**_BOLD, base: f"{base}-Bold"},
    )


def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """The style for a right-to-left page: its indents on the other side (a hanging indent, which
    reportlab can only hang at the left, becomes a plain one)."""
    if style.name.endswith("-mirrored"):
        return style
    return ParagraphStyle(
        f"{style.name}-mirrored",
        parent=style,
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
        firstLineIndent=0,
        alignment=TA_RIGHT,
    )


def descent(font_name: str) -> float:
    """How far below the baseline the font's glyphs reach, as a fraction of its size."""
    return -pdfmetrics.getFont(font_name).face.descent / 1000
