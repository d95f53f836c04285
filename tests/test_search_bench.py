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
        [
            sys.executable,
            str(ROOT / "benchmarks" / "search_bench.py"),
            "--items",
            "120",
            "--reps",
            "1",
            "--json",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    report = json.loads(out.stdout)
    assert set(report["briefpack"]) >= {"open_ms", "query_p50_ms", "query_p95_ms", "edit_ms", "rss_mb"}
    assert set(report["fts5"]) == {"query_p50_ms", "query_p95_ms"}
    assert set(report["tinydb"]) == {"query_p50_ms", "query_p95_ms"}
    assert report["queries"] >= 30


def _tiny_corpus(folder: Path) -> Path:
    """A corpus laid out like ../shared/corpus/un-ga from the UN fixtures: texts.tar.xz and pdf/."""
    import shutil
    import tarfile

    fixtures = ROOT / "tests" / "fixtures" / "un-ga"
    corpus = folder / "corpus"
    (corpus / "texts").mkdir(parents=True)
    (corpus / "pdf").mkdir()
    for name in ("A_RES_78_267", "A_RES_79_188", "A_RES_80_227"):
        shutil.copy(fixtures / f"{name}.txt", corpus / "texts" / f"{name}.txt")
    shutil.copy(fixtures / "A_RES_79_188.pdf", corpus / "pdf")
    with tarfile.open(corpus / "texts.tar.xz", "w:xz") as archive:
        archive.add(corpus / "texts", arcname="texts")
    shutil.rmtree(corpus / "texts")
    return corpus


@pytest.mark.slow
def test_import_bench_and_search_on_the_imported_library(tmp_path):
    corpus = _tiny_corpus(tmp_path)
    keep = tmp_path / "kept"
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "import_bench.py"),
            "--corpus",
            str(corpus),
            "--json",
            "--keep",
            str(keep),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    report = json.loads(out.stdout)
    texts, pdf = report["sets"]["texts"], report["sets"]["pdf"]
    assert texts["files"] == 3 and texts["counts"] == {"added": 3}
    assert pdf["files"] == 1 and pdf["counts"] == {"added": 1}
    for found in (texts, pdf):
        assert found["items"] > 0 and found["items_in_library"] == found["items"]
        assert found["peak_rss_mb"] > 0 and found["wall_s"] >= found["write_s"] >= 0
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "search_bench.py"),
            "--real",
            str(keep / "home-texts"),
            "--reps",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    search = json.loads(out.stdout)
    assert search["items"] > texts["items"]  # the bundled library's items as well
    assert search["ratios"]["p95_vs_fts5"] > 0 and search["queries"] >= 30
