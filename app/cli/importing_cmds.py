"""`briefpack import PATH...`: read a document, list the candidate items, confirm, add them;
several files or folders go through app/cli/bulk_import.py."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS, open_workspace
from app.cli.bulk_import import cmd_import_many
from app.core.errors import ValidationError
from app.core.importing import review

SOURCE_FIELDS = ("short_title", "issuer", "date", "symbol", "url", "type", "id")


def _path_given(text: str) -> str:
    """A PATH argument as typed; an empty one (a shell variable that was never set) would name
    the current folder and import everything in it, so it is refused."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty PATH names no document (was a variable left unset?)")
    return text


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="import TXT, Markdown, DOCX or PDF documents (files or folders) as sources with items",
        description="Read documents, propose their recommendations, commitments and key facts as items "
        "with suggested tags, and add them to the library after confirmation. Several files or folders "
        "are read in parallel and reported file by file; a document imported before is updated.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=_path_given,
        help="documents (.txt, .md, .docx, .pdf) or folders holding them",
    )
    parser.add_argument(
        "--jobs", type=int, default=0, help="reading processes for several files (default: one per core)"
    )
    parser.add_argument("--title", help="the source's title (default: read from the document)")
    for name in ("short-title", "issuer", "date", "symbol", "url", "type", "id"):
        parser.add_argument(
            f"--{name}", dest=name.replace("-", "_"), help=f"the source's {name.replace('-', ' ')}"
        )
    parser.add_argument("--encoding", help="the text file's encoding when it is not UTF-8 (e.g. cp1252)")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=("text", "markdown", "docx", "pdf"),
        help="read the file as this format whatever its name",
    )
    parser.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help="accept every candidate with its suggested tags, without asking",
    )
    parser.add_argument("--skip", default="", help="candidate numbers to leave out, e.g. 3,7-9")
    parser.add_argument("--dry-run", action="store_true", help="list the candidates, change nothing")
    parser.add_argument(
        "--json", action="store_true", help="print the candidates as JSON (implies --dry-run)"
    )
    parser.add_argument(
        "--as-new",
        action="store_true",
        help="add a re-imported document as a new source instead of updating the earlier one",
    )
    parser.set_defaults(handler=cmd_import)


def parse_numbers(text: str, count: int) -> list[int]:
    """ "3,7-9" -> [3, 7, 8, 9]; raises ValueError on anything else or out of range."""
    numbers: list[int] = []
    for part in text.replace(" ", ",").split(","):
        if not part:
            continue
        low, _, high = part.partition("-")
        first, last = int(low), int(high or low)
        if first < 1 or last > count or first > last:
            raise ValueError(f"{part} is not between 1 and {count}")
        numbers.extend(range(first, last + 1))
    return numbers


def _listing(draft, threshold: float) -> str:
    lines = []
    source = draft.source
    lines.append(f"Source: {source.title or '(no title found)'}")
    for label, value in (
        ("issuer", source.issuer),
        ("date", source.date),
        ("symbol", source.symbol),
        ("type", source.type),
    ):
        if value:
            lines.append(f"  {label}: {value}")
    for warning in draft.document.warnings:
        lines.append(f"  note: {warning}")
    if draft.existing_source_id:
        lines.append(
            f"  This document was imported before as {draft.existing_source_id} ({draft.existing_reason}); "
            + ("it will be updated." if draft.update else "it will be added as a new source.")
        )
    lines.append(f"{len(draft.candidates)} candidate item(s):")
    for n, candidate in enumerate(draft.candidates, 1):
        themes = ", ".join(
            f"{s.tag} {s.confidence:.2f}" for s in candidate.themes if s.confidence >= threshold
        )
        audiences = ", ".join(
            f"{s.tag} {s.confidence:.2f}" for s in candidate.audiences if s.confidence >= threshold
        )
        lines.append(f"{n:>4}. [{candidate.kind}] {candidate.locator}")
        lines.append(
            textwrap.indent(textwrap.fill(candidate.text, 96, max_lines=4, placeholder=" …"), "      ")
        )
        lines.append(f"      themes: {themes or '-'}   audiences: {audiences or '-'}")
    return "\n".join(lines)


