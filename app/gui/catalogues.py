"""The window's translations: Qt Linguist sources (`resources/translations/*.ts`) and the compiled
catalogues (`.qm`) Qt loads, built with PySide6's lrelease.

Nothing of Qt is imported here: setup.py calls `build_catalogues()` while building the wheel, and the app
calls `catalogue()` at start-up, which compiles a `.ts` into the user's cache when Briefpack runs
from a checkout without built catalogues.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from importlib.util import find_spec
from pathlib import Path

DOMAIN = "briefpack"
# The languages the window speaks besides English, its source language (whose catalogue holds
# only the plural forms: "%n item(s)" as "1 item", "2 items").
WINDOW_LANGUAGES = ("fr", "es")
SOURCE_LANGUAGE = "en"
SOURCES = Path("resources") / "translations"


def lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm: PySide6's own lrelease (next to the package), else
    one on PATH; None when there is none."""
    try:
        spec = find_spec("PySide6")  # its folder only: nothing of Qt is loaded
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location)
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """Compile one .ts into `qm` (written next to its final name, then renamed over it)."""
    import subprocess  # only when a catalogue is compiled: never on a start that has one

    command = lrelease()
    if command is None:
        raise FileNotFoundError("lrelease (from PySide6) is needed to build the window's translations")
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + f".{os.getpid()}.part")
    subprocess.run(
        [*command, "-silent", "-nounfinished", str(ts), "-qm", str(partial)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    os.replace(partial, qm)
    return qm


def build_catalogues(source_dir: Path, target_dir: Path) -> list[Path]:
    """Every .ts in `source_dir` compiled into `target_dir` (the wheel's and the frozen app's
    build step: `python -m app.gui.catalogues SOURCE TARGET`)."""
    return [compile_catalogue(ts, target_dir / f"{ts.stem}.qm") for ts in sorted(source_dir.glob("*.ts"))]


def catalogue(resources: Path, language: str, cache: Path) -> Path | None:
    """The compiled catalogue for `language`: the one built with the package, else the .ts of a
    checkout compiled once into `cache` (keyed by its contents); None when there is neither."""
    built = resources / "translations" / f"{DOMAIN}_{language}.qm"
    if built.is_file():
        return built
    ts = resources / "translations" / f"{DOMAIN}_{language}.ts"
    try:
        info = ts.stat()
    except OSError:
        return None
    # keyed by the source's size and time: an edited .ts is compiled again, a start reads no .ts
    cached = cache / "translations" / f"{DOMAIN}_{language}-{info.st_size}-{info.st_mtime_ns}.qm"
    if cached.is_file():
        return cached
    try:
        return compile_catalogue(ts, cached)
    except Exception as exc:  # no lrelease, a full disk, a damaged .ts: the window stays in English
        logging.getLogger(__name__).warning(
            "The %s translation could not be compiled (%s); the window is shown in English.", language, exc
        )
        return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m app.gui.catalogues SOURCE_DIR TARGET_DIR", file=sys.stderr)
        return 2
    for path in build_catalogues(Path(args[0]), Path(args[1])):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
