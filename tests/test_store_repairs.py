"""Repairs say what they did, where the user looks; missing files come back; litter is swept."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.core.packs import add_items, set_note
from app.core.storage import Store
from app.core.workspace import Workspace

TEXT = "Governments should protect victims. States should train judges."


def _cli(home: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--home", str(home), *args])
    return code, out.getvalue(), err.getvalue()


def _pack_with_notes(home: Path) -> tuple[str, str]:
    ws = Workspace(home)
    pack = ws.packs.save(add_items(ws.packs.new("Delegation brief"), [i.id for i in list(ws.library)[:3]]))
    item = pack.entries[0].item_id
    ws.packs.save(set_note(pack, item, "the last change"))
    ws.close()
    return pack.id, item


def test_the_command_line_announces_a_repair_and_history_brings_the_lost_change_back(briefpack_home):
    pack_id, item = _pack_with_notes(briefpack_home)
    (briefpack_home / "store" / "packs.json").write_bytes(b'{"packs": {"1": {"id": "' + pack_id.encode())
    code, out, err = _cli(briefpack_home, "pack", "list")
    assert code == 0
    assert "Delegation brief" in out
    assert "briefpack: repaired: packs.json could not be read" in err
    assert "set aside as packs.json.corrupt-" in err
    assert "last good copy" in err
    assert "lost its last change" in err and "recovered from the pack's history" in err
    ws = Workspace(briefpack_home)
    assert ws.packs.get(pack_id).entry(item).note == "the last change"
    assert ws.recovery_messages == []
    ws.close()


def test_a_deleted_user_source_comes_back_from_its_last_good_copy(briefpack_home):
    ws = Workspace(briefpack_home)
    ws.edits.add_source(
        {"id": "mine", "title": "My notes", "text": TEXT}, [{"text": "States should train judges."}]
    )
    ws.close()
    path = briefpack_home / "store" / "sources" / "mine.json"
    assert path.with_name("mine.json.bak").exists()  # a first save keeps its last good copy too
    path.unlink()
    code, _out, err = _cli(briefpack_home, "search", "train judges")
    assert code == 0
    assert "briefpack: repaired: sources/mine.json was missing; its last good copy" in err
    assert "was restored" in err
    assert path.exists()
    ws = Workspace(briefpack_home)
    assert "mine" in ws.library.sources and len(ws.library.items_of("mine")) == 1
    ws.close()


def test_a_missing_pack_history_is_restored_or_its_loss_is_said(briefpack_home):
    pack_id, _ = _pack_with_notes(briefpack_home)
    history = briefpack_home / "store" / f"pack-history-{pack_id}.json"
    history.unlink()
    code, out, err = _cli(briefpack_home, "pack", "history", pack_id)
    assert code == 0 and "was restored" in err
    assert len(out.strip().splitlines()) == 2  # the backup holds the version before the last
    history.unlink()
    history.with_name(history.name + ".bak").unlink()
    code, out, err = _cli(briefpack_home, "pack", "history", pack_id)
    assert code == 0
    assert "The history of the pack “Delegation brief” is gone" in err


def test_start_up_sweeps_temporary_files_of_a_killed_save(briefpack_home):
    _pack_with_notes(briefpack_home)
    litter = [
        briefpack_home / "store" / ".packs.json.x1y2.tmp",
        briefpack_home / "store" / "sources" / ".mine.json.z3.tmp",
        briefpack_home / "store" / ".packs.json.bak.tmp",
    ]
    for path in litter:
        path.write_bytes(b"x" * 1000)
    Workspace(briefpack_home).close()
    assert [p for p in litter if p.exists()] == []


def test_an_empty_source_file_left_by_a_killed_import_reserves_no_id(briefpack_home):
    sources = briefpack_home / "store" / "sources"
    sources.mkdir(parents=True)
    (sources / "kill-src.json").write_text(json.dumps({"_meta": {"1": {"schema_version": 1}}}))
    ws = Workspace(briefpack_home)
    assert "kill-src" not in ws.library.sources
    assert not (sources / "kill-src.json").exists()
    assert ws.edits.add_source({"id": "kill-src", "title": "Kill", "text": TEXT}) == "kill-src"
    ws.close()


def test_opening_a_new_store_file_writes_nothing_until_a_record_is_saved(briefpack_home):
    store = Store(briefpack_home)
    assert store.collection("packs", "packs").all() == []
    assert not (briefpack_home / "store" / "packs.json").exists()
    store.collection("packs", "packs").put({"id": "p", "title": "t"})
    data = json.loads((briefpack_home / "store" / "packs.json").read_text("utf-8"))
    assert data["_meta"]["1"]["schema_version"] == 1 and data["packs"]["1"]["id"] == "p"


def _dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_killed_export_leaves_nothing_after_the_next_start(briefpack_home, tmp_path):
    import os
    import time

    ws = Workspace(briefpack_home)
    pack = ws.packs.save(add_items(ws.packs.new("Export me"), [i.id for i in list(ws.library)[:2]]))
    out = tmp_path / "exports"
    out.mkdir()
    ws.packs.build(pack.id, ["docx"], out)
    ws.close()
    old = time.time() - 3600
    dead = _dead_pid()
    litter = [
        out / ".Export me.docx.a1B2c3D4.tmp",
        out / ".Export me.pdf.0123456789ab.old",
        out / f".Export me.docx.{dead}-q1w2e3r4.tmp",
    ]  # just killed: its process is gone
    fresh = out / f".Export me.pdf.{os.getpid()}-zZ9yY8xX.tmp"  # an export still writing it
    mine = out / ".notes.tmp"  # not Briefpack's: never touched
    for path in [*litter, fresh, mine]:
        path.write_bytes(b"half a file")
    for path in [*litter[:2], mine]:
        os.utime(path, (old, old))
    code, _, _ = _cli(briefpack_home, "pack", "list")
    assert code == 0
    assert [p for p in litter if p.exists()] == []
    assert fresh.exists() and mine.exists()
    assert list(out.glob("*.docx"))


def test_packs_json_deleted_with_its_copy_comes_back_from_the_histories(briefpack_home):
    pack_id, item = _pack_with_notes(briefpack_home)
    store = briefpack_home / "store"
    (store / "packs.json").unlink()
    (store / "packs.json.bak").unlink()
    code, out, err = _cli(briefpack_home, "pack", "list")
    assert code == 0 and "Delegation brief" in out
    assert "“Delegation brief” was missing from packs.json; it was recovered from the pack's history" in err
    ws = Workspace(briefpack_home)
    assert ws.packs.get(pack_id).entry(item).note == "the last change"
    ws.packs.delete(pack_id)  # a deleted pack stays deleted: its history goes first
    ws.close()
    code, out, err = _cli(briefpack_home, "pack", "list")
    assert "Delegation brief" not in out and err == ""


def test_a_source_deleted_with_its_last_good_copy_is_named_once(briefpack_home):
    ws = Workspace(briefpack_home)
    ws.edits.add_source(
        {"id": "mine", "title": "My field notes", "text": TEXT}, [{"text": "States should train judges."}]
    )
    ws.edits.add_source({"id": "kept", "title": "Kept notes", "text": TEXT})
    ws.close()
    sources = briefpack_home / "store" / "sources"
    (sources / "mine.json").unlink()
    (sources / "mine.json.bak").unlink()
    code, _, err = _cli(briefpack_home, "search", "judges")
    assert code == 0
    assert "briefpack: repaired: Your source “My field notes” is gone" in err
    code, _, err = _cli(briefpack_home, "search", "judges")
    assert err == ""  # said once
    ws = Workspace(briefpack_home)
    ws.edits.delete_source("kept")  # deleted on purpose: nothing to say
    ws.close()
    code, _, err = _cli(briefpack_home, "search", "judges")
    assert err == ""


def test_sources_added_together_are_listed_with_one_manifest_write(briefpack_home, monkeypatch):
    import app.core.storage as storage

    ws = Workspace(briefpack_home)
    ws.edits.add_source({"id": "first", "title": "First notes", "text": TEXT})
    written: list[str] = []
    write = storage.AtomicJSONStorage.write

    def counted(self, data):
        written.append(self.path.name)
        return write(self, data)

    monkeypatch.setattr(storage.AtomicJSONStorage, "write", counted)
    ws.edits.add_sources(
        [({"id": f"bulk-{n}", "title": f"Bulk {n}", "text": TEXT}, [], False) for n in range(5)]
    )
    ws.close()
    assert written.count("manifest.json") == 1
    listed = json.loads((briefpack_home / "store" / "manifest.json").read_text())["sources"].values()
    assert sorted(r["id"] for r in listed) == ["bulk-0", "bulk-1", "bulk-2", "bulk-3", "bulk-4", "first"]


def test_sources_written_before_a_stop_that_missed_the_manifest_are_listed_at_the_next_start(briefpack_home):
    ws = Workspace(briefpack_home)
    ws.edits.add_sources(
        [({"id": f"bulk-{n}", "title": f"Bulk {n}", "text": TEXT}, [], False) for n in range(3)]
    )
    ws.close()
    manifest = briefpack_home / "store" / "manifest.json"
    for path in (manifest, manifest.with_name("manifest.json.bak")):
        path.unlink(missing_ok=True)  # as if the process had stopped before the manifest's write
    code, _, err = _cli(briefpack_home, "search", "judges")
    assert code == 0 and err == ""
    ws = Workspace(briefpack_home)
    assert {"bulk-0", "bulk-1", "bulk-2"} <= set(ws.library.sources)
    ws.close()
    listed = json.loads(manifest.read_text())["sources"].values()
    assert sorted(r["id"] for r in listed) == ["bulk-0", "bulk-1", "bulk-2"]
