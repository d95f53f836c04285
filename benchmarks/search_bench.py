"""Search benchmark: Briefpack against plain SQLite FTS5 and TinyDB's scan, on one synthetic library
or on a real one.

    python benchmarks/search_bench.py --items 10000 [--json] [--reps 5] [--per-query]
    python benchmarks/search_bench.py --real [HOME] [--corpus ../shared/corpus/un-ga] [--json]

Builds N items (400-800 characters of policy English, 1-4 themes, 1-3 audiences, ~50 sources)
through the real Store, indexes them as Briefpack does, then times, in this order:
start-up (fresh processes, warm cache), the fixed queries below (each with facet counts and
the first page's highlights), saving edits, and the same queries on the two baselines.

With --real the library is the bundled one plus the 1,135 UN General Assembly texts of the
corpus's texts.tar.xz imported by `briefpack import FOLDER --yes` (about 31,000 items with the
tags the import suggested), or the data folder HOME when given (e.g. one kept by
`benchmarks/import_bench.py --keep DIR`: DIR/home-texts). The same queries run; the one naming a
source names the imported source with the most items, and the date range covers 2023-2024.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app.core.search import Query  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One benchmark query in three dialects: Briefpack, plain FTS5 MATCH, a TinyDB test."""

    kind: str
    query: Query
    fts: str
    tiny: tuple  # ("text", regex) | ("tags", field, values, all?) | combinations: list of those


def _q(text: str = "", **kw) -> Query:
    return Query(text=text, **kw)


