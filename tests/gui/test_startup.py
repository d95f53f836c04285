"""What start-up leaves out, and the PySide6 feature table it fills in, checked in fresh processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.fresh_process import last_line

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, home: Path) -> str:
    env = {"QT_QPA_PLATFORM": "offscreen", "BRIEFPACK_HOME": str(home), "BRIEFPACK_NO_ERROR_DIALOGS": "1"}
    return last_line(code, env)


def test_the_feature_table_says_what_the_import_hook_would(tmp_path):
    table = json.loads(
        _run(
            """
        import json, sys
        import app.core.workspace
        import PySide6.QtWidgets
        from app.gui.main import spare_feature_scan
        spare_feature_scan()
        table = sys.modules["shibokensupport.feature"].pyside_feature_dict
        print(json.dumps({name: flag for name, flag in table.items() if name.startswith("app")}))
    """,
            tmp_path,
        )
    )
    for path in sorted((ROOT / "app").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in table, name
        if "PySide6" in path.read_text("utf-8"):
            assert table[name] == 0, f"{name} uses PySide6 and must not be ignored by its hook"
        else:
            assert table[name] in (0, -1), name


def test_the_first_screen_needs_no_paint_only_or_dialog_modules(tmp_path):
    """Start-up imports what the first screen needs: dialogs, the pack editor, exporters, the
    search engine and the SVG renderer load when first used, and Python types PySide6 builds
    for painting and events wait for the first paint or event (QEvent, QPainter) or are never
    needed (QStyle: not even the first frame's delegates touch it; the multi-line text fields of
    the item view and the pack editor; Qt's translations folder in English; Qt's command-line
    parser, which only writes --help; a sorting proxy). The second start is looked at (the first
    one parses the library's YAML and caches it, and keeps the icons it drew: the second draws
    its first frame without Qt's SVG module)."""
    _run("from app.gui import main; main.main(['--smoke-test']); print('warm')", tmp_path)
    loaded = json.loads(
        _run(
            """
        import json, sys
        import app.gui.main_window as main_window
        from app.gui import main

        seen = {}
        original = main_window.ready_timer

        def ready_timer(window, callback):
            def at_ready():
                from PySide6 import QtCore, QtWidgets
                # PySide6 puts a class in its module's namespace once it has built its type
                types = [f"QtWidgets.{n}" for n in ("QStyle", "QStyleOptionViewItem", "QCompleter",
                                                    "QPlainTextEdit", "QTextEdit") if n in vars(QtWidgets)]
                types += [f"QtCore.{n}" for n in ("QEvent", "QLibraryInfo", "QCommandLineParser",
                                                  "QSortFilterProxyModel") if n in vars(QtCore)]
                types += [f"QtGui.{n}" for n in ("QPainter",) if n in vars(sys.modules["PySide6.QtGui"])]
                seen["modules"] = sorted(sys.modules) + types
                window.grab()   # the first frame
                seen["modules"] += [f"QtWidgets.{n} (painted)" for n in ("QStyle",) if n in vars(QtWidgets)]
                seen["modules"] += [f"{n} (painted)" for n in ("PySide6.QtSvg",) if n in sys.modules]
                callback()
            original(window, at_ready)

        main_window.ready_timer = ready_timer
        main.main(["--smoke-test"])
        print(json.dumps(seen["modules"]))
    """,
            tmp_path,
        )
    )
    for module in (
        "app.gui.pack_editor",
        "app.gui.export_dialog",
        "app.gui.import_dialog",
        "app.gui.error_dialog",
        "app.core.search.engine",
        "app.core.export",
        "PySide6.QtSvg",
        "yaml",
        "docx",
        "reportlab",
        "datetime",
        "logging.handlers",
        "difflib",
        "app.core.exports",
        "platform",
        "app.gui.flow_layout",
        "QtWidgets.QStyle",
        "QtWidgets.QPlainTextEdit",
        "QtWidgets.QTextEdit",
        "QtCore.QLibraryInfo",
        "QtGui.QPainter",
        "QtWidgets.QStyleOptionViewItem",
        "QtWidgets.QCompleter",
        "QtCore.QEvent",
        "QtCore.QCommandLineParser",
        "QtCore.QSortFilterProxyModel",
        "QtWidgets.QStyle (painted)",
        "PySide6.QtSvg (painted)",
    ):
        assert module not in loaded, f"{module} is set up before the window is ready (or by its first frame)"


def test_the_command_line_is_read_and_wrong_options_refused(tmp_path, capsys):
    from app import __version__
    from app.gui import command_line

    options = command_line.parse(
        ["briefpack-gui", "--home", str(tmp_path), "--appearance", "dark", "--smoke-test"]
    )
    assert options == command_line.Options(tmp_path, "dark", True)
    assert command_line.parse(["briefpack-gui"]) == command_line.Options()
    assert command_line.parse(["briefpack-gui", f"--home={tmp_path}", "--appearance=light"]) == (
        command_line.Options(tmp_path, "light")
    )
    after_dashes = command_line.parse(["briefpack-gui", "--", "--smoke-test.briefpack"])
    assert after_dashes.open_file == Path("--smoke-test.briefpack").absolute() and not after_dashes.smoke_test
    for wrong, says in (
        (["--appearance", "blue"], "must be one of system, light, dark"),
        (["--bogus"], "Unknown option 'bogus'"),
        (["-x"], "Unknown option 'x'"),
        (["---home", "x"], "Unknown option '-home'"),
        (["--home"], "Missing value after '--home'"),
        (["--smoke-test=yes"], "Unexpected value after '--smoke-test'"),
        (["stray"], "is not a pack file"),
    ):
        with pytest.raises(SystemExit) as stopped:
            command_line.parse(["briefpack-gui", *wrong])
        assert stopped.value.code == 2
        assert says in capsys.readouterr().err
    command_line.answer_help_or_version(["briefpack-gui", "--smoke-test", "-style", "fusion"])  # nothing
    answers = ((["--help"], "Usage: briefpack-gui [options]"), (["-v"], f"briefpack-gui {__version__}"))
    for asked, says in answers:
        with pytest.raises(SystemExit) as stopped:
            command_line.answer_help_or_version(["briefpack-gui", "-style", "fusion", *asked])
        assert stopped.value.code == 0
        assert says in capsys.readouterr().out


def test_help_needs_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "app.gui.main", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--home <folder>" in done.stdout and "--appearance <scheme>" in done.stdout


def test_without_a_display_it_says_so_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["BRIEFPACK_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "app.gui.main"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "there is no display to open the window on" in done.stderr
    assert "Reinstalling" not in done.stderr
