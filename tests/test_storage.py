"""The store: atomic writes, recovery from damage, overrides surviving a newer library."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.errors import BriefpackError
from app.core.storage import Store

ROOT = Path(__file__).resolve().parent.parent

WRITER = r"""
import sys
from pathlib import Path
from app.core.storage import Store
store = Store(Path(sys.argv[1]))
table = store.collection("library", "records")
version = 0
print("ready", flush=True)
while True:
    version += 1
    table.put_many({"id": f"r{n}", "version": version, "text": "x" * 200} for n in range(2000))
"""


def test_put_get_delete_roundtrip(briefpack_home):
    store = Store(briefpack_home)
    table = store.collection("library", "things")
    table.put({"id": "a", "value": 1})
    table.put({"id": "a", "value": 2})
    table.put({"id": "b", "value": 3})
    assert table.get("a") == {"id": "a", "value": 2}
    assert sorted(table.ids()) == ["a", "b"]
    assert table.delete("a") is True
    assert table.delete("a") is False
    store.close()
    reopened = Store(briefpack_home).collection("library", "things")
    assert reopened.all() == [{"id": "b", "value": 3}]


def test_every_file_carries_a_schema_version(briefpack_home):
    store = Store(briefpack_home)
    store.collection("library", "things").put({"id": "a"})
    data = json.loads((briefpack_home / "store" / "library.json").read_text("utf-8"))
    assert data["_meta"]["1"]["schema_version"] == 1


def test_newer_schema_is_refused_with_a_clear_message(briefpack_home):
    path = briefpack_home / "store" / "library.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"_meta": {"1": {"schema_version": 99}}}), "utf-8")
    with pytest.raises(BriefpackError, match="newer Briefpack"):
        Store(briefpack_home).collection("library", "things")
    assert json.loads(path.read_text("utf-8"))["_meta"]["1"]["schema_version"] == 99


def test_corrupt_store_is_moved_aside_and_last_good_copy_restored(briefpack_home):
    store = Store(briefpack_home)
    table = store.collection("library", "things")
    table.put({"id": "a", "value": 1})
    table.put({"id": "b", "value": 2})  # the .bak now holds the state with "a" only
    store.close()
    path = briefpack_home / "store" / "library.json"
    path.write_bytes(b'{"things": {"1": {"id": "a"')  # truncated mid-write by something else
    store = Store(briefpack_home)
    table = store.collection("library", "things")
    assert table.all() == [{"id": "a", "value": 1}]
    assert any("last good copy" in m and "was restored" in m for m in store.recovered)
    assert list(path.parent.glob("library.json.corrupt-*")), "the damaged file is kept for inspection"


def test_corrupt_store_without_backup_says_so(briefpack_home):
    path = briefpack_home / "store" / "library.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\xff not json")
    store = Store(briefpack_home)
    assert store.collection("library", "things").all() == []
    assert any("no good copy" in m for m in store.recovered)


def test_failed_write_keeps_the_previous_state(briefpack_home, monkeypatch):
    store = Store(briefpack_home)
    table = store.collection("library", "things")
    table.put({"id": "a", "value": 1})

    import app.core.atomic as atomic

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(BriefpackError, match="disk is full"):
        table.put({"id": "a", "value": 2})
    monkeypatch.undo()
    assert table.get("a") == {"id": "a", "value": 1}
    leftovers = [p.name for p in (briefpack_home / "store").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.slow
def test_killing_a_writer_mid_save_never_loses_the_store(tmp_path):
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    home = tmp_path / "home"
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(home)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        store = Store(home)
        records = store.collection("library", "records").all()
        assert store.recovered == [], store.recovered
        if records:
            versions = {r["version"] for r in records}
            assert len(versions) == 1, "a mix of old and new records was saved"
            assert len(records) == 2000
        store.close()


def test_a_second_process_writing_the_same_store_is_not_overwritten(briefpack_home):
    """The window and the command line may share a data folder: neither loses the other's edit."""
    first = Store(briefpack_home).collection("library", "things")
    first.put({"id": "a", "value": 1})
    second = Store(briefpack_home).collection("library", "things")
    second.put({"id": "b", "value": 2})  # another process adds a record
    first.put({"id": "c", "value": 3})  # the first one, with its cache, saves afterwards
    again = Store(briefpack_home).collection("library", "things")
    assert sorted(r["id"] for r in again.all()) == ["a", "b", "c"]
    first.put({"id": "b", "value": 20})
    assert Store(briefpack_home).collection("library", "things").get("b") == {"id": "b", "value": 20}


def test_written_files_get_ordinary_permissions(tmp_path):
    from app.core.atomic import atomic_write_bytes

    target = tmp_path / "brief.docx"
    atomic_write_bytes(target, b"new")
    umask = os.umask(0o022)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~umask)
    target.chmod(0o640)
    atomic_write_bytes(target, b"newer")
    assert (target.stat().st_mode & 0o777) == 0o640
