"""The `briefpack` command: argparse subcommands over the Workspace facade."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app import __version__
from app.core.errors import BriefpackError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3

# Each command module adds its subcommands; kept in one list so the help
# text orders them and a new feature is one line here.
_COMMAND_MODULES = ("library", "search", "build", "pack", "importing")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="briefpack",
        description="Build briefing packs from a library of tagged recommendations, quoted exactly.",
    )
    parser.add_argument("--version", action="version", version=f"briefpack {__version__}")
    parser.add_argument("--home", help="user data folder (default: BRIEFPACK_HOME or the platform's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"app.cli.{name}_cmds")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.cli.{name}_cmds":
                raise
            continue
        module.register(commands)
    return parser


def open_workspace(args: argparse.Namespace):
    from pathlib import Path

    from app.core.workspace import Workspace

    workspace = Workspace(Path(args.home) if args.home else None)
    for message in workspace.recovery_messages:
        print(f"briefpack: {message}", file=sys.stderr)
    return workspace


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BriefpackError as exc:
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


if __name__ == "__main__":
    sys.exit(main())
