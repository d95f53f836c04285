"""The results model: model contract, sorting by column (in the model itself), drag data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.gui import roles
from app.gui.results_model import COLUMN, ResultsModel

pytestmark = pytest.mark.gui


def _model(library, ids=None, highlights=None):
    model = ResultsModel()
    model.set_results(library, ids if ids is not None else list(library.items), highlights)
    return model


def test_results_model_passes_the_model_tester(qtmodeltester, library):
    model = _model(library, list(library.items)[:40])
    qtmodeltester.check(model)
    model.sort(COLUMN["date"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_show_the_item_and_its_source(library):
    item = next(iter(library))
    source = library.source_of(item)
    model = _model(library, [item.id], {item.id: ((0, 5),)})
    assert model.rowCount() == 1
    assert model.index(0, COLUMN["text"]).data() == item.text
    assert model.index(0, COLUMN["text"]).data(roles.HIGHLIGHTS) == ((0, 5),)
    assert model.index(0, COLUMN["source"]).data() == (source.short_title or source.title)
    assert model.index(0, COLUMN["date"]).data() == str(source.year)
    assert model.index(0, COLUMN["date"]).data(Qt.ItemDataRole.ToolTipRole) == source.date_display
    chips = model.index(0, COLUMN["themes"]).data(roles.CHIPS)
    assert [tag for tag, _ in chips] == list(item.themes)
    assert model.index(0, COLUMN["rank"]).data() == "1"
    assert item.text in model.index(0, COLUMN["text"]).data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_orders_rows_and_keeps_the_selection(qtbot, library):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    ids = list(library.items)
    model = _model(library, ids)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    chosen = ids[7]
    view.selectionModel().setCurrentIndex(
        model.index(7, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.sort(COLUMN["date"], Qt.SortOrder.DescendingOrder)
    dates = [
        library.source_of(library.items[model.index(r, 0).data(roles.ITEM_ID)]).sort_date
        for r in range(model.rowCount())
    ]
    assert dates == sorted(dates, reverse=True)
    assert model.item_id_at(view.currentIndex()) == chosen
    model.sort(COLUMN["text"], Qt.SortOrder.AscendingOrder)
    texts = [model.index(r, COLUMN["text"]).data().casefold() for r in range(model.rowCount())]
    assert texts == sorted(texts)
    model.sort(-1)
    assert [model.index(r, 0).data(roles.ITEM_ID) for r in range(model.rowCount())] == ids
    assert model.item_id_at(view.currentIndex()) == chosen


def test_drag_data_carries_ids_and_quotes_with_citations(library):
    ids = list(library.items)[:2]
    model = _model(library, ids)
    mime = model.mimeData([model.index(1, 1), model.index(0, 1), model.index(0, 2)])
    assert roles.decode_ids(mime.data(roles.ITEM_IDS_MIME).data()) == ids
    first = library.items[ids[0]]
    assert first.text in mime.text()
    assert first.locator in mime.text()


def test_unknown_ids_are_dropped_and_invalid_indexes_give_nothing(library):
    model = _model(library, ["no-such-item", next(iter(library.items))])
    assert model.rowCount() == 1
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
