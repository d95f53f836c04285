"""python-docx's names (and lxml's, which it is built on), imported here only: the rest of the Word
writer takes them from this module."""

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

Document = docx.Document

__all__ = [
    "CT",
    "RT",
    "WD_LINE_SPACING",
    "WD_STYLE_TYPE",
    "WD_TAB_ALIGNMENT",
    "WD_TAB_LEADER",
    "Document",
    "Mm",
    "PackURI",
    "Part",
    "Pt",
    "RGBColor",
    "XmlPart",
    "etree",
    "parse_xml",
]
