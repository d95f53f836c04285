"""Run Python code in a fresh process from the checkout and read the last line it printed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def last_line(code: str, env: dict[str, str], launcher: tuple[str, ...] = ()) -> str:
    """The last line `code` printed (`launcher` runs before Python: xvfb-run...); a failure fails
    the test with the process's error output."""
    done = subprocess.run(
        [*launcher, sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]
