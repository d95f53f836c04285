"""Briefpack's version and how this copy was made (frozen build, wheel or checkout): one answer
for `briefpack --version`, `briefpack-gui --version` and Help > About."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

from app import __version__

# Written into the frozen app's bundled data by packaging/build_dist.py (`make dist`).
BUILD_FILE = Path(__file__).resolve().parent / "_bundled" / "build.json"


def build_details() -> dict[str, str]:
    """What the frozen build recorded (date, commit, platform), else how this copy runs."""
    try:
        recorded = json.loads(BUILD_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = None
    if isinstance(recorded, dict):
        return {str(k): str(v) for k, v in recorded.items()}
    kind = "installed package" if (BUILD_FILE.parent).is_dir() else "source checkout"
    return {"kind": kind}


def version_line(program: str) -> str:
    """`briefpack 0.1.0 (self-contained build 2026-12-05, commit 1a2b3c4; Python 3.11.7, linux)`."""
    details = build_details()
    made = details.get("kind", "")
    if "date" in details:
        made += f" {details['date']}"
    if "commit" in details:
        made += f", commit {details['commit']}"
    runtime = f"Python {platform.python_version()}, {sys.platform}"
    return f"{program} {__version__} ({made}; {runtime})"
