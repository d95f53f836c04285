"""A .briefpack file opened from the desktop (double-click passes it on the command line): imported
into the user's packs the first time and opened, the same pack opened again the next times."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.packs import add_items, new_pack, set_note
from app.core.workspace import Workspace
from app.gui import command_line
from tests.gui.window_helpers import close_windows, open_window

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shared_file(tmp_path) -> Path:
    """A colleague's pack, written from another data folder, with a note on its first item."""
    colleague = Workspace(tmp_path / "colleague")
    try:
        items = list(colleague.library.items)[:4]
        pack = add_items(new_pack("Border officials, June"), items)
        pack = colleague.packs.save(set_note(pack, items[0], "Ask about the referral desk"))
        return colleague.packs.export_file(pack.id, tmp_path / "Border officials.briefpack")
    finally:
        colleague.close()


def stored_packs(home: Path) -> list[dict]:
    data = json.loads((home / "store" / "packs.json").read_text(encoding="utf-8"))
    return [pack for table in data.values() for pack in table.values() if "title" in pack]


def test_the_command_line_takes_one_pack_file(tmp_path, capsys):
    options = command_line.parse(["briefpack-gui", str(tmp_path / "brief.briefpack")])
    assert options.open_file == tmp_path / "brief.briefpack"
    for wrong, says in (
        ([str(tmp_path / "notes.docx")], "is not a pack file"),
        (["a.briefpack", "b.briefpack"], "one pack file at a time"),
    ):
        with pytest.raises(SystemExit) as stopped:
            command_line.parse(["briefpack-gui", *wrong])
        assert stopped.value.code == 2
        assert says in capsys.readouterr().err


def test_opening_the_file_imports_it_once_and_opens_the_pack(qtbot, workspace, briefpack_home, shared_file):
    window = open_window(qtbot, workspace)
    try:
        opened = window.packs.open_file(shared_file)
        assert opened is not None and window.pack_state.pack.id == opened.id
        assert window.pack_state.pack.title == "Border officials, June"
        assert "Imported “Border officials, June”" in window.status.text()
        on_disk = stored_packs(briefpack_home)
        assert [p["title"] for p in on_disk] == ["Border officials, June"]
        assert "Ask about the referral desk" in json.dumps(on_disk)

        again = window.packs.open_file(shared_file)  # double-clicked a second time
        assert again is not None and again.id == opened.id
        assert "imported earlier" in window.status.text()
        assert len(stored_packs(briefpack_home)) == 1
    finally:
        close_windows()


def test_a_damaged_file_is_reported_and_nothing_is_stored(qtbot, workspace, briefpack_home, tmp_path):
    broken = tmp_path / "broken.briefpack"
    broken.write_text('{"format": "briefpack", "entries": [', encoding="utf-8")
    window = open_window(qtbot, workspace)
    try:
        assert window.packs.open_file(broken) is None
        assert window.pack_state.pack is None
        assert not (briefpack_home / "store" / "packs.json").exists() or stored_packs(briefpack_home) == []
    finally:
        close_windows()


@pytest.mark.slow
def test_the_desktop_app_started_with_a_file_imports_it(tmp_path, shared_file):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFPACK_HOME": str(home),
        "BRIEFPACK_NO_ERROR_DIALOGS": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app.gui.main", "--smoke-test", str(shared_file)],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "items shown" in done.stdout
    assert [p["title"] for p in stored_packs(home)] == ["Border officials, June"]
