"""Facet models and the facet panel: ticks, counts, any/all, years as a range, clearing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui import roles
from app.gui.facet_model import FacetModel, FacetTerm
from app.gui.facet_panel import FacetPanel

pytestmark = pytest.mark.gui


def test_facet_model_passes_the_model_tester_and_ticks(qtmodeltester, qtbot):
    model = FacetModel("themes")
    model.set_terms([FacetTerm("children", "Children"), FacetTerm("gender", "Gender")])
    model.set_counts({"children": 12, "gender": 3})
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.checked_changed):
        assert model.setData(model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == ("gender",)
    assert model.index(0).data(roles.COUNT) == 12
    assert model.index(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Gender, 3 items"
    model.set_terms([FacetTerm("children", "Children")])
    assert model.checked() == ()


def test_panel_filters_follow_ticks_modes_and_clear(qtbot, library):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    themes = panel.model("themes")
    with qtbot.waitSignal(panel.changed):
        themes.setData(
            themes.index(themes.row_of("children")), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    audiences = panel.model("audiences")
    audiences.setData(
        audiences.index(audiences.row_of("justice")), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    with qtbot.waitSignal(panel.changed):
        panel.sections["audiences"].mode.setCurrentIndex(1)
    filters = panel.filters()
    assert filters["themes"] == ("children",)
    assert filters["audiences"] == ("justice",)
    assert filters["audiences_mode"] == "all"
    assert filters["themes_mode"] == "any"
    assert panel.clear_all_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.sections["themes"].clear_button.click()
    assert panel.filters()["themes"] == ()
    with qtbot.waitSignal(panel.changed):
        panel.clear_all_button.click()
    assert not panel.has_filters()
    assert not panel.clear_all_button.isEnabled()


def test_years_are_a_range(qtbot, library):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    years = panel.model("years")
    ids = [t.id for t in years.terms()]
    assert ids == sorted(ids, reverse=True) and len(ids) >= 3
    years.setData(years.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    years.setData(years.index(len(ids) - 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert set(years.checked()) == set(ids)
    filters = panel.filters()
    assert (filters["date_from"], filters["date_to"]) == (min(ids), max(ids))
    panel.set_filters(date_from=ids[1], date_to=ids[1])
    assert years.checked() == (ids[1],)


def test_counts_are_shown_and_zero_terms_stay_tickable(qtbot, library):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    panel.set_counts({"themes": {"children": 40}, "kinds": {"fact": 2}})
    themes = panel.model("themes")
    assert themes.index(themes.row_of("children")).data(roles.COUNT) == 40
    assert themes.index(themes.row_of("gender")).data(roles.COUNT) == 0
    assert themes.flags(themes.index(themes.row_of("gender"))) & Qt.ItemFlag.ItemIsUserCheckable
    panel.resize(240, 500)
    panel.show()
    view = panel.sections["themes"].view
    # every term is visible: the panel scrolls, the lists do not
    qtbot.waitUntil(lambda: view.height() >= view.sizeHintForRow(0) * themes.rowCount(), timeout=2000)


def test_terms_nothing_matches_are_drawn_greyed_unless_ticked(qtbot, library):
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    panel.set_counts({"themes": {"children": 40}})
    themes = panel.model("themes")
    greyed = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    gender = themes.index(themes.row_of("gender"))
    assert gender.data(Qt.ItemDataRole.ForegroundRole) == greyed
    assert themes.index(themes.row_of("children")).data(Qt.ItemDataRole.ForegroundRole) is None
    panel.resize(260, 600)
    panel.show()
    view = panel.sections["themes"].view
    qtbot.waitUntil(lambda: view.height() >= view.sizeHintForRow(0) * themes.rowCount(), timeout=2000)

    def darkest_text(index) -> int:
        image = view.viewport().grab(view.visualRect(index)).toImage()
        return min(
            QColor(image.pixel(x, y)).lightness()
            for x in range(24, min(image.width(), 120))
            for y in range(image.height())
        )

    assert darkest_text(gender) > darkest_text(themes.index(themes.row_of("children"))) + 40
    themes.setData(gender, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)  # ticked: not greyed
    assert gender.data(Qt.ItemDataRole.ForegroundRole) is None
    assert darkest_text(gender) < 80
