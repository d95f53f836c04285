"""`briefpack search`: JSON and readable output over the Workspace."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_has_total_items_and_facets(capsys):
    code, out, _ = run(capsys, "search", '"non-punishment principle"', "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == len(data["items"]) == 3
    first = data["items"][0]
    assert {"id", "score", "citation", "highlights", "text"} <= set(first)
    assert first["score"] > 0
    assert set(data["facets"]) == {"themes", "audiences", "kinds", "sources", "years"}
    assert sum(data["facets"]["kinds"].values()) == 3


def test_filters_from_options_and_from_the_text_agree(capsys):
    _, typed, _ = run(capsys, "search", "theme:children audience:justice", "--json")
    _, options, _ = run(capsys, "search", "--themes", "children", "--audiences", "justice", "--json")
    typed_ids = [i["id"] for i in json.loads(typed)["items"]]
    assert typed_ids and typed_ids == [i["id"] for i in json.loads(options)["items"]]
    assert json.loads(typed)["query"]["themes"] == ["children"]


def test_all_modes_and_kinds(capsys):
    _, out, _ = run(
        capsys, "search", "--themes", "children,migration", "--all-themes", "--kinds", "fact", "--json"
    )
    data = json.loads(out)
    assert data["query"]["themes_mode"] == "all"
    assert data["total"] == data["facets"]["kinds"]["fact"]


def test_readable_list_with_citations_and_counts(capsys):
    code, out, _ = run(capsys, "search", "protection", "--limit", "2")
    assert code == 0
    assert "items match" in out or "item matches" in out
    assert " 1. " in out and "ICAT," in out
    assert "Themes:" in out and "Sources:" in out


def test_a_bad_query_is_a_message_not_a_crash(capsys):
    code, out, err = run(capsys, "search", '((("victims', "--limit", "1")
    assert code == 0
    assert "bracket" in err
    assert "items match" in out


def test_an_unknown_tag_is_an_error_with_a_suggestion_not_every_item(capsys):
    code, out, err = run(capsys, "search", "theme:chidren")
    assert code == 3 and out == ""
    assert "Unknown theme 'chidren': did you mean 'children'?" in err
    code, out, err = run(capsys, "search", "--themes", "nonsense")
    assert code == 3 and "Unknown theme 'nonsense'. Known themes:" in err
