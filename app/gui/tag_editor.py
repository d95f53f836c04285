"""Tag chips the user toggles: the themes or audiences of one item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QToolButton, QWidget

from app.core.taxonomy import Term
from app.gui.flow_layout import FlowLayout, expanding_policy
from app.gui.roles import short_label


class TagChips(QWidget):
    """One checkable chip per term; `toggled_tags` carries the new selection in taxonomy order."""

    toggled_tags = Signal(tuple)

    def __init__(self, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_label = kind_label
        self._buttons: dict[str, QToolButton] = {}
        self._order: list[str] = []
        self._layout = FlowLayout(self, spacing=4)
        self.setSizePolicy(expanding_policy())
        self.setAccessibleName(kind_label)

    def set_terms(self, terms: Sequence[Term]) -> None:
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        self._order = [t.id for t in terms]
        for term in terms:
            button = QToolButton(self)
            button.setText(short_label(term.id))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(f"{term.label}: {term.definition}" if term.definition else term.label)
            button.setAccessibleName(f"{self.kind_label}: {term.label}")
            button.setAccessibleDescription(term.definition)
            button.setObjectName(f"tag-{term.id}")
            button.setProperty("chip", True)
            button.toggled.connect(self._on_toggled)
            self._layout.addWidget(button)
            self._buttons[term.id] = button
        self.updateGeometry()

    def set_selected(self, ids: Sequence[str]) -> None:
        chosen = set(ids)
        for term_id, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(term_id in chosen)
            button.blockSignals(False)

    def selected(self) -> tuple[str, ...]:
        return tuple(t for t in self._order if self._buttons[t].isChecked())

    def button(self, term_id: str) -> QToolButton:
        return self._buttons[term_id]

    def buttons(self) -> list[QToolButton]:
        return [self._buttons[t] for t in self._order]

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self.toggled_tags.emit(self.selected())
