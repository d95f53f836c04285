"""The pack's entries: a table that reorders by drag (or Alt+Up/Down) and takes drops from results."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.gui import roles
from app.gui.delegates import QuoteDelegate
from app.gui.i18n import ui
from app.gui.pack_model import COLUMN, PackEntriesModel
from app.gui.roles import ADD_ROW, SELECT_ROW


class PackEntriesView(QTableView):
    """Extended selection; internal moves and copies from the results table are both drops."""

    context_menu_requested = Signal(object)

    def __init__(self, model: PackEntriesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.entries_model = model
        self.setAccessibleName(ui.tr("Pack entries"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(QFontMetrics(self.font()).lineSpacing() * 2 + 8)
        self.setItemDelegateForColumn(COLUMN["text"], QuoteDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(COLUMN["text"], QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.setColumnWidth(COLUMN["state"], 28)
        self.setColumnWidth(COLUMN["note"], 120)
        self.setIconSize(QSize(16, 16))

    # -- ids ---------------------------------------------------------------
    def selected_item_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.entries_model.item_id(r) for r in rows]

    def current_item_id(self) -> str:
        index = self.currentIndex()
        return self.entries_model.item_id(index.row()) if index.isValid() else ""

    def select_item_ids(self, item_ids: list[str], current: str = "") -> None:
        selection = self.selectionModel()
        selection.clearSelection()
        rows = [self.entries_model.row_of(i) for i in item_ids]
        rows = [r for r in rows if r >= 0]
        for row in rows:
            selection.select(self.entries_model.index(row, 0), ADD_ROW)
        current_row = self.entries_model.row_of(current) if current else (rows[0] if rows else -1)
        if current_row >= 0:
            index = self.entries_model.index(current_row, COLUMN["text"])
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    # -- drops -------------------------------------------------------------
    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(roles.ENTRY_ROWS_MIME) or mime.hasFormat(roles.ITEM_IDS_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        if event.source() is not self:
            event.setDropAction(Qt.DropAction.CopyAction)
        super().dragEnterEvent(event)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        super().dragMoveEvent(event)
        if event.source() is not self:
            event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        row = index.row() if index.isValid() else self.entries_model.rowCount()
        if index.isValid():
            rect = self.visualRect(index)
            if event.position().y() > rect.center().y():
                row += 1
        action = Qt.DropAction.MoveAction if event.source() is self else Qt.DropAction.CopyAction
        self.entries_model.dropMimeData(event.mimeData(), action, row, 0, QModelIndex())
        # The pack changes through the undo stack; nothing must be removed by the drag source.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.context_menu_requested.emit(event.globalPos())
