"""The search box's language: every input parses or gets a clear message, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.search import Query
from app.core.search.syntax import And, Not, Or, Phrase, Word, parse

SYNTAX = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "*",
        "-",
        ":",
        " AND ",
        " OR ",
        " NOT ",
        "theme:",
        "kind:",
        "audience:",
        "source:",
        "year:",
        ",",
        " ",
        "\\",
        "'",
        "{",
        "}",
        "^",
        "NEAR",
    ]
)
WORDS = st.sampled_from(["victim", "children", "traff", "women", "reintegración", "x", "é", "2023", ""])
QUERY_TEXT = st.lists(st.one_of(SYNTAX, WORDS, st.text(max_size=6)), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(QUERY_TEXT)
def test_any_text_parses(text):
    parsed = parse(text)
    assert all(isinstance(m, str) and m for m in parsed.messages)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(QUERY_TEXT, st.text(max_size=40)))
def test_any_text_searches_without_error(shared_workspace, text):
    result = shared_workspace.search(Query(text=text), limit=5)
    assert result.total >= 0
    assert len(result.hits) <= 5
    assert isinstance(result.message, str)
    for hit in result.hits:
        assert hit.highlights == tuple(sorted(hit.highlights))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("victims", Word("victims")),
        ('"non-punishment principle"', Phrase(("non", "punishment", "principle"))),
        ("traff*", Phrase(("traff",), prefix=True)),
        ("a OR b", Or((Word("a"), Word("b")))),
        ("victims -children", And((Word("victims"), Not(Word("children"))))),
        ("victims NOT children", And((Word("victims"), Not(Word("children"))))),
        ("victims AND (children OR women)", And((Word("victims"), Or((Word("children"), Word("women")))))),
        ("rights of the child", And((Word("rights"), Word("child")))),
        ("Reintegración", Word("reintegracion")),
    ],
)
def test_parse_shapes(text, expected):
    assert parse(text).node == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"open phrase', "quote was not closed"),
        ("(victims", "bracket was not closed"),
        ("victims)", "closing bracket"),
        ("victims AND", "AND needs words"),
        ("OR", "OR needs words"),
        ("NOT", "NOT needs a word"),
        ("t*", "two letters"),
        ("-theme:children", "cannot exclude"),
    ],
)
def test_problems_become_messages(text, message):
    assert any(message in m for m in parse(text).messages)


def test_field_filters_are_pulled_out_of_the_text():
    parsed = parse("theme:children,gender audience:justice kind:fact source:icat-poa-2020 year:2020 victims")
    assert parsed.node == Word("victims")
    assert parsed.fields == {
        "themes": ["children", "gender"],
        "audiences": ["justice"],
        "kinds": ["fact"],
        "sources": ["icat-poa-2020"],
        "years": ["2020"],
    }


def test_a_field_being_typed_is_ignored_quietly():
    parsed = parse("victims theme:")
    assert parsed.node == Word("victims") and parsed.fields == {} and parsed.messages == []


def test_unknown_field_names_are_words():
    assert parse("http://example.org").node is not None
    assert parse("note:urgent").fields == {}


@pytest.mark.parametrize(
    ("text", "group", "value", "expected"),
    [
        ("victims theme:children audience:justice", "themes", "children", "victims audience:justice"),
        ("theme:children,gender victims", "themes", "children", "theme:gender victims"),
        ('themes:"Children" kind:fact', "themes", "children", "kind:fact"),
        ("victims theme:children", "audiences", "children", "victims theme:children"),
        ("year:2020 (a OR b)", "years", "2020", "(a OR b)"),
    ],
)
def test_unticking_removes_the_typed_filter(text, group, value, expected):
    from app.core.search import without_field_filter

    assert without_field_filter(text, group, value) == expected
    assert value not in parse(expected).fields.get(group, [])
