"""`briefpack import PATH...` for several files or a folder: read in parallel with a progress bar,
confirm (or --yes), write all sources, then one line per file: items, warnings, refused and why."""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS
from app.core.importing import review
from app.core.importing.bulk import Read, available_cores, collect, read_all
from app.core.importing.commit import recognise
from app.core.importing.draft import ImportDraft


@dataclass(slots=True)
class Outcome:
    """What happened to one file."""

    path: Path
    status: str  # "added" | "updated" | "refused" | "skipped" | "nothing found" | "read"
    source_id: str = ""
    items: int = 0
    warnings: list[str] = field(default_factory=list)
    reason: str = ""
    draft: ImportDraft | None = None  # read and waiting for its commit


class Progress:
    """A one-line progress bar on a terminal; silent when the output is not one."""

    def __init__(self, total: int, label: str, stream=None) -> None:
        self.total, self.label, self.stream = total, label, stream or sys.stderr
        self.shown = self.stream.isatty() and total > 1
        self.last = 0.0

    def __call__(self, done: int, name: str = "") -> None:
        if not self.shown or (time.monotonic() - self.last < 0.1 and done < self.total):
            return
        self.last = time.monotonic()
        width = 30
        filled = int(width * done / max(1, self.total))
        line = f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {name[:40]}"
        self.stream.write(line.ljust(110)[:110])
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 110 + "\r")
            self.stream.flush()


def _ask(question: str) -> str:
    try:
        return input(question).strip().lower()
    except EOFError:
        return "q"


def cmd_import_many(args: argparse.Namespace, workspace) -> int:
    """Import every document of the given files and folders."""
    started = time.perf_counter()
    files, outcomes_missing = collect(args.paths)
    outcomes = [Outcome(r.path, "refused", reason=f"{r.error} {r.hint}".strip()) for r in outcomes_missing]
    if not files:
        print("No documents to import (.txt, .md, .docx or .pdf) in the given paths.", file=sys.stderr)
        _report(outcomes, args, started)
        return EXIT_PROBLEMS
    interactive = not args.yes and not args.dry_run and sys.stdin is not None and sys.stdin.isatty()
    if not args.yes and not args.dry_run and not interactive:
        print(
            f"{len(files)} documents to import: add --yes to accept every candidate with its suggested "
            "tags, or --dry-run to see what would be imported.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    batch = workspace.imports.batch()
    tagger = workspace.imports.tagger()
    bar = Progress(len(files), "Reading")
    accept_rest = args.yes
    written: dict[str, int] = {}  # source id -> its outcome
    for n, read in enumerate(read_all(files, tagger, args.jobs, args.encoding), 1):
        bar(n, read.path.name)
        outcome = _outcome(read, batch, workspace, args.dry_run)
        if outcome.status == "read" and not accept_rest and not args.dry_run:
            bar.close()
            answer = _ask(
                f"{read.path.name}: {outcome.items} item(s) as {outcome.source_id or 'a new source'}. "
                "Import? [y]es / [n]o / [a]ll the rest / [q]uit: "
            )
            if answer in ("a", "all"):
                accept_rest = True
            elif answer in ("q", "quit"):
                outcomes.append(replace(outcome, status="skipped"))
                break
            elif answer not in ("y", "yes"):
                outcomes.append(replace(outcome, status="skipped"))
                continue
        if outcome.status == "read" and not args.dry_run and outcome.draft is not None:
            result = batch.add(outcome.draft)
            status = "updated" if result.updated else "added"
            outcome = replace(outcome, status=status, source_id=result.source_id)
            earlier = written.get(result.source_id)
            if earlier is not None:  # the same document twice in this run: the later one is kept
                reason = f"replaced by {read.path.name} (same document)"
                outcomes[earlier] = replace(outcomes[earlier], status="replaced", reason=reason)
            written[result.source_id] = len(outcomes)
        outcomes.append(replace(outcome, draft=None))
    bar.close()
    if batch.entries:
        writing = Progress(len(batch.entries), "Writing")
        workspace.imports.write(batch, lambda done, total: writing(done))
        writing.close()
    _report(outcomes, args, started)
    done = ("added", "updated", "read", "replaced")
    return EXIT_OK if all(o.status in done for o in outcomes) else EXIT_PROBLEMS


def _outcome(read: Read, batch, workspace, dry_run: bool) -> Outcome:
    if read.draft is None:
        return Outcome(read.path, "refused", reason=f"{read.error} {read.hint}".strip())
    draft = read.draft
    warnings = list(draft.document.warnings)
    if not draft.source.title:
        draft = review.set_source(draft, title=read.path.stem)
        warnings.append("no title found in the document; the file name is used")
    draft = recognise(draft, batch.earlier)
    if draft.update:
        workspace.imports.prepare_update(batch, draft)
    accepted = len(draft.accepted)
    if not accepted:
        return Outcome(read.path, "nothing found", warnings=warnings, reason="no candidate items were found")
    return Outcome(
        read.path, "read", draft.existing_source_id if draft.update else "", accepted, warnings, draft=draft
    )


def _report(outcomes: list[Outcome], args: argparse.Namespace, started: float) -> None:
    seconds = time.perf_counter() - started
    # peak resident memory in MB (Linux reports KiB): this process, and the largest reading process
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    items = sum(o.items for o in outcomes if o.status in ("added", "updated", "read"))  # not "replaced"
    if args.json:
        print(
            json.dumps(
                {
                    "files": [
                        {
                            "path": str(o.path),
                            "status": o.status,
                            "source_id": o.source_id,
                            "items": o.items,
                            "warnings": o.warnings,
                            "reason": o.reason,
                        }
                        for o in outcomes
                    ],
                    "counts": counts,
                    "items": items,
                    "seconds": round(seconds, 2),
                    "peak_rss_mb": round(peak, 1),
                    "peak_rss_reading_process_mb": round(peak_reader, 1),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for o in outcomes:
        detail = o.reason or (f"{o.items} item(s)" + (f" as {o.source_id}" if o.source_id else ""))
        print(f"{o.status:>13}  {o.path.name}: {detail}")
        for warning in o.warnings:
            print(f"{'':>15}note: {warning}")
    summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
    verb = "would be imported" if args.dry_run else "imported"
    print(
        f"{len(outcomes)} file(s): {summary}; {items} item(s) {verb} in {seconds:.1f} s "
        f"({args.jobs or available_cores()} reading process(es); peak memory {peak:.0f} MB, "
        f"{peak_reader:.0f} MB in a reading process)."
    )
