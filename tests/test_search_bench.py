"""The search benchmark script runs end to end on a tiny library (a smoke test, not a timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_search_bench_smoke(tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "search_bench.py"), "--items", "120", "--reps", "1",
         "--json", "--workdir", str(tmp_path)],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=300,
    )
    report = json.loads(out.stdout)
    assert set(report["briefpack"]) >= {"open_ms", "query_p50_ms", "query_p95_ms", "edit_ms", "rss_mb"}
    assert set(report["fts5"]) == {"query_p50_ms", "query_p95_ms"}
    assert set(report["tinydb"]) == {"query_p50_ms", "query_p95_ms"}
    assert report["queries"] >= 30
