"""Tagged PDF: the structure tree for the marked content the PDF writer draws.

The writer knows each paragraph's role when it draws it, so it marks the content itself
(`/H2 <</MCID 3>> BDC ... EMC`, page furniture as `/Artifact`); this module then writes what
reportlab cannot: the StructTreeRoot with one element per marked paragraph in reading order,
the ParentTree that maps each page's marks back to them, and /MarkInfo. pypdf does it (pure
Python); see docs/EXPORT.md for the options measured.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)


@dataclass(slots=True)
class Marks:
    """Marked content as the writer draws it, in reading order: (page number, marked-content id,
    role, group). A group ("BlockQuote", key) or ("L", key) gathers the marks with the same key
    under one element: a quote's paragraphs, a list's items; ("BlockQuote", key, "en") also says
    the quote's language where it is not the document's."""

    items: list[tuple[int, int, str, tuple[str, object] | None]] = field(default_factory=list)
    _next: dict[int, int] = field(default_factory=dict)

    def begin(self, code: list[str], page: int, role: str, group: tuple[str, object] | None = None) -> None:
        mcid = self._next.get(page, 0)
        self._next[page] = mcid + 1
        self.items.append((page, mcid, role, group))
        code.append(f"/{role} <</MCID {mcid}>> BDC")

    @staticmethod
    def artifact(code: list[str]) -> None:
        code.append("/Artifact BMC")

    @staticmethod
    def end(code: list[str]) -> None:
        code.append("EMC")

    @staticmethod
    @contextmanager
    def furniture(code: list[str]) -> Iterator[None]:
        """What is drawn inside is page furniture (an artifact), not content."""
        Marks.artifact(code)
        try:
            yield
        finally:
            Marks.end(code)


def add_structure(
    data: bytes, marks: Sequence[tuple[int, int, str, tuple[str, object] | None]], title: str = ""
) -> bytes:
    """The PDF with a structure tree over `marks` (page numbers from 1) and marked as tagged."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer._root_object
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): tree_ref,
        }
    )
    if title:
        document[NameObject("/T")] = TextStringObject(title)
    document_ref = writer._add_object(document)
    kids = ArrayObject()
    groups: dict[object, tuple[IndirectObject, ArrayObject]] = {}
    per_page: dict[int, dict[int, object]] = {}
    pages = writer.pages
    for page_number, mcid, role, group in marks:
        if not 1 <= page_number <= len(pages):
            continue
        parent, siblings = document_ref, kids
        if group is not None:
            if group not in groups:  # the group's element stands where its first mark does
                members = ArrayObject()
                element = DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/StructElem"),
                        NameObject("/S"): NameObject(f"/{group[0]}"),
                        NameObject("/P"): document_ref,
                        NameObject("/K"): members,
                    }
                )
                if len(group) > 2 and group[2]:  # a quote in another language than the document's
                    element[NameObject("/Lang")] = TextStringObject(str(group[2]))
                group_ref = writer._add_object(element)
                kids.append(group_ref)
                groups[group] = (group_ref, members)
            parent, siblings = groups[group]
        element = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{role}"),
                NameObject("/P"): parent,
                NameObject("/Pg"): pages[page_number - 1].indirect_reference,
                NameObject("/K"): NumberObject(mcid),
            }
        )
        ref = writer._add_object(element)
        siblings.append(ref)
        per_page.setdefault(page_number, {})[mcid] = ref
    document[NameObject("/K")] = kids
    nums = ArrayObject()
    for index, page in enumerate(pages):
        page[NameObject("/StructParents")] = NumberObject(index)
        page[NameObject("/Tabs")] = NameObject("/S")
        by_mcid = per_page.get(index + 1, {})
        nums.append(NumberObject(index))
        nums.append(writer._add_object(ArrayObject(by_mcid[m] for m in sorted(by_mcid))))
    tree[NameObject("/K")] = document_ref
    tree[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    root[NameObject("/StructTreeRoot")] = tree_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
