"""Measure the importer against the curated library and the genre fixtures; print a Markdown report.

Usage: python scripts/import_quality.py [--seeds DIR] [--no-genres] [--details]

Each raw seed text (../shared/seeds by default) is imported as a new document through the
real path (read_document, build_draft, workspace.imports.commit) into an empty library in a
temporary data folder, and the committed items are compared with the curated items of the
same seed (library/items/<id>.yaml): item recall, exact text, precision, kind agreement.
Tag agreement is measured three ways: keyword rules only (what a first import into an
empty library gets), rules plus TF-IDF neighbours from the curated library without the
seed's own items (leave-one-source-out: the fair figure for a new document), and rules
plus neighbours including the seed's own items (for reference only: it leaks the answer).
The genre fixtures (tests/fixtures/genre: text, DOCX, reportlab PDF, LibreOffice PDF) are
compared with their gold files for recall, exact text, precision and kinds.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.importing.draft import ImportDraft  # noqa: E402
from app.core.importing.quality import GoldItem, ImportedItem, Score, compare  # noqa: E402
from app.core.importing.readers import read_document  # noqa: E402
from app.core.importing.review import build_draft, set_source  # noqa: E402
from app.core.importing.tagging import SimilarItems, Tagger, TagRules  # noqa: E402
from app.core.workspace import Workspace  # noqa: E402

LIBRARY = ROOT / "library"
GENRES = ROOT / "tests" / "fixtures" / "genre"
GENRE_FORMS = (
    ("text", ".txt"),
    ("DOCX", ".docx"),
    ("PDF (reportlab)", ".pdf"),
    ("PDF (LibreOffice)", ".lo.pdf"),
)
TAG_MODES = (
    ("rules", "rules only (empty library)"),
    ("loso", "rules + neighbours, own source left out"),
    ("leaky", "rules + neighbours incl. own source (reference)"),
)


@dataclass(slots=True)
class Run:
    """One document imported once: its score, candidates and the time taken."""

    name: str
    score: Score
    seconds: float
    candidates: int


def empty_library(folder: Path) -> Path:
    """A library folder with the taxonomy and tag rules and no sources: where imports land."""
    library = folder / "library"
    (library / "sources").mkdir(parents=True)
    (library / "items").mkdir()
    for name in ("taxonomy.yaml", "tag_rules.yaml"):
        shutil.copy(LIBRARY / name, library / name)
    return library


def import_and_commit(draft: ImportDraft, folder: Path) -> list[ImportedItem]:
    """Commit the draft into a fresh empty library; the items as the library holds them."""
    home = Path(tempfile.mkdtemp(dir=folder))
    workspace = Workspace(home=home / "home", library_dir=empty_library(home))
    if not draft.source.title:
        draft = set_source(draft, title=Path(draft.document.path).stem)
    result = workspace.imports.commit(draft)
    items = workspace.library.items_of(result.source_id)
    return [ImportedItem(i.text, i.kind, tuple(i.themes), tuple(i.audiences)) for i in items]


def measure(path: Path, gold: list[GoldItem], tagger: Tagger, folder: Path) -> Run:
    started = time.perf_counter()
    document = read_document(path)
    draft = build_draft(document, tagger)
    seconds = time.perf_counter() - started
    proposals = import_and_commit(draft, folder)
    return Run(path.name, compare(proposals, gold), seconds, len(draft.candidates))


def curated(source_id: str) -> list[GoldItem]:
    doc = yaml.safe_load((LIBRARY / "items" / f"{source_id}.yaml").read_text("utf-8"))
    return [
        GoldItem(
            str(r["id"]),
            str(r["text"]),
            str(r.get("kind", "")),
            tuple(r.get("themes") or ()),
            tuple(r.get("audiences") or ()),
        )
        for r in doc.get("items") or []
    ]


def seed_sources(seeds: Path) -> list[tuple[str, Path]]:
    """(source id, raw seed path) for every bundled source that names its seed."""
    out = []
    for path in sorted((LIBRARY / "sources").glob("*.yaml")):
        record = yaml.safe_load(path.read_text("utf-8"))
        seed = seeds / str(record.get("seed", ""))
        if record.get("seed") and seed.is_file():
            out.append((str(record["id"]), seed))
    return out


def pct(value: float) -> str:
    return f"{value * 100:.1f}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def commit_id() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def items_table(runs: list[Run], label: str) -> list[str]:
    lines = [
        f"| {label} | curated | proposed | recall % | exact % | precision % | kinds agree % "
        "| read+segment s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = Score()
    for run in runs:
        s = run.score
        total.add(s)
        lines.append(
            f"| {run.name} | {s.gold} | {s.proposed} | {pct(s.recall)} | {pct(s.exact_rate)} | "
            f"{pct(s.precision)} | {pct(s.kind_rate)} | {run.seconds:.2f} |"
        )
    seconds = sum(r.seconds for r in runs)
    lines.append(
        f"| **all** | {total.gold} | {total.proposed} | **{pct(total.recall)}** | "
        f"**{pct(total.exact_rate)}** | {pct(total.precision)} | {pct(total.kind_rate)} | {seconds:.2f} |"
    )
    return lines


def tag_table(by_mode: dict[str, list[Run]]) -> list[str]:
    lines = [
        "| seed | tags from | themes P / R / F1 % | audiences P / R / F1 % | Jaccard (all tags) |",
        "|---|---|---|---|---:|",
    ]
    names = [run.name for run in by_mode["rules"]]
    totals = {mode: Score() for mode, _ in TAG_MODES}
    rows = []
    for n, name in enumerate(names):
        for mode, label in TAG_MODES:
            score = by_mode[mode][n].score
            totals[mode].add(score)
            rows.append((name, label, score))
    rows += [("**all**", label, totals[mode]) for mode, label in TAG_MODES]
    for name, label, score in rows:
        cells = []
        for part in ("themes", "audiences"):
            p, r, f = score.tag_scores(part)
            cells.append(f"{pct(p)} / {pct(r)} / {pct(f)}")
        lines.append(f"| {name} | {label} | {cells[0]} | {cells[1]} | {score.jaccard():.2f} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--no-genres", action="store_true", help="skip the genre fixtures")
    parser.add_argument("--details", action="store_true", help="list missed and inexact items")
    args = parser.parse_args()
    os.environ.setdefault("BRIEFPACK_HOME", tempfile.mkdtemp(prefix="briefpack-quality-"))

    bundled = Workspace(home=Path(os.environ["BRIEFPACK_HOME"]), library_dir=LIBRARY)
    taxonomy = bundled.taxonomy
    rules = TagRules.load(LIBRARY / "tag_rules.yaml", taxonomy)
    library_items = list(bundled.library)
    seeds = seed_sources(args.seeds)
    if not seeds:
        print(f"No seed texts found in {args.seeds}.", file=sys.stderr)
        return 2

    by_mode: dict[str, list[Run]] = {mode: [] for mode, _ in TAG_MODES}
    with tempfile.TemporaryDirectory(prefix="briefpack-quality-") as tmp:
        folder = Path(tmp)
        for source_id, seed in seeds:
            gold = curated(source_id)
            taggers = {
                "rules": Tagger(rules, taxonomy),
                "loso": Tagger(
                    rules, taxonomy, SimilarItems(i for i in library_items if i.source_id != source_id)
                ),
                "leaky": Tagger(rules, taxonomy, SimilarItems(library_items)),
            }
            for mode, tagger in taggers.items():
                run = measure(seed, gold, tagger, folder)
                run.name = f"{source_id} ({seed.name[:3]})"
                by_mode[mode].append(run)
        genre_runs: list[tuple[str, list[Run]]] = []
        if not args.no_genres:
            for gold_path in sorted(GENRES.glob("*.gold.yaml")):
                stem = gold_path.name.removesuffix(".gold.yaml")
                data = yaml.safe_load(gold_path.read_text("utf-8"))
                gold = [
                    GoldItem(f"{stem}:{r['locator']}", str(r["text"]), str(r.get("kind", "")))
                    for r in data["items"]
                ]
                runs = []
                for label, suffix in GENRE_FORMS:
                    path = GENRES / f"{stem}{suffix}"
                    if path.is_file():
                        run = measure(path, gold, Tagger(rules, taxonomy), folder)
                        run.name = f"{stem} — {label}"
                        runs.append(run)
                genre_runs.append((stem, runs))

    out = [
        "## Measured figures",
        "",
        f"Run on {datetime.date.today().isoformat()} at commit {commit_id()}; {machine()}.",
        "",
        "### Items: seeds imported as new documents",
        "",
        *items_table(by_mode["rules"], "seed"),
        "",
        "### Tags: suggested (ticked at the preselect threshold) against curated, on the found items",
        "",
        *tag_table(by_mode),
    ]
    for stem, runs in genre_runs:
        out += ["", f"### Items: genre fixture `{stem}` in each form", "", *items_table(runs, "form")]
    if args.details:
        out += ["", "### Missed and inexact items", ""]
        for run in by_mode["rules"] + [r for _, runs in genre_runs for r in runs]:
            for item_id in run.score.missed:
                out.append(f"- {run.name}: missed `{item_id}`")
            for item_id, want, got in run.score.inexact:
                out.append(f"- {run.name}: inexact `{item_id}`\n  - curated: {want}\n  - proposed: {got}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
