"""The bundled library: complete, verbatim against the seeds, tagged, reproducible, citable."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.core.citations import full_citation, short_citation
from app.core.library import Library
from app.core.library_check import check_library

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
needs_seeds = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds not present")


def test_bundled_library_passes_its_check(bundled):
    report = check_library(Library.assemble(bundled))
    assert report.problems == []
    assert report.sources == 5
    assert report.items >= 150
    assert set(report.by_kind) == {"recommendation", "commitment", "fact"}


def test_every_source_has_items_and_citation_facts(bundled):
    by_source = {s.id: [i for i in bundled.items if i.source_id == s.id] for s in bundled.sources}
    assert all(len(items) >= 10 for items in by_source.values()), {k: len(v) for k, v in by_source.items()}
    for source in bundled.sources:
        assert source.title and source.issuer and source.date and source.type and source.short_title


def test_items_follow_the_taxonomy(bundled):
    taxonomy = bundled.taxonomy
    for item in bundled.items:
        assert set(item.themes) <= set(taxonomy.theme_ids), item.id
        assert set(item.audiences) <= set(taxonomy.audience_ids), item.id
        assert item.kind in taxonomy.kind_ids
    child_items = [i for i in bundled.items if i.source_id == "icat-child-2023"]
    assert all("children" in i.themes for i in child_items)
    commitments = [i for i in bundled.items if i.kind == "commitment"]
    assert commitments and all("international" in i.audiences for i in commitments)


def test_ids_are_unique_and_item_texts_are_not_duplicated(bundled):
    ids = [i.id for i in bundled.items]
    assert len(ids) == len(set(ids))
    texts = [(i.source_id, i.text) for i in bundled.items]
    assert len(texts) == len(set(texts))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_seeds
def test_every_item_is_verbatim_in_its_raw_seed(bundled):
    """Independent of spans: the quote's characters stand in the seed, whitespace aside."""
    curation = yaml.safe_load((ROOT / "library/curation/sources.yaml").read_text("utf-8"))
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_library

    seeds = {}
    for entry in curation:
        raw = (SHARED / "seeds" / entry["seed"]).read_text("utf-8")
        fixups_path = ROOT / "library/curation/fixups" / f"{entry['id']}.yaml"
        fixups = yaml.safe_load(fixups_path.read_text("utf-8")) if fixups_path.exists() else {}
        raw = build_library.apply_fixups(raw, (fixups or {}).get("before", []), entry["id"])
        seeds[entry["id"]] = _squash(build_library.strip_markup(raw))
    for item in bundled.items:
        for paragraph in item.text.split("\n\n"):
            assert _squash(paragraph) in seeds[item.source_id], f"{item.id} is not verbatim in its seed"


@needs_seeds
def test_library_files_are_reproducible_from_the_seeds():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/build_library.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_item_text_has_no_layout_artefacts(bundled):
    for item in bundled.items:
        assert not item.text.startswith(("- ", "• ", "o ")), item.id
        assert "^[" not in item.text and "**" not in item.text, item.id
        assert item.text == item.text.strip(), item.id
        assert "\n" not in item.text.replace("\n\n", ""), f"{item.id} has a wrapped line"


def test_citation_reads_as_the_house_style(bundled):
    library = Library.assemble(bundled)
    item = library.item("child23-action5")
    source = library.source_of(item)
    assert full_citation(source, item) == (
        "ICAT, Call for Accelerated Action by 2025 to Prevent and End Child Trafficking "
        "(8 November 2023), action 5."
    )
    assert short_citation(source, item).endswith(", action 5.")
    imrf = library.source("icat-imrf-2022")
    assert full_citation(imrf).endswith("(2022).")


def test_passage_shows_the_item_in_context(bundled):
    library = Library.assemble(bundled)
    item = library.item("call21-p3-b3")
    before, quote, after = library.passage(item, 300)
    assert quote == item.text
    assert before and after


def test_user_edit_survives_a_newer_bundled_library_and_is_flagged(tmp_path, briefpack_home):
    from app import paths
    from app.core.workspace import Workspace

    lib_copy = tmp_path / "library"
    shutil.copytree(paths.library_dir(), lib_copy)
    workspace = Workspace(briefpack_home, library_dir=lib_copy)
    workspace.edits.edit_item("call21-p1-b1", themes=["drivers", "gender"], note="raise with the ministry")
    workspace.edits.edit_item("call21-p1-b2", audiences=["states", "civil-society"])
    assert workspace.item("call21-p1-b1").needs_review is False
    workspace.close()

    # A newer library: the text of call21-p1-b1 changed upstream.
    items_path = lib_copy / "items" / "icat-call-2021.yaml"
    doc = yaml.safe_load(items_path.read_text("utf-8"))
    for record in doc["items"]:
        if record["id"] == "call21-p1-b1":
            record["text"] = record["text"].replace("in each country", "in every country")
    items_path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")

    reopened = Workspace(briefpack_home, library_dir=lib_copy)
    edited = reopened.item("call21-p1-b1")
    assert edited.themes == ("drivers", "gender")
    assert edited.note == "raise with the ministry"
    assert edited.needs_review is True
    untouched = reopened.item("call21-p1-b2")
    assert untouched.audiences == ("states", "civil-society")
    assert untouched.needs_review is False
    reopened.close()
