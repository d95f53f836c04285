"""What the frozen app carries: Briefpack's bundled folders, and what it leaves out of its
libraries (modules and data it never uses), so the package stays small."""

from __future__ import annotations

from pathlib import Path

BUNDLED = ("library", "export_templates", "resources")

# Never imported by Briefpack at run time (test and build tools, other GUI toolkits).
EXCLUDED_MODULES = [
    "tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pip",
    "IPython",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
]

# Babel's calendar and number data is kept for the six languages briefs are written in (and
# the root every locale inherits from); the other ~700 locales are 30 MB Briefpack never reads.
BRIEF_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


# PyInstaller's run-time hooks the window starts without (they run before its first line):
# - multiprocessing's imports multiprocessing, its spawn module and subprocess (~7 ms of every
#   start) so that *spawned* helper processes find their way back into a frozen program. Bulk
#   import starts its readers with "fork" wherever the system has it (app/core/importing/bulk.py):
#   a forked reader is a copy of the running process and no helper is spawned. Windows has no
#   fork: there the hook stays, with `multiprocessing.freeze_support()` in packaging/entry_gui.py.
# - pkgutil's teaches `pkgutil.iter_modules` the modules of a compressed archive; this build
#   has none (`noarchive`: the modules are files in the folder, which pkgutil lists itself).
# The window's own hook (packaging/rthook_window_first.py) runs first of all.
# The command line keeps every hook (its start-up is not the window's).
FIRST_HOOK = "rthook_window_first"


def window_runtime_hooks(scripts: list, platform: str) -> list:
    """The GUI executable's scripts (run-time hooks, then the entry): the collector paused first,
    without the hooks above."""
    dropped = {"pyi_rth_pkgutil"} | ({"pyi_rth_multiprocessing"} if platform != "win32" else set())
    kept = [entry for entry in scripts if entry[0] not in dropped]
    return sorted(kept, key=lambda entry: entry[0] != FIRST_HOOK)  # stable: the rest keep their order


def bundled_data(root: Path, compiled_translations: Path, build_file: Path) -> list[tuple[str, str]]:
    """(source, destination) pairs: the bundled folders where `app/paths.py` looks for them in an
    installed package (app/_bundled/...), the compiled catalogues beside their sources, and the
    build's record (`app/build_info.py`)."""
    pairs = [(str(root / name), f"app/_bundled/{name}") for name in BUNDLED]
    pairs.append((str(build_file), "app/_bundled"))
    pairs += [
        (str(qm), "app/_bundled/resources/translations") for qm in sorted(compiled_translations.glob("*.qm"))
    ]
    return pairs


def keep_data(destination: str) -> bool:
    """False for data files the app never reads: Babel's other locales, caches of bytecode left in
    the bundled folders (the modules' own .pyc files are what the frozen app runs)."""
    parts = Path(destination).parts
    if "__pycache__" in parts:
        return False
    if len(parts) >= 3 and parts[0] == "babel" and parts[1] == "locale-data":
        locale = Path(parts[2]).stem
        return locale == "root" or locale.split("_")[0] in BRIEF_LANGUAGES
    return True
