"""Briefs made from the library (`workspace.exports`): templates, branding profiles, the document
tree, the preview, the page budget and the files written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import export_litter
from app.core.branding import Brandings

if TYPE_CHECKING:
    from app.core.library import Library
    from app.core.storage import Store


class Exports:
    """Composing and writing briefs; the library is asked for as it is at each call."""

    def __init__(
        self, store: Store, library: Callable[[], Library], interface_language: Callable[[], str]
    ) -> None:
        self.store = store
        self.library = library
        self.interface_language = interface_language  # template names in the window's language
        self._brandings = Brandings(store)

    def templates(self) -> list:
        """The export templates (TemplateInfo: id, name, description), bundled and the user's own,
        named in the window's language where their manifests say how."""
        from app.core.templates import list_templates  # the manifests are read when first needed

        return [t.info_in(self.interface_language()) for t in list_templates()]

    def template(self, template_id: str):
        from app.core.templates import load_template

        return load_template(template_id)

    def brandings(self) -> list:
        """Branding profiles: the default (bundled or customised) first, then the user's own."""
        return self._brandings.list()

    def branding(self, branding_id: str):
        return self._brandings.get(branding_id)

    def save_branding(self, branding):
        """Store a branding profile (its logo is copied into the data folder); returns it as stored."""
        return self._brandings.save(branding)

    def delete_branding(self, branding_id: str) -> None:
        self._brandings.delete(branding_id)

    def compose_brief(self, spec) -> Any:
        """The format-neutral document for a BriefSpec (what every writer renders)."""
        from app.core.export.pipeline import compose_spec  # the writers load with the first brief

        return compose_spec(spec, self.library(), self._brandings)

    def preview_markdown(self, spec) -> str:
        from app.core.export.pipeline import preview_markdown

        return preview_markdown(spec, self.library(), self._brandings)

    def measure_brief(self, spec, fit: bool = False):
        """The brief laid out against its page target (a Budget: items, pages, target, how many fit)."""
        from app.core.export.pipeline import measure

        return measure(spec, self.library(), self._brandings, fit)[2]

    def export_brief(
        self, spec, formats: list[str], out_dir: Path, progress=None, cancel=None, fit: bool = False
    ) -> list[Path]:
        """Write the brief in each format into out_dir; returns the files (with .problems, .pages).

        progress(done, total, message) is called as work proceeds; cancel() -> True stops
        the export before anything is written. With `fit`, a brief over its template's page
        target keeps the best-ranked items that fit (the others are listed in .problems).
        """
        from app.core.export.pipeline import export_brief

        export_litter.remember(self.store, Path(out_dir))  # a killed export's files are swept later
        return export_brief(
            spec, self.library(), self._brandings, formats, Path(out_dir), progress, cancel, fit
        )

    def sweep_export_litter(self) -> list[Path]:
        """Remove temporary files that killed exports left in the folders exports went to."""
        return export_litter.sweep(self.store)
