"""Bulk import: the 1,135 UN texts of texts.tar.xz and the 60 UN PDFs, each into an empty data folder.

    python benchmarks/import_bench.py [--corpus ../shared/corpus/un-ga] [--sets texts,pdf,pdf-into-texts]
                                      [--jobs 0] [--keep DIR] [--json]

Each set is imported in a fresh process by the command itself (`briefpack import FOLDER --yes
--json`, through `app.cli.main`, BRIEFPACK_HOME a temporary data folder): reading and segmenting
in parallel, the batch committed, every source written. Reported: wall time of the command,
the part spent writing the sources (`workspace.imports.write`), files added and refused, items
created (counted again in the library afterwards), peak RSS of the command's process and of its
largest reading process (`resource.getrusage`), and the first start after the import (library
loaded, search index built).

Baseline in the same run, one process: the words alone, with no analysis. For the texts, each
file read, decoded and cut into blank-line paragraphs; for the PDFs, PDFium's plain text of every
page (`pypdfium2`, the library the PDF reader uses). Goals from the import issue: 1,135 texts
<= 120 s, 60 PDFs <= 30 s on two cores.

The set `pdf-into-texts` imports the 60 PDFs into a copy of the data folder the texts were
imported into (about 31,000 items already there): a second import into a grown library, where
tag suggestions compare every new candidate with the library's tagged items.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "un-ga"
GOALS_S = {"texts": 120.0, "pdf": 30.0, "pdf-into-texts": 30.0}

# Run in a fresh process: the command as a user types it, with the write phase timed.
IMPORT = r"""
import contextlib, io, json, resource, sys, time
from app.cli import main
from app.core.importing.imports import Imports

written = []
write = Imports.write
def timed_write(self, *args, **kwargs):
    start = time.perf_counter()
    try:
        return write(self, *args, **kwargs)
    finally:
        written.append(time.perf_counter() - start)
Imports.write = timed_write

out = io.StringIO()
start = time.perf_counter()
with contextlib.redirect_stdout(out):
    code = main(["import", sys.argv[1], "--yes", "--json", "--jobs", sys.argv[2]])
