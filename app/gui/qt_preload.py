"""Loads Qt's libraries and reads the font list on a second core while Python imports the core.

Start-up is two kinds of work: Python importing modules (one core, it holds the interpreter
lock) and the dynamic loader mapping Qt's shared libraries and running their relocations
(~12–16 ms for QtWidgets with its Qt libraries), then fontconfig reading the font list for the
first text measured (~4 ms). The second kind needs no Python: done through `ctypes` on a thread
(a foreign call releases the interpreter lock), it overlaps the first, and when PySide6 is
imported its libraries are already there (the loader hands back the same ones) and Qt finds
fontconfig initialised. Nothing else changes: the same files, loaded with the flags Python's own
import uses, in the same process. With one core to run on there is nothing to overlap (it cost
1-3 ms: importing ctypes, the thread), so nothing is started.

Linux only (ELF libraries found by path, fontconfig); elsewhere `start` does nothing. Whatever
fails here (a library not found, no fontconfig) is left for PySide6's own import to do or report.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES

# The standard library's extension modules that importing the core (app.core.workspace) loads.
# They are imported before the thread starts: while the loader maps Qt it holds its lock, and a
# module loaded meanwhile would wait for it. tests/gui/test_qt_preload.py keeps the list whole.
CORE_EXTENSIONS = (
    "zlib",
    "_bz2",
    "_lzma",
    "math",
    "_bisect",
    "_random",
    "_sha512",
    "_sha256",
    "_md5",
    "_opcode",
    "_json",
    "unicodedata",
)

# PySide6's extension modules the window imports, the first one first: loading it loads
# libpyside6, libshiboken6 and Qt's Core, Gui and Widgets libraries it is linked against.
# (folder beside PySide6's, module name); the file name ends with one of Python's extension
# suffixes (".abi3.so" in the wheels, the interpreter's own tag in some distributions' builds).
MODULES = (("PySide6", "QtWidgets"), ("PySide6", "QtCore"), ("PySide6", "QtGui"), ("shiboken6", "Shiboken"))


def _module_file(folder: str, name: str) -> str | None:
    for suffix in EXTENSION_SUFFIXES:
        path = os.path.join(folder, name + suffix)
        if os.path.isfile(path):
            return path
    return None


def pyside_folder() -> str | None:
    """The folder holding PySide6's extension modules, found without importing PySide6."""
    for entry in sys.path:
        folder = os.path.join(entry or os.curdir, "PySide6")
        if _module_file(folder, "QtWidgets") is not None:
            return folder
    return None


def platform_plugin(folder: str) -> str | None:
    """The Qt platform plugin this session will use, when the environment says so plainly."""
    name = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if not name and os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        name = "xcb"  # an X11 session: Qt's only choice there
    if not name:
        return None
    path = os.path.join(folder, "Qt", "plugins", "platforms", f"libq{name}.so")
    return path if os.path.isfile(path) else None


_started = False


def start() -> bool:
    """Begin loading on a background thread; True when it was started (once a process: the frozen
    window starts it from its first run-time hook, before `main` asks again)."""
    global _started
    if _started or not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2:
        return False
    folder = pyside_folder()
    if folder is None:
        return False
    for name in CORE_EXTENSIONS:
        with contextlib.suppress(ImportError):  # another Python's library: that one is then not waited for
            __import__(name)
    site = os.path.dirname(folder)
    found = (_module_file(os.path.join(site, package), name) for package, name in MODULES)
    libraries = [path for path in found if path is not None]
    plugin = platform_plugin(folder)
    if plugin is not None:
        libraries.append(plugin)
    import ctypes  # here: importing it on the thread would hold the interpreter lock from the start
    import threading

    threading.Thread(target=_load, args=(ctypes, libraries), name="qt-preload", daemon=True).start()
    _started = True
    return True


def _load(ctypes, libraries: list[str]) -> None:
    """The thread's work: the widgets first (the largest), the font list, then the rest."""
    try:
        dlopen = ctypes.CDLL(None).dlopen  # a foreign call: the interpreter lock is released
        dlopen(os.fsencode(libraries[0]), os.RTLD_NOW)  # the flags Python's import uses
        # only the fontconfig Qt is linked against (loaded with it), never another one
        fontconfig = ctypes.CDLL("libfontconfig.so.1", mode=os.RTLD_NOW | os.RTLD_NOLOAD)
        fontconfig.FcInit()  # thread-safe since fontconfig 2.10.91; Qt's own call then returns at once
        for path in libraries[1:]:
            dlopen(os.fsencode(path), os.RTLD_NOW)
    except Exception:  # PySide6's import does the same work and reports what fails
        return
