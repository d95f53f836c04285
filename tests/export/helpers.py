"""Reading exported files back: DOCX paragraphs and notes, PDF text per page."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def norm(text: str) -> str:
    return " ".join(text.split())


def docx_xml(path: Path, part: str = "word/document.xml"):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def docx_parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def paragraphs(path: Path, part: str = "word/document.xml") -> list[tuple[str, str]]:
    """(style id, text) per paragraph; tabs as tabs, breaks as newlines."""
    out = []
    for p in docx_xml(path, part).iter(f"{{{W}}}p"):
        style = p.find("w:pPr/w:pStyle", NS)
        chunks = []
        for node in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
            if node.tag.endswith("}t"):
                chunks.append(node.text or "")
            elif node.tag.endswith("}tab"):
                chunks.append("\t")
            else:
                chunks.append("\n")
        out.append((style.get(f"{{{W}}}val") if style is not None else "", "".join(chunks)))
    return out


def note_texts(path: Path, kind: str = "footnote") -> dict[int, str]:
    root = docx_xml(path, f"word/{kind}s.xml")
    out = {}
    for note in root.findall(f"w:{kind}", NS):
        number = int(note.get(f"{{{W}}}id"))
        if number > 0:
            out[number] = norm("".join(t.text or "" for t in note.iter(f"{{{W}}}t")))
    return out


def note_refs(path: Path, kind: str = "footnote") -> list[int]:
    root = docx_xml(path)
    return [int(r.get(f"{{{W}}}id")) for r in root.iter(f"{{{W}}}{kind}Reference")]


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """PDF text without line breaks or spaces (extraction breaks lines wherever the layout did)."""
    return re.sub(r"\s+", "", text)
