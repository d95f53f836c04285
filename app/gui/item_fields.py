"""The input widgets that describe an item (text, kind, section, locator, lead-in, tags), built once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.core.taxonomy import Taxonomy
from app.gui.i18n import ui
from app.gui.tag_editor import TagChips


@dataclass(frozen=True)
class ItemFields:
    """One widget per item field; each form lays them out in its own order."""

    text: QPlainTextEdit
    kind: QComboBox
    section: QLineEdit
    locator: QLineEdit
    lead_in: QLineEdit
    themes: TagChips
    audiences: TagChips


def build_item_fields(taxonomy: Taxonomy, text_name: str) -> ItemFields:
    """The widgets, named for screen readers, with the taxonomy's kinds and tags to choose from."""
    text = QPlainTextEdit()
    text.setAccessibleName(text_name)
    text.setTabChangesFocus(True)
    kind = QComboBox()
    kind.setAccessibleName(ui.tr("Kind"))
    for term in taxonomy.kinds:
        kind.addItem(term.label, term.id)
    section = QLineEdit()
    section.setAccessibleName(ui.tr("Section"))
    locator = QLineEdit()
    locator.setAccessibleName(ui.tr("Locator"))
    lead_in = QLineEdit()
    lead_in.setAccessibleName(ui.tr("Lead-in"))
    themes = TagChips(ui.tr("Theme"))
    themes.set_terms(taxonomy.themes)
    audiences = TagChips(ui.tr("Audience"))
    audiences.set_terms(taxonomy.audiences)
    return ItemFields(text, kind, section, locator, lead_in, themes, audiences)
