"""The campaign's edge parts run, find nothing on this tree, and find what they look for."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import reliability_edges as edges  # noqa: E402
from reliability_report import rows  # noqa: E402

LATER = float("inf")


def test_a_few_cases_of_each_in_process_part_find_nothing(tmp_path):
    assert edges.run_names(tmp_path, 12, 3, LATER, log=lambda _: None)["failures"] == 0
    quarantine = edges.run_quarantine_names(tmp_path, 6, LATER, log=lambda _: None)
    assert (quarantine["cases"], quarantine["failures"]) == (6, 0)
    scripts = edges.run_pdf_scripts(tmp_path, 2, 3, LATER, log=lambda _: None)
    assert scripts["failures"] == 0 and scripts["characters"] > 100


def test_the_parts_see_what_they_look_for(tmp_path, monkeypatch):
    """Links of any scheme let through, and characters without a font, are counted as failures."""
    from reliability_campaign import valid_pack_bytes

    import app.core.export.docx.writer as docx_writer
    import app.core.export.markdown as markdown_writer
    import app.core.export.pdf.fonts as fonts

    for module in (docx_writer, markdown_writer):
        monkeypatch.setattr(module, "safe_url", lambda url: True)
    pack = valid_pack_bytes(tmp_path / "pack")
    found = edges.run_injection(tmp_path, 6, 14, pack, LATER, log=lambda _: None)
    assert found["failures"] > 0
    real = fonts.font_set

    def without_unifont(family):
        chosen = real(family)
        chosen.fallbacks = tuple(f for f in chosen.fallbacks if f != "BP-Unifont")
        return chosen

    monkeypatch.setattr("app.core.export.pdf.writer.font_set", without_unifont)
    assert edges.run_pdf_scripts(tmp_path / "s", 1, 3, LATER, log=lambda _: None)["failures"] == 1


def test_a_deadline_stops_a_part_and_the_report_has_a_row_per_finding(tmp_path):
    part = edges.run_names(tmp_path, 1000, 3, time.monotonic(), log=lambda _: None)
    assert part["cases"] == 0
    table = rows({"names": part})
    assert len(table) == 10 and all(row["failures"] == 0 for row in table)
    assert table[6]["finding"] == "Export file names" and table[0]["tried"] == "(not run)"
