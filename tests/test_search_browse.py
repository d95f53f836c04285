"""The empty query before the index is opened (the first screen) equals the engine's answer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.core.search import Query
from app.core.workspace import Workspace

PAGES = [(None, 0), (1, 0), (10, 5), (0, 0), (None, 170), (5, 100000), (3, -2)]


def snapshot(result) -> tuple:
    facets = {group: list(counts.items()) for group, counts in result.facets.items()}  # order too
    hits = [(h.item_id, h.score, tuple(h.highlights)) for h in result.hits]
    return result.total, hits, list(result.facets), facets, result.query, result.message


def assert_same_as_engine(home) -> None:
    fresh = Workspace(home)
    try:
        browsed = {page: snapshot(fresh.search(Query(), *page)) for page in PAGES}
        browsed[None] = snapshot(fresh.search())
        assert fresh._search_index is None  # served from the library alone
        for page in PAGES:
            assert browsed[page] == snapshot(fresh.search_index.search(Query(), *page)), page
        assert browsed[None] == snapshot(fresh.search(Query()))  # now through the engine
        assert fresh._search_index is not None
    finally:
        fresh.close()


def test_bundled_library_empty_query_matches_the_engine(briefpack_home):
    assert_same_as_engine(briefpack_home)
    ws = Workspace(briefpack_home)
    try:
        result = ws.search(Query())
        assert result.total == len(ws.library.items) > 100
        assert [h.item_id for h in result.hits] == list(ws.library.items)
        themes = result.facets["themes"]
        some_theme = next(t for t, n in themes.items() if n)
        assert themes[some_theme] == sum(some_theme in i.themes for i in ws.library.items.values())
        assert sum(result.facets["sources"].values()) == result.total
    finally:
        ws.close()


def test_edited_library_with_user_source_matches_the_engine(briefpack_home):
    ws = Workspace(briefpack_home)
    try:
        ws.search(Query(text="victims"))  # the index exists and follows the edits below
        ws.edits.add_source(
            {
                "id": "informe-2024",
                "title": "Informe 2024",
                "short_title": "Informe",
                "issuer": "Ministerio",
                "date": "2024-03-01",
                "language": "es",
                "text": "1. Garantizar la reintegración.\n\n2. Un tutor para menores.\n\n3. Otro texto.",
            },
            [
                {
                    "id": "informe-1",
                    "text": "Garantizar la reintegración.",
                    "themes": ["rights", "rights"],
                    "audiences": ["states"],
                },
                {
                    "id": "informe-2",
                    "text": "Un tutor para menores.",
                    "themes": ["children"],
                    "audiences": ["services"],
                    "kind": "fact",
                },
                {"id": "informe-3", "text": "Otro texto.", "themes": ["rights"]},
            ],
        )
        first, second = list(ws.library.items)[:2]
        ws.edits.edit_item(first, themes=["children"], audiences=[])
        ws.edits.edit_item(second, kind="fact")
        ws.edits.delete_item("informe-3")
        engine = snapshot(ws.search(Query()))
    finally:
        ws.close()
    assert_same_as_engine(briefpack_home)
    fresh = Workspace(briefpack_home)
    try:
        assert snapshot(fresh.search(Query())) == engine
        assert fresh.search(Query()).facets["sources"]["informe-2024"] == 2
        assert fresh._search_index is None
    finally:
        fresh.close()


@pytest.mark.parametrize(
    "query",
    [
        Query(text="victims"),
        Query(themes=("children",)),
        Query(kinds=("fact",)),
        Query(themes_mode="all"),
        Query(date_from="2020"),
    ],
)
def test_any_other_query_opens_the_index(workspace, query):
    workspace.search(query)
    assert workspace._search_index is not None


def test_workspace_import_leaves_sqlite_and_the_engine_unloaded():
    code = (
        "import sys, app.core.workspace, app.core.search; "
        "print(sorted(m for m in ('sqlite3', 'app.core.search.engine', 'app.core.search.syntax') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    code = "from app.core.search import SearchIndex, parse; print(SearchIndex.__name__, parse.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["SearchIndex", "parse"]
