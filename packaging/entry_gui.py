"""The frozen desktop app's entry: the same `main` the installed `briefpack-gui` runs."""

import sys

from app.gui.main import main

if __name__ == "__main__":
    sys.exit(main())
