"""The reliability campaign: kills, two writers, store damage, reader fuzzing and the edge cases
of scripts/reliability_edges.py, with figures.

    nice -n 10 .venv/bin/python scripts/reliability_campaign.py            # everything, at the defaults
    .venv/bin/python scripts/reliability_campaign.py --budget 120 --fuzz 400 \
        --offline-tests tests/test_wheel.py   # bounded: each part stops at its share of the 120 s

Each part counts what matters to a user and what must stay zero (docs/RELIABILITY.md):
- kills: a process saving packs, notes, library edits, sources and builds is killed (SIGKILL) at
  a random moment; every save it reported must be there, the store must open without repair,
  and no temporary file or half export set may remain after the next start;
- two writers: two processes (the command line, and a long-lived Workspace as a window holds
  one, saving packs with stale copies that must merge) work on one data folder at once; every
  reported save must be there at the end;
- store damage: every store file damaged byte by byte and record by record (wrong shapes); the
  command line and the core must answer without a traceback and announce every repair;
- fuzzing: see scripts/reliability_fuzz.py;
- edges (scripts/reliability_edges.py): repairs on a read-only folder and a full disk, quarantine
  names, export file names, scripts in PDF, markup from pack files, the test suite offline.
Writes <work>/campaign.json and prints the tables (scripts/reliability_report.py): the parts, and
one row per finding of the issue "trust at the edges". Exits 1 if anything that must be zero is not.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

TEXT = "Governments should protect victims. States should train judges. Courts should hear children."


def _env(home: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFPACK_HOME": str(home)}


def build_home(home: Path) -> dict:
    """A data folder with a record in every table a user fills; returns the ids the parts use."""
    from app.core.branding import Branding
    from app.core.packs import add_items, set_note
    from app.core.workspace import Workspace

    ws = Workspace(home)
    items = [i.id for i in list(ws.library)[:60]]
    packs = []
    for n in range(2):
        pack = ws.packs.save(add_items(ws.packs.new(f"Pack {n}"), items[n * 20 : n * 20 + 20]))
        packs.append(ws.packs.save(set_note(pack, pack.entries[0].item_id, f"note {n}")).id)
    ws.edits.edit_item(items[40], note="first edit")
    ws.edits.edit_item(items[41], themes=["children"])
    ws.save_search("children", {"text": "child"})
    ws.exports.save_branding(Branding(id="ngo", name="An NGO", accent="#112233"))
    ws.exports.save_branding(Branding(id="ministry", name="Ministry"))
    ws.edits.add_source(
        {"id": "mine", "title": "My notes", "text": TEXT},
        [{"text": "Governments should protect victims."}, {"text": "States should train judges."}],
    )
    ws.edits.add_source(
        {"id": "mine", "title": "My notes", "text": TEXT},
        [{"text": "States should train judges."}],
        update=True,
    )  # a .bak of the older version
    ws.close()
    return {"packs": packs, "items": items}


def valid_pack_bytes(work: Path) -> bytes:
    from app.core.workspace import Workspace

    home = work / "pack-source"
    ids = build_home(home)
    ws = Workspace(home)
    path = ws.packs.export_file(ids["packs"][0], work / "valid.briefpack")
    ws.close()
    return path.read_bytes()


# -- kills ----------------------------------------------------------------------------------------
KILL_WORKER = r"""
import json, random, sys
from app.core.packs import set_note
from app.core.workspace import Workspace
home, out, pack_id, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
items = json.loads(sys.argv[5])
rng = random.Random(seed)
ws = Workspace(home)
ws.library
print("ready", flush=True)
def say(*parts):
    print(json.dumps(parts), flush=True)
for n in range(10**6):
    op = rng.choice(["new", "note", "note", "edit", "edit", "source", "build"])
    key = f"{seed}-{n}"
    if op == "new":
        say("T", op, f"k{key}", ""); ws.packs.new(f"k{key}"); say("S", op, f"k{key}", "")
    elif op == "note":
        item = rng.choice(items[:20])
        say("T", op, item, key)
        with ws.writing():
            ws.packs.save(set_note(ws.packs.get(pack_id), item, key))
        say("S", op, item, key)
    elif op == "edit":
        item = rng.choice(items[40:50])
        say("T", op, item, key); ws.edits.edit_item(item, note=key); say("S", op, item, key)
    elif op == "source":
        text = f"Source {key} says that States should act."
        say("T", op, f"s{key}", ""); ws.edits.add_source({"id": f"s{key}", "title": f"S {key}", "text": text},
                                                  [{"text": text}]); say("S", op, f"s{key}", "")
    else:
        say("T", op, key, ""); ws.packs.build(pack_id, ["docx", "pdf"], out); say("S", op, key, "")
