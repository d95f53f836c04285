"""The results table: fixed-height rows, chips and highlights, multi-select, drag into the pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.gui.delegates import ChipsDelegate, QuoteDelegate
from app.gui.i18n import ui
from app.gui.results_model import COLUMN, COLUMNS, ResultsModel
from app.gui.roles import ADD_ROW, SELECT_ROW

if TYPE_CHECKING:  # the event types are set up by PySide6 with the first such event
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent

    from app.gui.ui_state import UiState

DEFAULT_WIDTHS = {
    "rank": 32,
    "text": 300,
    "themes": 136,
    "audiences": 112,
    "kind": 104,
    "source": 112,
    "date": 48,
}
HIDDEN_BY_DEFAULT = ("kind",)
MIN_QUOTE_WIDTH = 220
HEADER_KEY = "results/header"


class ResultsView(QTableView):
    """A QTableView over ResultsModel (which sorts itself: one keyed Python sort, no proxy
    calling back into Python n·log n times) with the app's delegates and behaviour."""

    current_item_changed = Signal(str)  # item id ("" when nothing is current)
    context_menu_requested = Signal(object)  # global QPoint
    activated_items = Signal(list)  # Enter / double-click: item ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferred: dict[int, int] = {}
        self._fitting = True  # no fitting while the columns are set up (see updateGeometries)
        self.results_model = ResultsModel(self)
        self.setModel(self.results_model)
        self.setAccessibleName(ui.tr("Search results"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegateForColumn(COLUMN["text"], QuoteDelegate(self))
        self.setItemDelegateForColumn(COLUMN["themes"], ChipsDelegate(self))
        self.setItemDelegateForColumn(COLUMN["audiences"], ChipsDelegate(self))
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        header = self.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for n, column in enumerate(COLUMNS):
            self.setColumnWidth(n, DEFAULT_WIDTHS[column.key])
        header.setSectionResizeMode(COLUMN["text"], QHeaderView.ResizeMode.Stretch)
        for key in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(COLUMN[key], True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSortingEnabled(True)
        self._fitting = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.doubleClicked.connect(self._on_double_click)
        self.results_model.modelReset.connect(self._on_reset)
        self.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    # -- ids ---------------------------------------------------------------
    def current_item_id(self) -> str:
        return self.results_model.item_id_at(self.currentIndex())

    def selected_item_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.results_model.item_id(r) for r in rows]

    def select_item(self, item_id: str) -> bool:
        row = self.results_model.row_of(item_id)
        if row < 0:
            return False
        index = self.results_model.index(row, COLUMN["text"])
        self.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.scrollTo(index)
        return True

    def select_items(self, item_ids: list[str], current: str = "") -> None:
        """Select these rows (those still present); `current` becomes the current row."""
        selection = self.selectionModel()
        selection.clearSelection()
        first = None
        if current in item_ids:
            item_ids = [current, *[i for i in item_ids if i != current]]
        for item_id in item_ids:
            row = self.results_model.row_of(item_id)
            if row < 0:
                continue
            index = self.results_model.index(row, 0)
            selection.select(index, ADD_ROW)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- columns -------------------------------------------------------------
    def fit_columns(self) -> None:
        """Keep the quote readable: when the view is narrow, the other columns give up width
        in proportion (down to a floor); when it widens again they grow back to their defaults."""
        header = self.horizontalHeader()
        others = [n for n, c in enumerate(COLUMNS) if c.key != "text" and not header.isSectionHidden(n)]
        if not others:
            return
        available = self.viewport_width()
        wanted = {n: self._preferred.get(n, DEFAULT_WIDTHS[COLUMNS[n].key]) for n in others}
        room = available - MIN_QUOTE_WIDTH
        total = sum(wanted.values())
        scale = 1.0 if room >= total else max(room, 0) / total
        self._fitting = True
        try:
            for n in others:
                floor = 28 if COLUMNS[n].key in ("rank", "date") else 56
                width = max(floor, int(wanted[n] * scale))
                if header.sectionSize(n) != width:
                    header.resizeSection(n, width)
        finally:
            self._fitting = False

    def viewport_width(self) -> int:
        """viewport().width(), worked out without asking for the viewport.

        The first QWidget that PySide6 hands back to Python (as viewport() does) makes it set up
        the Python type and enums of every QWidget subclass (~50 enums, ~10 ms); at start-up this
        was that first call. A shown scroll bar takes its width from the viewport: Fusion, the
        app's style everywhere, never lays its bars over the content (asking the style would set
        up QStyle's Python type, ~800 enum values, that start-up has no other use for)."""
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            width -= bar.width()
        return width

    # -- the pane's layout between runs ----------------------------------------
    def restore_state(self, ui_state: UiState) -> None:
        """The columns as the user left them: order, widths, hidden ones."""
        header = ui_state.blob(HEADER_KEY)
        if header is not None:
            self.horizontalHeader().restoreState(header)
            self.remember_widths()

    def save_state(self, ui_state: UiState) -> None:
        ui_state.set_blob(HEADER_KEY, self.horizontalHeader().saveState())

    def remember_widths(self) -> None:
        """Take the current widths as the user's preferred ones (after restoring a saved header)."""
        header = self.horizontalHeader()
        self._preferred = {n: header.sectionSize(n) for n, c in enumerate(COLUMNS) if c.key != "text"}
        self.fit_columns()

    def show_column(self, section: int, shown: bool) -> None:
        self.horizontalHeader().setSectionHidden(section, not shown)
        self.fit_columns()

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, _old: int, new: int) -> None:
        if not self._fitting and COLUMNS[section].key != "text" and new > 0:
            self._preferred[section] = new

    def updateGeometries(self) -> None:
        # Called by Qt whenever the view's size or its scroll bars change: the moment to fit the
        # columns. Unlike resizeEvent it takes no event object, so laying out the window at
        # start-up does not make PySide6 set up the Python type of QEvent (179 values).
        super().updateGeometries()
        if not self._fitting:
            self.fit_columns()

    # -- events --------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.context_menu_requested.emit(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_item_ids():
            self.activated_items.emit(self.selected_item_ids())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_item_changed.emit(self.results_model.item_id_at(current))

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        item_id = self.results_model.item_id_at(index)
        if item_id:
            self.activated_items.emit([item_id])

    @Slot(QPoint)
    def _header_menu(self, position: QPoint) -> None:
        """Show or hide columns (the choice is kept with the header's state)."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for n, column in enumerate(COLUMNS):
            if column.key == "text":
                continue
            action = menu.addAction(column.tooltip if column.key == "rank" else column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            action.toggled.connect(lambda shown, n=n: self.show_column(n, shown))
        self._menu = menu
        menu.popup(header.mapToGlobal(position))

    @Slot()
    def _on_reset(self) -> None:
        self.current_item_changed.emit("")
