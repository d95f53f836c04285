"""reportlab's names, imported here only: the rest of the PDF writer takes them from this module
(one place names the third-party library, and says which parts of it the writer uses)."""

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

__all__ = [
    "A4",
    "LETTER",
    "TA_RIGHT",
    "BaseDocTemplate",
    "Canvas",
    "Flowable",
    "Frame",
    "Image",
    "KeepTogether",
    "NextPageTemplate",
    "PageBreak",
    "PageTemplate",
    "ParagraphStyle",
    "RLParagraph",
    "Spacer",
    "TTFont",
    "Table",
    "TableStyle",
    "colors",
    "mm",
    "pdfmetrics",
]