"""


def run_kills(work: Path, kills: int, seed: int, log=print, deadline: float = float("inf")) -> dict:
    from app.core.storage import Store
    from app.core.workspace import Workspace

    home = work / "kills-home"
    ids = build_home(home)
    out = work / "kills-out"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    figures = {
        "kills": 0,
        "reported_saves": 0,
        "lost_saves": 0,
        "repairs_needed": 0,
        "tracebacks": 0,
        "store_temp_files_left": 0,
        "export_litter_left": 0,
        "partial_export_sets": 0,
        "ids_reserved": 0,
        "by_operation": {},
        "lost": [],
    }
    for n in range(kills):
        if time.monotonic() > deadline:
            break
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                KILL_WORKER,
                str(home),
                str(out),
                ids["packs"][0],
                str(seed * 1000 + n),
                json.dumps(ids["items"]),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(home),
        )
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rng.uniform(0.02, 0.8))
        proc.send_signal(signal.SIGKILL)
        stdout, stderr = proc.communicate()
        figures["kills"] += 1
        if "Traceback" in stderr:
            figures["tracebacks"] += 1
        events = [json.loads(line) for line in stdout.splitlines() if line.startswith("[")]
        ws = Workspace(home)  # the next start: repairs, sweeps
        ws.exports.sweep_export_litter()
        if ws.recovery_messages:
            figures["repairs_needed"] += 1
        lost = _check_saves(ws, ids["packs"][0], events)
        # a source file that holds no source (a killed import) would reserve its id
        figures["ids_reserved"] += sum(
            1 for p in (home / "store" / "sources").glob("*.json") if p.stem not in ws.library.sources
        )
        for event in events:
            if event[0] == "S":
                figures["reported_saves"] += 1
                ops = figures["by_operation"].setdefault(event[1], 0)
                figures["by_operation"][event[1]] = ops + 1
        figures["lost_saves"] += len(lost)
        figures["lost"] += lost[:3]
        ws.close()
        store = Store(home)
        figures["store_temp_files_left"] += sum(
            1
            for folder in (store.root, store.root / "sources")
            for p in folder.iterdir()
            if p.name.endswith(".tmp")
        )
        figures["export_litter_left"] += sum(1 for p in out.iterdir() if p.name.startswith("."))
        stems = {p.stem for p in out.iterdir() if not p.name.startswith(".")}
        figures["partial_export_sets"] += sum(
            1 for s in stems if not ((out / f"{s}.docx").exists() and (out / f"{s}.pdf").exists())
        )
        if (n + 1) % 25 == 0:
            log(f"  kills: {n + 1}/{kills}, {figures['reported_saves']} saves, {figures['lost_saves']} lost")
    return figures


def _check_saves(ws, pack_id: str, events: list) -> list[str]:
    """Reported saves missing from the store. For a value saved over and over, the stored one
    must be the last reported or one begun after it (the kill may land after the write)."""
    pack = ws.packs.get(pack_id)
    titles = {s.title for s in ws.packs.summaries()}
    allowed: dict[tuple[str, str], set[str]] = {}
    lost = []
    for kind, op, key, value in events:
        if op in ("note", "edit"):
            if kind == "S":
                allowed[(op, key)] = {value}
            else:
                allowed.setdefault((op, key), set()).add(value)
        elif kind == "S" and op == "new" and key not in titles:
            lost.append(f"pack {key}")
        elif kind == "S" and op == "source" and key not in ws.library.sources:
            lost.append(f"source {key}")
    saved = {(e[1], e[2]) for e in events if e[0] == "S"}
    for (op, key), values in allowed.items():
        if (op, key) not in saved:
            continue
        stored = pack.entry(key).note if op == "note" else ws.library.item(key).note
        if stored not in values:
            lost.append(f"{op} {key}: {stored!r} not in {sorted(values)}")
    return lost


# -- two writers --------------------------------------------------------------------------------
WRITER = r"""
import contextlib, io, json, sys
from app.cli import main
from app.core.packs import PackConflictError, set_note
from app.core.packs.merge import merge_packs
from app.core.workspace import Workspace
home, tag, pack_id, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
items, window_items, library_items = (json.loads(a) for a in sys.argv[5:8])
deadline = float(sys.argv[8])  # time.time()
import time
window = Workspace(home)
held = window.packs.get(pack_id)  # the copy a window holds open, saved later: stale by then
def say(*parts):
    print(json.dumps(parts), flush=True)
