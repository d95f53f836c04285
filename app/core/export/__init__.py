"""Exporting briefs: writers by name, run with progress and cancel, written atomically."""

from __future__ import annotations

import errno
import importlib
import re
from collections.abc import Callable
from pathlib import Path

from app.core.atomic import atomic_write_bytes, explain_os_error
from app.core.document import Document
from app.core.errors import BriefpackError, ValidationError
from app.core.export.templates import Template

# format -> (module, class); modules load on first use so reportlab and
# python-docx are imported only when that format is written.
WRITERS = {
    "docx": ("app.core.export.docx_writer", "DocxWriter"),
    "pdf": ("app.core.export.pdf_writer", "PdfWriter"),
    "md": ("app.core.export.markdown", "MarkdownWriter"),
}
FORMATS = tuple(WRITERS)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class ExportCancelled(BriefpackError):
    """The user cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Export cancelled; no files were written.")


class ExportedFiles(list):
    """The files written (a list of Paths) and what the user should know about them."""

    def __init__(self, files: list[Path], problems: tuple[str, ...] = ()) -> None:
        super().__init__(files)
        self.problems = problems


def check_formats(formats: list[str] | tuple[str, ...]) -> list[str]:
    wanted = [f.strip().lower().lstrip(".") for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        raise ValidationError(f"Unknown export format(s): {', '.join(unknown) or '(none)'}.",
                              hint=f"Use one or more of: {', '.join(FORMATS)}.")
    return list(dict.fromkeys(wanted))


def make_writer(fmt: str, template: Template, tick: Callable[[], None] = lambda: None):
    module_name, class_name = WRITERS[fmt]
    return getattr(importlib.import_module(module_name), class_name)(template, tick)


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]+')


def file_stem(title: str) -> str:
    """A file name from a title, safe on Windows, macOS and Linux."""
    stem = _UNSAFE.sub(" ", title)
    stem = " ".join(stem.split()).strip(" .")[:80].strip(" .")
    return stem or "Brief"


def check_out_dir(out_dir: Path) -> Path:
    """The folder to write into; created when only it is missing."""
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefpackError(f"{out_dir} is a file, not a folder.", hint="Choose a folder to export into.")
    if not out_dir.exists():
        if not out_dir.parent.is_dir():
            raise explain_os_error(OSError(errno.ENOENT, "No such directory"), out_dir)
        try:
            out_dir.mkdir()
        except OSError as exc:
            raise explain_os_error(exc, out_dir) from exc
    return out_dir


def export_document(doc: Document, template: Template, formats: list[str], out_dir: Path,
                    progress: Progress | None = None, cancel: Cancel | None = None) -> ExportedFiles:
    """Render every format, then write the files; a cancel or a failure writes nothing partial."""
    formats = check_formats(formats)
    out_dir = check_out_dir(out_dir)
    per_format = doc.item_count + 1
    total = len(formats) * per_format + 1
    done = 0

    def report(message: str) -> None:
        if progress is not None:
            progress(min(done, total), total, message)

    def check() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled()

    rendered: list[tuple[Path, bytes]] = []
    for fmt in formats:
        check()
        report(f"Writing {fmt.upper()}")
        count = 0

        def tick(label: str = f"Writing {fmt.upper()}") -> None:
            nonlocal done, count
            count += 1
            done += 1
            if count % 25 == 0:
                check()
                report(label)

        data = make_writer(fmt, template, tick).render(doc)
        done += per_format - count
        rendered.append((out_dir / f"{file_stem(doc.meta.title)}.{fmt}", data))
    check()
    report("Saving")
    written: list[Path] = []
    for path, data in rendered:
        atomic_write_bytes(path, data)
        written.append(path)
    done = total
    report("Done")
    return ExportedFiles(written, doc.problems)
