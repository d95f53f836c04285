"""Startup benchmark: process start to Briefpack's main window shown with the library, vs bare Qt.

Both are measured in the same run over repeated fresh processes, alternating, from the moment
the process is spawned to the moment it reports the window ready (Briefpack: library loaded,
results shown, event loop idle once; baseline: a PySide6 window with a 1,000-row table shown).

    python benchmarks/startup_bench.py [--runs 9] [--json]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "startup_bare_qt.py"


def _time_process(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning the process to its "ready" line."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        _, err = process.communicate(timeout=60)
        raise RuntimeError(f"{command} never became ready: {err[-2000:]}")
    process.communicate(timeout=60)
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited with {process.returncode}")
    return elapsed


def measure(runs: int) -> dict[str, list[float]]:
    # An installed Briefpack has its bytecode compiled (pip does it); a checkout may not, and
    # PYTHONDONTWRITEBYTECODE would make every run recompile. Compile once, as pip would.
    compileall.compile_dir(ROOT / "app", quiet=1)
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BRIEFPACK_NO_ERROR_DIALOGS"] = "1"
    home = tempfile.mkdtemp(prefix="briefpack-startup-")
    env["BRIEFPACK_HOME"] = home
    briefpack = [sys.executable, "-m", "app.gui.main", "--smoke-test"]
    bare = [sys.executable, str(BARE)]
    # One unmeasured start of each: creates the data folder and warms the OS file cache.
    _time_process(briefpack, env)
    _time_process(bare, env)
    times: dict[str, list[float]] = {"briefpack": [], "bare_qt": []}
    for _ in range(runs):
        times["briefpack"].append(_time_process(briefpack, env))
        times["bare_qt"].append(_time_process(bare, env))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true", help='print {"briefpack_ms", "bare_qt_ms"} (medians)')
    args = parser.parse_args(argv)
    times = measure(args.runs)
    briefpack = statistics.median(times["briefpack"])
    bare = statistics.median(times["bare_qt"])
    if args.json:
        print(json.dumps({"briefpack_ms": round(briefpack, 1), "bare_qt_ms": round(bare, 1)}))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"runs: {args.runs} of each, alternating, fresh processes")
    for name, values in times.items():
        print(f"{name:>10}: median {statistics.median(values):6.0f} ms   "
              f"min {min(values):6.0f}   max {max(values):6.0f}")
    print(f"ratio briefpack / bare Qt: {briefpack / bare:.2f} (goal <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
