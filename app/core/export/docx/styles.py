"""The Word styles the DOCX writer uses, as data: built-in names where Word has one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """How reference.docx defines one style; sizes and colours name template roles."""

    name: str  # Word's name (built-in names in Word's own spelling)
    style_id: str
    kind: str = "paragraph"  # "paragraph" | "character"
    base: str = "Normal"
    size: str = ""  # template size role: body, title, h1 ...
    bold: bool | None = None
    italic: bool | None = None
    colour: str = ""  # template colour role: accent, muted, text
    font: str = ""  # "heading" to use the heading font
    before: float | None = None  # points, scaled by the template's spacing
    after: float | None = None
    indent_mm: float = 0.0
    hanging_mm: float = 0.0
    keep_next: bool = False
    border: str = ""  # "left" | "box" | "bottom"
    shading: str = ""  # colour role
    superscript: bool = False
    line_pt: float = 0.0  # exact line height
    align: str = ""  # "center" | "right"
    tab_right: bool = False  # a right tab at the text edge (TOC lines, footer)
    leader: str = ""  # "dots" | "lines": what fills the space up to that tab
    caps: bool = False


# The bundled typeface families (the PDF embeds the same fonts); Word and LibreOffice use them when
# installed and otherwise the fallback named in the font table.
FONT_NAMES = {"sans": "Noto Sans", "serif": "Noto Serif"}
FONT_FALLBACKS = {"sans": ("Arial", "swiss"), "serif": ("Cambria", "roman")}

# fmt: off
STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Normal", "Normal", base="", size="body", colour="text", after=4),
    StyleSpec("Title", "Title", size="title", bold=True, colour="accent", font="heading", before=0, after=4),
    StyleSpec("Subtitle", "Subtitle", size="subtitle", colour="muted", italic=False, after=8),
    StyleSpec("heading 1", "Heading1", size="h1", bold=True, colour="accent", font="heading", before=12,
              after=5, keep_next=True),
    StyleSpec("heading 2", "Heading2", size="h2", bold=True, colour="accent", font="heading", before=8,
              after=3, keep_next=True),
    StyleSpec("heading 3", "Heading3", size="body", bold=True, colour="text", font="heading", before=8,
              after=2, keep_next=True),
    # spacing as in the PDF writer, so both look and run alike
    StyleSpec("Quote", "Quote", size="quote", italic=False, colour="text", before=0, after=6, indent_mm=5,
              border="left"),
    # a paragraph of a quote that goes on: little space, so the bar runs on
    StyleSpec("Quote Continued", "QuoteContinued", size="quote", italic=False, colour="text", before=0,
              after=2.5, indent_mm=5, border="left"),
    # every other quote sits a hair further in, so Word and LibreOffice do not merge two quotes' bars
    StyleSpec("Quote Next", "QuoteNext", size="quote", italic=False, colour="text", before=0, after=6,
              indent_mm=5.05, border="left"),
    StyleSpec("Quote Next Continued", "QuoteNextContinued", size="quote", italic=False, colour="text",
              before=0, after=2.5, indent_mm=5.05, border="left"),
    StyleSpec("List Number", "ListNumber", size="key", bold=True, colour="text", before=0, after=4),
    StyleSpec("Body Text", "BodyText", size="body", after=6),
    StyleSpec("Attribution", "Attribution", size="small", colour="muted", bold=True, before=7, after=1.5,
              keep_next=True),
    StyleSpec("Lead-in", "Lead-in", size="quote", italic=True, colour="text", before=0, after=2.5,
              indent_mm=5, keep_next=True),
    StyleSpec("Item Note", "ItemNote", size="note", colour="text", before=0, after=6, indent_mm=5),
    StyleSpec("Key Fact", "KeyFact", size="body", before=0, after=5, border="box", shading="box",
              indent_mm=2),
    StyleSpec("Key Fact Note", "KeyFactNote", size="note", before=0, after=5, border="box", shading="box",
              indent_mm=2),
    StyleSpec("Cover Detail", "CoverDetail", size="subtitle", colour="text", after=2),
    StyleSpec("Marking", "Marking", size="small", bold=True, colour="accent", caps=True, after=6),
    StyleSpec("Notes Title", "NotesTitle", size="small", colour="muted", before=8, after=2, keep_next=True),
    StyleSpec("Notes Line", "NotesLine", size="body", line_pt=24, before=0, after=0, tab_right=True,
              leader="lines"),
    StyleSpec("Source Details", "SourceDetails", size="small", colour="muted", indent_mm=6, after=2),
    StyleSpec("Bibliography", "Bibliography", size="small", indent_mm=6, hanging_mm=6, after=3),
    StyleSpec("TOC Heading", "TOCHeading", base="heading 1", size="h1", bold=True, colour="accent",
              font="heading", before=0, after=8, border=""),
    StyleSpec("toc 1", "TOC1", size="body", bold=True, before=4, after=1, tab_right=True, leader="dots"),
    StyleSpec("toc 2", "TOC2", size="body", indent_mm=5, after=1, tab_right=True, leader="dots"),
    StyleSpec("footnote text", "FootnoteText", size="footnote", after=1, indent_mm=0, hanging_mm=4),
    StyleSpec("endnote text", "EndnoteText", size="footnote", after=2, indent_mm=0, hanging_mm=4),
    StyleSpec("header", "Header", size="header", colour="muted", after=0, align="right"),
    StyleSpec("footer", "Footer", size="header", colour="muted", after=0, tab_right=True),
    StyleSpec("footnote reference", "FootnoteReference", kind="character", base="", superscript=True),
    StyleSpec("endnote reference", "EndnoteReference", kind="character", base="", superscript=True),
    StyleSpec("Hyperlink", "Hyperlink", kind="character", base="", colour="accent"),
    StyleSpec("Strong", "Strong", kind="character", base="", bold=True),
    StyleSpec("Source Label", "SourceLabel", kind="character", base="", size="small", colour="muted"),
    StyleSpec("Context", "Context", kind="character", base="", colour="muted"),
)

# fmt: on

# Names Word has built in (written without w:customStyle, so Word treats them as its own).
BUILT_IN = {
    "normal",
    "title",
    "subtitle",
    "heading 1",
    "heading 2",
    "heading 3",
    "quote",
    "list number",
    "body text",
    "bibliography",
    "toc heading",
    "toc 1",
    "toc 2",
    "footnote text",
    "endnote text",
    "header",
    "footer",
    "footnote reference",
    "endnote reference",
    "hyperlink",
    "strong",
}

# What the writer looks up by role; every name must exist in each reference.docx.
ROLES = {
    "normal": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "h1": "heading 1",
    "h2": "heading 2",
    "h3": "heading 3",
    "quote": "Quote",
    "quote_cont": "Quote Continued",
    "quote_next": "Quote Next",
    "quote_next_cont": "Quote Next Continued",
    "list_number": "List Number",
    "body": "Body Text",
    "attribution": "Attribution",
    "lead_in": "Lead-in",
    "note": "Item Note",
    "fact": "Key Fact",
    "fact_note": "Key Fact Note",
    "cover": "Cover Detail",
    "marking": "Marking",
    "lines_title": "Notes Title",
    "notes_line": "Notes Line",
    "source_details": "Source Details",
    "bibliography": "Bibliography",
    "toc_heading": "TOC Heading",
    "TOC 1": "toc 1",
    "TOC 2": "toc 2",
    "footnote_text": "footnote text",
    "endnote_text": "endnote text",
    "header": "header",
    "footer": "footer",
    "footnote_ref": "footnote reference",
    "endnote_ref": "endnote reference",
    "hyperlink": "Hyperlink",
    "strong": "Strong",
    "source_label": "Source Label",
    "context": "Context",
}
