"""`briefpack pack ...`: create, edit, refresh, share and build saved packs."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import asdict, replace
from pathlib import Path

from app.cli import EXIT_OK, _args, open_workspace
from app.core.citations import full_citation
from app.core.errors import ValidationError

FLAG_LETTERS = (("pinned", "P"), ("excluded", "X"), ("embedded", "E"))


def _split(values: list[str] | None) -> list[str]:
    return list(_args.split_values(values))


def register(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="create, edit, refresh, share and build saved packs")
    sub = pack.add_subparsers(dest="pack_command", metavar="ACTION")
    sub.required = True

    def add(name: str, handler, help_text: str, ref: bool = True) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        if ref:
            parser.add_argument(
                "pack",
                help="pack id or title, or the start of either (4+ characters "
                "of an id) when only one pack has it",
            )
        parser.set_defaults(handler=handler)
        return parser

    new = add(
        "new",
        cmd_new,
        "create a pack from a selection: the matches, then the key facts on its "
        "themes (the rules are kept, so refresh can grow it)",
        ref=False,
    )
    _args.add_selection(new)
    _facts_options(new)
    new.add_argument(
        "--groups",
        nargs="+",
        metavar="GROUP",
        help="take only these proposal groups (theme ids, 'facts', 'other')",
    )
    new.add_argument("--limit", type=int, default=None, help="at most this many matches")
    new.add_argument("--empty", action="store_true", help="start without entries (rules are kept)")
    _args.add_meta(new, required_title=True)
    new.add_argument("--json", action="store_true", help="print the pack as JSON")

    listing = add("list", cmd_list, "list saved packs", ref=False)
    listing.add_argument("--json", action="store_true")

    show = add("show", cmd_show, "show a pack: details, rules and entries")
    show.add_argument("--json", action="store_true")

    edit = add("edit", cmd_edit, "change a pack's details, key messages or rules")
    _args.add_meta(edit)
    edit.add_argument("--clear-key-messages", action="store_true")
    _args.add_selection(edit)
    _facts_options(edit, editing=True)

    adding = add("add", cmd_add, "add items (pinned: refresh never removes them)")
    adding.add_argument("items", nargs="+", metavar="ITEM")
    adding.add_argument("--at", type=int, metavar="N", help="insert at position N (1 = first)")
    adding.add_argument("--note", default="")
    adding.add_argument(
        "--no-pin", action="store_true", help="let refresh remove them when the rules stop matching"
    )

    remove = add(
        "remove",
        cmd_remove,
        "take items out of a pack (exclude them to keep refresh from offering them again)",
    )
    remove.add_argument("items", nargs="+", metavar="ITEM")

    move = add("move", cmd_move, "move items to a position, or before or after another item")
    move.add_argument("items", nargs="+", metavar="ITEM")
    where = move.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=int, metavar="N", help="position (1 = first)")
    where.add_argument("--before", metavar="ITEM")
    where.add_argument("--after", metavar="ITEM")

    note = add("note", cmd_note, "set (or with no text, clear) an entry's note")
    note.add_argument("item", metavar="ITEM")
    note.add_argument("text", nargs="?", default="")

    for name, handler, text in (
        ("pin", cmd_pin, "pin items: refresh never removes them"),
        ("exclude", cmd_exclude, "exclude items: listed, never built, never offered again by refresh"),
    ):
        parser = add(name, handler, text)
        parser.add_argument("items", nargs="+", metavar="ITEM")
        parser.add_argument("--off", action="store_true", help=f"un{name} instead")

    resolve = add("resolve", cmd_resolve, "settle an imported item whose text differs from your library's")
    resolve.add_argument("item", metavar="ITEM", help="the entry's id (ending in .imported-...)")
    resolve.add_argument("--keep", choices=("library", "imported"), required=True)

    refresh = add("refresh", cmd_refresh, "re-run the rules; report and apply what changed in the library")
    refresh.add_argument("--dry-run", action="store_true", help="only print the report")
    refresh.add_argument(
        "--apply",
        nargs="+",
        metavar="CATEGORY",
        help="apply only these: changed, new, removed, unmatched (default: all)",
    )
    refresh.add_argument(
        "--skip", nargs="+", default=[], metavar="ITEM", help="leave these items as they are"
    )
    refresh.add_argument("--json", action="store_true")

    dup = add("duplicate", cmd_duplicate, "copy a pack under a new id")
    dup.add_argument("--title", default="")
    dup.add_argument("--json", action="store_true")

    add("delete", cmd_delete, "delete a pack and its history")

    history = add("history", cmd_history, "list a pack's saved versions")
    history.add_argument("--json", action="store_true")

    restore = add("restore", cmd_restore, "make an earlier version current (kept as a new version)")
    restore.add_argument("version", type=int)

    export = add("export-file", cmd_export_file, "write a portable .briefpack file to share")
    export.add_argument("file", help="where to write (.briefpack is added when no suffix is given)")

    imported = add("import-file", cmd_import_file, "import a .briefpack file as a new pack", ref=False)
    imported.add_argument("file")
    imported.add_argument(
        "--copy", action="store_true", help="import it even if you already have this pack (as a second copy)"
    )
    imported.add_argument("--json", action="store_true", help="print the pack as JSON")

    build = add("build", cmd_build, "export the pack with its template")
    build.add_argument("--format", default="docx", help="comma-separated formats, e.g. docx,pdf")
    build.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder to write into")
    build.add_argument(
        "--fit",
        action="store_true",
        help="over the template's page target, keep the best-ranked items that fit",
    )
    build.add_argument(
        "--lang",
        "--language",
        dest="language",
        default="",
        metavar="LANG",
        help="write this build in ar, zh, en, fr, ru or es (default: the pack's language, "
        "else the window's); the pack keeps its own",
    )


def _facts_options(parser: argparse.ArgumentParser, editing: bool = False) -> None:
    facts = parser.add_mutually_exclusive_group()
    facts.add_argument(
        "--no-facts",
        dest="facts",
        action="store_false",
        default=None,
        help="do not add the key facts for the themes",
    )
    if editing:
        facts.add_argument(
            "--facts", dest="facts", action="store_true", help="add the key facts for the themes"
        )


def _rule_fields(args: argparse.Namespace) -> dict:
    fields = _args.selection_fields(args)
    if args.facts is not None:
        fields["include_facts"] = args.facts
    return fields


# -- output ---------------------------------------------------------------------
def _pack_json(workspace, pack, **extra) -> str:
    record = pack.to_record()
    record.pop("items")
    record.pop("sources")
    record["library_changed"] = workspace.packs.library_changed(pack)
    record.update(extra)
    return json.dumps(record, ensure_ascii=False, indent=2)


def _flags(entry) -> str:
    letters = "".join(letter for name, letter in FLAG_LETTERS if getattr(entry, name))
    if entry.conflict_with:
        letters += "!"
    return letters


def _print_pack(workspace, pack) -> None:
    taxonomy = workspace.taxonomy
    out = [f"{pack.title}  [{pack.id}]"]
    for label, value in (
        ("Subtitle", pack.subtitle),
        ("Meeting", pack.meeting),
        ("Date", pack.date),
        ("Author", pack.author),
        ("Organisation", pack.organisation),
        ("Audience", pack.audience_note),
    ):
        if value:
            out.append(f"{label}: {value}")
    out.append(f"Template: {pack.template} ({pack.branding}); grouped by {pack.grouping}")
    out.append(f"Rules: {pack.rules.describe()}")
    out.append(f"Updated {pack.updated}" + (f"; last built {pack.built}" if pack.built else "; never built"))
    if workspace.packs.library_changed(pack):
        out.append(
            "The library changed since the last build: 'briefpack pack refresh "
            f"{pack.id[:8]} --dry-run' shows what."
        )
    if pack.key_messages:
        out.append("Key messages:")
        out += [
            textwrap.fill(m, 96, initial_indent="  - ", subsequent_indent="    ") for m in pack.key_messages
        ]
    resolved = workspace.packs.resolve_entries(pack)
    included = sum(1 for r in resolved if not r.entry.excluded)
    out.append(
        f"Entries ({included} built, {len(resolved) - included} excluded):"
        if resolved
        else "Entries: none ('briefpack pack add' adds items)"
    )
    for n, r in enumerate(resolved, 1):
        flags = _flags(r.entry)
        kind = r.item.kind if r.item else "?"
        themes = ", ".join(taxonomy.label(t) for t in r.item.themes[:2]) if r.item else ""
        out.append(f"{n:>4}. {flags:<3} {r.item_id}  ({kind}; {themes})")
        if r.item is None:
            out.append("        MISSING: not in the library and not embedded in the pack")
        else:
            out.append(textwrap.shorten(r.item.text, 100, placeholder=" …").join(("        “", "”")))
        if r.entry.note:
            out.append(
                textwrap.fill(
                    f"note: {r.entry.note}", 96, initial_indent="        ", subsequent_indent="          "
                )
            )
        if r.entry.conflict_with:
            out.append(
                f"        differs from your library's {r.entry.conflict_with} "
                f"('briefpack pack resolve {pack.id[:8]} {r.item_id} --keep library|imported')"
            )
    if resolved:
        out.append("Flags: P pinned, X excluded, E from the pack's own copy, ! differs from your library")
    print("\n".join(out))


# -- handlers -----------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    fields = _rule_fields(args)
    rules = workspace.packs.make_rules(fields.pop("themes", ()), fields.pop("audiences", ()), **fields)
    groups = _split(args.groups) if args.groups else None
    key_messages = args.key_messages or ()
    made = None
    if args.empty or rules.empty:
        pack = workspace.packs.new(args.title, None, key_messages=key_messages, **_args.meta(args))
        if not rules.empty:
            from app.core.packs import set_rules

            pack = workspace.packs.save(set_rules(pack, rules), summary="rules set")
    else:
        made = workspace.packs.from_selection(
            rules, args.title, groups, args.limit, key_messages, **_args.meta(args)
        )
        if made.message:
            print(f"note: {made.message}", file=sys.stderr)
        pack = workspace.packs.save(made.pack, summary="created")
    if args.json:
        print(_pack_json(workspace, pack))
        return EXIT_OK
    print(f"Created pack {pack.id}: {pack.title} ({len(pack.included)} items)")
    print(f"Rules: {pack.rules.describe()}")
    if made is not None:
        print(made.summary())
        if made.proposal is not None:
            chosen = None if groups is None else set(groups)
            for group in made.proposal.groups:
                mark = "" if chosen is None or group.id in chosen else "  (not taken)"
                print(f"  {group.label}: {len(group.item_ids)}{mark}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    summaries = workspace.packs.summaries()
    if args.json:
        print(json.dumps([asdict(s) for s in summaries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not summaries:
        print("No packs yet. Create one with: briefpack pack new --title TITLE --themes ... --audiences ...")
        return EXIT_OK
    for s in summaries:
        when = f"{s.meeting} {s.date}".strip()
        print(
            f"{s.id[:8]}  {s.title}"
            + (f"  ({when})" if when else "")
            + f"  {s.included} items, updated {s.updated[:10]}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    pack = workspace.packs.get(args.pack)
    if args.json:
        entries = [
            {
                "item_id": r.item_id,
                "status": r.status,
                "text": r.item.text if r.item else None,
                "citation": _citation(r),
            }
            for r in workspace.packs.resolve_entries(pack)
        ]
        print(_pack_json(workspace, pack, resolved=entries))
        return EXIT_OK
    _print_pack(workspace, pack)
    return EXIT_OK


def _citation(resolved) -> str | None:
    if resolved.item is None or resolved.source is None:
        return None
    return full_citation(resolved.source, resolved.item)


def _save(workspace, old, new, message: str) -> int:
    if new is old:
        print(f"{message}: nothing to change.")
        return EXIT_OK
    workspace.packs.save(new)
    print(message)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from app.core.packs import set_key_messages, set_meta, set_rules

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        meta = _args.meta(args)
        if args.title is not None:
            meta["title"] = args.title
        new = set_meta(pack, **meta)
        if args.key_messages is not None or args.clear_key_messages:
            new = set_key_messages(new, args.key_messages or [])
        fields = _rule_fields(args)
        if fields:
            record = {**pack.rules.to_record(), **fields}
            themes, audiences = record.pop("themes"), record.pop("audiences")
            new = set_rules(new, workspace.packs.make_rules(themes, audiences, **record))
        return _save(workspace, pack, new, f"Updated {new.title!r}")


def cmd_add(args: argparse.Namespace) -> int:
    from app.core.packs import add_items

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        items = _split(args.items)
        for item_id in items:
            if pack.snapshot(item_id) is None:
                workspace.item(item_id)  # clear message for an unknown id
        at = None if args.at is None else args.at - 1
        new = add_items(pack, items, at=at, note=args.note, pinned=not args.no_pin)
        return _save(workspace, pack, new, f"Added {len(items)} item(s) to {pack.title!r}")


def cmd_remove(args: argparse.Namespace) -> int:
    from app.core.packs import remove_items

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        items = _split(args.items)
        return _save(workspace, pack, remove_items(pack, items), f"Removed {len(items)} item(s)")


def cmd_move(args: argparse.Namespace) -> int:
    from app.core.packs import move_items, move_relative

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        items = _split(args.items)
        if args.to is not None:
            if args.to < 1:
                raise ValidationError("Positions start at 1.")
            new = move_items(pack, items, args.to - 1)
        else:
            if len(items) != 1:
                raise ValidationError(
                    "--before and --after move one item at a time.", hint="Use --to N for several."
                )
            new = move_relative(pack, items[0], before=args.before or "", after=args.after or "")
        return _save(workspace, pack, new, "Moved")


def cmd_note(args: argparse.Namespace) -> int:
    from app.core.packs import set_note

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        return _save(
            workspace,
            pack,
            set_note(pack, args.item, args.text),
            "Note cleared" if not args.text.strip() else "Note saved",
        )


def cmd_pin(args: argparse.Namespace) -> int:
    from app.core.packs import set_pinned

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        return _save(
            workspace,
            pack,
            set_pinned(pack, _split(args.items), not args.off),
            "Unpinned" if args.off else "Pinned",
        )


def cmd_exclude(args: argparse.Namespace) -> int:
    from app.core.packs import set_excluded

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        items = _split(args.items)
        if not args.off:
            for item_id in items:
                if item_id not in pack:
                    workspace.item(item_id)
        return _save(
            workspace,
            pack,
            set_excluded(pack, items, not args.off),
            "Included again" if args.off else "Excluded",
        )


def cmd_resolve(args: argparse.Namespace) -> int:
    from app.core.packs import replace_item

    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        entry = pack.entry(args.item)
        if entry is None or not entry.conflict_with:
            raise ValidationError(
                f"{args.item} is not an imported item in conflict with your library.",
                hint="'briefpack pack show' marks those with '!'.",
            )
        if args.keep == "library":
            new = replace_item(pack, args.item, entry.conflict_with)
        else:
            from app.core.packs import set_entries

            new = set_entries(
                pack, [replace(e, conflict_with="") if e.item_id == args.item else e for e in pack.entries]
            )
        return _save(workspace, pack, new, f"Kept the {args.keep} version")


def cmd_refresh(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    categories = _split(args.apply) if args.apply else None
    report, pack = workspace.packs.refresh(
        args.pack, dry_run=args.dry_run, categories=categories, skip=_split(args.skip)
    )
    if args.json:
        print(json.dumps({**report.to_dict(), "applied": not args.dry_run}, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_report(workspace, report)
    if not args.dry_run and not report.empty:
        print(f"Applied; {pack.title!r} now has {len(pack.included)} items.")
    return EXIT_OK


def _print_report(workspace, report) -> None:
    if report.message:
        print(f"note: {report.message}")
    if report.empty:
        print("Up to date: nothing changed in the library for this pack.")
        return
    library = workspace.library
    out = []
    if report.changed:
        out.append(f"Changed since the last build ({len(report.changed)}):")
        for change in report.changed:
            out.append(f"  ~ {change.item_id}: {', '.join(change.fields)}")
            if "text" in change.fields:
                for label, item in (("was", change.old), ("now", change.new)):
                    quote = textwrap.shorten(item.text, 90, placeholder=" …")
                    out.append(f"      {label}: “{quote}”")
            for name in ("themes", "audiences"):
                if name in change.fields:
                    out.append(
                        f"      {name}: {', '.join(getattr(change.old, name))} -> "
                        f"{', '.join(getattr(change.new, name))}"
                    )
    if report.removed:
        out.append(f"Gone from the library ({len(report.removed)}):")
        out += [
            f"  - {i}" + (" (pinned: kept from the pack's copy)" if i in report.pinned_removed else "")
            for i in report.removed
        ]
    if report.new:
        out.append(f"New items the rules match ({len(report.new)}):")
        out += [
            textwrap.shorten(f"  + {i}: {library.items[i].text}", 100, placeholder=" …") for i in report.new
        ]
    if report.unmatched:
        out.append(f"No longer matched by the rules ({len(report.unmatched)}):")
        out += [f"  ? {i}" for i in report.unmatched]
    print("\n".join(out))


def cmd_duplicate(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    pack = workspace.packs.duplicate(args.pack, args.title)
    if args.json:
        print(_pack_json(workspace, pack))
    else:
        print(f"Created pack {pack.id}: {pack.title}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    with workspace.writing():  # read, change and save with no other writer in between
        pack = workspace.packs.get(args.pack)
        workspace.packs.delete(pack.id)
        print(f"Deleted {pack.title!r} ({pack.id})")
        return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    versions = workspace.packs.history(args.pack)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "version": v.number,
                        "saved": v.saved,
                        "summary": v.summary,
                        "title": v.title,
                        "entries": v.entries,
                    }
                    for v in versions
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    for v in versions:
        print(f"{v.number:>4}  {v.saved}  {v.entries:>4} entries  {v.summary}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    pack = workspace.packs.restore(args.pack, args.version)
    print(f"Restored version {args.version} of {pack.title!r}")
    return EXIT_OK


def cmd_export_file(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    path = workspace.packs.export_file(args.pack, Path(args.file))
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_import_file(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    imported = workspace.packs.import_file(Path(args.file), copy=args.copy)
    pack = imported.pack
    if args.json:
        print(
            _pack_json(
                workspace,
                pack,
                embedded=list(imported.embedded),
                conflicts=[{"item_id": a, "library_item": b} for a, b in imported.conflicts],
                unknown_tags=list(imported.unknown_tags),
            )
        )
        return EXIT_OK
    print(f"Imported pack {pack.id}: {pack.title} ({len(pack.included)} items)")
    if imported.embedded:
        print(f"  {len(imported.embedded)} item(s) are not in your library; the pack's own copies are used.")
    for new_id, library_id in imported.conflicts:
        print(f"  ! {library_id} has different text in your library; the file's version is kept as {new_id}.")
    if imported.unknown_tags:
        print(f"  Tags your library does not know: {', '.join(imported.unknown_tags)}.")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    formats = _split([args.format])
    result = workspace.packs.build(
        args.pack, formats, Path(args.output), fit=args.fit, language=args.language
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.missing:
        print(
            f"warning: {len(result.missing)} item(s) could not be found and were left out: "
            f"{', '.join(result.missing)}",
            file=sys.stderr,
        )
    if result.changed_since_last_build:
        print(
            f"note: {len(result.changed_since_last_build)} item(s) changed in the library since the last "
            "build; the document uses the current text.",
            file=sys.stderr,
        )
    for path in result.paths:
        print(path)
    if result.budget is not None and result.budget.over and not args.fit:
        print(
            f"warning: over the page target: {result.budget.message()}; --fit keeps the best-ranked items "
            "that fit.",
            file=sys.stderr,
        )
    return EXIT_OK
