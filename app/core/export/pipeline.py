"""A brief's whole way from a BriefSpec to files: template and branding picked, composed, kept to
the page budget, written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.branding import Brandings
from app.core.compose import BriefSpec, compose
from app.core.document import Document
from app.core.export import Cancel, ExportedFiles, Layout, Progress, export_document, lay_out
from app.core.export.markdown import MarkdownWriter
from app.core.library import Library
from app.core.templates import Template, load_template


@dataclass(frozen=True, slots=True)
class Budget:
    """The brief measured against its template's page target."""

    items: int
    pages: int
    target: int  # 0: the template sets none
    fits_items: int = 0  # how many of the best-ranked items fit the target (when over)

    @property
    def over(self) -> bool:
        return bool(self.target) and self.pages > self.target

    def message(self) -> str:
        """ "12 items: 3 pages (target 2)" — said before writing, and after."""
        text = f"{self.items} item{'s' * (self.items != 1)}: {self.pages} page{'s' * (self.pages != 1)}"
        if self.target:
            text += f" (target {self.target})"
        if self.over and self.fits_items:
            text += f"; the best-ranked {self.fits_items} fit"
        return text


def compose_spec(spec: BriefSpec, library: Library, brandings: Brandings) -> Document:
    template = load_template(spec.template)
    return compose(spec, library, template, brandings.get(spec.branding))


def preview_markdown(spec: BriefSpec, library: Library, brandings: Brandings) -> str:
    template = load_template(spec.template)
    doc = compose(spec, library, template, brandings.get(spec.branding))
    return MarkdownWriter(template).text(doc)


def _fit(
    spec: BriefSpec, library: Library, template: Template, brandings: Brandings, doc: Document
) -> tuple[Document, Layout]:
    """Leave out the lowest-ranked items until the PDF keeps to the target (at least one item stays).

    A binary search on how many of the best-ranked items to keep; each step lays out the real PDF."""
    branding = brandings.get(spec.branding)
    ranked = [item_id for item_id, _ in spec.entries if item_id in {i.item_id for i in doc.items()}]
    best: tuple[Document, Layout] | None = None
    low, high = 1, len(ranked) - 1
    while low <= high:
        keep = (low + high) // 2
        trial = compose(spec, library, template, branding, leave_out=set(ranked[keep:]))
        trial_layout = lay_out(trial, template, draw=False)
        if trial_layout.pages <= template.page_target:
            best, low = (trial, trial_layout), keep + 1
        else:
            high = keep - 1
    if best is None:  # not even one item fits: keep the first and say so
        trial = compose(spec, library, template, branding, leave_out=set(ranked[1:]))
        best = trial, lay_out(trial, template, draw=False)
    return best


def measure(
    spec: BriefSpec, library: Library, brandings: Brandings, fit: bool = False
) -> tuple[Document, Layout, Budget]:
    """Compose and lay out the brief; with `fit`, keep the best-ranked items that fit the target."""
    template = load_template(spec.template)
    doc = compose(spec, library, template, brandings.get(spec.branding))
    layout = lay_out(doc, template, draw=False)
    budget = Budget(doc.item_count, layout.pages, template.page_target)
    if budget.over and doc.item_count > 1:
        fitted, fitted_layout = _fit(spec, library, template, brandings, doc)
        budget = Budget(doc.item_count, layout.pages, template.page_target, fitted.item_count)
        if fit:
            doc, layout = fitted, fitted_layout
    return doc, layout, budget


def export_brief(
    spec: BriefSpec,
    library: Library,
    brandings: Brandings,
    formats: list[str],
    out_dir: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    fit: bool = False,
) -> ExportedFiles:
    """Write the brief; over its template's page target, say so (with `fit`, leave out the
    lowest-ranked items and list them), never silently."""
    template = load_template(spec.template)
    if progress is not None:
        progress(0, 1, "Composing")
    layout = None
    budget = None
    notes: list[str] = []
    if template.page_target and ("pdf" in formats or "docx" in formats or fit):
        doc, layout, budget = measure(spec, library, brandings, fit)
        if doc.left_out:
            notes.append(
                f"Kept to {template.page_target} page(s): {len(doc.left_out)} lower-ranked item(s) "
                f"left out: {', '.join(doc.left_out)}."
            )
    else:
        doc = compose(spec, library, template, brandings.get(spec.branding))
    files = export_document(doc, template, formats, out_dir, progress, cancel, layout)
    files.problems = (*notes, *files.problems)
    files.budget = budget
    files.fit_note = notes[0] if notes else ""
    return files
