"""The import quality measures: matching, exact text, kinds and tag agreement."""

from __future__ import annotations

import pytest

from app.core.importing.quality import GoldItem, ImportedItem, Score, compare


def _gold() -> list[GoldItem]:
    return [
        GoldItem(
            "a",
            "States should protect victims of trafficking.",
            "recommendation",
            ("survivors",),
            ("states",),
        ),
        GoldItem(
            "b",
            "Businesses should audit their supply chains for forced labour.",
            "recommendation",
            ("business", "labour"),
            ("private-sector",),
        ),
        GoldItem("c", "Data on trafficking remain scarce.", "fact", ("evidence",), ()),
    ]


def test_compare_counts_found_exact_kinds_and_precision():
    proposals = [
        ImportedItem("States should protect victims of trafficking.", "recommendation"),
        ImportedItem("Businesses should audit their supply chains for forced labour .", "fact"),
        ImportedItem("Something else entirely that matches nothing.", "fact"),
    ]
    score = compare(proposals, _gold())
    assert (score.gold, score.proposed, score.found, score.exact) == (3, 3, 2, 1)
    assert score.missed == ["c"]
    assert [i[0] for i in score.inexact] == ["b"]
    assert score.kind_rate == pytest.approx(0.5)
    assert score.precision == pytest.approx(2 / 3)


def test_tag_scores_split_themes_and_audiences():
    proposals = [
        ImportedItem(_gold()[0].text, "recommendation", ("survivors", "rights"), ()),
        ImportedItem(_gold()[1].text, "recommendation", ("business",), ("private-sector", "states")),
    ]
    score = compare(proposals, _gold()[:2])
    # themes: suggested {survivors, rights} {business}; curated {survivors} {business, labour}
    assert score.tag_scores("themes") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # audiences: suggested {} {private-sector, states}; curated {states} {private-sector}
    assert score.tag_scores("audiences") == pytest.approx((1 / 2, 1 / 2, 1 / 2))
    p, r, _ = score.tag_scores()
    assert (p, r) == pytest.approx((3 / 5, 3 / 5))
    # per item: {survivors, rights} vs {survivors, @states} -> 1/3;
    # {business, @private-sector, @states} vs {business, labour, @private-sector} -> 2/4
    assert score.jaccard() == pytest.approx((1 / 3 + 1 / 2) / 2)
    assert score.jaccard("themes") == pytest.approx((1 / 2 + 1 / 2) / 2)


def test_scores_add_up_over_documents():
    total = Score()
    for proposals in ([ImportedItem(_gold()[2].text, "fact", ("evidence",))], []):
        total.add(compare(proposals, _gold()[2:]))
    assert (total.gold, total.found, total.exact) == (2, 1, 1)
    assert total.recall == pytest.approx(0.5)
    assert total.jaccard() == pytest.approx(1.0)
