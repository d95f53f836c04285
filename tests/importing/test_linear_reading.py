"""Text and Markdown are read in time linear in their size, whatever their shape (issue: an
809 KB Markdown file ran for minutes; a 1 MB text of short lines was still reflowing at 45 s)."""

from __future__ import annotations

import contextlib
import time

import pytest

from app.core.errors import BriefpackError
from app.core.importing.readers import read_document

SHAPES = {
    "short-lines.txt": lambda n: "a\n" * (n // 2),
    "long-word.txt": lambda n: "a" * n,
    "brackets.txt": lambda n: "(" * (n // 2) + "[" * (n // 2),
    "brackets.md": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "links.md": lambda n: "[a](" * (n // 4),
    "bold.md": lambda n: "**a " * (n // 4),
    "emphasis.md": lambda n: "*_" * (n // 2),
}


def _seconds(path) -> float:
    started = time.perf_counter()
    with contextlib.suppress(BriefpackError):  # "no text to import" is an answer too
        read_document(path)
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_megabyte_of_any_shape_reads_in_linear_time(tmp_path, name):
    small, large = tmp_path / f"small-{name}", tmp_path / f"large-{name}"
    small.write_text(SHAPES[name](256 * 1024), encoding="utf-8")
    large.write_text(SHAPES[name](1024 * 1024), encoding="utf-8")
    small_seconds = max(_seconds(small), 0.05)
    large_seconds = _seconds(large)
    assert large_seconds < 30, f"{name}: {large_seconds:.1f} s for 1 MB"
    # four times the input: at most five times the time (a quadratic reader takes sixteen)
    assert large_seconds / small_seconds <= 5 + 0.5 / small_seconds, (name, small_seconds, large_seconds)

