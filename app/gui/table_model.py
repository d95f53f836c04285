"""A table model base whose columns are declared once, as (key, title) pairs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.gui.i18n import ui

ModelIndex = QModelIndex | QPersistentModelIndex


class ColumnsTableModel(QAbstractTableModel):
    """Column count and horizontal header titles from the class's `columns`."""

    columns: tuple[tuple[str, str], ...] = ()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return ui.tr(self.columns[section][1])
        return None
