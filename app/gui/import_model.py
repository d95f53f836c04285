"""The candidates of an import under review: a table model over the frozen draft's candidates."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from app.gui import roles
from app.gui.table_model import ColumnsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("status", QT_TRANSLATE_NOOP("ui", "Import")),
    ("kind", QT_TRANSLATE_NOOP("ui", "Kind")),
    ("locator", QT_TRANSLATE_NOOP("ui", "Where")),
    ("text", QT_TRANSLATE_NOOP("ui", "Text")),
    ("themes", QT_TRANSLATE_NOOP("ui", "Themes")),
    ("audiences", QT_TRANSLATE_NOOP("ui", "Audiences")),
)
COLUMN = {key: n for n, (key, _) in enumerate(COLUMNS)}


class CandidatesModel(ColumnsTableModel):
    """Rows are candidates; ticking the first column asks for accept/reject (`status_requested`)."""

    columns = COLUMNS

    status_requested = Signal(str, bool)  # candidate id, accepted

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._draft = None
        self._threshold = 0.5

    def set_draft(self, draft, threshold: float) -> None:
        self.beginResetModel()
        self._draft = draft
        self._threshold = threshold
        self.endResetModel()

    def candidate_id(self, row: int) -> str:
        return self._draft.candidates[row].id

    def row_of(self, candidate_id: str) -> int:
        if self._draft is None:
            return -1
        return next((n for n, c in enumerate(self._draft.candidates) if c.id == candidate_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._draft is None else len(self._draft.candidates)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COLUMN["status"]:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._draft is None or not 0 <= index.row() < len(self._draft.candidates):
            return None
        candidate = self._draft.candidates[index.row()]
        key = COLUMNS[index.column()][0]
        if role == roles.ITEM_ID:
            return candidate.id
        if role == Qt.ItemDataRole.CheckStateRole and key == "status":
            return Qt.CheckState.Checked if candidate.accepted else Qt.CheckState.Unchecked
        if role == roles.CHIPS and key in ("themes", "audiences"):
            ids = (
                candidate.theme_ids(self._threshold)
                if key == "themes"
                else candidate.audience_ids(self._threshold)
            )
            return tuple((tag, roles.short_label(tag)) for tag in ids)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if key == "status":
                return (
                    ""
                    if role == Qt.ItemDataRole.DisplayRole
                    else ("accepted" if candidate.accepted else "rejected")
                )
            if key == "text":
                return " ".join(candidate.text.split())
            if key == "themes":
                return ", ".join(candidate.theme_ids(self._threshold))
            if key == "audiences":
                return ", ".join(candidate.audience_ids(self._threshold))
            return str(getattr(candidate, key))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "text":
                return candidate.text
            if key == "kind":
                return f"{candidate.kind} (confidence {candidate.kind_confidence:.0%}; {candidate.rule})"
            if key in ("themes", "audiences"):
                suggestions = candidate.themes if key == "themes" else candidate.audiences
                return "\n".join(f"{s.tag}: {s.confidence:.0%} ({'; '.join(s.reasons)})" for s in suggestions)
        if role == Qt.ItemDataRole.ForegroundRole and not candidate.accepted:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self._draft is None:
            return False
        if index.column() != COLUMN["status"] or not 0 <= index.row() < len(self._draft.candidates):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        candidate_id = self._draft.candidates[index.row()].id
        self.status_requested.emit(candidate_id, state == Qt.CheckState.Checked.value)
        return True
