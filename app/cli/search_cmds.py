"""`briefpack search`: ranked items for typed text and tag filters, with facet counts."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from app.cli import EXIT_OK, _args, open_workspace
from app.core.citations import full_citation
from app.core.errors import ValidationError
from app.core.search import Query, SearchResult


def register(commands: argparse._SubParsersAction) -> None:
    search = commands.add_parser(
        "search",
        help='search the library: words, "phrases", AND/OR/NOT, -word, prefix*, theme:/audience:...',
        description="Search every item: bundled, your own and your edits. Text syntax: words are stemmed "
        '(victim finds victims), "exact phrase", AND / OR / NOT, -word, prefix*, and field '
        "filters theme:children audience:justice kind:fact source:ID year:2023.",
    )
    search.add_argument("query", nargs="?", default="", help="the search text (quote it in the shell)")
    _args.add_selection(search, text=False)
    search.add_argument(
        "--limit",
        type=int,
        default=None,
        help="how many items to list (default 20, or all with --json; 0 for all)",
    )
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    fields = _args.selection_fields(args)
    workspace.taxonomy.check(fields.get("themes", ()), fields.get("audiences", ()), fields.get("kinds", ()))
    query = Query(text=args.query or "", **fields)
    limit = args.limit
    if limit is None:
        limit = 0 if args.json else 20
    result = workspace.search(query, limit=None if limit <= 0 else limit)
    if result.errors:
        raise ValidationError(
            " ".join(result.errors),
            hint="'briefpack library tags' lists the themes, audiences and kinds; "
            "'briefpack library check' the sources.",
        )
    if result.message:
        print(f"briefpack: {result.message}", file=sys.stderr)
    if args.json:
        print(json.dumps(_as_json(workspace, result), ensure_ascii=False, indent=2))
    else:
        print(_as_text(workspace, result, sys.stdout.isatty()))
    return EXIT_OK


def _as_json(workspace, result: SearchResult) -> dict:
    library = workspace.library
    items = []
    for hit in result.hits:
        item = library.item(hit.item_id)
        items.append(
            {
                "id": item.id,
                "score": round(hit.score, 6),
                "kind": item.kind,
                "source_id": item.source_id,
                "themes": list(item.themes),
                "audiences": list(item.audiences),
                "text": item.text,
                "citation": full_citation(library.source_of(item), item),
                "highlights": [list(span) for span in hit.highlights],
            }
        )
    q = result.query
    return {
        "total": result.total,
        "items": items,
        "facets": result.facets,
        "query": q.to_record(),
        "message": result.message,
    }


def _marked(text: str, spans: tuple[tuple[int, int], ...], tty: bool) -> str:
    if not spans or not tty:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "\033[1m", text[start:end], "\033[0m"]
        last = end
    out.append(text[last:])
    return "".join(out)


def _as_text(workspace, result: SearchResult, tty: bool) -> str:
    library = workspace.library
    taxonomy = workspace.taxonomy
    noun = "item matches" if result.total == 1 else "items match"
    lines = [
        f"{result.total} {noun}"
        + (f"; showing {len(result.hits)}" if len(result.hits) < result.total else "")
    ]
    for n, hit in enumerate(result.hits, 1):
        item = library.item(hit.item_id)
        score = f"  score {hit.score:.2f}" if hit.score else ""
        lines.append("")
        lines.append(f"{n:>3}. {item.id}  [{item.kind}]{score}")
        body = textwrap.fill(item.text, 88, initial_indent="     ", subsequent_indent="     ")
        if tty and hit.highlights:
            body = "     " + _marked(item.text, hit.highlights, tty)
        lines.append(body)
        lines.append(f"     — {full_citation(library.source_of(item), item)}")
    lines.append("")
    for group, label in (
        ("themes", "Themes"),
        ("audiences", "Audiences"),
        ("kinds", "Kinds"),
        ("sources", "Sources"),
        ("years", "Years"),
    ):
        counts = {k: v for k, v in result.facets.get(group, {}).items() if v}
        if not counts:
            continue
        names = taxonomy.label if group in ("themes", "audiences") else str
        shown = ", ".join(f"{names(k)} {v}" for k, v in counts.items())
        lines += textwrap.wrap(f"{label}: {shown}", 100, subsequent_indent="  ")
    return "\n".join(lines)
