"""Search on the bundled library: filters, phrases, stems, plurals, NOT, prefixes, ranking, facets."""

from __future__ import annotations

import re

import pytest

from app.core.search import Query
from app.core.search.analysis import fold


def ids(result) -> set[str]:
    return {hit.item_id for hit in result.hits}


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(text)))


@pytest.fixture(scope="module")
def ws(shared_workspace):
    return shared_workspace


@pytest.fixture(scope="module")
def items(ws):
    return list(ws.library.items.values())


def test_empty_query_returns_every_item_in_library_order(ws):
    result = ws.search(Query())
    assert result.total == len(ws.library.items)
    assert [h.item_id for h in result.hits] == list(ws.library.items)
    assert all(h.score == 0 for h in result.hits)


def test_library_order_is_source_date_then_document_order(ws):
    library = ws.library
    keys = [(library.sources[i.source_id].sort_date, i.source_id, i.order) for i in library.items.values()]
    assert keys == sorted(keys)


def test_typed_theme_and_audience_return_exactly_the_items_tagged_so(ws, items):
    result = ws.search(Query(text="theme:children audience:justice"))
    expected = {i.id for i in items if "children" in i.themes and "justice" in i.audiences}
    assert expected and ids(result) == expected
    assert result.total == len(expected)
    assert result.query.themes == ("children",) and result.query.audiences == ("justice",)
    assert result.message == ""


def test_ticked_filters_match_typed_ones(ws):
    typed = ws.search(Query(text="theme:children audience:justice"))
    ticked = ws.search(Query(themes=("children",), audiences=("justice",)))
    assert [h.item_id for h in typed.hits] == [h.item_id for h in ticked.hits]


def test_all_mode_needs_every_tag(ws, items):
    result = ws.search(Query(themes=("children", "migration"), themes_mode="all"))
    assert ids(result) == {i.id for i in items if {"children", "migration"} <= set(i.themes)}
    anyof = ws.search(Query(themes=("children", "migration")))
    assert ids(anyof) == {i.id for i in items if {"children", "migration"} & set(i.themes)}


def test_phrase_finds_every_item_that_says_it(ws, items):
    said = {i.id for i in items if re.search(r"non-punishment\s+principle", i.text, re.IGNORECASE)}
    result = ws.search(Query(text='"non-punishment principle"'))
    assert said and ids(result) == said
    for hit in result.hits:
        text = ws.item(hit.item_id).text
        assert any(
            fold(text[s:e]).replace("-", " ").split() == ["non", "punishment", "principle"]
            for s, e in hit.highlights
        )


def test_stemming_victim_finds_victims(ws, items):
    result = ws.search(Query(text="victim"))
    plural = {i.id for i in items if "victims" in words(i.text)}
    assert plural and plural <= ids(result)
    assert all(
        words(ws.item(i).text) & {"victim", "victims", "victimization", "victimisation"}
        or "victim" in words(ws.item(i).note)
        for i in ids(result)
    )


@pytest.mark.parametrize(
    ("typed", "written"), [("woman", "women"), ("child", "children"), ("person", "people")]
)
def test_irregular_plurals(ws, items, typed, written):
    having = {i.id for i in items if written in words(i.text)}
    assert having, f"no bundled item says {written!r}"
    assert having <= ids(ws.search(Query(text=typed)))


def test_exact_phrase_does_not_stem(ws, items):
    exact = ws.search(Query(text='"victims"'))
    assert ids(exact) == {
        i.id
        for i in items
        if "victims" in words(i.text)
        or "victims" in words(" ".join((i.section, i.lead_in, i.locator, i.note)))
    }


def test_not_and_minus_exclude(ws, items):
    minus = ws.search(Query(text="trafficking -children"))
    keyword = ws.search(Query(text="trafficking NOT children"))
    assert ids(minus) == ids(keyword)
    assert minus.total > 0
    child_stems = {"child", "children"}
    for hit in minus.hits:
        item = ws.item(hit.item_id)
        assert not (words(item.text) & child_stems)
        said = words(" ".join((item.text, item.section, item.lead_in, item.locator, item.note)))
        assert any(w.startswith("traffick") for w in said)


def test_only_negative_means_everything_else(ws, items):
    result = ws.search(Query(text="-trafficking"))
    having = ws.search(Query(text="trafficking"))
    assert result.total + having.total == len(items)


def test_prefix(ws, items):
    result = ws.search(Query(text="traffick*"))
    expected = {i.id for i in items if any(w.startswith("traffick") for w in words(i.text))}
    assert expected <= ids(result)
    assert {"trafficked", "traffickers"} & set().union(*(words(i.text) for i in items))


