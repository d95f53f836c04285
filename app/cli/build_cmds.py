"""`briefpack build`: a brief from a selection (no saved pack), exported in one or more formats."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS, _args, open_workspace
from app.core.citations import citation_format
from app.core.errors import ValidationError


def register(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser(
        "build",
        help="build a brief from a selection and export it (DOCX, PDF, Markdown)",
        description="Select items by theme, audience, kind and text (as 'pack new' does: the matches, "
        "then the key facts on the themes), compose a brief with a template and write it "
        "in one or more formats. Nothing is saved as a pack.",
    )
    _args.add_selection(build)
    select = build.add_argument_group("items")
    select.add_argument(
        "--items", nargs="+", metavar="ITEM", help="explicit item ids, in this order (instead of a search)"
    )
    select.add_argument("--limit", type=int, default=None, help="at most this many matches")
    select.add_argument(
        "--no-facts", dest="facts", action="store_false", help="do not add the key facts on the themes"
    )
    _args.add_meta(build)
    output = build.add_argument_group("output")
    output.add_argument("--format", default="docx,pdf", help="comma-separated: docx, pdf, md")
    output.add_argument(
        "-o",
        "--output",
        dest="out_dir",
        default=None,
        metavar="OUTDIR",
        help="folder to write into (created if only it is missing)",
    )
    output.add_argument(
        "--fit",
        action="store_true",
        help="over the template's page target, keep the best-ranked items that fit "
        "(those left out are listed)",
    )
    output.add_argument(
        "--citation-style",
        default="",
        help="briefpack, un-editorial or chicago-notes (default: the template's)",
    )
    output.add_argument("--list-templates", action="store_true", help="list the templates and stop")
    build.set_defaults(handler=cmd_build)


def cmd_build(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.list_templates:
        for info in workspace.exports.templates():
            print(f"{info.id:<20} {info.name}: {info.description}")
        return EXIT_OK
    if not args.out_dir:
        raise ValidationError("Say where to write the brief.", hint="Add -o OUTDIR.")
    meta = _args.meta(args)
    template = workspace.exports.template(
        meta.get("template") or workspace.pack_defaults().get("template") or "meeting-brief"
    )
    meta["template"] = template.id
    meta.setdefault("grouping", template.grouping)
    rules = _args.rules(workspace, args, include_facts=args.facts)
    items = list(_args.split_values(args.items)) if args.items else None
    made = workspace.packs.from_selection(
        rules, args.title or "", limit=args.limit, items=items, key_messages=args.key_messages or (), **meta
    )
    if made.message:
        print(f"briefpack: {made.message}", file=sys.stderr)
    pack = made.pack
    if not pack.entries:
        print("briefpack: no items match this selection; nothing was written.", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.title is None and not rules.themes and not rules.audiences:
        pack = replace(pack, title="Brief")
    if args.citation_style:
        citation_format(args.citation_style)  # NotFoundError names the styles there are
    spec = replace(workspace.packs.spec(pack), citation_format=args.citation_style)
    if template.page_target and not args.fit:
        budget = workspace.exports.measure_brief(spec)
        over = "; --fit keeps the best-ranked items that fit" if budget.over else ""
        print(f"briefpack: {budget.message()}{over}", file=sys.stderr)
    files = workspace.exports.export_brief(spec, _args.formats(args.format), Path(args.out_dir), fit=args.fit)
    for problem in files.problems:
        print(f"briefpack: {problem}", file=sys.stderr)
    pages = f", {files.pages} page{'s' * (files.pages != 1)}" if files.pages else ""
    kept = len(pack.entries) - len(files.left_out)
    print(f"{kept} items, template {template.id}{pages}" + ("" if items else f": {made.summary()}"))
    for path in files:
        print(f"wrote {path}")
    return EXIT_OK