ALL_KINDS = "(kind: recommendation OR kind: fact OR kind: commitment)"
CASES = [
    # facet-only
    Case("facet", _q(themes=("children",)), "themes: children", (("tags", "themes", ["children"], False),)),
    Case(
        "facet",
        _q("theme:children audience:justice"),
        "themes: children AND audiences: justice",
        (("tags", "themes", ["children"], False), ("tags", "audiences", ["justice"], False)),
    ),
    Case(
        "facet",
        _q(themes=("children", "gender")),
        "themes: (children OR gender)",
        (("tags", "themes", ["children", "gender"], False),),
    ),
    Case(
        "facet",
        _q(themes=("children", "migration"), themes_mode="all"),
        "themes: children AND themes: migration",
        (("tags", "themes", ["children", "migration"], True),),
    ),
    Case("facet", _q(kinds=("fact",)), "kind: fact", (("tags", "kind", ["fact"], False),)),
    Case(
        "facet",
        _q(sources=("bench-007",)),
        'source: "bench-007"',
        (("tags", "source_id", ["bench-007"], False),),
    ),
    Case(
        "facet",
        _q("kind:commitment audience:private-sector"),
        'kind: commitment AND audiences: "private-sector"',
        (("tags", "kind", ["commitment"], False), ("tags", "audiences", ["private-sector"], False)),
    ),
    Case(
        "facet",
        _q(date_from="2010", date_to="2014"),
        "year: (2010 OR 2011 OR 2012 OR 2013 OR 2014)",
        (("year", 2010, 2014),),
    ),
    Case(
        "non-selective",
        _q(audiences=("states",)),
        "audiences: states",
        (("tags", "audiences", ["states"], False),),
    ),
    Case("non-selective", _q(themes=("rights",)), "themes: rights", (("tags", "themes", ["rights"], False),)),
    # text-only
    Case("text", _q("victims"), "text: victims", (("text", r"\bvictim"),)),
    Case("text", _q("survivors"), "text: survivors", (("text", r"\bsurvivor"),)),
    Case("text", _q("corruption"), "text: corruption", (("text", r"\bcorrupt"),)),
    Case("text", _q("guardians"), "text: guardians", (("text", r"\bguardian"),)),
    Case("text", _q("pelsiis"), "text: pelsiis", (("text", r"\bpelsiis\b"),)),
    Case("text", _q("labour"), "text: labour", (("text", r"\blabour"),)),
    Case("non-selective", _q("trafficking"), "text: trafficking", (("text", r"\btraffick"),)),
    Case("non-selective", _q("protection"), "text: protection", (("text", r"\bprotect"),)),
    # combined
    Case(
        "combined",
        _q("victims theme:children"),
        "text: victims AND themes: children",
        (("text", r"\bvictim"), ("tags", "themes", ["children"], False)),
    ),
    Case(
        "combined",
        _q("protection audience:justice"),
        "text: protection AND audiences: justice",
        (("text", r"\bprotect"), ("tags", "audiences", ["justice"], False)),
    ),
    Case(
        "combined",
        _q("trafficking kind:fact"),
        "text: trafficking AND kind: fact",
        (("text", r"\btraffick"), ("tags", "kind", ["fact"], False)),
    ),
    Case(
        "combined",
        _q("corruption", themes=("accountability", "cooperation")),
        "text: corruption AND themes: (accountability OR cooperation)",
        (("text", r"\bcorrupt"), ("tags", "themes", ["accountability", "cooperation"], False)),
    ),
    # phrase
    Case(
        "phrase",
        _q('"non-punishment principle"'),
        'text: "non-punishment principle"',
        (("text", r"non-punishment principle"),),
    ),
    Case(
        "phrase",
        _q('"best interests of the child"'),
        'text: "best interests of the child"',
        (("text", r"best interests of the child"),),
    ),
    Case(
        "phrase",
        _q('"national referral mechanisms"'),
        'text: "national referral mechanisms"',
        (("text", r"national referral mechanisms"),),
    ),
    # boolean
    Case(
        "boolean", _q("children OR women"), "text: (children OR women)", (("text", r"\b(children|women)\b"),)
    ),
    Case(
        "boolean",
        _q("victims AND protection"),
        "text: victims AND text: protection",
        (("text", r"\bvictim"), ("text", r"\bprotect")),
    ),
    Case(
        "boolean",
        _q("trafficking -children"),
        "text: trafficking NOT text: children",
        (("text", r"\btraffick"), ("not", r"\bchild")),
    ),
    Case(
        "boolean",
        _q("(migrants OR refugees) AND return"),
        "text: (migrants OR refugees) AND text: return",
        (("text", r"\b(migrant|refugee)"), ("text", r"\breturn")),
    ),
    Case("boolean", _q("NOT children"), f"{ALL_KINDS} NOT text: children", (("not", r"\bchild"),)),
    Case(
        "boolean",
        _q("victims NOT (women OR girls)"),
        "text: victims NOT text: (women OR girls)",
        (("text", r"\bvictim"), ("not", r"\b(women|girls)\b")),
    ),
    # prefix
    Case("prefix", _q("traff*"), "text: traff*", (("text", r"\btraff"),)),
    Case("prefix", _q("child*"), "text: child*", (("text", r"\bchild"),)),
    Case(
        "prefix",
        _q("protect* theme:children"),
        "text: protect* AND themes: children",
        (("text", r"\bprotect"), ("tags", "themes", ["children"], False)),
    ),
    Case("prefix", _q("rein*"), "text: rein*", (("text", r"\brein"),)),
    # a whole-library phrase of common words
    Case(
        "non-selective",
        _q('"trafficking in persons"'),
        'text: "trafficking in persons"',
        (("text", r"trafficking in persons"),),
    ),
]


def real_cases(home: Path) -> list[Case]:
    """The queries for a real library: a source and a date range that it has."""
    from app.core.models import ORIGIN_USER
    from app.core.workspace import Workspace

    ws = Workspace(home)
    counts: dict[str, int] = {}
    for item in ws.library.items.values():
        if item.origin == ORIGIN_USER:
            counts[item.source_id] = counts.get(item.source_id, 0) + 1
    ws.close()
    if not counts:
        raise SystemExit(f"{home} holds no imported items")
    source = min(counts, key=lambda sid: (-counts[sid], sid))
    adapted = []
    for case in CASES:
        if case.query.sources:
            case = Case(
                "facet",
                _q(sources=(source,)),
                f'source: "{source}"',
                (("tags", "source_id", [source], False),),
            )
        elif case.query.date_from:
            case = Case(
                "facet", _q(date_from="2023", date_to="2024"), "year: (2023 OR 2024)", (("year", 2023, 2024),)
            )
        adapted.append(case)
    return adapted


