"""The frozen desktop app's entry: the same `main` the installed `briefpack-gui` runs."""

import sys

from app.gui.main import main

if __name__ == "__main__":
    if sys.platform == "win32":  # bulk import's worker processes are started by spawning the executable
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
