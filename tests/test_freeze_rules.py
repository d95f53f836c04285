"""The frozen window's run-time hooks: the collector paused first, the two it needs no more left out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rules():
    spec = importlib.util.spec_from_file_location("freeze_rules", ROOT / "packaging" / "freeze_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The scripts PyInstaller gives an executable: its run-time hooks in order, then the entry.
SCRIPTS = [
    ("pyi_rth_inspect", "/h/pyi_rth_inspect.py", "PYSOURCE"),
    ("pyi_rth_pkgutil", "/h/pyi_rth_pkgutil.py", "PYSOURCE"),
    ("pyi_rth_multiprocessing", "/h/pyi_rth_multiprocessing.py", "PYSOURCE"),
    ("pyi_rth_pyside6", "/h/pyi_rth_pyside6.py", "PYSOURCE"),
    ("rthook_window_first", "/p/rthook_window_first.py", "PYSOURCE"),
    ("entry_gui", "/p/entry_gui.py", "PYSOURCE"),
]


def test_the_collector_is_paused_before_qt_loads_and_unneeded_hooks_are_left_out() -> None:
    names = [entry[0] for entry in _rules().window_runtime_hooks(SCRIPTS, "linux")]
    assert names == ["rthook_window_first", "pyi_rth_inspect", "pyi_rth_pyside6", "entry_gui"]


def test_windows_keeps_the_multiprocessing_hook_its_spawned_readers_need() -> None:
    names = [entry[0] for entry in _rules().window_runtime_hooks(SCRIPTS, "win32")]
    assert names == [
        "rthook_window_first",
        "pyi_rth_inspect",
        "pyi_rth_multiprocessing",
        "pyi_rth_pyside6",
        "entry_gui",
    ]


def test_the_first_hook_exists_where_the_spec_names_it() -> None:
    hook = (ROOT / "packaging" / f"{_rules().FIRST_HOOK}.py").read_text("utf-8")
    assert "gc.disable()" in hook and "qt_preload.start()" in hook