wall = time.perf_counter() - start
report = json.loads(out.getvalue())
print(json.dumps({
    "exit": code, "wall_s": wall, "write_s": sum(written), "counts": report["counts"],
    "items": report["items"],
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "peak_rss_reader_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "refused": [f for f in report["files"] if f["status"] not in ("added", "updated")],
}))
"""

# The first start after the import: the library read from the store, the search index built.
OPEN = r"""
import json, resource, sys, time
from app.core.models import ORIGIN_USER
from app.core.workspace import Workspace
start = time.perf_counter()
ws = Workspace()
library = ws.library
loaded = time.perf_counter() - start
ws.search_index
indexed = time.perf_counter() - start - loaded
user = sum(1 for item in library.items.values() if item.origin == ORIGIN_USER)
sources = sum(1 for source in library.sources.values() if source.origin == ORIGIN_USER)
print(json.dumps({"load_s": loaded, "index_s": indexed, "user_items": user, "user_sources": sources,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_json(code: str, home: Path, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BRIEFPACK_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"benchmark step failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def baseline_texts(folder: Path) -> tuple[float, int]:
    """Every file read, decoded and cut into paragraphs at blank lines: the words, no analysis."""
    start = time.perf_counter()
    paragraphs = 0
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        paragraphs += sum(1 for part in text.split("\n\n") if part.strip())
    return time.perf_counter() - start, paragraphs


def baseline_pdfs(folder: Path) -> tuple[float, int]:
    """PDFium's plain text of every page of every PDF, one process."""
    import pypdfium2

    start = time.perf_counter()
    pages = 0
    for path in sorted(folder.glob("*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for page in pdf:
                page.get_textpage().get_text_range()
                pages += 1
        finally:
            pdf.close()
    return time.perf_counter() - start, pages


def extract(corpus: Path, into: Path) -> Path:
    with tarfile.open(corpus / "texts.tar.xz") as archive:
        archive.extractall(into, filter="data")
    return into / "texts"


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine() -> dict:
    info = {
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        info["load_before"] = round(os.getloadavg()[0], 2)
    except OSError:
        pass
    return info


def bench_set(name: str, folder: Path, files: int, work: Path, jobs: int) -> dict:
    home = work / f"home-{name}"
    shutil.rmtree(home, ignore_errors=True)
    if name == "pdf-into-texts":
        if not (work / "home-texts").is_dir():
            raise SystemExit("pdf-into-texts needs the texts set first (--sets texts,pdf-into-texts)")
        shutil.copytree(work / "home-texts", home)
    result = run_json(IMPORT, home, str(folder), str(jobs))
    opened = run_json(OPEN, home)
    base_s, base_units = baseline_texts(folder) if name == "texts" else baseline_pdfs(folder)
    if name == "pdf-into-texts":  # the library's own items are not this import's
        texts = run_json(OPEN, work / "home-texts")
        opened["user_items"] -= texts["user_items"]
        opened["user_sources"] -= texts["user_sources"]
    return {
        "files": files,
        **{k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()},
        "read_s": round(result["wall_s"] - result["write_s"], 2),
        "items_in_library": opened["user_items"],
        "sources_in_library": opened["user_sources"],
        "first_open_load_s": round(opened["load_s"], 2),
        "first_open_index_s": round(opened["index_s"], 2),
        "first_open_rss_mb": round(opened["rss_mb"], 1),
        "baseline_s": round(base_s, 2),
        "baseline_units": base_units,
        "ratio_to_baseline": round(result["wall_s"] / base_s, 1) if base_s else None,
        "goal_s": GOALS_S[name],
        "goal_met": result["wall_s"] <= GOALS_S[name],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--sets",
        default="texts,pdf,pdf-into-texts",
        help="which sets to import, in order: texts, pdf, pdf-into-texts",
    )
    parser.add_argument("--jobs", type=int, default=0, help="reading processes (default: one per core)")
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the data folders here (home-texts/, home-pdf/), e.g. for search_bench.py --real",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefpack-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    report: dict = {"machine": machine(), "sets": {}}
    try:
        with tempfile.TemporaryDirectory(prefix="briefpack-texts-") as texts_dir:
            for name in sets:
                if name == "texts":
                    folder = extract(args.corpus, Path(texts_dir))
                    count = len(list(folder.glob("*.txt")))
                elif name in ("pdf", "pdf-into-texts"):
                    folder = args.corpus / "pdf"
                    count = len(list(folder.glob("*.pdf")))
                else:
                    raise SystemExit(f"unknown set {name!r} (texts, pdf, pdf-into-texts)")
                report["sets"][name] = bench_set(name, folder, count, work, args.jobs)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report["benchmark_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    m = report["machine"]
    print(
        f"{m.get('cpu', '')}, {m['cpus']} cores, Python {m['python']}, commit {m['commit']}, "
        f"load {m.get('load_before')}"
    )
    for name, r in report["sets"].items():
        print(
            f"{name}  {r['files']} files: {r['counts']}; {r['items']} items "
            f"({r['items_in_library']} in the library)"
        )
        print(
            f"       wall {r['wall_s']:.1f} s (reading {r['read_s']:.1f} s, writing {r['write_s']:.1f} s), "
            f"goal <= {r['goal_s']:.0f} s: {'met' if r['goal_met'] else 'MISSED'}"
        )
        print(
            f"       peak RSS {r['peak_rss_mb']:.0f} MB (command), {r['peak_rss_reader_mb']:.0f} MB "
            f"(a reading process); first open {r['first_open_load_s']:.2f} s + index "
            f"{r['first_open_index_s']:.2f} s"
        )
        print(
            f"       baseline (the words alone, one process) {r['baseline_s']:.2f} s: ratio "
            f"{r['ratio_to_baseline']}x"
        )
        for refused in r["refused"]:
            print(f"       {refused['status']}: {Path(refused['path']).name}: {refused['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
