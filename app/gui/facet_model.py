"""A checkable list of facet terms (themes, audiences, kinds, sources, years) with live counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from app.gui import roles
from app.gui.i18n import ui

ModelIndex = QModelIndex | QPersistentModelIndex


class FacetTerm(NamedTuple):
    """One row: the term's id, the label shown and its tooltip."""

    id: str
    label: str
    tooltip: str = ""


class FacetModel(QAbstractListModel):
    """Rows are terms; the check state is the user's choice, the count comes from the last search."""

    checked_changed = Signal()
    typed_unticked = Signal(str)  # a term the search text ticks was unticked: take it out of the text

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self._terms: list[FacetTerm] = []
        self._counts: dict[str, int] = {}
        self._checked: set[str] = set()
        self._typed: set[str] = set()  # ticked by the search text ("theme:children")
        self._row_size: QSize | None = None

    # -- content -----------------------------------------------------------
    def set_terms(self, terms: Sequence[FacetTerm]) -> None:
        if [t for t in terms] == self._terms:
            return
        self.beginResetModel()
        self._terms = list(terms)
        known = {t.id for t in self._terms}
        dropped = self._checked - known
        self._checked &= known
        self.endResetModel()
        if dropped:
            self.checked_changed.emit()

    def set_row_height(self, height: int) -> None:
        """The rows' height, given by the view from its font (SizeHintRole, so no delegate is
        asked while the window is laid out)."""
        self._row_size = QSize(120, height)
        if self._terms:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._terms) - 1), [Qt.ItemDataRole.SizeHintRole]
            )

    def terms(self) -> list[FacetTerm]:
        return list(self._terms)

    def set_counts(self, counts: dict[str, int]) -> None:
        counts = {str(k): int(v) for k, v in counts.items()}
        if counts == self._counts:
            return
        self._counts = counts
        if self._terms:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._terms) - 1),
                [
                    roles.COUNT,
                    Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ForegroundRole,
                ],
            )

    def count(self, term_id: str) -> int:
        return self._counts.get(term_id, 0)

    def checked(self) -> tuple[str, ...]:
        """The ticked terms in list order."""
        return tuple(t.id for t in self._terms if t.id in self._checked)

    def set_checked(self, ids: Iterable[str], notify: bool = True) -> None:
        wanted = {i for i in ids if any(t.id == i for t in self._terms)}
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._terms:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._terms) - 1),
                [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole],
            )
        if notify:
            self.checked_changed.emit()

    def clear(self) -> None:
        self.set_checked(())

    def typed(self) -> tuple[str, ...]:
        """The terms the search text ticks, in list order."""
        return tuple(t.id for t in self._terms if t.id in self._typed)

    def set_typed(self, ids: Iterable[str]) -> None:
        """Show these terms ticked because the search text names them (not the user's ticks)."""
        typed = {i for i in ids if i not in self._checked}
        if typed == self._typed:
            return
        self._typed = typed
        if self._terms:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._terms) - 1),
                [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole],
            )

    def row_of(self, term_id: str) -> int:
        for n, term in enumerate(self._terms):
            if term.id == term_id:
                return n
        return -1

    # -- the model interface -------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._terms)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return term.label
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = term.id in self._checked or term.id in self._typed
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == roles.COUNT:
            return self._counts.get(term.id, 0)
        if role == Qt.ItemDataRole.ForegroundRole:  # greyed: nothing matches and it is not ticked
            if self._counts.get(term.id) or term.id in self._checked or term.id in self._typed:
                return None
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == roles.TERM_ID:
            return term.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = term.tooltip or term.label
            return (
                ui.tr("{tip} (ticked by the search text)").format(tip=tip) if term.id in self._typed else tip
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{term.label}, " + ui.tr("%n item(s)", "", self._counts.get(term.id, 0))
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._row_size
        return None

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._terms):
            return False
        term_id = self._terms[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if term_id in self._typed:
            if state != Qt.CheckState.Checked.value:
                self.typed_unticked.emit(term_id)
            return True
        if state == Qt.CheckState.Checked.value:
            self._checked.add(term_id)
        else:
            self._checked.discard(term_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole])
        self.checked_changed.emit()
        return True