def import_corpus(home: Path, corpus: Path, folder: Path) -> dict:
    """The corpus's 1,135 texts imported into `home` by the command, as a user would."""
    import tarfile

    with tarfile.open(corpus / "texts.tar.xz") as archive:
        archive.extractall(folder, filter="data")
    env = dict(os.environ, PYTHONPATH=str(ROOT), BRIEFPACK_HOME=str(home))
    command = [sys.executable, "-m", "app.cli", "import", str(folder / "texts"), "--yes", "--json"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    shutil.rmtree(folder / "texts", ignore_errors=True)
    if not done.stdout.strip():
        raise SystemExit(f"importing the corpus failed:\n{done.stderr[-2000:]}")
    return {"import_s": seconds, "imported_items": json.loads(done.stdout)["items"]}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(times: list[float]) -> dict:
    return {
        "query_p50_ms": round(statistics.median(times), 2),
        "query_p95_ms": round(percentile(times, 0.95), 2),
    }


def rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# -- building ---------------------------------------------------------------
BUILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from synthetic import build_library
from app.core.workspace import Workspace
home = Path(sys.argv[1]); n = int(sys.argv[2])
start = time.perf_counter(); build_library(home, n); made = time.perf_counter() - start
ws = Workspace(home)
start = time.perf_counter(); ws.library; loaded = time.perf_counter() - start
start = time.perf_counter(); ws.search_index; indexed = time.perf_counter() - start
ws.close()
print(json.dumps({"generate_s": made, "first_load_s": loaded, "index_build_s": indexed}))
"""

OPEN = r"""
import json, resource, sys, time
from pathlib import Path
from app.core.search import Query
from app.core.workspace import Workspace
start = time.perf_counter()
ws = Workspace(Path(sys.argv[1]))
result = ws.search(Query(), limit=50)
items = [ws.item(h.item_id) for h in result.hits]
elapsed = time.perf_counter() - start
print(json.dumps({"open_ms": elapsed * 1000, "total": result.total,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_json(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def load_items(home: Path) -> list[dict]:
    """Every item Briefpack searches (bundled and synthetic), as plain records for the baselines."""
    from app.core.workspace import Workspace

    ws = Workspace(home)
    library = ws.library
    rows = [
        {
            "text": i.text,
            "themes": list(i.themes),
            "audiences": list(i.audiences),
            "kind": i.kind,
            "source_id": i.source_id,
            "year": library.sources[i.source_id].year or 0,
        }
        for i in library.items.values()
    ]
    ws.close()
    return rows


# -- Briefpack -------------------------------------------------------------------
def bench_briefpack(home: Path, reps: int, per_query: dict, cases: list[Case]) -> dict:
    opens = [run_json(OPEN, str(home)) for _ in range(3)]
    from app.core.workspace import Workspace

    ws = Workspace(home)
    ws.search(Query(), limit=50)
    index = ws.search_index
    cold: list[float] = []
    warm: list[float] = []
    totals = {}
    for case in cases:
        for _ in range(reps):
            index.text.clear()  # each run starts with no cached word sets
            start = time.perf_counter()
            result = ws.search(case.query, limit=50)
            for hit in result.hits:
                hit.highlights  # noqa: B018 - the first page is shown with its highlights
            elapsed = (time.perf_counter() - start) * 1000
            cold.append(elapsed)
            per_query.setdefault(case.query.text or repr(case.query), {})["briefpack_ms"] = round(elapsed, 2)
            start = time.perf_counter()
            result = ws.search(case.query, limit=50)
            for hit in result.hits:
                hit.highlights  # noqa: B018
            warm.append((time.perf_counter() - start) * 1000)
            if result.message:
                raise SystemExit(f"benchmark query {case.query} gave a message: {result.message}")
        totals[case.query.text or repr(case.query)] = result.total
    for key, total in totals.items():
        per_query[key]["total"] = total
    edit_ids = [h.item_id for h in ws.search(Query(text="protection"), limit=400).hits][::40][:10]
    edits, visible = [], []
    for n, item_id in enumerate(edit_ids):
        theme = ("organ-removal", "survivors")[n % 2]
        start = time.perf_counter()
        ws.edits.edit_item(item_id, themes=[theme, "evidence"], note=f"Checked in review round{n}")
        edits.append((time.perf_counter() - start) * 1000)
        found = ws.search(Query(text=f"round{n}", themes=(theme,)), limit=5)
        visible.append((time.perf_counter() - start) * 1000)
        assert item_id in {h.item_id for h in found.hits}, "an edit was not searchable"
    out = {
        "open_ms": round(statistics.median(o["open_ms"] for o in opens), 1),
        **summary(cold),
        "query_warm_p50_ms": round(statistics.median(warm), 2),
        "query_warm_p95_ms": round(percentile(warm, 0.95), 2),
        "edit_ms": round(statistics.median(edits), 2),
        "edit_to_searchable_ms": round(statistics.median(visible), 2),
        "rss_mb": round(max(max(o["rss_mb"] for o in opens), rss_mb()), 1),
    }
    ws.close()
    return out


# -- plain FTS5 ----------------------------------------------------------------
def bench_fts5(rows: list[dict], folder: Path, reps: int, per_query: dict, cases: list[Case]) -> dict:
    path = folder / "plain-fts5.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE base USING fts5(text, themes, audiences, kind, source, year, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.executemany(
        "INSERT INTO base(rowid, text, themes, audiences, kind, source, year) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                n,
                r["text"],
                " ".join(r["themes"]),
                " ".join(r["audiences"]),
                r["kind"],
                r["source_id"],
                str(r["year"]),
            )
            for n, r in enumerate(rows, 1)
        ),
    )
    db.commit()
    times = []
    for case in cases:
        for _ in range(reps):
            start = time.perf_counter()
            page = db.execute(
                "SELECT rowid, bm25(base) FROM base WHERE base MATCH ? ORDER BY rank LIMIT 50", (case.fts,)
            ).fetchall()
            total = db.execute("SELECT count(*) FROM base WHERE base MATCH ?", (case.fts,)).fetchone()[0]
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
            del page
        entry = per_query.setdefault(case.query.text or repr(case.query), {})
        entry["fts5_ms"] = round(elapsed, 2)
        entry["fts5_total"] = total
    db.close()
    return summary(times)


# -- TinyDB scan -------------------------------------------------------------------
def _tiny_test(spec: tuple):
    from tinydb import Query as TQ

    item = TQ()
    condition = None
    for part in spec:
        if part[0] == "text":
            test = item.text.search(part[1], flags=re.IGNORECASE)
        elif part[0] == "not":
            test = ~item.text.search(part[1], flags=re.IGNORECASE)
        elif part[0] == "year":
            test = (item.year >= part[1]) & (item.year <= part[2])
        else:
            _, field, values, every = part
            if field in ("kind", "source_id"):
                test = item[field].one_of(values)
            else:
                test = item[field].all(values) if every else item[field].any(values)
        condition = test if condition is None else condition & test
    return condition


def bench_tinydb(rows: list[dict], folder: Path, reps: int, per_query: dict, cases: list[Case]) -> dict:
    from tinydb import TinyDB

    path = folder / "tinydb.json"
    path.unlink(missing_ok=True)
    db = TinyDB(path)
    db.insert_multiple(rows)
    db.close()
    db = TinyDB(path)
    table = db.table("_default", cache_size=0)  # default storage, no query cache: a scan per search
    times = []
    for case in cases:
        condition = _tiny_test(case.tiny)
        for _ in range(reps):
            start = time.perf_counter()
            found = table.search(condition)
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
        per_query.setdefault(case.query.text or repr(case.query), {})["tinydb_ms"] = round(elapsed, 2)
        del found
    db.close()
    return summary(times)


def machine() -> dict:
    info = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=None, help="runs per query (default 5; 3 from 100k)")
    parser.add_argument(
        "--tinydb-reps",
        type=int,
        default=None,
        help="runs per query on TinyDB (default 1 from 100k items, else as --reps)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--per-query", action="store_true", help="also report each query's times")
    parser.add_argument("--workdir", help="keep the generated library here (reused when present)")
    parser.add_argument(
        "--real",
        nargs="?",
        const="",
        metavar="HOME",
        help="the bundled library plus the UN corpus imported (or the data folder HOME)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT.parent / "shared" / "corpus" / "un-ga",
        help="the UN corpus for --real (texts.tar.xz)",
    )
    args = parser.parse_args(argv)
    large = args.items >= 100_000 and args.real is None
    reps = args.reps or (3 if large else 5)
    tiny_reps = args.tinydb_reps or (1 if large else reps)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="briefpack-bench-"))
    home = Path(args.real) if args.real else work / "home"
    build: dict = {}
    per_query: dict = {}
    try:
        if not (home / "store" / "sources").exists():
            if args.real is None:
                build = run_json(BUILD, str(home), str(args.items), str(Path(__file__).resolve().parent))
            elif args.real == "":
                build = import_corpus(home, args.corpus, work)
        cases = CASES if args.real is None else real_cases(home)
        briefpack = bench_briefpack(home, reps, per_query, cases)
        rows = load_items(home)
        fts5 = bench_fts5(rows, work, reps, per_query, cases)
        tinydb = bench_tinydb(rows, work, tiny_reps, per_query, cases)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    report = {
        "library": "synthetic" if args.real is None else f"real: {home}",
        "items": args.items if args.real is None else len(rows),
        "briefpack": briefpack,
        "fts5": fts5,
        "tinydb": tinydb,
        "ratios": {
            "p95_vs_fts5": round(briefpack["query_p95_ms"] / fts5["query_p95_ms"], 2),
            "p50_vs_fts5": round(briefpack["query_p50_ms"] / fts5["query_p50_ms"], 2),
            "p95_vs_tinydb": round(briefpack["query_p95_ms"] / tinydb["query_p95_ms"], 4),
        },
        "build": {k: round(v, 1) for k, v in build.items()},
        "queries": len(cases),
        "reps": reps,
        "machine": machine(),
    }
    if args.per_query:
        report["per_query"] = per_query
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    b, f, t = briefpack, fts5, tinydb
    print(
        f"{report['library']}: {report['items']} items, {len(cases)} queries x {reps} runs  "
        f"({report['machine'].get('cpu', '')}, {report['machine']['cpus']} cores)"
    )
    print(
        f"Briefpack  open {b['open_ms']:.0f} ms   query p50 {b['query_p50_ms']:.1f} ms  p95 "
        f"{b['query_p95_ms']:.1f} ms   edit {b['edit_ms']:.1f} ms   RSS {b['rss_mb']:.0f} MB"
    )
    print(f"FTS5       query p50 {f['query_p50_ms']:.1f} ms  p95 {f['query_p95_ms']:.1f} ms")
    print(f"TinyDB     query p50 {t['query_p50_ms']:.1f} ms  p95 {t['query_p95_ms']:.1f} ms")
    print(f"p95 ratio to FTS5: {report['ratios']['p95_vs_fts5']}")
    if args.per_query:
        for name, entry in per_query.items():
            print(f"  {name[:60]:60} {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
