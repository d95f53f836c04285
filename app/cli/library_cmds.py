"""`briefpack library check|export|show|tags`: look at and validate the library."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS, open_workspace
from app.core.atomic import atomic_write_text


def register(commands: argparse._SubParsersAction) -> None:
    library = commands.add_parser("library", help="check, export or show the library")
    sub = library.add_subparsers(dest="library_command", metavar="ACTION")
    sub.required = True

    check = sub.add_parser("check", help="validate the library and print counts")
    check.set_defaults(handler=cmd_check)

    export = sub.add_parser("export", help="write the whole library as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(handler=cmd_export)

    show = sub.add_parser("show", help="show one item, its citation and its passage")
    show.add_argument("item_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    tags = sub.add_parser("tags", help="list the themes, audiences and kinds")
    tags.set_defaults(handler=cmd_tags)


def _counts(title: str, counter, labels=None) -> list[str]:
    lines = [f"{title}:"]
    for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        label = f"  ({labels(key)})" if labels else ""
        lines.append(f"  {key:<24} {count:>5}{label}")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    report = workspace.check_library()
    taxonomy = workspace.taxonomy
    lines = [f"{report.items} items in {report.sources} sources"]
    lines += _counts("by source", report.by_source)
    lines += _counts("by kind", report.by_kind)
    lines += _counts("by theme", report.by_theme, taxonomy.label)
    lines += _counts("by audience", report.by_audience, taxonomy.label)
    print("\n".join(lines))
    if report.problems:
        for problem in report.problems:
            print(f"problem: {problem}", file=sys.stderr)
        print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print("library OK")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    text = workspace.export_library(args.format)
    if args.output:
        atomic_write_text(Path(args.output), text)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    shown = workspace.show_item(args.item_id)
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return EXIT_OK
    item = shown["item"]
    taxonomy = workspace.taxonomy
    out = [f"{item['id']}  [{item['kind']}]"]
    if item["section"]:
        out.append(f"Section: {item['section']}")
    out.append(f"Locator: {item['locator']}")
    if item["lead_in"]:
        out.append(f"Lead-in: {item['lead_in']}")
    out.append("")
    out += textwrap.wrap(f"“{item['text']}”", 88)
    out.append("")
    out.append(f"Citation: {shown['citation']}")
    out.append("Themes: " + ", ".join(taxonomy.label(t) for t in item["themes"]))
    out.append("Audiences: " + ", ".join(taxonomy.label(a) for a in item["audiences"]))
    if item["note"]:
        out.append(f"Note: {item['note']}")
    if shown["needs_review"]:
        out.append("Needs review: the source text changed under your edit.")
    passage = shown["passage"]
    out.append("")
    out.append("In its source:")
    out += textwrap.wrap(
        f"{passage['before']}>>> {passage['quote']} <<<{passage['after']}",
        88,
        initial_indent="  ",
        subsequent_indent="  ",
    )
    print("\n".join(out))
    return EXIT_OK


def cmd_tags(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    taxonomy = workspace.taxonomy
    for title, terms in (
        ("themes", taxonomy.themes),
        ("audiences", taxonomy.audiences),
        ("kinds", taxonomy.kinds),
    ):
        print(f"{title}:")
        for term in terms:
            print(f"  {term.id:<18} {term.label}")
    return EXIT_OK
