"""Exporting briefs: writers by name, the PDF laid out first (pages for the Word file and the page
budget), progress and cancel, a set of files written all or nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.core.document import Document, TableOfContents
from app.core.errors import BriefpackError, ValidationError
from app.core.export.output_files import check_out_dir, file_stem, write_set
from app.core.templates import Template

# format -> (module, class); modules load on first use so reportlab and
# python-docx are imported only when that format is written.
WRITERS = {
    "docx": ("app.core.export.docx.writer", "DocxWriter"),
    "pdf": ("app.core.export.pdf.writer", "PdfWriter"),
    "md": ("app.core.export.markdown", "MarkdownWriter"),
}
FORMATS = tuple(WRITERS)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

__all__ = [
    "FORMATS",
    "ExportCancelled",
    "ExportedFiles",
    "Layout",
    "check_formats",
    "check_out_dir",
    "export_document",
    "file_stem",
    "lay_out",
    "make_writer",
]


class ExportCancelled(BriefpackError):
    """The user cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Export cancelled; no files were written.")


class ExportedFiles(list):
    """The files written (a list of Paths), what the user should know, and the PDF's page count."""

    def __init__(
        self,
        files: list[Path],
        problems: tuple[str, ...] = (),
        pages: int = 0,
        left_out: tuple[str, ...] = (),
    ) -> None:
        super().__init__(files)
        self.problems = problems
        self.pages = pages
        self.left_out = left_out
        self.budget: Any = None  # the page budget measured before writing (pipeline.Budget), if any
        self.fit_note = ""  # the problem saying what keeping to the page target left out ("" if nothing)


class Layout:
    """The PDF laid out: its bytes, page count and the page of every heading."""

    def __init__(
        self, data: bytes, pages: int, heading_pages: dict[str, int], warnings: list[str], drawn: bool = True
    ) -> None:
        self.data, self.pages, self.heading_pages, self.warnings = data, pages, heading_pages, warnings
        self.drawn = drawn  # False: measured only, `data` is no PDF to keep


def check_formats(formats: list[str] | tuple[str, ...]) -> list[str]:
    wanted = [f.strip().lower().lstrip(".") for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        raise ValidationError(
            f"Unknown export format(s): {', '.join(unknown) or '(none)'}.",
            hint=f"Use one or more of: {', '.join(FORMATS)}.",
        )
    return list(dict.fromkeys(wanted))


def make_writer(fmt: str, template: Template, tick: Callable[[], None] = lambda: None):
    module_name, class_name = WRITERS[fmt]
    return getattr(importlib.import_module(module_name), class_name)(template, tick)


def lay_out(
    doc: Document, template: Template, tick: Callable[[], None] = lambda: None, draw: bool = True
) -> Layout:
    """Set the PDF: the real page count, not an estimate. Without `draw` only the pages are
    measured (for the Word file and the page budget); `data` is then not a PDF to keep."""
    writer = make_writer("pdf", template, tick)
    data = writer.render(doc, measure_only=not draw)
    return Layout(data, writer.page_count, writer.heading_pages, writer.warnings, draw)


def with_pages(doc: Document, layout: Layout) -> Document:
    """The document with the laid-out page numbers in its table of contents."""
    blocks = tuple(
        replace(b, pages=tuple(layout.heading_pages.items())) if isinstance(b, TableOfContents) else b
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


def export_document(
    doc: Document,
    template: Template,
    formats: list[str],
    out_dir: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    layout: Layout | None = None,
) -> ExportedFiles:
    """Render every format, then write the files; a cancel or a failure writes nothing at all.

    The PDF is laid out first whenever it or the Word file is wanted: the Word file takes its
    contents page numbers and page count from it (a `layout` already made is reused)."""
    formats = check_formats(formats)
    out_dir = check_out_dir(out_dir)
    per_format = doc.item_count + 1
    if layout is not None and not layout.drawn and "pdf" in formats:
        layout = None  # measured only: the PDF itself is set now
    needs_layout = layout is None and ("pdf" in formats or "docx" in formats)
    total = (len(formats) + needs_layout) * per_format + 1
    done = 0

    def report(message: str) -> None:
        if progress is not None:
            progress(min(done, total), total, message)

    def check() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled()

    def ticker(label: str) -> Callable[[], None]:
        count = 0

        def tick() -> None:
            nonlocal done, count
            count += 1
            done += 1
            if count % 25 == 0:
                check()
                report(label)

        return tick

    if needs_layout:
        check()
        report("Laying out pages")
        layout = lay_out(doc, template, ticker("Laying out pages"), draw="pdf" in formats)
    warnings = list(layout.warnings) if layout else []
    if layout is not None:
        doc = with_pages(doc, layout)
    rendered: list[tuple[Path, bytes]] = []
    stem = file_stem(doc.meta.title)
    for fmt in formats:
        check()
        report(f"Writing {fmt.upper()}")
        if fmt == "pdf" and layout is not None:
            data = layout.data
        else:
            writer = make_writer(fmt, template, ticker(f"Writing {fmt.upper()}"))
            if layout is not None:
                writer.pages = layout.pages
            data = writer.render(doc)
        done = (formats.index(fmt) + 1 + needs_layout) * per_format
        rendered.append((out_dir / f"{stem}.{fmt}", data))
    check()
    report("Saving")
    written = write_set(rendered)
    done = total
    report("Done")
    return ExportedFiles(written, (*doc.problems, *warnings), layout.pages if layout else 0, doc.left_out)
