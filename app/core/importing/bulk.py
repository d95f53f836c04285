"""Importing many documents at once: files and folders expanded, read and segmented in parallel
on the available cores, in order, one document's failure reported without stopping the rest."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import BriefpackError
from app.core.importing.draft import ImportDraft
from app.core.importing.readers import SUFFIXES, read_document
from app.core.importing.review import build_draft
from app.core.importing.tagging import Tagger

_tagger: Tagger | None = None  # each reading process's own, set once when it starts

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Read:
    """One document read: its draft, or why it was refused (message and what to do)."""

    path: Path
    draft: ImportDraft | None = None
    error: str = ""
    hint: str = ""


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def collect(paths: list[str | Path]) -> tuple[list[Path], list[Read]]:
    """The documents to import: files as given, folders searched for .txt, .md, .docx and .pdf
    files (hidden and temporary files left out), each once, in a stable order; and the paths
    that do not exist."""
    files: list[Path] = []
    missing: list[Read] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith((".", "~")) for part in p.relative_to(path).parts)
            )
        elif path.exists():
            found = [path]
        else:
            missing.append(Read(path, error=f"{path} does not exist.", hint="Check the path and try again."))
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, missing


def _start(tagger: Tagger) -> None:
    global _tagger
    _tagger = tagger


def read_one(path: Path, tagger: Tagger | None = None, encoding: str | None = None) -> Read:
    """Read and segment one document; any failure becomes a refusal with its reason."""
    try:
        document = read_document(path, encoding=encoding)
        tagger = tagger or _tagger
        assert tagger is not None, "a reading process is started with its tagger"
        return Read(path, build_draft(document, tagger))
    except BriefpackError as exc:
        return Read(path, error=exc.user_message, hint=exc.hint)
    except Exception as exc:  # a failure in one document never stops the others
        log.exception("reading %s failed unexpectedly; it is refused and the others go on", path)
        return Read(
            path,
            error=f"{path.name} could not be read ({type(exc).__name__}: {exc}).",
            hint="Open it in the program that made it and save it again, then import that.",
        )


def read_all(
    files: list[Path],
    tagger: Tagger,
    jobs: int = 0,
    encoding: str | None = None,
    start_method: str = "fork",
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Read]:
    """Read the files in parallel (`jobs` processes; 0: one per available core), yielding each
    result in the files' order as soon as it and those before it are read."""
    jobs = jobs or available_cores()
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            if cancelled():
                return
            yield read_one(path, tagger, encoding)
        return
    if start_method not in multiprocessing.get_all_start_methods():
        start_method = "spawn"
    context = multiprocessing.get_context(start_method)
    done = 0
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(tagger,)) as pool:
            results = pool.map(read_one, files, [None] * len(files), [encoding] * len(files), chunksize=2)
            for read in results:
                done += 1
                yield read
                if cancelled():
                    pool.shutdown(wait=False, cancel_futures=True)
                    return
    except BrokenProcessPool:
        # A reading process died (out of memory, killed) on the next file in order: that one is
        # refused, the rest is read here, one by one.
        if done < len(files):
            yield Read(
                files[done],
                error=f"Reading {files[done].name} stopped the reading process (it may need more memory "
                "than is available).",
                hint="Import it on its own, or split it.",
            )
        for path in files[done + 1 :]:
            if cancelled():
                return
            yield read_one(path, tagger, encoding)