for n in range(rounds):
    if time.time() > deadline:
        break
    with contextlib.redirect_stdout(io.StringIO()):
        made = main(["--home", home, "pack", "new", "--title", f"{tag}-{n}", "--empty"])
        item = items[n % len(items)]
        noted = main(["--home", home, "pack", "note", pack_id, item, f"{tag} {n}"])
    if made == 0:
        say("new", f"{tag}-{n}", "")
    if noted == 0:
        say("note", item, f"{tag} {n}")
    mine = set_note(held, window_items[n % len(window_items)], f"{tag} window {n}")
    for _ in range(20):
        try:
            held = window.packs.save(mine)
            break
        except PackConflictError as conflict:
            merged = merge_packs(held, mine, conflict.theirs)
            if merged is None:
                say("conflict", mine.id, "")
                break
            say("merged", mine.id, "")
            held, mine = conflict.theirs, merged
    else:
        say("conflict", mine.id, "")
    if held.revision and held.entry(window_items[n % len(window_items)]).note == f"{tag} window {n}":
        say("note", window_items[n % len(window_items)], f"{tag} window {n}")
    library_item = library_items[n % len(library_items)]
    window.edits.edit_item(library_item, note=f"{tag} library {n}")
    say("edit", library_item, f"{tag} library {n}")
