"""The index follows the library: add, edit tags, delete, override, restart, damaged cache."""

from __future__ import annotations

import pytest

from app.core.search import Query
from app.core.workspace import Workspace

SOURCE_TEXT = (
    "Informe sobre la reintegración de las víctimas.\n\n"
    "1. Garantizar la reintegración de las víctimas de trata.\n\n"
    "2. The woman was assisted by a guardian for unaccompanied minors.\n\n"
    "3. Zanzibarite shelters offer counselling."
)


def ids(result) -> set[str]:
    return {hit.item_id for hit in result.hits}


def add_source(ws: Workspace, language: str = "es") -> str:
    return ws.edits.add_source(
        {
            "id": "informe-2024",
            "title": "Informe 2024",
            "short_title": "Informe",
            "issuer": "Ministerio",
            "date": "2024-03-01",
            "language": language,
            "text": SOURCE_TEXT,
        },
        [
            {
                "id": "informe-1",
                "text": "Garantizar la reintegración de las víctimas de trata.",
                "themes": ["rights"],
                "audiences": ["states"],
            },
            {
                "id": "informe-2",
                "text": "The woman was assisted by a guardian for unaccompanied minors.",
                "themes": ["children"],
                "audiences": ["services"],
                "kind": "fact",
            },
        ],
    )


def test_added_items_are_found_with_folded_diacritics_and_stems(workspace):
    assert workspace.search(Query(text="reintegracion")).total == 0
    add_source(workspace)
    assert ids(workspace.search(Query(text="reintegracion"))) == {"informe-1"}
    assert ids(workspace.search(Query(text="víctima"))) == {"informe-1"}  # Spanish stem of víctimas
    assert "informe-2" in ids(workspace.search(Query(text="women")))
    hit = workspace.search(Query(text="reintegracion")).hits[0]
    text = workspace.item("informe-1").text
    assert [text[s:e] for s, e in hit.highlights] == ["reintegración"]
    assert workspace.search(Query(sources=("informe-2024",))).total == 2
    assert workspace.search(Query()).total == len(workspace.library.items)


def test_add_item_edit_tags_delete(workspace):
    source_id = add_source(workspace)
    workspace.edits.add_item(
        source_id,
        {
            "id": "informe-3",
            "text": "Zanzibarite shelters offer counselling.",
            "themes": ["survivors"],
            "audiences": ["civil-society"],
        },
    )
    assert ids(workspace.search(Query(text="zanzibarite"))) == {"informe-3"}
    assert "informe-3" in ids(workspace.search(Query(themes=("survivors",))))
    workspace.edits.edit_item("informe-3", themes=["labour"])
    assert "informe-3" not in ids(workspace.search(Query(themes=("survivors",))))
    assert "informe-3" in ids(workspace.search(Query(text="zanzibarite theme:labour")))
    workspace.edits.delete_item("informe-3")
    assert workspace.search(Query(text="zanzibarite")).total == 0
    assert "informe-3" not in ids(workspace.search(Query(themes=("labour",))))
    workspace.edits.delete_source(source_id)
    assert workspace.search(Query(text="reintegracion")).total == 0
    assert workspace.search(Query()).total == len(workspace.library.items)


def test_overrides_of_bundled_items_are_searched(workspace):
    before = workspace.search(Query(themes=("organ-removal",), text="audience:justice"))
    counts = workspace.search(Query()).facets["themes"]
    item_id = "poa20-a1-p1"
    assert item_id not in ids(before)
    workspace.edits.edit_item(
        item_id, themes=["organ-removal"], audiences=["justice"], note="Quokka briefing"
    )
    after = workspace.search(Query(themes=("organ-removal",), text="audience:justice"))
    assert ids(after) == ids(before) | {item_id}
    assert ids(workspace.search(Query(text="quokka"))) == {item_id}
    facets = workspace.search(Query()).facets
    assert facets["themes"]["organ-removal"] == counts["organ-removal"] + 1
    workspace.edits.revert_item(item_id)
    assert workspace.search(Query(text="quokka")).total == 0
    assert ids(workspace.search(Query(themes=("organ-removal",), text="audience:justice"))) == ids(before)


def test_restart_reads_the_cache_and_keeps_edits(briefpack_home):
    ws = Workspace(briefpack_home)
    add_source(ws)
    ws.edits.edit_item("poa20-a1-p1", note="Quokka briefing")
    expected = [(h.item_id, round(h.score, 6)) for h in ws.search(Query(text="victims")).hits]
    ws.close()
    again = Workspace(briefpack_home)
    index = again.search_index
    assert index.rebuilt is False  # the cache matched: nothing was indexed again
    assert [(h.item_id, round(h.score, 6)) for h in again.search(Query(text="victims")).hits] == expected
    assert ids(again.search(Query(text="quokka reintegracion OR quokka"))) == {"poa20-a1-p1"}
    again.close()