def cmd_import(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    single = len(args.paths) == 1 and not Path(args.paths[0]).is_dir()
    if not single:
        names = ("title", *SOURCE_FIELDS, "skip", "fmt")
        one_document = [f"--{n.replace('_', '-')}" for n in names if getattr(args, n)]
        if one_document or args.as_new:
            raise ValidationError(
                f"{', '.join(one_document or ['--as-new'])} applies to one document.",
                hint="Import that document on its own, or leave the option out.",
            )
        return cmd_import_many(args, workspace)
    args.path = args.paths[0]
    draft = workspace.imports.read(args.path, title=args.title or "", encoding=args.encoding, fmt=args.fmt)
    fields = {name: getattr(args, name) for name in SOURCE_FIELDS if getattr(args, name)}
    if fields:
        draft = review.set_source(draft, **fields)
    if args.as_new and draft.existing_source_id:
        draft = review.set_update(draft, False)
    threshold = draft.threshold
    if args.skip:
        try:
            skipped = parse_numbers(args.skip, len(draft.candidates))
        except ValueError as exc:
            raise ValidationError(f"--skip: {exc}.", hint="Give candidate numbers such as 3,7-9.") from exc
        draft = review.reject(draft, [draft.candidates[n - 1].id for n in skipped])
    if args.json:
        print(json.dumps(_as_json(draft, threshold), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_listing(draft, threshold))
    if not draft.candidates:
        print("Nothing to import: no candidate items were found.", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.dry_run:
        return EXIT_OK
    if not args.yes:
        answer = _ask(
            f"Import {len(draft.accepted)} item(s)? [y]es / [n]o / numbers to leave out (e.g. 3,7-9): "
        )
        if answer is None or answer.lower() in ("", "n", "no", "q"):
            print(
                "Nothing imported."
                + (" Use --yes to accept every candidate without asking." if answer is None else ""),
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        if answer.lower() not in ("y", "yes"):
            try:
                skipped = parse_numbers(answer, len(draft.candidates))
            except ValueError as exc:
                raise ValidationError(
                    f"{exc}.", hint="Answer y, n or candidate numbers such as 3,7-9."
                ) from exc
            draft = review.reject(draft, [draft.candidates[n - 1].id for n in skipped])
    result = workspace.imports.commit(draft)
    verb = "Updated" if result.updated else "Added"
    print(f"{verb} source {result.source_id} with {len(result.item_ids)} item(s).")
    if result.removed_ids:
        print(
            f"  {len(result.removed_ids)} item(s) of the earlier import are no longer in the document and "
            "were removed."
        )
    return EXIT_OK


def _ask(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        try:
            line = sys.stdin.readline() if sys.stdin else ""
        except (OSError, ValueError):
            return None
        return line.strip() if line else None
    try:
        return input(prompt).strip()
    except EOFError:
        return None


def _as_json(draft, threshold: float) -> dict:
    return {
        "source": {
            name: getattr(draft.source, name)
            for name in ("title", "short_title", "issuer", "date", "symbol", "url", "type", "language")
        },
        "existing_source_id": draft.existing_source_id,
        "existing_reason": draft.existing_reason,
        "warnings": list(draft.document.warnings),
        "candidates": [
            {
                "number": n,
                "kind": c.kind,
                "locator": c.locator,
                "section": c.section,
                "lead_in": c.lead_in,
                "text": c.text,
                "span": list(c.span),
                "status": c.status,
                "rule": c.rule,
                "themes": [
                    {
                        "tag": s.tag,
                        "confidence": s.confidence,
                        "suggested": s.confidence >= threshold,
                        "reasons": list(s.reasons),
                    }
                    for s in c.themes
                ],
                "audiences": [
                    {
                        "tag": s.tag,
                        "confidence": s.confidence,
                        "suggested": s.confidence >= threshold,
                        "reasons": list(s.reasons),
                    }
                    for s in c.audiences
                ],
            }
            for n, c in enumerate(draft.candidates, 1)
        ],
    }
