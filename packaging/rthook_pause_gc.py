"""Run-time hook of the frozen window, run before every other: the cyclic collector is paused
from the program's first line, as `app.gui.main` pauses it in an installed wheel (app/gc_policy.py)
before Qt is loaded. PyInstaller's Qt hook imports QtCore before Briefpack's first line; with the
collector running, that import alone collected the new objects again and again (~9 ms)."""

import gc

gc.disable()
