"""The desktop app's command line: its options read here, --help and --version by Qt's parser."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.gui.theme import APPEARANCES

if TYPE_CHECKING:
    from PySide6.QtCore import QCommandLineParser

PROGRAM = "briefpack-gui"


class Options(NamedTuple):
    """What the command line asked for."""

    home: Path | None = None
    appearance: str | None = None
    smoke_test: bool = False
    open_file: Path | None = None  # a .briefpack file the desktop asked to open (double-click)


# Each option of the window: what --help says of it, and the name of its value ("" for a switch).
OPTIONS = {
    "home": ("Data folder to use (default: BRIEFPACK_HOME or the platform's user data folder).", "folder"),
    "appearance": ("Colour scheme for this run: system, light or dark (default: as last chosen).", "scheme"),
    "smoke-test": ("Start, wait until the library is shown, print the time taken and quit.", ""),
}


def _parser() -> QCommandLineParser:
    """Qt's parser, with every option described: it writes --help (and answers --version)."""
    from PySide6.QtCore import QCommandLineOption, QCommandLineParser

    parser = QCommandLineParser()
    parser.setApplicationDescription("Briefpack desktop app: find, assemble and export briefing packs.")
    parser.addHelpOption()
    parser.addVersionOption()
    parser.addPositionalArgument(
        "file", "A .briefpack pack file to open (imported into your packs the first time).", "[file]"
    )
    for name, (description, value) in OPTIONS.items():
        parser.addOption(
            QCommandLineOption([name], description, value)
            if value
            else QCommandLineOption([name], description)
        )
    return parser


def answer_help_or_version(arguments: list[str]) -> None:
    """Print the help or the version and exit, if asked: before Qt starts, so that works without
    a display. Anything else is left to `parse` (Qt's own options are still in `arguments`)."""
    if not any(a.lstrip("-") in ("h", "help", "?", "help-all", "v", "version") for a in arguments[1:]):
        return
    parser = _parser()
    parser.parse(arguments)  # an option only Qt knows is an error here, and does not matter
    if parser.isSet("help") or parser.isSet("help-all"):
        # Qt names the program after the running QApplication's first argument, and before one
        # runs has no name for it: the usage line names the command people type.
        rest = parser.helpText().partition("\n")[2]
        print(f"Usage: {PROGRAM} [options]\n{rest}", end="")
        sys.exit(0)
    if parser.isSet("version"):
        from app.build_info import version_line

        print(version_line(PROGRAM))
        sys.exit(0)


def display_available(arguments: list[str]) -> bool:
    """False on Linux without a display (Qt would abort with a message about reinstalling);
    a platform chosen on purpose (QT_QPA_PLATFORM, -platform) is left to Qt."""
    if not sys.platform.startswith("linux") or "-platform" in arguments:
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def parse(arguments: list[str]) -> Options:
    """The options in `arguments`: program name first, Qt's own options taken out (as
    QApplication.arguments() gives them). A wrong or unknown option prints why and exits (2).

    Read here rather than by Qt's parser, which is only needed to write the help: its Python
    types are set up on every start otherwise. The rules are Qt's: `--name value` or
    `--name=value`, `--` ends the options, a single `-` is a file name."""
    values: dict[str, str] = {}
    switches: set[str] = set()
    files: list[str] = []
    rest = iter(arguments[1:])
    for argument in rest:
        if argument == "--":
            files.extend(rest)
            break
        if not argument.startswith("-") or argument == "-":
            files.append(argument)
            continue
        long_form = argument.startswith("--")
        name, equals, value = argument[2 if long_form else 1 :].partition("=")
        if not long_form or name not in OPTIONS:
            _fail(f"Unknown option '{name}'.")
        elif not OPTIONS[name][1]:  # a switch
            if equals:
                _fail(f"Unexpected value after '--{name}'.")
            switches.add(name)
        elif equals:
            values[name] = value
        else:
            following = next(rest, None)
            if following is None:
                _fail(f"Missing value after '--{name}'.")
            values[name] = str(following)
    if len(files) > 1:
        _fail(f"Unexpected argument: {files[1]} (one pack file at a time).")
    pack_file = Path(files[0]).expanduser().absolute() if files else None
    if pack_file is not None and pack_file.suffix.lower() != ".briefpack":
        _fail(
            f"{files[0]} is not a pack file (*.briefpack); documents are imported with "
            "File > Import documents or by dropping them on the window."
        )
    scheme = values.get("appearance") or None
    if scheme is not None and scheme not in APPEARANCES:
        _fail(f"--appearance must be one of {', '.join(APPEARANCES)} (not {scheme!r}).")
    folder = values.get("home")
    return Options(Path(folder).expanduser() if folder else None, scheme, "smoke-test" in switches, pack_file)


def _fail(message: str) -> None:
    print(f"{PROGRAM}: {message}\nTry '{PROGRAM} --help'.", file=sys.stderr)
    sys.exit(2)
