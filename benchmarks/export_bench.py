"""Export speed: a full dossier of 500 and 2,000 items to DOCX and PDF, against pandoc (Markdown -> DOCX).

Each format is timed as an export runs: the PDF laid out first (its page numbers go into the Word
file's contents and properties), the file rendered and written.

Run: .venv/bin/python benchmarks/export_bench.py [--runs 3]
Items beyond the library's own are copies of library items under new ids (passed as snapshots),
so the text mix is the real one.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.compose import BriefSpec
from app.core.export import export_document, make_writer
from app.core.templates import load_template
from app.core.workspace import Workspace

TARGETS = {"docx": 1.0, "pdf": 1.5}  # seconds, 500-item dossier


def make_spec(workspace: Workspace, count: int) -> BriefSpec:
    items = list(workspace.library)
    snapshots = {}
    entries = []
    for n in range(count):
        item = items[n % len(items)]
        copy = replace(item, id=f"{item.id}-copy{n}")
        snapshots[copy.id] = (copy, workspace.library.source_of(item))
        entries.append((copy.id, "Raise this in the opening statement." if n % 7 == 0 else ""))
    return BriefSpec.make(
        title=f"Full dossier of {count} items",
        subtitle="Benchmark",
        author="Benchmark",
        key_messages=("One.", "Two."),
        entries=tuple(entries),
        template="full-dossier",
        snapshots=snapshots,
    )


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="briefpack-bench-"))
    os.environ["BRIEFPACK_HOME"] = str(home)
    workspace = Workspace(home)
    template = load_template("full-dossier")
    pandoc = shutil.which("pandoc")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    make_writer("pdf", template)  # font registration is once per process; not part of an export
    failed = False
    out = home / "out"
    for count in (500, 2000):
        spec = make_spec(workspace, count)
        compose_s, doc = timed(lambda spec=spec: workspace.exports.compose_brief(spec), args.runs)
        line = [f"{count} items: compose {compose_s:.3f}s"]
        seconds = {}
        # each export as the program runs it: the PDF laid out (the page numbers the Word file's
        # contents and properties carry), the file rendered and written
        for fmt in ("docx", "pdf", "md"):
            seconds[fmt], files = timed(
                lambda fmt=fmt, doc=doc: export_document(doc, template, [fmt], out), args.runs
            )
            size = files[0].stat().st_size
            pages = f", {files.pages} pages" if files.pages else ""
            line.append(f"{fmt} {seconds[fmt]:.3f}s ({size / 1024:.0f} KiB{pages})")
            if count == 500 and fmt in TARGETS:
                ok = seconds[fmt] <= TARGETS[fmt]
                failed |= not ok
                line[-1] += f" [target {TARGETS[fmt]}s {'met' if ok else 'MISSED'}]"
        if pandoc:
            source = out / f"{files[0].stem}.md"

            def run_pandoc(source=source) -> None:
                subprocess.run(
                    [pandoc, "-f", "markdown", "-t", "docx", "-o", str(out / "pandoc.docx"), str(source)],
                    check=True,
                )

            pandoc_s, _ = timed(run_pandoc, args.runs)
            line.append(
                f"pandoc md->docx {pandoc_s:.3f}s (docx/pandoc {seconds['docx'] / pandoc_s:.2f}, "
                f"pdf/pandoc {seconds['pdf'] / pandoc_s:.2f})"
            )
        else:
            line.append("pandoc not installed: no baseline (make bench installs it)")
        print("; ".join(line))
    workspace.close()
    shutil.rmtree(home)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
