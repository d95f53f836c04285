"""Entry point of `briefpack-gui`: set up Qt, the crash handler and the palette, open the window."""

from __future__ import annotations

import os
import sys
import time

from app import __version__, gc_policy, paths
from app.gui import qt_preload
from app.gui.error_report import report_error

_STARTED = time.perf_counter()


def spare_feature_scan() -> None:
    """Tell PySide6's import hook up front which modules use no `__feature__` switches.

    Once PySide6 is loaded, the first import statement naming a module makes its hook read that
    module's whole source to look for "PySide6" (~0.1-0.7 ms a module, ~8 ms over a start-up).
    Its answer is known here: the modules imported before PySide6 (the standard library) and
    Briefpack's own outside `app.gui` (the core and the CLI never import Qt; a test enforces
    it) do not use it (-1); `app.gui`'s use PySide6 without switches (0). Only names the hook has
    not seen are set; should PySide6's internals change, nothing is done and the hook works as
    before."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    app_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folders = [(app_root, "app")]
    while folders:
        folder, package = folders.pop()
        uses_qt = package == "app.gui" or package.startswith("app.gui.")
        with os.scandir(folder) as entries:
            for entry in entries:
                stem, dot, extension = entry.name.rpartition(".")
                if entry.is_dir():
                    if entry.name != "__pycache__":
                        folders.append((entry.path, f"{package}.{entry.name}"))
                elif dot and extension in ("py", "pyc"):  # a frozen build keeps only the compiled modules
                    name = package if stem == "__init__" else f"{package}.{stem}"
                    known.setdefault(name, 0 if uses_qt else -1)
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken")):
            known.setdefault(name, -1)


def main(argv: list[str] | None = None) -> int:
    qt_preload.start()  # Qt's libraries and the font list, on another core while Python imports
    gc_policy.pause()  # until the library is loaded (MainWindow._on_loaded settles it)
    argv = list(sys.argv[1:] if argv is None else argv)
    import logging

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    # The core first: once PySide6 is imported, every later import statement goes through its
    # Python-level import hook (for its __feature__ switches), which makes imports slower.
    from app.core.workspace import Workspace

    # isort: split
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    spare_feature_scan()
    from app.gui import command_line, crash, i18n, icons, theme
    from app.gui.i18n import ui

    # --help and --version are answered before the window is made (command_line.py reads the
    # options itself: argparse would add ~2.5 ms with its gettext lookups).
    program = sys.argv[0] if sys.argv and sys.argv[0] else "briefpack-gui"
    command_line.answer_help_or_version([program, *argv])
    if not command_line.display_available(argv):
        print(
            "briefpack-gui: there is no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set).\n  Start it from a desktop session; the command line, "
            "'briefpack', works without one.",
            file=sys.stderr,
        )
        return 2
    QCoreApplication.setOrganizationName("Briefpack")
    QCoreApplication.setApplicationName("Briefpack")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Fusion on every platform, chosen by name here: setting it later from Python
    # (app.setStyle) hands back the QStyle object, whose Python type (~800 enum values) start-up
    # otherwise never needs. Last on the line, so a -style among the arguments does not win.
    existing = QApplication.instance()
    app = existing or QApplication([program, *argv, "-style", "fusion"])
    # QApplication has taken Qt's own options (-style, -platform...) out of its arguments.
    options = command_line.parse(app.arguments() if existing is None else [program, *argv])
    if options.home is not None:
        os.environ["BRIEFPACK_HOME"] = str(options.home)
    from app.core.logs import setup_file

    setup_file(paths.user_data_dir())  # what was repaired or recovered, and when, in <home>/logs
    app.setDesktopFileName("briefpack")
    crash.install()

    from app.gui.main_window import MainWindow, ready_timer
    from app.gui.session import Session
    from app.gui.ui_state import UiState

    ui_state = UiState()
    appearance = options.appearance or ui_state.text("appearance", "system")
    theme.install(app, appearance, set_style=existing is not None)
    app.setWindowIcon(icons.app_icon())
    try:
        workspace = Workspace()
    except Exception as exc:  # the data folder cannot be opened: say why, do not crash
        gc_policy.settle()
        report_error(None, exc, ui.tr("Briefpack cannot start"))
        return 2
    # The window's language, before any widget is made: the preferences' choice, else the system's.
    workspace.interface_language = i18n.window_language(workspace.preferences().language)
    translators = i18n.install(app, workspace.interface_language)  # children of the application
    icons.keep_rendered(workspace.cache_dir)  # the first frame draws the icons an earlier run drew
    session = Session(workspace)
    window = MainWindow(session, ui_state)
    window.show()
    window.start_loading()
    if options.open_file is not None:  # double-clicked in the file manager, or named on the command line
        pack_file = options.open_file
        ready_timer(window, lambda: window.packs.open_file(pack_file))

    if options.smoke_test:

        def report() -> None:
            try:
                elapsed = (time.perf_counter() - _STARTED) * 1000
                print(f"ready {elapsed:.0f} ms, {window.results.model().rowCount()} items shown", flush=True)
                window.grab()  # the first frame: every widget painted (into an image, not on screen)
                painted = (time.perf_counter() - _STARTED) * 1000
                print(f"painted {painted:.0f} ms", flush=True)
                # a build that lost its catalogues (Briefpack's or Qt's) shows here
                print(
                    f"window language {workspace.interface_language}: {len(translators)} "
                    "catalogue(s) installed",
                    flush=True,
                )
            finally:  # a closed output must not leave the process running
                window.close()
                app.quit()

        def give_up() -> None:
            try:
                print("timed out", flush=True)
            finally:
                app.exit(1)

        ready_timer(window, report)
        QTimer.singleShot(60000, give_up)
    code = app.exec()
    icons.save_rendered()
    from app.gui.workers import wait_for_all

    wait_for_all(10000)
    workspace.close()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
