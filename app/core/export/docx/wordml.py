"""WordprocessingML fragments as text (paragraphs, runs, notes, fields), built from plain data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from app.core.export.scripts import CJK, HEBREW_SCRIPT, RTL_SCRIPTS, base_direction, has_cjk, has_rtl, runs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_TAG = f"{{{W}}}"  # the namespace as ElementTree writes it in a tag: f"{W_TAG}p"
# relationship types python-docx has no names for
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'

# Characters XML 1.0 cannot hold at all; text is cleaned where it enters, this is the last guard.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return escape(_XML_INVALID.sub("", text))


def run(text: str, rpr: str = "", lang: str = "") -> str:
    """One or more runs for `text`: line breaks and tabs become Word's, scripts get their fonts and
    language tags (`lang`: the text's own language when it differs from the document's)."""
    if not text:
        return ""
    if not (has_rtl(text) or has_cjk(text)):
        return _run(text, _merge_rpr(rpr, f'<w:lang w:val="{lang}"/>') if lang else rpr)
    out = []
    for script, chunk in runs(text):
        extra = ""
        if script in RTL_SCRIPTS:
            tag = "he-IL" if script == HEBREW_SCRIPT else "ar-SA"
            extra = f'<w:rtl/><w:lang w:bidi="{tag}"/>'
        elif script == CJK:
            extra = '<w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/>'
        elif lang:
            extra = f'<w:lang w:val="{lang}"/>'
        out.append(_run(chunk, _merge_rpr(rpr, extra)))
    return "".join(out)


def _merge_rpr(rpr: str, extra: str) -> str:
    if not extra:
        return rpr
    inner = rpr.removeprefix("<w:rPr>").removesuffix("</w:rPr>")
    # rFonts and rStyle must come first in rPr; rtl and lang near the end
    if extra.startswith("<w:rFonts"):
        font, rest = extra.split("/>", 1)
        if inner.startswith("<w:rStyle"):
            style, after = inner.split("/>", 1)
            return f"<w:rPr>{style}/>{font}/>{after}{rest}</w:rPr>"
        return f"<w:rPr>{font}/>{inner}{rest}</w:rPr>"
    return f"<w:rPr>{inner}{extra}</w:rPr>"


def _run(text: str, rpr: str) -> str:
    parts = []
    for n, line in enumerate(text.split("\n")):
        if n:
            parts.append("<w:br/>")
        for m, piece in enumerate(line.split("\t")):
            if m:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{xml_text(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def rpr(
    style_id: str = "", bold: bool = False, colour: str = "", size_pt: float = 0, italic: bool = False
) -> str:
    inner = f'<w:rStyle w:val="{style_id}"/>' if style_id else ""
    inner += "<w:b/>" if bold else ""
    # italic for Latin text only: right-to-left scripts have no italics (iCs off)
    inner += '<w:i/><w:iCs w:val="0"/>' if italic else ""
    inner += f'<w:color w:val="{colour.lstrip("#")}"/>' if colour else ""
    inner += f'<w:sz w:val="{round(size_pt * 2)}"/>' if size_pt else ""
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def paragraph(
    style_id: str,
    content: str,
    text_for_direction: str = "",
    keep_next: bool = False,
    page_break_before: bool = False,
    align: str = "",
    rtl: bool = False,
) -> str:
    """A paragraph in a style; right-to-left when its text starts with a right-to-left letter, or
    when `rtl` says so (the brief's own text in a right-to-left brief)."""
    ppr = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    ppr += "<w:keepNext/>" if keep_next else ""
    ppr += "<w:pageBreakBefore/>" if page_break_before else ""
    if rtl or (text_for_direction and is_rtl_text(text_for_direction)):
        ppr += "<w:bidi/>"
    ppr += f'<w:jc w:val="{align}"/>' if align else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


def is_rtl_text(text: str) -> bool:
    return has_rtl(text) and base_direction(text) == "rtl"


def ltr_embedding(text: str) -> tuple[str, str]:
    """The marks that keep left-to-right text (an English citation in an Arabic brief's notes) in
    its own order inside a right-to-left paragraph: a left-to-right embedding around it, so a
    right-to-left date inside stays in place and the closing full stop at its end."""
    return ("\u202a", "\u202c") if text and base_direction(text) == "ltr" else ("", "")


def bookmark(content: str, name: str, bookmark_id: int) -> str:
    return (
        f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{name}"/>{content}'
        f'<w:bookmarkEnd w:id="{bookmark_id}"/>'
    )


def note_reference(kind: str, number: int, style_id: str) -> str:
    """The superscript mark in the text pointing to footnote/endnote `number`."""
    return f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr><w:{kind}Reference w:id="{number}"/></w:r>'


def hyperlink(rel_id: str, text: str, style_id: str) -> str:
    return f'<w:hyperlink r:id="{rel_id}" w:history="1">{run(text, rpr(style_id))}</w:hyperlink>'


def field(instruction: str, shown: str, run_props: str = "") -> str:
    """A complex field (PAGE, NUMPAGES, PAGEREF, TOC) with its last result shown."""
    return (
        f'<w:r>{run_props}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{run_props}<w:instrText xml:space="preserve"> {xml_text(instruction)} </w:instrText></w:r>'
        f'<w:r>{run_props}<w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run(shown, run_props)}<w:r>{run_props}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def toc(
    entries: Iterable[tuple[int, str, str, str]], styles: dict[str, str], levels: int, rtl: bool = False
) -> str:
    """A TOC field marked for update whose stored result lists the headings with PAGEREF fields;
    each carries the page number from the laid-out PDF, so a reader that does not update fields
    (LibreOffice) still shows them."""
    bidi = "<w:bidi/>" if rtl else ""
    out = [
        f'<w:p><w:pPr><w:pStyle w:val="{styles["TOC 1"]}"/>{bidi}</w:pPr>'
        f'<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{levels}" \\h \\z \\u </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>'
    ]
    for level, text, anchor, page in entries:
        style = styles[f"TOC {min(level, 2)}"]
        instruction = "PAGEREF " + anchor + " \\h"
        out.append(
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{bidi}</w:pPr>'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">{run(text)}<w:r><w:tab/></w:r>'
            f"{field(instruction, page)}</w:hyperlink></w:p>"
        )
    out.append(f'<w:p><w:pPr>{bidi}</w:pPr><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return "".join(out)


def notes_part(
    kind: str, notes: Iterable[tuple[int, str]], text_style: str, ref_style: str, rtl: bool = False
) -> bytes:
    """footnotes.xml or endnotes.xml: the two separators Word requires, then one note per number.

    Each note's content is ready-made run XML (text and any hyperlinks); `rtl` sets the notes
    right to left, their numbers at the right (a right-to-left brief)."""
    tag = kind  # "footnote" | "endnote"
    bidi = "<w:bidi/>" if rtl else ""
    out = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s {NS}>',
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>',
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>',
    ]
    for number, content in notes:
        out.append(
            f'<w:{tag} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{text_style}"/>{bidi}</w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{ref_style}"/></w:rPr><w:{tag}Ref/></w:r>'
            # a tab to the hanging indent: a wrapped note's lines start under its first word
            f"<w:r><w:tab/></w:r>{content}</w:p></w:{tag}>"
        )
    out.append(f"</w:{tag}s>")
    return "".join(out).encode("utf-8")


def body(fragments: Iterable[str]) -> str:
    """Paragraph fragments wrapped so they parse as one element (their parent is dropped)."""
    return f"<w:body {NS}>{''.join(fragments)}</w:body>"


def app_properties(pages: int) -> bytes:
    """docProps/app.xml: who made the file and, when the PDF was laid out, how many pages it has."""
    pages_xml = f"<Pages>{pages}</Pages>" if pages else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>Briefpack</Application>{pages_xml}<DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def cut_at_word(text: str, limit: int = 255) -> str:
    """At most `limit` characters, cut after a whole keyword (Word's property limit)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(", ")] if ", " in cut else cut.rsplit(" ", 1)[0]
