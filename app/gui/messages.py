"""The window's own sentences for what the core reports as figures: a page budget, a selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.gui.i18n import ui

# The export's steps as the core reports them, in the window's language.
EXPORT_STEPS = {
    "Composing": QT_TRANSLATE_NOOP("ui", "Composing"),
    "Laying out pages": QT_TRANSLATE_NOOP("ui", "Laying out pages"),
    "Writing PDF": QT_TRANSLATE_NOOP("ui", "Writing PDF"),
    "Writing DOCX": QT_TRANSLATE_NOOP("ui", "Writing DOCX"),
    "Writing MD": QT_TRANSLATE_NOOP("ui", "Writing Markdown"),
    "Saving": QT_TRANSLATE_NOOP("ui", "Saving"),
    "Done": QT_TRANSLATE_NOOP("ui", "Done"),
}


def budget_message(budget: Any) -> str:
    """ "12 items: 3 pages (target 2); the best-ranked 10 fit", in the window's language."""
    text = ui.tr("{items}: {pages}").format(
        items=ui.tr("%n item(s)", "", budget.items), pages=ui.tr("%n page(s)", "", budget.pages)
    )
    if budget.target:
        text += " " + ui.tr("(target {target})").format(target=budget.target)
    if budget.over and budget.fits_items:
        text += "; " + ui.tr("the best-ranked %n fit", "", budget.fits_items)
    return text


def selection_summary(made: Any, theme_names: list[str]) -> str:
    """What a new pack from a search holds and why: "12 items match the selection; 3 key facts on
    its themes (Children) were added: the brief prints them in its key-facts box." """
    text = ui.tr("%n item(s) match the selection", "", made.matched)
    if made.left_out:
        text += " " + ui.tr("(%n more left out by the limit)", "", made.left_out)
    if made.facts_added:
        text += "; " + ui.tr(
            "%n key fact(s) on its themes ({themes}) were added: the brief prints them in its key-facts box",
            "",
            made.facts_added,
        ).format(themes=", ".join(theme_names))
    return text + "."


def branding_name(branding: Any) -> str:
    """A branding profile's name; the bundled one's in the window's language."""
    return ui.tr("Default") if branding.id == "default" and branding.name == "Default" else branding.name


def export_step(message: str) -> str:
    """An export step the core reports ("Writing PDF"), in the window's language."""
    known = EXPORT_STEPS.get(message)
    return ui.tr(known) if known is not None else message
