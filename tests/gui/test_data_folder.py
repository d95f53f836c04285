"""The window beside another Briefpack process on one data folder; repairs and read-only shown;
a garbled ui-state.ini does not stop the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.packs import add_items, set_note
from app.core.workspace import Workspace
from app.gui import pack_conflict
from tests.gui.window_helpers import close_windows, open_window

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

# The command line beside the window: pack notes on the pack the window has open, new packs, and
# library edits (through a long-lived Workspace, as a second window holds one).
CLI_WORKER = r"""
import contextlib, io, json, sys
from app.cli import main
from app.core.workspace import Workspace

home, pack_id, items, library_items, rounds = sys.argv[1:6]
items, library_items, rounds = items.split(","), library_items.split(","), int(rounds)
other = Workspace(home)
for n in range(rounds):
    with contextlib.redirect_stdout(io.StringIO()):
        noted = main(["--home", home, "pack", "note", pack_id, items[n % len(items)], f"cli {n}"])
        made = main(["--home", home, "pack", "new", "--title", f"cli pack {n}", "--empty"])
    if noted == 0:
        print(json.dumps(["note", items[n % len(items)], f"cli {n}"]), flush=True)
    if made == 0:
        print(json.dumps(["new", f"cli pack {n}"]), flush=True)
    other.edits.edit_item(library_items[n % len(library_items)], note=f"cli library {n}")
    print(json.dumps(["edit", library_items[n % len(library_items)], f"cli library {n}"]), flush=True)