"""


def run_writers(work: Path, rounds: int, log=print, deadline: float = float("inf")) -> dict:
    from app.core.workspace import Workspace

    home = work / "writers-home"
    ids = build_home(home)
    items = ids["items"]
    procs = []
    for n, tag in enumerate(("a", "b")):
        args = [items[n * 5 : n * 5 + 5], items[10 + n * 5 : 15 + n * 5], items[40 + n * 5 : 45 + n * 5]]
        command = [
            sys.executable,
            "-c",
            WRITER,
            str(home),
            tag,
            ids["packs"][0],
            str(rounds),
            *(json.dumps(a) for a in args),
            str(time.time() + min(deadline - time.monotonic(), 10**9)),
        ]
        procs.append(
            subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(home)
            )
        )
    reports, tracebacks = [], 0
    for proc in procs:
        out, err = proc.communicate(timeout=3600)
        tracebacks += ("Traceback" in err) + (proc.returncode != 0)
        reports.append([json.loads(line) for line in out.splitlines() if line.startswith("[")])
    ws = Workspace(home)
    pack = ws.packs.get(ids["packs"][0])
    titles = {s.title for s in ws.packs.summaries()}
    last: dict[tuple[str, str], str] = {}
    lost, saves, conflicts, merges = [], 0, 0, 0
    for report in reports:
        for op, key, value in report:
            if op == "conflict":
                conflicts += 1
                continue
            if op == "merged":
                merges += 1
                continue
            saves += 1
            if op == "new" and key not in titles:
                lost.append(f"pack {key}")
            elif op in ("note", "edit"):
                last[(op, key)] = value
    for (op, key), value in last.items():
        stored = pack.entry(key).note if op == "note" else ws.library.item(key).note
        if stored != value:
            lost.append(f"{op} {key}: {stored!r} instead of {value!r}")
    ws.close()
    log(
        f"  two writers: {saves} saves, {len(lost)} lost, {merges} stale saves merged, "
        f"{conflicts} reported conflicts"
    )
    return {
        "operations": saves + conflicts,
        "reported_saves": saves,
        "lost_updates": len(lost),
        "stale_saves_merged": merges,
        "reported_conflicts": conflicts,
        "tracebacks": tracebacks,
        "lost": lost[:10],
    }


# -- store damage ---------------------------------------------------------------------------------
def _junk(rng: random.Random, depth: int = 0):
    kinds = ["none", "bool", "int", "float", "str", "list", "dict"] if depth < 3 else ["int", "str", "none"]
    kind = rng.choice(kinds)
    if kind == "list":
        return [_junk(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict":
        return {str(rng.randint(0, 9)): _junk(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    return {
        "none": None,
        "bool": rng.random() < 0.5,
        "int": rng.randint(-(10**12), 10**12),
        "float": rng.uniform(-1e9, 1e9),
        "str": "".join(rng.choice('aé{["\\\x00 ') for _ in range(5)),
    }[kind]


def _damage_cases(rng: random.Random, per_file: int) -> list[tuple[str, str]]:
    files = ["packs.json", "library.json", "export.json", "sources/mine.json", "pack-history"]
    ways = [
        "truncate",
        "zero",
        "garble",
        "empty",
        "delete",
        "delete-both",
        "no-bak-garble",
        "binary",
        "top-list",
        "top-number",
        "record",
        "field",
        "no-id",
        "meta",
    ]
    return [
        (name, ways[n % len(ways)] if n < len(ways) else rng.choice(ways))
        for name in files
        for n in range(per_file)
    ]


def _apply(path: Path, way: str, rng: random.Random) -> None:
    data = path.read_bytes()
    backup = path.with_name(path.name + ".bak")
    if way == "truncate":
        path.write_bytes(data[: rng.randrange(max(1, len(data)))])
    elif way == "zero":
        start = rng.randrange(len(data))
        path.write_bytes(data[:start] + b"\x00" * rng.randint(1, 4096) + data[start + 4096 :])
    elif way == "garble":
        raw = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        path.write_bytes(bytes(raw))
    elif way == "empty":
        path.write_bytes(b"")
    elif way in ("delete", "delete-both"):
        path.unlink()
        if way == "delete-both" and backup.exists():
            backup.unlink()
    elif way == "no-bak-garble":
        if backup.exists():
            backup.unlink()
        path.write_bytes(data[: len(data) // 2])
    elif way == "binary":
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 2000))))
    elif way == "top-list":
        path.write_text("[]")
    elif way == "top-number":
        path.write_text("42")
    else:
        tables = json.loads(data)
        if way == "meta":
            tables["_meta"]["1"]["schema_version"] = rng.choice(["abc", None, [], -3, 1.5, {}])
        else:
            names = sorted(t for t in tables if t != "_meta")
            table = tables[rng.choice(names)]
            key = rng.choice(sorted(table))
            if way == "record":
                table[key] = _junk(rng)
            elif way == "no-id" and isinstance(table[key], dict):
                table[key].pop("id", None)
            elif isinstance(table[key], dict) and table[key]:
                table[key][rng.choice(sorted(table[key]))] = _junk(rng)
        path.write_text(json.dumps(tables))


def run_damage(work: Path, per_file: int, seed: int, log=print, deadline: float = float("inf")) -> dict:
    from app.cli import main
    from app.core.workspace import Workspace

    template = work / "damage-template"
    ids = build_home(template)
    rng = random.Random(seed)
    cases = _damage_cases(rng, per_file)
    figures = {
        "damaged_files": len(cases),
        "tracebacks": 0,
        "silent_repairs": 0,
        "repairs_announced": 0,
        "by_file": {},
        "examples": [],
    }
    rng.shuffle(cases)  # a run cut short by its deadline still damages every file
    for n, (name, way) in enumerate(cases):
        if time.monotonic() > deadline:
            figures["damaged_files"] = n
            break
        home = work / "damage" / f"{n:04d}"
        shutil.copytree(template, home)
        store = home / "store"
        path = sorted(store.glob("pack-history-*.json"))[0] if name == "pack-history" else store / name
        _apply(path, way, rng)
        before = {p.name: p.read_bytes() for p in _store_files(store)}
        err = io.StringIO()
        problem = ""
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                codes = [
                    main(["--home", str(home), *cmd])
                    for cmd in (
                        ["pack", "list"],
                        ["search", "children"],
                        ["pack", "show", ids["packs"][0]],
                        ["pack", "history", ids["packs"][0]],
                        ["pack", "history", ids["packs"][1]],
                        ["library", "show", ids["items"][40]],
                    )
                ]
                ws = Workspace(home)  # what the window reads too: it shows what it repaired
                ws.exports.brandings()
                ws.saved_searches()
                len(ws.library)
                shown = ws.recovery_messages
                ws.close()
        except Exception as exc:  # the figure this part exists for
            problem = f"{type(exc).__name__}: {exc}"
            codes, shown = [], []
        stderr = err.getvalue()
        if "unexpected error" in stderr:
            problem = stderr.split("unexpected error", 1)[1][:200]
        if any(c not in (0, 3) for c in codes):
            problem = problem or f"exit codes {codes}"
        after = {p.name: p.read_bytes() for p in _store_files(store)}
        repaired = before != after  # the commands only read: a change on disk is a repair
        announced = "briefpack: repaired:" in stderr or "briefpack: note:" in stderr or bool(shown)
        row = figures["by_file"].setdefault(name, {"cases": 0, "tracebacks": 0, "announced": 0})
        row["cases"] += 1
        if problem:
            figures["tracebacks"] += 1
            row["tracebacks"] += 1
            figures["examples"].append({"file": name, "damage": way, "error": problem[:300]})
        if announced:
            figures["repairs_announced"] += 1
            row["announced"] += 1
        elif repaired:
            figures["silent_repairs"] += 1
            figures["examples"].append({"file": name, "damage": way, "error": "repaired without a word"})
        else:  # nothing changed on disk and nothing said: what damage went unnoticed, and how
            figures.setdefault("unnoticed", []).append(f"{name}: {way}")
        shutil.rmtree(home)
        if (n + 1) % 50 == 0:
            log(f"  damage: {n + 1}/{len(cases)}, {figures['tracebacks']} tracebacks")
    return figures


def _store_files(store: Path) -> list[Path]:
    return [
        p
        for p in [
            *store.iterdir(),
            *(store / "sources").iterdir(),
            *((store / "quarantine").iterdir() if (store / "quarantine").is_dir() else []),
        ]
        if p.is_file() and not p.name.endswith(".tmp")
    ]


# -- the whole campaign -------------------------------------------------------------------------------
# each part's share of a --budget (seconds); time a part leaves unused goes to the parts after it
SHARES = {
    "kills": 20,
    "writers": 8,
    "damage": 14,
    "fuzz": 18,
    "disks": 10,
    "quarantine": 2,
    "names": 5,
    "scripts": 8,
    "injection": 5,
    "offline": 10,
}


def main() -> int:
    parser = argparse.ArgumentParser(description="Briefpack's reliability campaign (docs/RELIABILITY.md).")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefpack-campaign"))
    parser.add_argument(
        "--budget",
        type=float,
        default=0,
        help="seconds for the whole campaign, shared among the parts (0: no limit)",
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=130, help="rounds per writer (4 operations each)")
    parser.add_argument("--damage", type=int, default=60, help="damage cases per store file")
    parser.add_argument("--fuzz", type=int, default=5000)
    parser.add_argument(
        "--edges",
        type=int,
        default=300,
        help="cases of each edge part (titles, PDFs, pack files; a tenth as many disks)",
    )
    parser.add_argument(
        "--offline-tests",
        nargs="*",
        default=["tests"],
        help="test files run with no network (default: the whole suite)",
    )
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--only", choices=sorted(SHARES))
    args = parser.parse_args()
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    os.environ["BRIEFPACK_HOME"] = str(args.work / "unused-home")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report: dict = {
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "seed": args.seed,
        "commit": commit,
        "budget": args.budget,
    }

    def log(text: str) -> None:
        print(text, flush=True)

    import reliability_edges as edges
    import reliability_fuzz

    w, n, seed = args.work, args.edges, args.seed
    parts = {
        "kills": lambda d: run_kills(w, args.kills, seed, log, d),
        "writers": lambda d: run_writers(w, args.rounds, log, d),
        "damage": lambda d: run_damage(w, args.damage, seed, log, d),
        "fuzz": lambda d: reliability_fuzz.run_fuzz(w / "fuzz", args.fuzz, seed, valid_pack_bytes(w), log, d),
        "disks": lambda d: edges.run_hard_disks(w, max(1, n // 10), d, log),
        "quarantine": lambda d: edges.run_quarantine_names(w, n, d, log),
        "names": lambda d: edges.run_names(w, n, seed, d, log),
        "scripts": lambda d: edges.run_pdf_scripts(w, n, seed, d, log),
        "injection": lambda d: edges.run_injection(
            w, n, seed, valid_pack_bytes(w / "pack-for-injection"), d, log
        ),
        "offline": lambda d: edges.run_offline_suite(w, args.offline_tests, d, log),
    }
    chosen = [name for name in parts if not args.only or name == args.only]
    started = time.monotonic()
    for index, name in enumerate(chosen):
        deadline = float("inf")
        if args.budget:
            left = args.budget - (time.monotonic() - started)
            deadline = time.monotonic() + left * SHARES[name] / sum(SHARES[p] for p in chosen[index:])
        log(f"{name} ...")
        part_started = time.monotonic()
        report[name] = parts[name](deadline)
        report[name]["seconds"] = round(time.monotonic() - part_started)
    report["seconds"] = round(time.monotonic() - started)
    rows = __import__("reliability_report").rows(report)
    report["issue_rows"] = rows
    (args.work / "campaign.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(__import__("reliability_report").table(report, rows))
    bad = [
        report.get("kills", {}).get("lost_saves", 0),
        report.get("writers", {}).get("lost_updates", 0),
        report.get("writers", {}).get("tracebacks", 0),
        report.get("kills", {}).get("repairs_needed", 0),
    ]
    return 1 if any(bad) or any(row["failures"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
