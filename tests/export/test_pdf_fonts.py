"""Every script of the Basic Multilingual Plane reaches the PDF: its own Noto font, else Unifont."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from app.core.compose import BriefSpec
from app.core.export.pdf.fonts import font_set
from tests.export.conftest import pick
from tests.export.helpers import pdf_pages, squash

SCRIPTS = {
    "Devanagari": ("बाल तस्करी की रोकथाम", "NotoSansDevanagari"),
    "Bengali": ("শিশু পাচার প্রতিরোধ", "NotoSansBengali"),
    "Tamil": ("குழந்தை கடத்தல்", "NotoSansTamil"),
    "Thai": ("การค้ามนุษย์", "NotoSansThai"),
    "Georgian": ("ადამიანით ვაჭრობა", "NotoSansGeorgian"),
    "Armenian": ("Մարդկանց թրաֆիքինգ", "NotoSansArmenian"),
    "Ethiopic": ("የሰዎች ዝውውር", "NotoSansEthiopic"),
    "Khmer": ("ការជួញដូរមនុស្ស", "NotoSansKhmer"),
    "Tibetan": ("བོད་ཡིག", "Unifont"),
    "Cherokee": ("ᏣᎳᎩ", "Unifont"),
    "Canadian syllabics": ("ᐃᓄᒃᑎᑐᑦ", "Unifont"),
    "Yi": ("ꆈꌠꁱꂷ", "Unifont"),
}


def _fonts_in(path) -> set[str]:
    """The fonts embedded (subset: "ABCDEF+Name-Regular") in a PDF, by family."""
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            name = str(font.get_object()["/BaseFont"])
            if "+" in name:
                names.add(name.split("+")[-1].removesuffix("-Regular"))
    return names


def _export(workspace, tmp_path, text: str, title: str, note: str = ""):
    workspace.edits.add_source(
        {"id": "s1", "title": "Scripts", "issuer": "X (X)", "date": "2024", "text": text},
        [
            {
                "id": "i1",
                "text": text,
                "locator": "p1",
                "themes": ["children"],
                "audiences": ["states"],
                "kind": "recommendation",
            }
        ],
    )
    spec = BriefSpec.make(title=title, entries=(("i1", note),))
    return workspace.exports.export_brief(spec, ["pdf"], tmp_path)


def test_scripts_of_the_bmp_are_drawn_in_their_font_and_come_back_as_typed(workspace, tmp_path):
    text = "\n".join(f"{name}: {words}" for name, (words, _) in SCRIPTS.items())
    files = _export(
        workspace, tmp_path, text, title="बाल तस्करी · ადამიანით · የሰዎች · བོད་ཡིག", note="नोट: ध्यान दें · ᏣᎳᎩ"
    )
    assert not files.problems, files.problems
    extracted = squash("".join(pdf_pages(files[0])))
    for name, (words, _) in SCRIPTS.items():
        assert squash(words) in extracted, name
    for words in ("बालतस्करी·ადამიანით·የሰዎች·བོད་ཡིག", "नोट:ध्यानदें·ᏣᎳᎩ"):
        assert words in extracted
    assert {font for _, font in SCRIPTS.values()} <= _fonts_in(files[0])
    if shutil.which("pdftotext"):  # poppler reads the same text map
        poppler = subprocess.run(
            ["pdftotext", str(files[0]), "-"], capture_output=True, text=True, check=True
        ).stdout
        for name, (words, _) in SCRIPTS.items():
            assert squash(words) in squash(poppler), name


def test_a_character_takes_its_script_s_noto_font_before_any_fallback():
    fonts = font_set("sans")
    assert fonts.font_for("क") == "BP-Devanagari"
    assert fonts.font_for("ა") == "BP-Georgian"  # DejaVu draws it too: Noto comes first
    assert fonts.font_for("Ա") == "BP-Armenian"
    assert fonts.font_for("ሰ") == "BP-Ethiopic"
    assert fonts.font_for("ཀ") == "BP-Unifont"
    assert fonts.font_for("a") == "BP-Sans"
    assert fonts.font_for("ש") == "BP-Hebrew"
    assert fonts.font_for("中") == "BP-CJK"


@pytest.mark.parametrize("family", ["sans", "serif"])
def test_every_visible_character_of_the_bmp_has_a_font(family):
    fonts = font_set(family)
    skip = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls and format marks draw nothing
    missing = [
        f"U+{code:04X}"
        for code in range(0x20, 0x10000)
        if unicodedata.category(chr(code)) not in skip and fonts.font_for(chr(code)) is None
    ]
    assert not missing, missing[:20]


def test_an_english_brief_embeds_only_noto_sans(workspace, tmp_path):
    spec = BriefSpec.make(
        title="Side event on child trafficking",
        key_messages=("Invest in prevention.",),
        entries=tuple((i, "") for i in pick(workspace, 8)),
    )
    path = workspace.exports.export_brief(spec, ["pdf"], tmp_path)[0]
    assert _fonts_in(path) <= {"NotoSans", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"}


def test_a_character_only_the_title_has_is_still_reported(workspace, tmp_path):
    files = _export(workspace, tmp_path, "States should act.", title="Edge 🧭")
    assert "[Compass]" in "".join(pdf_pages(files[0]))
    assert any("[Compass]" in p and "shown by name" in p for p in files.problems)
