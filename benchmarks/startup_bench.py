"""Startup benchmark: process start to Briefpack's main window shown with the library, vs bare Qt.

Both are measured in the same run over repeated fresh processes, alternating, from the moment
the process is spawned to the moment it reports the window ready (Briefpack: library loaded,
results shown, event loop idle once; baseline: a PySide6 window with a 1,000-row table shown),
and to the moment its first frame is drawn (the window repainted right after "ready"; painting
is where Briefpack's own delegates run, so it is reported beside the goal's figure).

    python benchmarks/startup_bench.py [--runs 9] [--json] [--lang fr] [--against CHECKOUT]
                                       [--frozen dist/briefpack]

`--lang fr` starts both in a French system locale: Briefpack then installs its French
translation and Qt's before building the window (the translator's cost is in the figure).
`--against CHECKOUT` starts the Briefpack of another checkout too (say a worktree of the code
before a change), in the same alternation, on a data folder of its own (the caches of the parsed
library name the checkout they were made from): an A/B in one run. `--frozen FOLDER` starts the
self-contained build (`make dist`) too, the same way, from outside the checkout.
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
LAUNCH = Path(__file__).resolve().parent / "startup_launch.py"  # what the `briefpack-gui` script does


def _time_process(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Milliseconds from spawning the process to its "ready" line and to its "painted" line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        for mark in ("ready", "painted"):
            if line.startswith(mark):
                seen[mark] = (time.perf_counter() - started) * 1000
        if "painted" in seen:
            break
    _, err = process.communicate(timeout=60)
    if "ready" not in seen or "painted" not in seen:
        raise RuntimeError(f"{command} never became ready: {err[-2000:]}")
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited with {process.returncode}")
    return seen["ready"], seen["painted"]


def measure(
    runs: int, language: str = "", against: Path | None = None, frozen: Path | None = None
) -> dict[str, list[float]]:
    # An installed Briefpack has its bytecode compiled (pip does it); a checkout may not, and
    # PYTHONDONTWRITEBYTECODE would make every run recompile. Compile once, as pip would.
    for checkout in (ROOT, against) if against else (ROOT,):
        compileall.compile_dir(checkout / "app", quiet=1)
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BRIEFPACK_NO_ERROR_DIALOGS"] = "1"
    if language:  # the system's language, as a desktop session sets it
        region = {"fr": "FR", "es": "ES", "en": "GB"}.get(language, language.upper())
        env["LANG"] = f"{language}_{region}.UTF-8"
        env.pop("LC_ALL", None)
        env["LANGUAGE"] = language
    home = tempfile.mkdtemp(prefix="briefpack-startup-")
    env["BRIEFPACK_HOME"] = home
    briefpack = [sys.executable, str(LAUNCH), "--smoke-test"]
    bare = [sys.executable, str(BARE)]
    programs = [("briefpack", briefpack, ROOT, env), ("bare_qt", bare, ROOT, env)]
    if against:  # run from that checkout: the launcher imports its code (the same venv)
        own_home = {**env, "BRIEFPACK_HOME": tempfile.mkdtemp(prefix="briefpack-startup-against-")}
        programs.append(("against", briefpack, against, own_home))
    if frozen:  # its own Python and Qt: nothing of the checkout or the virtual environment
        frozen_home = tempfile.mkdtemp(prefix="briefpack-startup-frozen-")
        programs.append(
            (
                "frozen",
                [str(frozen / "briefpack-gui"), "--smoke-test"],
                Path(frozen_home),
                {**env, "BRIEFPACK_HOME": frozen_home},
            )
        )
    # One unmeasured start of each: creates the data folder and warms the OS file cache.
    for _name, command, cwd, environment in programs:
        _time_process(command, environment, cwd)
    times: dict[str, list[float]] = {}
    for name, *_ in programs:
        times[name], times[f"{name}_paint"] = [], []
    for _ in range(runs):
        for name, command, cwd, environment in programs:
            ready, painted = _time_process(command, environment, cwd)
            times[name].append(ready)
            times[f"{name}_paint"].append(painted)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--lang", default="", help="the system language both start in (fr, es)")
    parser.add_argument("--against", type=Path, help="another checkout whose Briefpack is timed too")
    parser.add_argument("--frozen", type=Path, help="the self-contained build's folder, timed too")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"briefpack_ms", "bare_qt_ms"} (medians to ready), and the same to the '
        'first frame ("briefpack_paint_ms", "bare_qt_paint_ms")',
    )
    args = parser.parse_args(argv)
    times = measure(
        args.runs,
        args.lang,
        args.against.resolve() if args.against else None,
        args.frozen.resolve() if args.frozen else None,
    )
    medians = {name: statistics.median(values) for name, values in times.items()}
    if args.json:
        print(json.dumps({f"{name}_ms": round(value, 1) for name, value in medians.items()}))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"runs: {args.runs} of each, alternating, fresh processes")
    for name, values in times.items():
        print(
            f"{name:>16}: median {statistics.median(values):6.0f} ms   "
            f"min {min(values):6.0f}   max {max(values):6.0f}"
        )
    print(f"ratio briefpack / bare Qt, ready: {medians['briefpack'] / medians['bare_qt']:.2f} (goal <= 1.3)")
    print(
        f"ratio briefpack / bare Qt, first frame: "
        f"{medians['briefpack_paint'] / medians['bare_qt_paint']:.2f} (goal <= 1.4)"
    )
    if args.against:
        print(
            f"ratio {args.against} / bare Qt, ready: {medians['against'] / medians['bare_qt']:.2f}, "
            f"first frame: {medians['against_paint'] / medians['bare_qt_paint']:.2f}"
        )
    if args.frozen:
        print(
            f"ratio frozen build / bare Qt, ready: {medians['frozen'] / medians['bare_qt']:.2f} "
            f"(goal <= 1.3), first frame: {medians['frozen_paint'] / medians['bare_qt_paint']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
