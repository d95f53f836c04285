"""Qt's libraries and the font list loaded on a second core: what is loaded, and what is not waited for."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from app.gui import qt_preload
from tests.gui.fresh_process import ROOT, last_line

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the preloading is for Linux"),
]


def _run(code: str) -> dict:
    return json.loads(last_line(code, {"QT_QPA_PLATFORM": "offscreen"}))


def test_the_thread_loads_qt_and_fontconfig_without_importing_pyside6():
    seen = _run(
        """
        import json, os, sys, threading
        from app.gui import qt_preload

        os.sched_getaffinity = lambda pid: {0, 1}  # what it does, also where the tests get one core
        started = qt_preload.start()
        again = qt_preload.start()  # main() after the frozen window's first hook: nothing more
        for thread in threading.enumerate():
            if thread.name == "qt-preload":
                thread.join(60)
        maps = open("/proc/self/maps").read()
        python_side = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication([])
        label = QLabel("Measured after the preloading")
        print(json.dumps({
            "started": started,
            "again": again,
            "threads": sum(thread.name == "qt-preload" for thread in threading.enumerate()),
            "libraries": [name for name in ("libQt6Widgets.so", "libQt6Gui.so", "QtWidgets.abi3.so",
                          "QtCore.abi3.so", "Shiboken.abi3.so", "libqoffscreen.so") if name in maps],
            "python_side": python_side,
            "text_height": label.fontMetrics().height(),
        }))
        """
    )
    assert seen["started"] is True and seen["again"] is False
    assert seen["threads"] == 0, "the thread ends when its work is done"
    assert seen["libraries"] == [
        "libQt6Widgets.so",
        "libQt6Gui.so",
        "QtWidgets.abi3.so",
        "QtCore.abi3.so",
        "Shiboken.abi3.so",
        "libqoffscreen.so",
    ]
    assert seen["python_side"] == [], "the thread must not import PySide6's Python modules"
    assert seen["text_height"] > 5, "Qt measures text with fontconfig initialised by the thread"


def test_the_core_import_loads_no_extension_module_the_thread_would_make_wait():
    """Every standard-library extension module importing the core loads is in CORE_EXTENSIONS
    (imported before the thread starts), and every one listed is loaded by it (none stale)."""
    seen = _run(
        """
        import sys
        import app.gui.main

        def extensions():
            return {name for name, module in list(sys.modules.items())
                    if (getattr(module, "__file__", None) or "").endswith(".so")}

        before = extensions()
        import app.core.workspace
        loaded = sorted(extensions() - before)
        import json  # after: it loads one of them
        print(json.dumps({"loaded": loaded}))
        """
    )
    listed = {name for name in qt_preload.CORE_EXTENSIONS if _exists(name)}
    assert set(seen["loaded"]) == listed


def _exists(name: str) -> bool:
    from importlib.util import find_spec

    return find_spec(name) is not None


@pytest.mark.parametrize(
    ("environment", "plugin"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "libqoffscreen.so"),
        ({"QT_QPA_PLATFORM": "xcb;wayland", "WAYLAND_DISPLAY": "wayland-0"}, "libqxcb.so"),
        ({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}, "libqoffscreen.so"),
        ({"DISPLAY": ":0"}, "libqxcb.so"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, None),  # Qt chooses: nothing guessed
        ({}, None),
        ({"QT_QPA_PLATFORM": "nosuchplatform"}, None),
    ],
)
def test_the_platform_plugin_is_the_one_the_environment_names(monkeypatch, environment, plugin):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    folder = qt_preload.pyside_folder()
    assert folder is not None
    found = qt_preload.platform_plugin(folder)
    assert (Path(found).name if found else None) == plugin


def test_nothing_is_started_without_pyside6_off_linux_or_on_one_core(monkeypatch):
    monkeypatch.setattr(sys, "path", [str(ROOT / "library")])  # no PySide6 in it
    assert qt_preload.pyside_folder() is None
    assert qt_preload.start() is False
    monkeypatch.undo()
    monkeypatch.setattr(sys, "platform", "win32")
    assert qt_preload.start() is False
    monkeypatch.undo()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})  # `taskset -c 0`, a one-core machine
    assert qt_preload.start() is False


def test_a_distribution_build_of_pyside6_is_found_by_its_extension_suffix(monkeypatch, tmp_path):
    from importlib.machinery import EXTENSION_SUFFIXES

    tagged = next(suffix for suffix in EXTENSION_SUFFIXES if suffix.startswith(".cpython"))
    (tmp_path / "PySide6").mkdir()
    (tmp_path / "PySide6" / f"QtWidgets{tagged}").write_bytes(b"")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "elsewhere"), str(tmp_path)])
    assert qt_preload.pyside_folder() == str(tmp_path / "PySide6")
