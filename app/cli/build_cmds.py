"""`briefpack build`: compose a brief from a selection (no saved pack) and export it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS, open_workspace
from app.core.brief import BRIEF_FIELDS, GROUPING_CHOICES, BriefMeta
from app.core.citations import citation_format
from app.core.compose import BriefSpec
from app.core.errors import ValidationError


def _values(raw: list[str] | None) -> tuple[str, ...]:
    """Values given as several arguments, comma-separated, or both."""
    out: list[str] = []
    for chunk in raw or ():
        out.extend(v.strip() for v in chunk.split(",") if v.strip())
    return tuple(dict.fromkeys(out))


def register(commands: argparse._SubParsersAction) -> None:
    build = commands.add_parser(
        "build", help="build a brief from a selection and export it (DOCX, PDF, Markdown)",
        description="Select items by theme, audience, kind and text, compose a brief with a template "
                    "and write it in one or more formats.")
    select = build.add_argument_group("selection")
    select.add_argument("--themes", nargs="+", metavar="THEME", help="theme ids (any of them)")
    select.add_argument("--audiences", nargs="+", metavar="AUDIENCE", help="audience ids (any of them)")
    select.add_argument("--kinds", nargs="+", metavar="KIND", help="recommendation, commitment, fact")
    select.add_argument("--sources", nargs="+", metavar="SOURCE", help="source ids")
    select.add_argument("--query", default="", metavar="TEXT", help="free text, with the search syntax")
    select.add_argument("--items", nargs="+", metavar="ITEM", help="explicit item ids, in this order "
                        "(instead of a search)")
    select.add_argument("--limit", type=int, default=None, help="at most this many items")
    brief = build.add_argument_group("the brief")
    helps = {"title": "title (default: from the themes chosen)", "meeting": "meeting or event",
             "date": "date (YYYY-MM-DD or as written)"}
    for name in BRIEF_FIELDS:
        brief.add_argument(f"--{name.replace('_', '-')}", dest=name, default="", help=helps.get(name))
    brief.add_argument("--key-message", action="append", default=[], metavar="TEXT",
                       help="a key message (repeat for several)")
    brief.add_argument("--grouping", choices=GROUPING_CHOICES, default=None,
                       help="theme (the themes chosen first), audience, source, kind, document (the sources' "
                            "order) or ordered; a second heading level as theme/audience (default: the "
                            "template's)")
    brief.add_argument("--language", default="", help="the brief's language, e.g. en-GB (default: the "
                       "template's)")
    brief.add_argument("--citation-style", default="", help="briefpack, un-editorial or chicago-notes "
                       "(default: the template's)")
    output = build.add_argument_group("output")
    output.add_argument("--template", default="meeting-brief", help="template id (see --list-templates)")
    output.add_argument("--branding", default="default", help="branding profile id")
    output.add_argument("--format", default="docx,pdf", help="comma-separated: docx, pdf, md")
    output.add_argument("-o", "--output", dest="out_dir", default=None, metavar="OUTDIR",
                        help="folder to write into (created if only it is missing)")
    output.add_argument("--fit", action="store_true",
                        help="over the template's page target, keep the best-ranked items that fit "
                             "(those left out are listed)")
    output.add_argument("--list-templates", action="store_true", help="list the templates and stop")
    build.set_defaults(handler=cmd_build)


def _select(workspace, args: argparse.Namespace) -> list[str]:
    if args.items:
        ids = list(_values(args.items))
        for item_id in ids:
            workspace.item(item_id)   # NotFoundError names a wrong id
        return ids[: args.limit] if args.limit else ids
    from app.core.search import Query

    query = Query(text=args.query, themes=_values(args.themes), audiences=_values(args.audiences),
                  kinds=_values(args.kinds), sources=_values(args.sources))
    result = workspace.search(query, limit=args.limit)
    if result.message:
        print(f"briefpack: {result.message}", file=sys.stderr)
    return [hit.item_id for hit in result.hits]


def cmd_build(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.list_templates:
        for info in workspace.templates():
            print(f"{info.id:<20} {info.name}: {info.description}")
        return EXIT_OK
    if not args.out_dir:
        raise ValidationError("Say where to write the brief.", hint="Add -o OUTDIR.")
    template = workspace.template(args.template)
    ids = _select(workspace, args)
    if not ids:
        print("briefpack: no items match this selection; nothing was written.", file=sys.stderr)
        return EXIT_PROBLEMS
    themes = _values(args.themes)
    title = args.title or (", ".join(workspace.taxonomy.label(t) for t in themes) if themes else "Brief")
    if args.citation_style:
        citation_format(args.citation_style)   # NotFoundError names the styles there are
    spec = BriefSpec(
        BriefMeta.of(args).with_values(title=title), key_messages=tuple(args.key_message),
        entries=tuple((i, "") for i in ids), grouping=args.grouping or "", themes=_values(args.themes),
        audiences=_values(args.audiences), template=template.id, branding=args.branding,
        language=args.language, citation_format=args.citation_style,
    )
    formats = [f for f in args.format.split(",") if f.strip()]
    if template.page_target and not args.fit:
        budget = workspace.measure_brief(spec)
        over = "; --fit keeps the best-ranked items that fit" if budget.over else ""
        print(f"briefpack: {budget.message()}{over}", file=sys.stderr)
    files = workspace.export_brief(spec, formats, Path(args.out_dir), fit=args.fit)
    for problem in files.problems:
        print(f"briefpack: {problem}", file=sys.stderr)
    pages = f", {files.pages} page{'s' * (files.pages != 1)}" if files.pages else ""
    print(f"{len(ids) - len(files.left_out)} items, template {template.id}{pages}")
    for path in files:
        print(f"wrote {path}")
    return EXIT_OK
