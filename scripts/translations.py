"""The window's translation sources: gather its strings with pyside6-lupdate, report what is left.

    python scripts/translations.py update    # lupdate app/gui and app/core into resources/translations/*.ts
    python scripts/translations.py check     # lupdate into a copy: unfinished and obsolete counts
    python scripts/translations.py build DIR # compile the .qm catalogues into DIR (as setup.py does)

`check` exits 1 when a language has an unfinished or obsolete string (or a string lupdate would
add), so a string added to the window without its French and Spanish is caught.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.gui.catalogues import (  # noqa: E402
    DOMAIN,
    SOURCE_LANGUAGE,
    SOURCES,
    WINDOW_LANGUAGES,
    build_catalogues,
)

TS_DIR = ROOT / SOURCES


def lupdate() -> list[str]:
    """pyside6-lupdate from the environment running this script."""
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if found is None:
        raise SystemExit("pyside6-lupdate is not installed (it comes with PySide6)")
    return [found]


def sources() -> list[str]:
    """Every module of the window and of the core (whose messages to a person are marked
    `core.tr(...)`, app/core/phrases.py), relative to the checkout (the .ts files name them so)."""
    folders = (ROOT / "app" / "gui", ROOT / "app" / "core")
    return sorted(str(p.relative_to(ROOT)) for folder in folders for p in folder.rglob("*.py"))


def run_lupdate(ts_files: list[Path], plural_only: bool = False) -> str:
    options = ["-no-obsolete", *(["-pluralonly"] if plural_only else [])]
    command = [*lupdate(), *sources(), "-locations", "none", *options, "-ts", *map(str, ts_files)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def update(folder: Path) -> str:
    """The French and Spanish sources, and English's plural forms ("1 item", "2 items": the
    window's English is its source text, but "%n item(s)" needs its forms spelt out)."""
    done = run_lupdate([ts_path(language, folder) for language in WINDOW_LANGUAGES])
    return done + run_lupdate([ts_path(SOURCE_LANGUAGE, folder)], plural_only=True)


def counts(ts: Path) -> dict[str, int]:
    """Messages in a .ts file: all, finished, unfinished, obsolete (vanished or obsolete)."""
    tally = {"messages": 0, "finished": 0, "unfinished": 0, "obsolete": 0}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        tally["messages"] += 1
        if kind in ("obsolete", "vanished"):
            tally["obsolete"] += 1
        elif kind == "unfinished":
            tally["unfinished"] += 1
        else:
            tally["finished"] += 1
    return tally


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{DOMAIN}_{language}.ts"


def check() -> int:
    """lupdate into copies of the .ts files; report each language's counts."""
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for language in (*WINDOW_LANGUAGES, SOURCE_LANGUAGE):
            if ts_path(language).is_file():
                shutil.copy(ts_path(language), ts_path(language, Path(tmp)))
        print(update(Path(tmp)).strip())
        for language in (*WINDOW_LANGUAGES, SOURCE_LANGUAGE):
            tally = counts(ts_path(language, Path(tmp)))
            print(
                f"{language}: {tally['messages']} messages, {tally['finished']} finished, "
                f"{tally['unfinished']} unfinished, {tally['obsolete']} obsolete"
            )
            problems += tally["unfinished"] + tally["obsolete"]
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "build"))
    parser.add_argument("target", nargs="?", type=Path, help="build: the folder for the .qm files")
    args = parser.parse_args(argv)
    if args.command == "update":
        TS_DIR.mkdir(parents=True, exist_ok=True)
        print(update(TS_DIR).strip())
        return 0
    if args.command == "check":
        return check()
    if args.target is None:
        parser.error("build needs a target folder")
    for path in build_catalogues(TS_DIR, args.target):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
