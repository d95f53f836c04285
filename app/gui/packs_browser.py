"""The packs browser: every saved pack (recent first); open, duplicate, delete, refresh, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.core.export import file_stem
from app.gui import roles
from app.gui.error_dialog import dialogs_enabled
from app.gui.error_report import report_error
from app.gui.files import ask_open_path, ask_save_path
from app.gui.i18n import ui
from app.gui.pack_file_import import import_pack_file
from app.gui.table_model import ColumnsTableModel
from app.gui.ui_state import UiState

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("ui", "Title")),
    ("meeting", QT_TRANSLATE_NOOP("ui", "Meeting")),
    ("date", QT_TRANSLATE_NOOP("ui", "Date")),
    ("entries", QT_TRANSLATE_NOOP("ui", "Items")),
    ("updated", QT_TRANSLATE_NOOP("ui", "Saved")),
)


class PackListModel(ColumnsTableModel):
    """Rows are PackSummary values; recently opened packs first, then the most recently saved."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._recent: list[str] = []

    def set_packs(self, summaries: list, recent: list[str], words: str = "") -> None:
        """Show the packs (those whose title, meeting or date hold every word of `words`)."""
        rank = {pack_id: n for n, pack_id in enumerate(recent)}
        wanted = words.casefold().split()
        if wanted:
            summaries = [
                s for s in summaries if all(w in f"{s.title} {s.meeting} {s.date}".casefold() for w in wanted)
            ]
        ordered = sorted(summaries, key=lambda s: s.updated, reverse=True)
        ordered.sort(key=lambda s: rank.get(s.id, len(rank)))
        self.beginResetModel()
        self._rows = ordered
        self._recent = list(recent)
        self.endResetModel()

    def summary(self, row: int):
        return self._rows[row]

    def row_of(self, pack_id: str) -> int:
        return next((n for n, s in enumerate(self._rows) if s.id == pack_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if key == "entries":
                excluded = summary.entries - summary.included
                return f"{summary.included}" + (ui.tr(" (+%n excluded)", "", excluded) if excluded else "")
            if key == "updated":
                return summary.updated.replace("T", " ").rstrip("Z")[:16]
            if key == "title" and summary.id in self._recent[:3] and role == Qt.ItemDataRole.DisplayRole:
                return summary.title + "  ·  " + ui.tr("recent")
            return str(getattr(summary, key))
        if role == roles.ITEM_ID:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = summary.built.replace("T", " ").rstrip("Z")[:16]
            built = ui.tr("; last exported {time}").format(time=stamp) if summary.built else ""
            return f"{summary.title}{built}"
        return None


class PacksBrowser(QDialog):
    """Open emits `open_requested(pack_id)`; other actions act on the store directly."""

    open_requested = Signal(str)
    pack_changed = Signal(str)  # a pack was refreshed or imported (the editor may reload it)
    pack_deleted = Signal(str)

    def __init__(
        self, workspace, recent: list[str], parent: QWidget | None = None, ui_state: UiState | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("Packs"))
        self.setAccessibleName(ui.tr("Packs"))
        self.workspace = workspace
        self.ui_state = ui_state
        self.recent = list(recent)
        self.import_notes: list[str] = []
        self.model = PackListModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("packSearch")
        self.search.setAccessibleName(ui.tr("Search packs"))
        self.search.setPlaceholderText(ui.tr("Search packs by title, meeting or date"))
        self.search.setClearButtonEnabled(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(ui.tr("Saved packs"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setTabKeyNavigation(False)
        self.empty = QLabel(ui.tr("No saved packs yet: start one with New pack (Ctrl+N)."))
        self.open_button = QPushButton(ui.tr("&Open"))
        self.open_button.setDefault(True)
        self.duplicate_button = QPushButton(ui.tr("D&uplicate"))
        self.delete_button = QPushButton(ui.tr("&Delete"))
        self.refresh_button = QPushButton(ui.tr("&Refresh…"))
        self.refresh_button.setToolTip(
            ui.tr("See what changed in the library for this pack, and choose what to apply")
        )
        self.export_file_button = QPushButton(ui.tr("Save as &file…"))
        self.export_file_button.setToolTip(ui.tr("Write a .briefpack file to share (it embeds its quotes)"))
        self.import_file_button = QPushButton(ui.tr("&Import file…"))
        self.close_button = QPushButton(ui.tr("Close"))
        for button in (
            self.open_button,
            self.duplicate_button,
            self.delete_button,
            self.refresh_button,
            self.export_file_button,
            self.import_file_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        side = QVBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.delete_button, self.refresh_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.export_file_button)
        side.addWidget(self.import_file_button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.empty)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(side)
        self.resize(760, 420)
        self._connect_signals()
        self.reload()
        self.search.setFocus()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda: self.reload(self.selected_id()))
        self.search.returnPressed.connect(self.open_selected)
        self.view.doubleClicked.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.refresh_selected)
        self.export_file_button.clicked.connect(self.export_file)
        self.import_file_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)

    def reload(self, select: str = "") -> None:
        self.model.set_packs(self.workspace.packs.summaries(), self.recent, self.search.text())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.empty.setText(
            ui.tr("No pack matches the search.")
            if self.search.text().strip()
            else ui.tr("No saved packs yet: start one with New pack (Ctrl+N).")
        )
        row = self.model.row_of(select) if select else 0
        if self.model.rowCount():
            self.view.selectRow(max(row, 0))
        self._update_buttons()

    def selected_id(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if rows else ""

    @Slot()
    def _update_buttons(self) -> None:
        has = bool(self.selected_id())
        for button in (
            self.open_button,
            self.duplicate_button,
            self.delete_button,
            self.refresh_button,
            self.export_file_button,
        ):
            button.setEnabled(has)

    @Slot()
    def open_selected(self) -> None:
        pack_id = self.selected_id()
        if pack_id:
            self.open_requested.emit(pack_id)
            self.accept()

    @Slot()
    def duplicate_selected(self) -> str | None:
        pack_id = self.selected_id()
        if not pack_id:
            return None
        try:
            copy = self.workspace.packs.duplicate(pack_id)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not duplicate the pack"))
            return None
        self.reload(copy.id)
        return copy.id

    @Slot()
    def delete_selected(self) -> bool:
        pack_id = self.selected_id()
        if not pack_id:
            return False
        title = self.model.summary(self.model.row_of(pack_id)).title
        if dialogs_enabled():
            answer = QMessageBox.question(
                self,
                ui.tr("Delete pack"),
                ui.tr("Delete the pack “{title}”? This cannot be undone.").format(title=title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.workspace.packs.delete(pack_id)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not delete the pack"))
            return False
        self.recent = [r for r in self.recent if r != pack_id]
        self.pack_deleted.emit(pack_id)
        self.reload()
        return True

    @Slot()
    def refresh_selected(self) -> None:
        from app.gui.refresh_dialog import RefreshDialog

        pack_id = self.selected_id()
        if not pack_id:
            return
        try:
            report, _pack = self.workspace.packs.refresh(pack_id, dry_run=True)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not check the pack"))
            return
        dialog = RefreshDialog(self.workspace, pack_id, report, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.applied:
            self.pack_changed.emit(pack_id)
            self.reload(pack_id)

    @Slot()
    def export_file(self) -> Path | None:
        pack_id = self.selected_id()
        if not pack_id:
            return None
        title = self.model.summary(self.model.row_of(pack_id)).title
        path = ask_save_path(
            self,
            ui.tr("Save pack as file"),
            f"{file_stem(title)}.briefpack",
            ui.tr("Briefpack files (*.briefpack)"),
            "briefpack",
            self.ui_state,
        )
        if path is None:
            return None
        try:
            return self.workspace.packs.export_file(pack_id, Path(path))
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not save the pack file"))
            return None

    @Slot()
    def import_file(self, path: str = "") -> str | None:
        if not path:
            chosen = ask_open_path(
                self, ui.tr("Import pack file"), ui.tr("Briefpack files (*.briefpack)"), self.ui_state
            )
            path = str(chosen) if chosen is not None else ""
        if not path:
            return None
        outcome = import_pack_file(self, self.workspace, Path(path))
        if outcome.pack_id is None:
            return None
        self.import_notes = list(outcome.notes)
        if not outcome.new:
            self.reload(outcome.pack_id)
            return None
        self.pack_changed.emit(outcome.pack_id)
        self.reload(outcome.pack_id)
        return outcome.pack_id
