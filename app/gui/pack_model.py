"""The pack's entries as a table: order, pin/exclude state, quote, note, source; drag and drop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.core.citations import short_citation
from app.gui import icons, roles
from app.gui.i18n import ui

if TYPE_CHECKING:
    from app.core.packs import Pack
    from app.core.packs.snapshots import ResolvedEntry

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("state", ""),
    ("text", QT_TRANSLATE_NOOP("ui", "Quote")),
    ("note", QT_TRANSLATE_NOOP("ui", "Note")),
)
COLUMN = {key: n for n, (key, _) in enumerate(COLUMNS)}


class PackEntriesModel(QAbstractTableModel):
    """Rows mirror pack.entries. The model never edits the pack itself: it asks through signals."""

    note_edit_requested = Signal(str, str)  # item id, note
    move_requested = Signal(list, int)  # item ids, destination row (in the result)
    add_requested = Signal(list, int)  # item ids from the results, at row

    def __init__(self, resolve: Callable[[Pack], list[ResolvedEntry]], parent=None) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self._rows: list[ResolvedEntry] = []
        self._pack: Pack | None = None

    def set_pack(self, pack: Pack | None) -> None:
        self.beginResetModel()
        self._pack = pack
        self._rows = self._resolve(pack) if pack is not None else []
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self._rows[row].item_id

    def item_ids(self) -> list[str]:
        return [r.item_id for r in self._rows]

    def row_of(self, item_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.item_id == item_id:
                return n
        return -1

    def resolved(self, row: int) -> ResolvedEntry:
        return self._rows[row]

    # -- the model interface -------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return ui.tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "state":
                return ui.tr("Pinned (kept by refresh) or excluded (listed, not in the brief)")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()][0] == "note":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        resolved = self._rows[index.row()]
        entry, item, source = resolved.entry, resolved.item, resolved.source
        key = COLUMNS[index.column()][0]
        if role == roles.ITEM_ID:
            return entry.item_id
        if role == roles.ENTRY_STATE:
            return "excluded" if entry.excluded else "pinned" if entry.pinned else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "text":
                return (
                    item.text
                    if item is not None
                    else ui.tr("(missing item {item})").format(item=entry.item_id)
                )
            if key == "note":
                return entry.note
            return ""
        if role == Qt.ItemDataRole.DecorationRole and key == "state" and (entry.excluded or entry.pinned):
            return icons.icon("exclude" if entry.excluded else "pin")
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "text" and item is not None:
                where = {
                    "embedded": ui.tr(" (from the pack's own copy: not in this library)"),
                    "missing": ui.tr(" (missing: cannot be built)"),
                }.get(resolved.status, "")
                cite = f"\n\n{short_citation(source, item)}" if source is not None else ""
                return f"{item.text}{where}{cite}"
            if key == "note":
                return entry.note or ui.tr("Double-click to add a note for this item")
            if key == "state":
                return {
                    "excluded": ui.tr("Excluded: listed, not in the brief"),
                    "pinned": ui.tr("Pinned: refresh never removes it"),
                }.get("excluded" if entry.excluded else "pinned" if entry.pinned else "", "Included")
        if role == Qt.ItemDataRole.FontRole and entry.excluded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (entry.excluded or resolved.status == "missing"):
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if key == "state":
                return "excluded" if entry.excluded else "pinned" if entry.pinned else "included"
            state = "excluded, " if entry.excluded else "pinned, " if entry.pinned else ""
            text = item.text if item is not None else entry.item_id
            return f"{state}{text}" if key == "text" else entry.note
        return None

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or COLUMNS[index.column()][0] != "note":
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        self.note_edit_requested.emit(self._rows[index.row()].item_id, str(value))
        return True

    # -- drag and drop ---------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [roles.ENTRY_ROWS_MIME, roles.ITEM_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self._rows[r].item_id for r in sorted({i.row() for i in indexes if i.isValid()})]
        mime = QMimeData()
        mime.setData(roles.ENTRY_ROWS_MIME, roles.encode_ids(ids))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self._pack is not None and (
            data.hasFormat(roles.ENTRY_ROWS_MIME) or data.hasFormat(roles.ITEM_IDS_MIME)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        if data.hasFormat(roles.ENTRY_ROWS_MIME):
            ids = roles.decode_ids(data.data(roles.ENTRY_ROWS_MIME).data())
            moving = set(ids)
            destination = sum(1 for r in self._rows[:row] if r.item_id not in moving)
            self.move_requested.emit(ids, destination)
            return False  # the pack changes through the undo stack; the view must not remove rows
        ids = roles.decode_ids(data.data(roles.ITEM_IDS_MIME).data())
        self.add_requested.emit(ids, row)
        return False
