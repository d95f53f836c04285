"""A pack shared with a colleague who lacks the library builds the same document."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from app.cli import main
from app.core import packs
from app.core.workspace import Workspace
from tests.export.helpers import note_texts, paragraphs

DESK_TEXT = (
    "Regional notes. Border guards and labour inspectors should be trained together to identify "
    "victims of trafficking among migrants. Prosecutors should use financial investigations in "
    "every trafficking case."
)


def _desk_source(ws: Workspace) -> None:
    ws.edits.add_source(
        {
            "id": "desk-notes",
            "title": "Regional desk notes",
            "issuer": "Regional Office (RO)",
            "date": "2024-05-01",
            "type": "internal note",
            "text": DESK_TEXT,
        },
        [
            {
                "id": "desk-train",
                "kind": "recommendation",
                "locator": "paragraph 1",
                "text": "Border guards and labour inspectors should be trained together to identify "
                "victims of trafficking among migrants.",
                "themes": ["migration", "labour"],
                "audiences": ["justice"],
            },
            {
                "id": "desk-money",
                "kind": "recommendation",
                "locator": "paragraph 2",
                "text": "Prosecutors should use financial investigations in every trafficking case.",
                "themes": ["accountability"],
                "audiences": ["justice"],
            },
        ],
    )


def _edited_pack(ws: Workspace) -> packs.Pack:
    """new -> edit: details, key messages, entries from the bundled library and the desk's own source."""
    bundled = [i.id for i in ws.library if i.source_id == "icat-call-2021"][:6]
    facts = [i.id for i in ws.library if i.kind == "fact"][:2]
    pack = ws.packs.new(
        "Migration and law enforcement",
        meeting="Regional consultative meeting",
        date="12 March 2025",
        author="Desk officer",
        organisation="Regional Office",
    )
    pack = packs.set_meta(
        pack,
        subtitle="Briefing for the delegation",
        audience_note="For the head of delegation and the legal adviser.",
    )
    pack = packs.set_key_messages(pack, ["Identify victims early.", "Follow the money."])
    pack = packs.add_items(pack, [*bundled, *facts, "desk-train", "desk-money"])
    pack = packs.set_note(pack, bundled[2], "Our national plan already does this; say so.")
    pack = packs.set_note(pack, "desk-money", "Raise under agenda item 4.")
    pack = packs.move_items(pack, ["desk-money"], 0)
    pack = packs.set_excluded(pack, [bundled[4]])
    return ws.packs.save(pack)


def _texts(folder: Path) -> dict[str, object]:
    docx = next(folder.glob("*.docx"))
    pdf = next(folder.glob("*.pdf"))
    return {
        "md": next(folder.glob("*.md")).read_text("utf-8"),
        "docx": [text for _, text in paragraphs(docx)],
        "docx-notes": note_texts(docx),
        "pdf": [page.extract_text() for page in PdfReader(pdf).pages],
    }


def test_round_trip_to_a_fresh_home_builds_the_same_document(tmp_path, monkeypatch, capsys):
    home_a, home_b = tmp_path / "desk", tmp_path / "colleague"
    home_a.mkdir()
    home_b.mkdir()
    monkeypatch.setenv("BRIEFPACK_HOME", str(home_a))
    ws = Workspace(home_a)
    _desk_source(ws)
    pack = _edited_pack(ws)
    ws.close()

    shared = tmp_path / "mail" / "migration.briefpack"
    shared.parent.mkdir()
    assert main(["pack", "export-file", pack.id[:8], str(shared)]) == 0
    assert main(["pack", "build", pack.id, "--format", "docx,pdf,md", "-o", str(tmp_path / "out-a")]) == 0

    monkeypatch.setenv("BRIEFPACK_HOME", str(home_b))
    capsys.readouterr()
    assert main(["pack", "import-file", str(shared), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert sorted(imported["embedded"]) == ["desk-money", "desk-train"]
    out_b = tmp_path / "out-b"
    assert main(["pack", "build", imported["id"], "--format", "docx,pdf,md", "-o", str(out_b)]) == 0

    ours, theirs = _texts(tmp_path / "out-a"), _texts(tmp_path / "out-b")
    assert theirs == ours
    # and the document really holds what was edited
    md = ours["md"]
    for expected in (
        "Migration and law enforcement",
        "Follow the money.",
        "Raise under agenda item 4.",
        "Prosecutors should use financial investigations",
        "Regional desk notes",
    ):
        assert expected in md
    excluded = [e.item_id for e in pack.entries if e.excluded]
    assert [e["item_id"] for e in imported["entries"] if e["excluded"]] == excluded
    desk = Workspace(home_a)
    assert desk.item(excluded[0]).text[:60] not in md
    desk.close()


def test_imported_pack_edits_and_builds_without_the_library(tmp_path, monkeypatch):
    home_a, home_b = tmp_path / "desk", tmp_path / "colleague"
    home_a.mkdir()
    home_b.mkdir()
    ws = Workspace(home_a)
    _desk_source(ws)
    pack = _edited_pack(ws)
    shared = ws.packs.export_file(pack.id, tmp_path / "migration")
    ws.close()

    colleague = Workspace(home_b)
    got = colleague.packs.import_file(shared).pack
    got = packs.set_note(packs.move_items(got, ["desk-train"], 0), "desk-train", "Mine")
    got = colleague.packs.save(packs.set_meta(got, grouping="ordered"))
    preview = colleague.exports.preview_markdown(colleague.packs.spec(got))
    assert preview.index("Border guards and labour inspectors") < preview.index("Prosecutors should use")
    assert "Mine" in preview
    result = colleague.packs.build(got.id, ["md"], tmp_path / "out")
    assert result.missing == () and result.warnings == ()
    assert "Regional desk notes" in result.paths[0].read_text("utf-8")
    colleague.close()
