"""The `briefpack` command: argparse subcommands over the Workspace facade."""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from app import gc_policy
from app.build_info import version_line
from app.core.errors import BriefpackError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3

# Each command module adds its subcommands; kept in one list so the help
# text orders them and a new feature is one line here.
_COMMAND_MODULES = ("library", "search", "build", "pack", "importing")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefpack",
        description="Build briefing packs from a library of tagged recommendations, quoted exactly.",
    )
    parser.add_argument("--version", action="version", version=version_line("briefpack"))
    parser.add_argument("--home", help="user data folder (default: BRIEFPACK_HOME or the platform's)")
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="log what Briefpack does (repairs, locks, recoveries) on stderr",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for name in _COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}_cmds").register(commands)
    return parser


# The workspaces a command opened: what was repaired in them is reported when it ends (repairs
# happen when a store file is first read, which is after the command starts).
_opened: list = []


def open_workspace(args: argparse.Namespace):
    from app.core.workspace import Workspace

    workspace = Workspace(Path(args.home) if args.home else None)
    workspace.on_library_loaded(gc_policy.settle)
    workspace.exports.sweep_export_litter()
    workspace.reported = 0
    _opened.append(workspace)
    return workspace


def report_repairs() -> None:
    """Print every repair made since the last report, one clear line each (stderr)."""
    for workspace in _opened:
        repairs = workspace.store.repairs
        for repair in repairs[workspace.reported :]:
            print(f"briefpack: {'note' if repair.notice else 'repaired'}: {repair.message}", file=sys.stderr)
        workspace.reported = len(repairs)


def main(argv: list[str] | None = None) -> int:
    gc_policy.pause()  # until the library is loaded (open_workspace settles it then)
    try:
        return _run(argv)
    finally:
        gc_policy.resume()


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.core.logs import setup_cli

    setup_cli(args.verbose)
    handler: Callable[[argparse.Namespace], int] = args.handler
    _opened.clear()
    try:
        return handler(args)
    except BriefpackError as exc:
        report_repairs()
        print(f"briefpack: {exc.user_message}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        if exc.detail:
            print(f"  ({exc.detail})", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a fault in Briefpack itself: one line, the traceback with --verbose
        report_repairs()
        print(f"briefpack: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        else:
            print("  Run the command again with --verbose to see the details to report.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        report_repairs()


if __name__ == "__main__":
    sys.exit(main())
