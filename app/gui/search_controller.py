"""Runs the core search for the search box and facets, and pushes the result into the views."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.core.search import Query
from app.gui.facet_panel import FacetPanel
from app.gui.results_view import ResultsView
from app.gui.search_box import SearchBox
from app.gui.session import Session

if TYPE_CHECKING:
    from app.core.search import SearchResult


class SearchController(QObject):
    """One search per burst of typing or ticking (coalesced to the next event-loop turn)."""

    searched = Signal(object)  # the SearchResult, after the views were updated

    def __init__(
        self,
        session: Session,
        box: SearchBox,
        facets: FacetPanel,
        results: ResultsView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.box = box
        self.facets = facets
        self.results = results
        self.enabled = False
        self.last_result: SearchResult | None = None
        self.last_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.run)
        self.box.query_changed.connect(self.schedule)
        self.facets.changed.connect(self.schedule)
        self.facets.typed_removed.connect(self._take_out_of_text)
        self.session.library_changed.connect(self._on_library_changed)

    def query(self) -> Query:
        return Query(text=self.box.text(), **self.facets.filters())

    @Slot()
    def schedule(self) -> None:
        if self.enabled:
            self._timer.start()

    @Slot()
    def run(self) -> SearchResult | None:
        """Search now and update results, counts and selection."""
        if not self.enabled:
            return None
        self._timer.stop()
        started = time.perf_counter()
        keep_current = self.results.current_item_id()
        keep_selected = self.results.selected_item_ids()
        result = self.session.workspace.search(self.query())
        library = self.session.library
        self.results.results_model.set_hits(library, result.hits)
        self.facets.set_counts(result.facets)
        self.facets.set_typed(result.query)
        if keep_selected:
            self.results.select_items(keep_selected, keep_current)
        elif keep_current:
            self.results.select_item(keep_current)
        self.last_result = result
        self.last_ms = (time.perf_counter() - started) * 1000
        self.searched.emit(result)
        return result

    @Slot(str, str)
    def _take_out_of_text(self, group: str, term_id: str) -> None:
        """A box the search text ticked was unticked: the text loses that filter."""
        from app.core.search import without_field_filter

        text = self.box.text()
        changed = without_field_filter(text, group, term_id)
        if changed != text:
            self.box.setText(changed)

    @Slot(list)
    def _on_library_changed(self, _item_ids: list) -> None:
        self.schedule()
