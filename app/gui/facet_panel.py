"""The facet panel: themes, audiences, kinds, sources and years, each ticked, counted and cleared."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.library import Library
from app.gui import roles, theme
from app.gui.delegates import cell_state
from app.gui.facet_model import FacetModel, FacetTerm
from app.gui.i18n import ui

if TYPE_CHECKING:  # QStyle and the painting classes are looked up by the first paint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.gui.ui_state import UiState

ModelIndex = QModelIndex | QPersistentModelIndex
FOLDED_KEY = "facets/folded"
FACETS = (
    ("themes", QT_TRANSLATE_NOOP("ui", "Themes"), True),
    ("audiences", QT_TRANSLATE_NOOP("ui", "Audiences"), True),
    ("kinds", QT_TRANSLATE_NOOP("ui", "Kinds"), False),
    ("sources", QT_TRANSLATE_NOOP("ui", "Sources"), False),
    ("years", QT_TRANSLATE_NOOP("ui", "Years"), False),
)


class CountDelegate(QStyledItemDelegate):
    """The term with its count right-aligned; terms with no matches are greyed. A click anywhere on
    the row ticks or unticks it (not only on the small box)."""

    def editorEvent(self, event, model, option, index) -> bool:
        kind = event.type()
        mouse = QtCore.QEvent.Type
        if kind in (mouse.MouseButtonRelease, mouse.MouseButtonDblClick):
            inside = option.rect.contains(event.position().toPoint())
            if event.button() != Qt.MouseButton.LeftButton or not inside:
                return False
            if kind == mouse.MouseButtonRelease:
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                model.setData(
                    index,
                    Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            return True
        return super().editorEvent(event, model, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The style draws the box and the term (from C++, in the row less the count's room; the
        # model greys a term nothing matches; see delegates.py on why painting here never
        # touches QStyle); the count is drawn beside them, on the selection's colour when the
        # row is selected. No Python initStyleOption: each row is one call into Python, not two.
        row = option.rect
        width = option.fontMetrics.horizontalAdvance("0000") + 6
        room = QRect(row.right() - width + 1, row.top(), width, row.height())
        option.rect = row.adjusted(0, 0, -width, 0)
        super().paint(painter, option, index)
        selected, group = cell_state(option, index)
        if selected:
            painter.fillRect(room, option.palette.brush(group, QPalette.ColorRole.Highlight))
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(group, role))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(room.adjusted(-1, 0, -5, 0), align, str(int(index.data(roles.COUNT) or 0)))
        painter.restore()


class FacetList(QListView):
    """A list view as tall as its rows (the panel scrolls, not each list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        row_height = self.sizeHintForRow(0) if rows else 20
        return QSize(160, max(row_height, rows * row_height) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())


class FacetSection(QWidget):
    """A titled facet: collapse toggle, any/all for multi-valued tags, clear, and the list."""

    changed = Signal()

    def __init__(self, name: str, title: str, with_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = FacetModel(name, self)
        self.title_button = QToolButton()
        self.title_button.setText(title)
        self.title_button.setCheckable(True)
        self.title_button.setChecked(True)
        self.title_button.setArrowType(Qt.ArrowType.DownArrow)
        self.title_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title_button.setAutoRaise(True)
        self.title_button.setAccessibleName(ui.tr("Show or hide {facet}").format(facet=title.lower()))
        font = self.title_button.font()
        font.setBold(True)
        self.title_button.setFont(font)
        # Only multi-valued tags (themes, audiences) can be matched "all"; the others have no switch.
        self.mode: QComboBox | None = None
        if with_mode:
            self.mode = QComboBox()
            self.mode.addItem(ui.tr("any"), "any")
            self.mode.addItem(ui.tr("all"), "all")
            self.mode.setToolTip(
                ui.tr("Match items with any of the ticked {facet}, or with all of them").format(
                    facet=title.lower()
                )
            )
            self.mode.setAccessibleName(ui.tr("{facet}: match any or all").format(facet=title))
        # an icon, not a word: the header row keeps room for the title and the any/all switch in
        # every language (French and Spanish run longer than English)
        self.clear_button = QToolButton()
        theme.set_icon(self.clear_button, "clear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleName(ui.tr("Clear {facet}").format(facet=title.lower()))
        self.clear_button.setToolTip(self.clear_button.accessibleName())
        self.clear_button.setEnabled(False)
        self.view = FacetList()
        self.view.setModel(self.model)
        self.model.set_row_height(self.view.fontMetrics().height() + 6)
        self.view.setItemDelegate(CountDelegate(self.view))
        self.view.setAccessibleName(title)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_button)
        header.addStretch(1)
        if self.mode is not None:
            header.addWidget(self.mode)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.title_button.toggled.connect(self._on_expand)
        self.clear_button.clicked.connect(self._on_clear)
        self.model.checked_changed.connect(self._on_checked)
        self.model.modelReset.connect(self.view.updateGeometry)
        if self.mode is not None:
            self.mode.currentIndexChanged.connect(self._on_mode)

    @property
    def match_mode(self) -> str:
        return str(self.mode.currentData()) if self.mode is not None else "any"

    def set_match_mode(self, mode: str) -> None:
        if self.mode is None:
            return
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(1 if mode == "all" else 0)
        self.mode.blockSignals(False)

    @Slot(bool)
    def _on_expand(self, expanded: bool) -> None:
        self.view.setVisible(expanded)
        self.title_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    @Slot()
    def _on_checked(self) -> None:
        self.update_clear()
        self.changed.emit()

    def update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.model.checked() or self.model.typed()))

    @Slot()
    def _on_clear(self) -> None:
        for term_id in self.model.typed():
            self.model.typed_unticked.emit(term_id)
        self.model.clear()

    @Slot(int)
    def _on_mode(self, _index: int) -> None:
        if self.model.checked():
            self.changed.emit()


