"""The results table: a virtual model over ranked item ids that sorts itself by any column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.core.library import Library
from app.core.models import Item, Source
from app.gui import roles
from app.gui.i18n import ui

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(NamedTuple):
    """A results column: its key, its header and the header's tooltip."""

    key: str
    title: str
    tooltip: str


COLUMNS: tuple[Column, ...] = (
    Column("rank", "#", QT_TRANSLATE_NOOP("ui", "Rank in the search results")),
    Column(
        "text",
        QT_TRANSLATE_NOOP("ui", "Quote"),
        QT_TRANSLATE_NOOP("ui", "The item's text, matches highlighted"),
    ),
    Column(
        "themes", QT_TRANSLATE_NOOP("ui", "Themes"), QT_TRANSLATE_NOOP("ui", "Themes the item is tagged with")
    ),
    Column(
        "audiences",
        QT_TRANSLATE_NOOP("ui", "Audiences"),
        QT_TRANSLATE_NOOP("ui", "Who the item is addressed to"),
    ),
    Column(
        "kind", QT_TRANSLATE_NOOP("ui", "Kind"), QT_TRANSLATE_NOOP("ui", "Recommendation, commitment or fact")
    ),
    Column("source", QT_TRANSLATE_NOOP("ui", "Source"), QT_TRANSLATE_NOOP("ui", "The document quoted")),
    Column("date", QT_TRANSLATE_NOOP("ui", "Date"), QT_TRANSLATE_NOOP("ui", "The source's date")),
)
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}


def quotes_with_citations(library: Library, item_ids: Sequence[str]) -> str:
    """“Quote”, then its full citation, for each item: what Copy puts on the clipboard."""
    parts = []
    for item_id in item_ids:
        item = library.items[item_id]
        parts.append(f"“{item.text}”\n{citation_text(library.source_of(item), item)}")
    return "\n\n".join(parts)


class ResultsModel(QAbstractTableModel):
    """Rows are item ids in rank order; every cell is computed from the library on demand."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._ids: list[str] = []
        self._rank: dict[str, int] = {}
        self._highlights: Callable[[str], tuple] = lambda _item_id: ()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- content -----------------------------------------------------------
    def set_results(
        self,
        library: Library,
        item_ids: Sequence[str],
        highlights: dict[str, tuple[tuple[int, int], ...]] | None = None,
    ) -> None:
        """Replace the rows (one reset; nothing is computed until a cell is painted)."""
        self.beginResetModel()
        self._library = library
        self._ids = [i for i in item_ids if i in library.items]
        self._rank = {item_id: n for n, item_id in enumerate(self._ids)}
        fixed = dict(highlights or {})
        self._highlights = lambda item_id: fixed.get(item_id, ())
        if self._sort[0] >= 0:
            self._ids.sort(
                key=self._key_function(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        self.endResetModel()

    def set_hits(self, library: Library, hits: Sequence) -> None:
        """Rows from search hits; each hit's highlights are worked out only when its row is painted."""
        by_id = {hit.item_id: hit for hit in hits}
        self.set_results(library, list(by_id))
        self._highlights = lambda item_id: by_id[item_id].highlights if item_id in by_id else ()

    def refresh_items(self, library: Library, item_ids: Sequence[str]) -> None:
        """The library changed under some rows: repaint them (rows stay where they are)."""
        self._library = library
        changed = set(item_ids)
        rows = [n for n, item_id in enumerate(self._ids) if item_id in changed]
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def item_ids(self) -> list[str]:
        return list(self._ids)

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def item_id_at(self, index: QModelIndex) -> str:
        """The item shown in the row of `index` ("" for no row)."""
        return self._ids[index.row()] if index.isValid() and index.row() < len(self._ids) else ""

    def row_of(self, item_id: str) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    # -- the model interface -------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ui.tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ui.tr(COLUMNS[section].tooltip)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._library is None:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= column < len(COLUMNS):
            return None
        item_id = self._ids[row]
        item = self._library.items.get(item_id)
        if item is None:
            return None
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == roles.ITEM_ID:
            return item_id
        if role == roles.HIGHLIGHTS:
            return self._highlights(item_id) if key == "text" else ()
        if role == roles.CHIPS:
            if key in ("themes", "audiences"):
                return tuple((tag, roles.short_label(tag)) for tag in getattr(item, key))
            return ()
        if role == roles.SORT_KEY:
            return self._key_function(column)(item_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = key in ("rank", "date")
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(item, key)
        return None

    def _display(self, item: Item, key: str) -> str:
        library = self._library
        assert library is not None
        if key == "rank":
            return str(self._rank.get(item.id, 0) + 1)
        if key == "text":
            return item.text
        if key in ("themes", "audiences"):
            return ", ".join(library.taxonomy.label(t) for t in getattr(item, key))
        if key == "kind":
            return library.taxonomy.label(item.kind)
        source = library.sources.get(item.source_id)
        if source is None:
            return ""
        if key == "source":
            return source.short_title or source.title
        if key == "date":
            return str(source.year or source.date_display)
        return ""

    def _tooltip(self, item: Item, key: str) -> str | None:
        library = self._library
        assert library is not None
        source = library.sources.get(item.source_id)
        if key == "text" and source is not None:
            lead = f"{item.lead_in}\n" if item.lead_in else ""
            return f"{lead}{item.text}\n\n{citation_text(source, item)}"
        if key == "source" and source is not None:
            return source.title
        if key == "date" and source is not None:
            return source.date_display
        if key in ("themes", "audiences"):
            return self._display(item, key)
        return None

    # -- sorting (in Python, by key, in one pass) --------------------------
    def _key_function(self, column: int):
        library = self._library
        assert library is not None
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "rank"
        items, sources, rank = library.items, library.sources, self._rank

        def source_of(item_id: str):
            return sources[items[item_id].source_id]

        if key == "text":
            return lambda i: items[i].text.casefold()
        if key in ("themes", "audiences"):
            return lambda i: tuple(library.taxonomy.label(t).casefold() for t in getattr(items[i], key))
        if key == "kind":
            return lambda i: items[i].kind
        if key == "source":
            return lambda i: ((source_of(i).short_title or source_of(i).title).casefold(), items[i].order)
        if key == "date":
            return lambda i: (source_of(i).sort_date, items[i].source_id, items[i].order)
        return lambda i: rank.get(i, 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._library is None:
            self._sort = (column, order)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [
            (self._ids[i.row()], i.column()) if i.row() < len(self._ids) else None for i in persistent
        ]
        self._sort = (column, order)
        if column < 0:
            self._ids.sort(key=lambda i: self._rank.get(i, 0))
        else:
            self._ids.sort(key=self._key_function(column), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {item_id: n for n, item_id in enumerate(self._ids)}
        moved = [self.index(position[r[0]], r[1]) if r else QModelIndex() for r in remembered]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- drag ----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [roles.ITEM_IDS_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            item_id = self._ids[index.row()]
            if item_id not in ids:
                ids.append(item_id)
        mime = QMimeData()
        mime.setData(roles.ITEM_IDS_MIME, roles.encode_ids(ids))
        mime.setText(quotes_with_citations(self._library, ids) if self._library is not None else "")
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def citation_text(source: Source, item: Item) -> str:
    """The item's full citation; the citation styles load with the first one asked for (a
    tooltip, a copy or a drag), not with the window."""
    from app.core.citations import full_citation

    return full_citation(source, item)
