"""Saved searches: pick one to restore its text and filters; save the current one under a name."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from app.core.errors import BriefpackError
from app.gui import theme
from app.gui.error_report import report_error
from app.gui.i18n import ui


class SavedSearchesBar(QWidget):
    """A combo of saved searches with Save and Delete; `chosen(fields)` restores one."""

    chosen = Signal(dict)

    def __init__(self, workspace, current_fields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._current_fields = current_fields
        self.combo = QComboBox()
        self.combo.setAccessibleName(ui.tr("Saved searches"))
        self.combo.setToolTip(ui.tr("Saved searches: choose one to restore its words and filters"))
        self.combo.setMinimumContentsLength(10)
        # as wide as the column leaves it, not as its placeholder: "Recherches enregistrées…"
        # would widen the whole facet column past its pane
        self.combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # A placeholder, not a first item: a combo with no current item does not build its
        # popup until it is opened.
        self.combo.setPlaceholderText(ui.tr("Saved searches…"))
        self.save_button = QToolButton()
        theme.set_icon(self.save_button, "star")
        self.save_button.setToolTip(ui.tr("Save this search…"))
        self.save_button.setAccessibleName(ui.tr("Save this search"))
        self.delete_button = QToolButton()
        theme.set_icon(self.delete_button, "delete")
        self.delete_button.setToolTip(ui.tr("Delete the chosen saved search"))
        self.delete_button.setAccessibleName(ui.tr("Delete the saved search"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.combo.activated.connect(self._on_activated)
        self.save_button.clicked.connect(self.ask_and_save)
        self.delete_button.clicked.connect(self.delete_current)

    def reload(self, select: str = "") -> None:
        """Read the saved searches from the store (after the library has loaded)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        for saved in self.workspace.saved_searches():
            self.combo.addItem(saved.name, saved.name)
        self.combo.setCurrentIndex(self.combo.findData(select) if select else -1)
        self.combo.blockSignals(False)
        self.delete_button.setEnabled(bool(self.combo.currentData()))

    @Slot(int)
    def _on_activated(self, _index: int) -> None:
        name = str(self.combo.currentData() or "")
        self.delete_button.setEnabled(bool(name))
        if not name:
            return
        try:
            saved = next(s for s in self.workspace.saved_searches() if s.name == name)
        except StopIteration:
            self.reload()
            return
        self.chosen.emit(dict(saved.fields))

    @Slot()
    def ask_and_save(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # its enums are set up when first needed

        name, ok = QInputDialog.getText(self, ui.tr("Save search"), ui.tr("Name of this search:"))
        if ok and name.strip():
            self.save_as(name)

    def save_as(self, name: str) -> bool:
        try:
            saved = self.workspace.save_search(name, self._current_fields())
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not save the search"))
            return False
        self.reload(saved.name)
        return True

    @Slot()
    def delete_current(self) -> None:
        name = str(self.combo.currentData() or "")
        if not name:
            return
        try:
            self.workspace.delete_saved_search(name)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not delete the saved search"))
        self.reload()