class FacetPanel(QScrollArea):
    """All facets in one scrolling column; `changed` fires on any tick, mode or clear.

    Terms the search text names ("theme:children") show ticked too; unticking one, or clearing,
    asks (`typed_removed`) for it to be taken out of the text."""

    changed = Signal()
    typed_removed = Signal(str, str)  # group ("themes"...), term id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(ui.tr("Filters"))
        self.sections: dict[str, FacetSection] = {}
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 4, 4)
        self.clear_all_button = QToolButton()
        self.clear_all_button.setText(ui.tr("Clear all filters"))
        self.clear_all_button.setAccessibleName(ui.tr("Clear all filters"))
        self.clear_all_button.setEnabled(False)
        self.top = QVBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addLayout(self.top)
        self.header = QHBoxLayout()
        self.header.addStretch(1)
        self.header.addWidget(self.clear_all_button)
        self.body_layout.addLayout(self.header)
        for name, title, with_mode in FACETS:
            section = FacetSection(name, ui.tr(title), with_mode)
            section.setObjectName(f"facet-{name}")
            self.sections[name] = section
            self.body_layout.addWidget(section)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self._years_adjusting = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        for name, section in self.sections.items():
            section.changed.connect(self._on_section_changed)
            section.model.typed_unticked.connect(lambda term, n=name: self.typed_removed.emit(n, term))
        self.sections["years"].model.checked_changed.connect(self._fill_year_range)
        self.clear_all_button.clicked.connect(self.clear_all)

    def model(self, name: str) -> FacetModel:
        return self.sections[name].model

    # -- the pane's layout between runs ----------------------------------------
    def restore_state(self, ui_state: UiState) -> None:
        """Fold the sections the user folded last time."""
        folded = set(ui_state.texts(FOLDED_KEY))
        for name, section in self.sections.items():
            section.title_button.setChecked(name not in folded)

    def save_state(self, ui_state: UiState) -> None:
        ui_state.set_texts(
            FOLDED_KEY,
            [name for name, section in self.sections.items() if not section.title_button.isChecked()],
        )

    # -- terms and counts ----------------------------------------------------
    def set_library(self, library: Library) -> None:
        taxonomy = library.taxonomy
        self.model("themes").set_terms([FacetTerm(t.id, t.label, t.definition) for t in taxonomy.themes])
        self.model("audiences").set_terms(
            [FacetTerm(t.id, t.label, t.definition) for t in taxonomy.audiences]
        )
        self.model("kinds").set_terms([FacetTerm(t.id, t.label, t.definition) for t in taxonomy.kinds])
        sources = sorted(library.sources.values(), key=lambda s: (s.sort_date, s.id), reverse=True)
        self.model("sources").set_terms(
            [FacetTerm(s.id, s.short_title or s.title, f"{s.title} ({s.date_display})") for s in sources]
        )
        years = sorted({s.year for s in library.sources.values() if s.year}, reverse=True)
        self.model("years").set_terms(
            [FacetTerm(str(y), str(y), ui.tr("Years select a range")) for y in years]
        )
        for section in self.sections.values():
            section.view.updateGeometry()
            section.layout().invalidate()
        self.body_layout.invalidate()
        self.widget().updateGeometry()

    def set_counts(self, facets: dict[str, dict[str, int]]) -> None:
        for name, section in self.sections.items():
            section.model.set_counts(facets.get(name, {}))

    def set_typed(self, query) -> None:
        """Tick what the search text adds to the ticked filters (the effective query's tags)."""
        for name in ("themes", "audiences", "kinds", "sources"):
            section = self.sections[name]
            section.model.set_typed(getattr(query, name, ()))
            section.update_clear()
        self._update_clear_all()

    # -- the query fields ---------------------------------------------------
    def filters(self) -> dict:
        """The facet part of a search Query (years become an inclusive date range)."""
        years = sorted(self.model("years").checked())
        return {
            "themes": self.model("themes").checked(),
            "themes_mode": self.sections["themes"].match_mode,
            "audiences": self.model("audiences").checked(),
            "audiences_mode": self.sections["audiences"].match_mode,
            "kinds": self.model("kinds").checked(),
            "sources": self.model("sources").checked(),
            "date_from": years[0] if years else "",
            "date_to": years[-1] if years else "",
        }

    def set_filters(
        self,
        themes=(),
        themes_mode="any",
        audiences=(),
        audiences_mode="any",
        kinds=(),
        sources=(),
        date_from="",
        date_to="",
    ) -> None:
        """Tick exactly these (one `changed` signal at the end)."""
        self.blockSignals(True)
        try:
            self.model("themes").set_checked(themes)
            self.sections["themes"].set_match_mode(themes_mode)
            self.model("audiences").set_checked(audiences)
            self.sections["audiences"].set_match_mode(audiences_mode)
            self.model("kinds").set_checked(kinds)
            self.model("sources").set_checked(sources)
            lo, hi = (date_from or "")[:4], (date_to or "")[:4]
            years = [
                t.id
                for t in self.model("years").terms()
                if (not lo or t.id >= lo) and (not hi or t.id <= hi) and (lo or hi)
            ]
            self.model("years").set_checked(years)
        finally:
            self.blockSignals(False)
        self._update_clear_all()
        self.changed.emit()

    def has_filters(self) -> bool:
        return any(section.model.checked() or section.model.typed() for section in self.sections.values())

    @Slot()
    def clear_all(self) -> None:
        for name, section in self.sections.items():
            for term_id in section.model.typed():
                self.typed_removed.emit(name, term_id)
        self.blockSignals(True)
        try:
            for section in self.sections.values():
                section.model.clear()
        finally:
            self.blockSignals(False)
        self._update_clear_all()
        self.changed.emit()

    @Slot()
    def _on_section_changed(self) -> None:
        self._update_clear_all()
        if not self._years_adjusting:
            self.changed.emit()

    def _update_clear_all(self) -> None:
        self.clear_all_button.setEnabled(self.has_filters())

    @Slot()
    def _fill_year_range(self) -> None:
        """Years are a range: ticking 2017 and 2023 ticks the years between them too."""
        model = self.model("years")
        checked = model.checked()
        if len(checked) < 2:
            return
        lo, hi = min(checked), max(checked)
        span = [t.id for t in model.terms() if lo <= t.id <= hi]
        if set(span) != set(checked):
            self._years_adjusting = True
            try:
                model.set_checked(span)
            finally:
                self._years_adjusting = False
