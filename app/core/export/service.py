"""What the Workspace's export methods do: pick template and branding, compose, write."""

from __future__ import annotations

from pathlib import Path

from app.core.compose import BriefSpec, compose
from app.core.document import Document
from app.core.export import Cancel, ExportedFiles, Progress, export_document
from app.core.export.branding import Brandings
from app.core.export.markdown import MarkdownWriter
from app.core.export.templates import load_template
from app.core.library import Library


def compose_spec(spec: BriefSpec, library: Library, brandings: Brandings) -> Document:
    template = load_template(spec.template)
    return compose(spec, library, template, brandings.get(spec.branding))


def preview_markdown(spec: BriefSpec, library: Library, brandings: Brandings) -> str:
    template = load_template(spec.template)
    doc = compose(spec, library, template, brandings.get(spec.branding))
    return MarkdownWriter(template).text(doc)


def export_brief(spec: BriefSpec, library: Library, brandings: Brandings, formats: list[str],
                 out_dir: Path, progress: Progress | None = None, cancel: Cancel | None = None
                 ) -> ExportedFiles:
    template = load_template(spec.template)
    if progress is not None:
        progress(0, 1, "Composing")
    doc = compose(spec, library, template, brandings.get(spec.branding))
    return export_document(doc, template, formats, out_dir, progress, cancel)
