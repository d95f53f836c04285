"""Builds resources/fonts/Unifont-Fallback.ttf: GNU Unifont's Basic Multilingual Plane glyphs that
no other bundled font draws, converted from CFF to TrueType outlines (reportlab embeds only those).

    apt-get download fonts-unifont && dpkg -x fonts-unifont_*.deb unifont
    pip install fonttools
    python scripts/build_fallback_font.py unifont/usr/share/fonts/opentype/unifont/unifont.otf

The result is committed (the PDF writer needs it offline); this script records how it was made and
makes it again after a bundled font changes. Unifont draws in 16 x 16 pixel squares: its outlines
are straight lines only, so the conversion to quadratic curves is exact.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
OUT = FONTS / "Unifont-Fallback.ttf"
# Controls, format characters (invisible: Unifont draws them as labelled boxes), separators, private
# use and surrogates are left out; so is everything above U+FFFF (reportlab's text map for copy and
# search cannot name it, see app/core/export/pdf/fonts.py).
_SKIP = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}


def drawn_elsewhere(folder: Path, out: Path) -> set[int]:
    """Every character another bundled font has a glyph for."""
    covered: set[int] = set()
    for path in sorted(folder.iterdir()):
        if path.suffix in (".ttf", ".ttc") and path != out:
            covered |= set(TTFont(path, fontNumber=0).getBestCmap())
    return covered


def wanted(font: TTFont, covered: set[int]) -> list[int]:
    """What only Unifont draws, and the spaces (a space inside a run set in this font is drawn by it)."""
    return sorted(
        c
        for c in font.getBestCmap()
        if c <= 0xFFFF
        and (
            unicodedata.category(chr(c)) == "Zs"
            or (c not in covered and unicodedata.category(chr(c)) not in _SKIP)
        )
    )


def place_tibetan_marks(font: TTFont) -> None:
    """Unifont draws every combining mark one 16-pixel cell to the left of where it is typed, but
    its Tibetan letters are 8 pixels wide: their vowel signs and subjoined letters would land on
    the letter before. They are moved 8 pixels (32 units) to the right, over their own letter."""
    glyf, hmtx = font["glyf"], font["hmtx"]
    for code, name in font.getBestCmap().items():
        glyph = glyf[name]
        if 0x0F00 <= code <= 0x0FFF and hmtx[name][0] == 0 and glyph.numberOfContours > 0:
            glyph.recalcBounds(glyf)
            if glyph.xMin < -32:
                glyph.coordinates.translate((32, 0))
                glyph.recalcBounds(glyf)
                hmtx[name] = (0, glyph.xMin)


def to_truetype(font: TTFont) -> None:
    """CFF outlines to glyf (the fontTools otf2ttf recipe; contours reversed to TrueType's direction)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("unifont", type=Path, help="unifont.otf from the fonts-unifont package")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    font = TTFont(args.unifont, recalcTimestamp=False)  # the same bytes every time
    codes = wanted(font, drawn_elsewhere(FONTS, args.out))
    options = subset.Options()
    options.layout_features = []  # reportlab applies no OpenType layout
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    to_truetype(font)
    place_tibetan_marks(font)
    font.save(args.out)
    check = TTFont(args.out)
    print(
        f"{args.out.name}: {len(check.getBestCmap())} characters, {len(check.getGlyphOrder())} glyphs, "
        f"{args.out.stat().st_size / 1024:.0f} KiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
