"""The frozen command line's entry: the same `main` the installed `briefpack` runs."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