def test_changes_made_elsewhere_are_noticed(briefpack_home):
    ws = Workspace(briefpack_home)
    ws.search_index  # noqa: B018
    ws.close()
    other = Workspace(briefpack_home)  # e.g. the command line, while the window was closed
    add_source(other)
    other.edits.edit_item("poa20-a1-p1", note="Quokka briefing")
    other._search_index = None  # this one never opened the index
    other.close()
    again = Workspace(briefpack_home)
    assert ids(again.search(Query(text="reintegracion"))) == {"informe-1"}
    assert ids(again.search(Query(text="quokka"))) == {"poa20-a1-p1"}
    assert again.search_index.rebuilt is True
    again.close()


@pytest.mark.parametrize("damage", [b"", b"this is not a database" * 100])
def test_damaged_cache_is_rebuilt_silently(briefpack_home, damage):
    ws = Workspace(briefpack_home)
    total = ws.search(Query(text="victims")).total
    ws.close()
    cache = briefpack_home / "cache" / "search.sqlite"
    for extra in cache.parent.glob("search.sqlite-*"):
        extra.unlink()
    cache.write_bytes(damage)
    again = Workspace(briefpack_home)
    assert again.search(Query(text="victims")).total == total
    assert again.recovery_messages == []
    again.close()


def test_unwritable_cache_folder_falls_back_to_memory(briefpack_home):
    (briefpack_home / "cache").write_text("a file where the folder should be")
    ws = Workspace(briefpack_home)
    assert ws.search(Query(text="victims")).total > 0
    ws.close()


def test_library_edits_match_a_fresh_assembly(workspace, briefpack_home):
    """Each incremental Library equals the one assembled from the store from scratch."""
    source_id = add_source(workspace)
    seen = {workspace.library.fingerprint}
    workspace.edits.edit_item("poa20-a1-p1", themes=["organ-removal"])
    seen.add(workspace.library.fingerprint)  # worked out from the previous one, not from scratch
    workspace.edits.add_item(
        source_id,
        {"id": "informe-3", "text": "Zanzibarite shelters offer counselling.", "themes": [], "audiences": []},
    )
    workspace.edits.edit_item("informe-2", themes=["labour"])
    seen.add(workspace.library.fingerprint)
    workspace.edits.edit_item("informe-2", note="checked")
    workspace.edits.delete_item("informe-1")
    workspace.edits.revert_item("poa20-a1-p1")
    assert len(seen) == 3
    incremental = workspace.library
    fresh = Workspace(briefpack_home).library
    assert list(incremental.items.items()) == list(fresh.items.items())
    assert list(incremental.sources) == list(fresh.sources)
    assert incremental.fingerprint == fresh.fingerprint


def test_an_index_failure_during_an_edit_is_repaired_not_raised(workspace, monkeypatch):
    workspace.search_index  # noqa: B018
    index = workspace.search_index

    def broken(*args, **kwargs):
        raise KeyError("simulated")

    monkeypatch.setattr(index, "_refresh", broken)
    workspace.edits.edit_item("poa20-a1-p1", note="Quokka briefing", themes=["organ-removal"])
    assert ids(workspace.search(Query(text="quokka theme:organ-removal"))) == {"poa20-a1-p1"}


def test_limits_and_offsets_out_of_range(workspace):
    total = workspace.search(Query()).total
    assert workspace.search(Query(), limit=0).hits == ()
    assert workspace.search(Query(), limit=-3).total == total
    assert workspace.search_index.search(Query(), limit=5, offset=total + 10).hits == ()


def test_a_cache_that_breaks_while_open_is_rebuilt(workspace):
    total = workspace.search(Query(text="victims")).total
    index = workspace.search_index
    index.text.clear()
    index.file.db.execute("DROP TABLE docs")  # as if the file were damaged under the running program
    assert workspace.search(Query(text="victims")).total == total


def test_a_listener_told_of_an_edit_finds_it_in_search(workspace):
    """The index is brought up to date before anyone is told of an edit: a listener that searches
    at once (as the window's models do) sees the edit, whether it was registered before or after
    the index was opened."""
    source_id = add_source(workspace)
    seen: list[tuple[list[str], set[str]]] = []

    def listener(item_ids: list[str]) -> None:
        seen.append((item_ids, ids(workspace.search(Query(text="zanzibarite theme:labour")))))

    workspace.on_library_changed(listener)
    workspace.search(Query(text="victims"))  # the index opens after the listener is registered
    workspace.edits.add_item(
        source_id,
        {"id": "informe-3", "text": "Zanzibarite shelters offer counselling.", "themes": ["survivors"]},
    )
    workspace.edits.edit_item("informe-3", themes=["labour"])
    workspace.edits.delete_item("informe-3")
    assert seen == [(["informe-3"], set()), (["informe-3"], {"informe-3"}), (["informe-3"], set())]
