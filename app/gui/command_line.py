"""The desktop app's command line, read with Qt's QCommandLineParser (Qt's own options are Qt's)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCommandLineOption, QCommandLineParser

from app.gui.theme import APPEARANCES

PROGRAM = "briefpack-gui"


class Options(NamedTuple):
    """What the command line asked for."""

    home: Path | None = None
    appearance: str | None = None
    smoke_test: bool = False
    open_file: Path | None = None  # a .briefpack file the desktop asked to open (double-click)


def _parser() -> tuple[QCommandLineParser, dict[str, QCommandLineOption]]:
    parser = QCommandLineParser()
    parser.setApplicationDescription("Briefpack desktop app: find, assemble and export briefing packs.")
    parser.addHelpOption()
    parser.addVersionOption()
    parser.addPositionalArgument(
        "file", "A .briefpack pack file to open (imported into your packs the first time).", "[file]"
    )
    options = {
        "home": QCommandLineOption(
            ["home"],
            "Data folder to use (default: BRIEFPACK_HOME or the platform's user data folder).",
            "folder",
        ),
        "appearance": QCommandLineOption(
            ["appearance"],
            "Colour scheme for this run: system, light or dark (default: as last chosen).",
            "scheme",
        ),
        "smoke-test": QCommandLineOption(
            ["smoke-test"], "Start, wait until the library is shown, print the time taken and quit."
        ),
    }
    for option in options.values():
        parser.addOption(option)
    return parser, options


def answer_help_or_version(arguments: list[str]) -> None:
    """Print the help or the version and exit, if asked: before Qt starts, so that works without
    a display. Anything else is left to `parse` (Qt's own options are still in `arguments`)."""
    if not any(a.lstrip("-") in ("h", "help", "?", "help-all", "v", "version") for a in arguments[1:]):
        return
    parser, _options = _parser()
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
    QApplication.arguments() gives them). A wrong or unknown option prints why and exits (2)."""
    parser, options = _parser()
    if not parser.parse(arguments):
        _fail(parser, parser.errorText())
    files = parser.positionalArguments()
    if len(files) > 1:
        _fail(parser, f"Unexpected argument: {files[1]} (one pack file at a time).")
    pack_file = Path(files[0]).expanduser().absolute() if files else None
    if pack_file is not None and pack_file.suffix.lower() != ".briefpack":
        _fail(
            parser,
            f"{files[0]} is not a pack file (*.briefpack); documents are imported with "
            "File > Import documents or by dropping them on the window.",
        )
    scheme = parser.value(options["appearance"]) or None
    if scheme is not None and scheme not in APPEARANCES:
        _fail(parser, f"--appearance must be one of {', '.join(APPEARANCES)} (not {scheme!r}).")
    folder = parser.value(options["home"])
    return Options(
        Path(folder).expanduser() if folder else None, scheme, parser.isSet(options["smoke-test"]), pack_file
    )


def _fail(parser: QCommandLineParser, message: str) -> None:
    print(f"{PROGRAM}: {message}\nTry '{PROGRAM} --help'.", file=sys.stderr)
    sys.exit(2)