def test_or_is_a_union(ws):
    a, b = ws.search(Query(text="guardian")), ws.search(Query(text="corruption"))
    assert a.total and b.total
    both = ws.search(Query(text="guardian OR corruption"))
    assert ids(both) == ids(a) | ids(b)
    assert ids(ws.search(Query(text="guardian corruption"))) == ids(a) & ids(b)


def test_ranking_scores_descend_and_highlights_mark_the_words(ws):
    result = ws.search(Query(text="survivors participation"))
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    for hit in result.hits[:10]:
        text = ws.item(hit.item_id).text
        marked = {fold(text[s:e]) for s, e in hit.highlights}
        assert marked and all(m.startswith(("survivor", "particip")) for m in marked)


def test_ties_follow_library_order(ws):
    result = ws.search(Query(kinds=("fact",)))
    order = list(ws.library.items)
    positions = [order.index(h.item_id) for h in result.hits]
    assert positions == sorted(positions)


def test_limit_and_offset_page_through_the_same_ranking(ws):
    everything = ws.search(Query(text="protection"))
    first = ws.search(Query(text="protection"), limit=5)
    second = ws.search_index.search(Query(text="protection"), limit=5, offset=5)
    assert [h.item_id for h in first.hits + second.hits] == [h.item_id for h in everything.hits[:10]]
    assert first.total == everything.total


def test_unknown_ids_match_nothing_and_say_what_was_meant(ws):
    """An unknown tag is an error (never every item): the message names the closest known ones."""
    result = ws.search(Query(text="theme:space-travel victims", themes=("nope",), themes_mode="both"))
    assert "Unknown theme 'space-travel'. Known themes: evidence," in result.message
    assert "Unknown theme 'nope'" in result.message
    assert "mode" in result.message
    assert result.query.themes == ()
    assert result.total == 0 and result.hits == () and len(result.errors) == 2
    typo = ws.search(Query(text="theme:chidren audience:justis"))
    assert typo.total == 0
    assert typo.errors == (
        "Unknown theme 'chidren': did you mean 'children'?",
        "Unknown audience 'justis': did you mean 'justice'?",
    )


def test_labels_are_accepted_for_ids(ws):
    result = ws.search(Query(text='theme:"children" kind:Fact'))
    assert result.query.themes == ("children",) and result.query.kinds == ("fact",)


def test_dates_filter_by_source_date(ws, items):
    library = ws.library
    result = ws.search(Query(date_from="2021", date_to="2022"))
    assert ids(result) == {i.id for i in items if library.sources[i.source_id].year in (2021, 2022)}
    typed = ws.search(Query(text="year:2021-2022"))
    assert ids(typed) == ids(result)
    bad = ws.search(Query(date_from="last week"))
    assert "date" in bad.message and bad.total == len(items)


FACET_CASES = [
    Query(),
    Query(text="victims"),
    Query(themes=("children",)),
    Query(themes=("children", "gender"), themes_mode="all"),
    Query(text="protection", audiences=("states",), kinds=("recommendation",)),
    Query(sources=("icat-child-2023",), audiences=("services", "justice"), audiences_mode="all"),
    Query(text="trafficking -children", date_from="2020"),
]


def _ticked(query: Query, group: str, value: str) -> Query:
    from dataclasses import replace

    current = getattr(query, group)
    if value in current:
        return query
    return replace(query, **{group: (*current, value)})


@pytest.mark.parametrize("query", FACET_CASES)
def test_facet_counts_predict_the_result_of_ticking(ws, query):
    result = ws.search(query)
    for group in ("themes", "audiences", "kinds", "sources"):
        for value, count in result.facets[group].items():
            if value in getattr(query, group):
                continue  # a ticked value shows what it contributes (checked below)
            predicted = ws.search(_ticked(query, group, value)).total
            assert count == predicted, (group, value)


@pytest.mark.parametrize("query", FACET_CASES)
def test_ticked_values_show_what_they_contribute_and_years_their_share(ws, query):
    from dataclasses import replace

    result = ws.search(query)
    for group in ("themes", "audiences"):
        selected = getattr(query, group)
        mode = getattr(query, f"{group}_mode")
        for value in selected:
            if mode == "all":
                assert result.facets[group][value] == result.total
            else:
                alone = replace(query, **{group: (value,)})
                assert result.facets[group][value] == ws.search(alone).total
    for year, count in result.facets["years"].items():
        assert count == ws.search(replace(query, date_from=year, date_to=year)).total


def test_facets_list_every_value(ws):
    facets = ws.search(Query(text="zzzz-nothing")).facets
    assert set(facets["themes"]) == set(ws.taxonomy.theme_ids)
    assert set(facets["audiences"]) == set(ws.taxonomy.audience_ids)
    assert set(facets["sources"]) == set(ws.library.sources)
    assert all(v == 0 for group in facets.values() for v in group.values())
