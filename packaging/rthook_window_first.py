"""Run-time hook of the frozen window, run before every other: what `app.gui.main` does first in
an installed wheel, done before PyInstaller's Qt hook imports QtCore (ahead of Briefpack's first
line). The cyclic collector is paused (app/gc_policy.py; with it running, that import alone
collected the new objects again and again, ~9 ms), and Qt's libraries and the font list start
loading on a second core (app/gui/qt_preload.py) while that hook and the core are imported."""

import gc

gc.disable()

from app.gui import qt_preload  # noqa: E402 - after the pause, as in app.gui.main

qt_preload.start()
