"""Starts Briefpack's window from the checkout in the working directory, as `briefpack-gui` does.

The installed command is a small script that imports `app.gui.main` and calls `main()` (pip's
console script; the frozen build does the same), and the bare window is started from a script
file too. `python -m app.gui.main` would add runpy's own work (~1.5 ms) that no installed
Briefpack does."""

import os
import sys

sys.path.insert(0, os.getcwd())  # this checkout's `app`, also when timing another (--against)

from app.gui.main import main

sys.exit(main())