other.close()
"""


@pytest.fixture
def window(qtbot, workspace):
    yield open_window(qtbot, workspace)
    close_windows()


def _open_pack(window, workspace, items):
    pack = workspace.packs.save(add_items(workspace.packs.new("Shared brief"), items))
    window.packs.open_pack(pack.id)
    return pack


@pytest.mark.slow
def test_the_command_line_beside_the_window_loses_no_reported_save(qtbot, window, workspace, briefpack_home):
    items = [i.id for i in list(workspace.library)[:30]]
    pack = _open_pack(window, workspace, items[:12])
    rounds = 10
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFPACK_HOME": str(briefpack_home)}
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CLI_WORKER,
            str(briefpack_home),
            pack.id,
            ",".join(items[:6]),
            ",".join(items[20:25]),
            str(rounds),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    window_saves = {}
    n = 0
    while worker.poll() is None or n < rounds:  # the window edits and saves while the command runs
        item = items[6 + n % 6]
        window.pack_state.edit(lambda p, i=item, k=n: set_note(p, i, f"window {k}"), "note")
        assert window.packs.save(), "the window's save was refused"
        window_saves[item] = f"window {n}"
        window.library_actions.set_note(items[25 + n % 5], f"window library {n}")
        window.data_watch.check()
        qtbot.wait(20)
        n += 1
    out, err = worker.communicate(timeout=300)
    assert worker.returncode == 0 and "Traceback" not in err, err
    reported = [json.loads(line) for line in out.splitlines()]
    assert len(reported) == 3 * rounds, "every command reported success"
    window.data_watch.check()

    final = Workspace(briefpack_home)
    stored = final.packs.get(pack.id)
    last = {}
    for kind, *rest in reported:
        if kind == "note":
            last[rest[0]] = rest[1]
    for item_id, note in {**last, **window_saves}.items():
        assert stored.entry(item_id).note == note, f"the note on {item_id} was lost"
    titles = {s.title for s in final.packs.summaries()}
    assert {r[1] for r in reported if r[0] == "new"} <= titles
    edits = {r[1]: r[2] for r in reported if r[0] == "edit"}
    for item_id, note in edits.items():
        assert final.library.item(item_id).note == note
        assert window.session.library.item(item_id).note == note, "the window shows the other edit"
    # the window shows the pack as stored, its own saves included
    assert window.pack_state.pack.entry(items[0]).note == last[items[0]]
    assert not window.pack_state.dirty
    final.close()


def test_a_change_elsewhere_refreshes_library_results_and_the_open_pack(
    qtbot, window, workspace, briefpack_home
):
    items = [i.id for i in list(workspace.library)[:4]]
    pack = _open_pack(window, workspace, items)
    before = window.results.results_model.rowCount()
    other = Workspace(briefpack_home)
    other.edits.edit_item(items[0], note="edited in another window")
    other.edits.add_source(
        {
            "id": "elsewhere",
            "title": "Added elsewhere",
            "text": "States should protect every victim of trafficking.",
        },
        [{"text": "States should protect every victim of trafficking."}],
    )
    other.packs.save(set_note(other.packs.get(pack.id), items[1], "from elsewhere"))
    assert sorted(window.data_watch.check()) == ["library", "packs"]
    qtbot.waitUntil(lambda: window.results.results_model.rowCount() == before + 1, timeout=3000)
    assert window.session.library.item(items[0]).note == "edited in another window"
    assert window.pack_state.pack.entry(items[1]).note == "from elsewhere"
    assert not window.pack_state.dirty
    assert window.data_watch.check() == []  # nothing new: nothing reloaded
    other.close()


def test_unsaved_edits_are_kept_merged_on_save_and_a_clash_asks(
    qtbot, window, workspace, briefpack_home, monkeypatch
):
    items = [i.id for i in list(workspace.library)[:4]]
    pack = _open_pack(window, workspace, items)
    window.pack_state.edit(lambda p: set_note(p, items[0], "mine"), "note")
    other = Workspace(briefpack_home)
    other.packs.save(set_note(other.packs.get(pack.id), items[1], "theirs"))
    window.data_watch.check()
    assert window.pack_state.dirty and window.pack_state.pack.entry(items[0]).note == "mine"
    assert "Your unsaved edits are kept" in window.status.text()
    assert window.packs.save()  # different entries: merged
    stored = other.packs.get(pack.id)
    assert stored.entry(items[0]).note == "mine" and stored.entry(items[1]).note == "theirs"

    window.pack_state.edit(lambda p: set_note(p, items[2], "mine again"), "note")
    other.packs.save(set_note(other.packs.get(pack.id), items[2], "theirs again"))
    asked = []
    monkeypatch.setattr(pack_conflict, "ask_conflict", lambda parent, error: asked.append(error) or "copy")
    assert window.packs.save()
    assert asked and "changed by another Briefpack" in asked[0].user_message
    assert other.packs.get(pack.id).entry(items[2]).note == "theirs again"  # theirs kept
    copy = window.pack_state.pack
    assert copy.id != pack.id and other.packs.get(copy.id).entry(items[2]).note == "mine again"
    other.close()


def test_a_second_window_on_the_same_folder_is_safe(qtbot, window, workspace, briefpack_home):
    items = [i.id for i in list(workspace.library)[:3]]
    pack = _open_pack(window, workspace, items)
    second = open_window(qtbot, Workspace(briefpack_home))
    second.packs.open_pack(pack.id)
    second.pack_state.edit(lambda p: set_note(p, items[0], "second window"), "note")
    assert second.packs.save()
    window.data_watch.check()
    assert window.pack_state.pack.entry(items[0]).note == "second window"
    window.pack_state.edit(lambda p: set_note(p, items[1], "first window"), "note")
    assert window.packs.save()
    second.data_watch.check()
    assert second.pack_state.pack.entry(items[1]).note == "first window"
    assert second.pack_state.pack.entry(items[0]).note == "second window"


def test_repairs_at_start_are_shown_once_in_the_window(qtbot, briefpack_home):
    ws = Workspace(briefpack_home)
    ws.packs.save(ws.packs.new("Before the damage"))
    ws.close()
    (briefpack_home / "store" / "packs.json").write_bytes(b"\x00\x00garbage")
    damaged = Workspace(briefpack_home)
    damaged.packs.summaries()
    window = open_window(qtbot, damaged)
    shown = list(window.data_watch.shown)
    assert any("packs.json could not be read" in m and "set aside as packs.json.corrupt-" in m for m in shown)
    assert any(
        "“Before the damage” was missing" in m and "recovered from the pack's history" in m for m in shown
    )
    assert [s.title for s in damaged.packs.summaries()] == ["Before the damage"]
    window.data_watch.show_repairs()
    assert window.data_watch.shown == shown  # shown once
    close_windows()


def test_a_read_only_folder_gets_a_banner_and_saves_are_refused_clearly(qtbot, briefpack_home, caplog):
    ws = Workspace(briefpack_home)
    ws.store._go_read_only("the folder is read-only")
    window = open_window(qtbot, ws)
    assert window.data_watch.banner is not None and window.data_watch.banner.isVisible()
    assert "read-only" in window.data_watch.banner.text()
    window.packs.new_pack(item_ids=[next(iter(ws.library.items))])
    assert not window.packs.save()
    assert "Nothing was saved" in caplog.text and "Traceback" not in caplog.text
    close_windows()


def test_a_garbled_ui_state_is_reset_and_the_window_starts(qtbot, workspace, briefpack_home, caplog):
    from app.gui.ui_state import UiState

    path = briefpack_home / "ui-state.ini"
    path.write_bytes(b"[General]\nversion=abc\n[recent]\npacks=@Variant(\\0\\0\\0\\x2)\n")
    state = UiState(path)
    assert "could not be read" in caplog.text and "reset" in caplog.text
    assert state.recent_packs() == []
    from app.gui.main_window import MainWindow
    from app.gui.session import Session

    window = MainWindow(Session(workspace), state)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.start_loading()
    assert window.is_loaded
    window.close()
