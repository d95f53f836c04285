"""Saved packs: save, list, resolve, history (bounded, shared snapshots), restore, delete."""

from __future__ import annotations

import json

import pytest

from app.core import packs
from app.core.errors import NotFoundError, ValidationError
from app.core.packs.store import HISTORY_LIMIT, PackStore
from app.core.workspace import Workspace


@pytest.fixture
def item_ids(workspace) -> list[str]:
    return list(workspace.library.items)[:6]


def test_save_get_and_list(workspace, item_ids):
    pack = workspace.packs.new("Regional meeting", meeting="Bali Process")
    pack = workspace.packs.save(packs.add_items(pack, item_ids[:3]))
    again = workspace.packs.get(pack.id)
    assert again == pack
    assert [s.title for s in workspace.packs.summaries()] == ["Regional meeting"]
    summary = workspace.packs.summaries()[0]
    assert (summary.entries, summary.included, summary.meeting) == (3, 3, "Bali Process")


def test_saved_pack_survives_a_new_workspace(briefpack_home, item_ids):
    ws = Workspace(briefpack_home)
    pack = ws.packs.save(packs.add_items(ws.packs.new("Kept"), item_ids[:2]))
    ws.close()
    ws2 = Workspace(briefpack_home)
    assert ws2.packs.get(pack.id).item_ids == tuple(item_ids[:2])
    ws2.close()


def test_save_takes_snapshots_of_new_entries(workspace, item_ids):
    pack = workspace.packs.save(packs.add_items(workspace.packs.new("P"), item_ids[:2]))
    assert [i.id for i in pack.items] == item_ids[:2]
    assert pack.items[0].text == workspace.item(item_ids[0]).text
    assert {s.id for s in pack.sources} == {workspace.item(i).source_id for i in item_ids[:2]}
    assert all(s.text == "" for s in pack.sources)  # metadata only, never the full text
    pack = workspace.packs.save(packs.remove_items(pack, [item_ids[0]]))
    assert [i.id for i in pack.items] == item_ids[1:2]


def test_resolve_by_prefix_and_title(workspace):
    a = workspace.packs.new("Alpha")
    assert workspace.packs.get(a.id[:6]).id == a.id
    assert workspace.packs.get("alpha").id == a.id
    with pytest.raises(NotFoundError):
        workspace.packs.get("nothing")
    with pytest.raises(NotFoundError):
        workspace.packs.get(a.id[:3])  # too short to be a prefix
    workspace.packs.new("Alpha")
    with pytest.raises(ValidationError, match="names 2 packs"):
        workspace.packs.get("Alpha")


def test_every_save_keeps_a_version_and_restore_brings_it_back(workspace, item_ids):
    pack = workspace.packs.new("P")
    pack = workspace.packs.save(packs.add_items(pack, item_ids[:3]))
    pack = workspace.packs.save(packs.set_note(pack, item_ids[0], "first"))
    pack = workspace.packs.save(packs.remove_items(pack, [item_ids[1]]))
    history = workspace.packs.history(pack.id)
    assert [v.number for v in history] == [4, 3, 2, 1]
    assert [v.summary for v in history] == ["removed 1 item", "1 note edited", "added 3 items", "created"]
    restored = workspace.packs.restore(pack.id, 2)
    assert restored.item_ids == tuple(item_ids[:3])
    assert restored.entry(item_ids[0]).note == ""
    assert workspace.packs.get(pack.id).item_ids == tuple(item_ids[:3])
    assert workspace.packs.history(pack.id)[0].summary == "restored version 2"
    with pytest.raises(NotFoundError):
        workspace.packs.restore(pack.id, 99)


def test_saving_the_same_content_adds_no_version(workspace):
    pack = workspace.packs.new("P")
    workspace.packs.save(pack)
    workspace.packs.save(workspace.packs.get(pack.id))
    assert len(workspace.packs.history(pack.id)) == 1


def test_history_is_bounded_and_shares_snapshots(workspace, item_ids):
    assert HISTORY_LIMIT == 50
    store = PackStore(workspace.store, history_limit=5)
    pack = workspace.packs.save(packs.add_items(workspace.packs.new("P"), item_ids))
    for n in range(8):
        pack = workspace._packs.store.save(pack)  # no change: no version
        pack = store.save(packs.set_note(pack, item_ids[0], f"note {n}"))
    versions = store.history(pack.id)
    assert len(versions) == 5
    assert [v.number for v in versions] == [10, 9, 8, 7, 6]
    assert store.version(pack.id, 6).entry(item_ids[0]).note == "note 3"
    data = json.loads((workspace.store.root / f"pack-history-{pack.id}.json").read_text("utf-8"))
    # six items, their source, and the two lists of them stored once, however many versions refer to them
    sources = {workspace.item(i).source_id for i in item_ids}
    assert len(data["blobs"]) == len(item_ids) + len(sources) + 2


def test_delete_removes_pack_and_history(workspace):
    pack = workspace.packs.new("Gone")
    history_file = workspace.store.root / f"pack-history-{pack.id}.json"
    assert history_file.exists()
    workspace.packs.delete(pack.id)
    assert not history_file.exists()
    assert not history_file.with_name(history_file.name + ".bak").exists()
    with pytest.raises(NotFoundError):
        workspace.packs.get(pack.id)
    with pytest.raises(NotFoundError):
        workspace.packs.delete(pack.id)


def test_duplicate(workspace, item_ids):
    pack = workspace.packs.save(packs.add_items(workspace.packs.new("Original"), item_ids[:2]))
    copy = workspace.packs.duplicate(pack.id)
    assert copy.id != pack.id and copy.title == "Copy of Original"
    assert copy.item_ids == pack.item_ids
    assert len(workspace.packs.summaries()) == 2
    assert workspace.packs.history(copy.id)[0].summary == "copied from 'Original'"


def test_damaged_saved_pack_gives_a_clear_error(workspace):
    workspace.store.collection("packs", "packs").put({"id": "abcd1234", "title": "x", "entries": [{}]})
    with pytest.raises(Exception, match="damaged"):
        workspace.packs.get("abcd1234")


def test_bad_pack_ids_never_reach_the_file_system(workspace):
    pack = workspace.packs.new("P")
    for bad in ("../../x", "a/b", "..", "X" * 100):
        with pytest.raises(ValidationError):
            workspace.packs.save(packs.pack.Pack(id=bad, title="t"))
    assert workspace.packs.summaries()[0].id == pack.id
