"""Options and values the commands share: one way to read lists, selections and brief details."""

from __future__ import annotations

import argparse
from typing import Any

from app.core.brief import BRIEF_FIELDS, GROUPING_CHOICES, META_FIELDS

# The brief's details a user types besides its title; each is `--name`, the audience note `--audience-note`.
META_OPTIONS = BRIEF_FIELDS[1:]


def split_values(values: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Values given as one argument or several, separated by commas or spaces, or both:
    `--themes children law`, `--themes "children law"` and `--themes children,law` are alike."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    out = [part for value in values for part in value.replace(",", " ").split()]
    return tuple(dict.fromkeys(out))


def formats(value: str | list[str] | None, default: str = "docx") -> list[str]:
    """Export formats from `--format docx,pdf` (or `--format docx pdf`)."""
    return list(split_values(value or default))


def add_selection(parser: argparse.ArgumentParser, text: bool = True) -> None:
    """The selection options: themes, audiences, kinds, sources, dates and (unless the command
    takes the text as its argument) a free-text query."""
    group = parser.add_argument_group("selection")
    group.add_argument(
        "--themes",
        nargs="+",
        metavar="THEME",
        help="theme ids (space or comma separated; 'briefpack library tags' lists them)",
    )
    group.add_argument("--all-themes", action="store_true", help="items must have every theme given")
    group.add_argument("--audiences", nargs="+", metavar="AUDIENCE", help="audience ids")
    group.add_argument("--all-audiences", action="store_true", help="items must have every audience given")
    group.add_argument("--kinds", nargs="+", metavar="KIND", help="recommendation, commitment, fact")
    group.add_argument("--sources", nargs="+", metavar="SOURCE", help="source ids")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="sources dated from (YYYY[-MM[-DD]])")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="sources dated up to (YYYY[-MM[-DD]])")
    if text:
        group.add_argument(
            "--text", "--query", dest="text", metavar="TEXT", help="free text, in the search syntax"
        )


def selection_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The selection options that were given, as Query / Rules fields."""
    fields: dict[str, Any] = {}
    for name in ("themes", "audiences", "kinds", "sources"):
        if getattr(args, name, None) is not None:
            fields[name] = split_values(getattr(args, name))
    if getattr(args, "all_themes", False):
        fields["themes_mode"] = "all"
    if getattr(args, "all_audiences", False):
        fields["audiences_mode"] = "all"
    for name in ("text", "date_from", "date_to"):
        if getattr(args, name, None) is not None:
            fields[name] = getattr(args, name)
    return fields


def rules(workspace, args: argparse.Namespace, **extra: Any):
    """Pack rules from the selection options; an unknown theme, audience or kind is an error that
    names the closest known ones."""
    fields = {**selection_fields(args), **extra}
    return workspace.packs.make_rules(fields.pop("themes", ()), fields.pop("audiences", ()), **fields)


def add_meta(parser: argparse.ArgumentParser, title: bool = True, required_title: bool = False) -> None:
    """The brief's details: title, subtitle, meeting, date, author, organisation, audience note,
    key messages, grouping, template, branding and language."""
    group = parser.add_argument_group("the brief")
    if title:
        group.add_argument("--title", required=required_title, default=None)
    for name in META_OPTIONS:
        group.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None)
    group.add_argument(
        "--key-message",
        dest="key_messages",
        action="append",
        metavar="TEXT",
        help="a key message (repeat for several)",
    )
    group.add_argument(
        "--grouping",
        choices=GROUPING_CHOICES,
        default=None,
        metavar="GROUPING",
        help="theme (the themes chosen first), audience, source, kind, document (the "
        "sources' order) or ordered; a second heading level as theme/audience "
        "(default: the template's)",
    )
    group.add_argument("--template", default=None, help="template id ('briefpack build --list-templates')")
    group.add_argument("--branding", default=None, help="branding profile id")
    group.add_argument(
        "--lang",
        "--language",
        dest="language",
        default=None,
        metavar="LANG",
        help="the brief's language: ar, zh, en, fr, ru or es (default: the window's, set in the preferences)",
    )


def meta(args: argparse.Namespace) -> dict[str, str]:
    """The brief's details that were given (not the title or key messages)."""
    return {
        name: getattr(args, name)
        for name in META_FIELDS
        if name != "title" and getattr(args, name, None) is not None
    }
