"""A read-only data folder, and a full disk: opened read-only and said so; repair never writes
what it cannot finish (real mounts in a private mount namespace; skipped where there is none)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.packs import add_items
from app.core.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True
    )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not _namespaces_work(), reason="no private mount namespace here (unshare -rm)"
)


def _in_namespace(setup: str, commands: list[list[str]], env: dict) -> list[subprocess.CompletedProcess]:
    """Run `setup` (shell, mounts) and then each command, in one private mount namespace."""
    lines = [
        " ".join(_quote(a) for a in cmd)
        + ' >>"$OUT"/out.$n 2>>"$OUT"/err.$n; echo $? > "$OUT"/rc.$n; n=$((n+1))'
        for cmd in commands
    ]
    script = setup + "\n" + "\n".join(lines)
    out = Path(env["OUT"])
    out.mkdir(exist_ok=True)
    subprocess.run(["unshare", "-rm", "sh", "-c", "n=0\n" + script], env=env, check=True, timeout=300)
    results = []
    for n in range(len(commands)):
        results.append(
            subprocess.CompletedProcess(
                commands[n],
                int((out / f"rc.{n}").read_text()),
                (out / f"out.{n}").read_text(),
                (out / f"err.{n}").read_text(),
            )
        )
    return results


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def _home_with_a_pack(home: Path) -> str:
    ws = Workspace(home)
    pack = ws.packs.save(add_items(ws.packs.new("Kept pack"), [i.id for i in list(ws.library)[:3]]))
    ws.packs.save(add_items(pack, [list(ws.library)[5].id]))  # packs.json.bak now holds a good copy
    ws.close()
    return pack.id


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", *args]


@needs_mounts
def test_a_read_only_data_folder_opens_for_reading_and_says_so(tmp_path):
    home = tmp_path / "home"
    pack_id = _home_with_a_pack(home)
    packs = home / "store" / "packs.json"
    packs.write_bytes(b'{"packs": {"1": {"id": ')  # damaged: the repair cannot move it aside
    listing = sorted(p.name for p in (home / "store").iterdir())
    out = tmp_path / "exports"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUT": str(tmp_path / "results")}
    item = next(iter(Workspace(tmp_path / "x").library)).id
    results = _in_namespace(
        f"mount --bind -o ro {_quote(str(home))} {_quote(str(home))}",
        [
            _cli("--home", str(home), "pack", "list"),
            _cli("--home", str(home), "search", "children"),
            _cli("--home", str(home), "pack", "note", pack_id, item, "hi"),
            _cli("--home", str(home), "pack", "build", pack_id, "--format", "docx", "-o", str(out)),
        ],
        env,
    )
    listed, searched, noted, built = results
    assert listed.returncode == 0, listed.stderr
    assert "Kept pack" in listed.stdout  # from the last good copy, in memory
    assert "briefpack: note: Briefpack opened the data folder" in listed.stderr
    assert "read-only because the folder is read-only" in listed.stderr
    assert "briefpack: repaired: packs.json could not be read" in listed.stderr
    assert "Nothing was moved or restored because the folder is read-only" in listed.stderr
    assert searched.returncode == 0 and "Traceback" not in searched.stderr
    assert noted.returncode == 3 and "read-only" in noted.stderr and "Traceback" not in noted.stderr
    assert built.returncode == 0, built.stderr
    assert list(out.glob("*.docx"))
    # nothing in the data folder was touched
    assert packs.read_bytes() == b'{"packs": {"1": {"id": '
    assert sorted(p.name for p in (home / "store").iterdir()) == listing


@needs_mounts
def test_a_full_disk_never_truncates_the_only_copy_nor_piles_up_copies(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUT": str(tmp_path / "results")}
    template = tmp_path / "template"
    _home_with_a_pack(template)
    (template / "store" / "packs.json").write_bytes(b'{"packs": {"1": {"id": ')
    disk = tmp_path / "disk"
    disk.mkdir()
    home = disk / "home"
    setup = (
        f"mount -t tmpfs -o size=4m tmpfs {_quote(str(disk))} && cp -a {_quote(str(template))} "
        f"{_quote(str(home))} && (head -c 100000000 /dev/zero > {_quote(str(disk))}/filler 2>/dev/null; "
        f"truncate -s -600K {_quote(str(disk))}/filler)"
    )
    check = (
        "import pathlib,sys; s=pathlib.Path(sys.argv[1])/'store'; "
        "print(sorted(p.name for p in s.iterdir() if 'corrupt' in p.name)); "
        "print((s/'packs.json').read_bytes())"
    )
    results = _in_namespace(
        setup,
        [
            _cli("--home", str(home), "pack", "list"),
            _cli("--home", str(home), "pack", "list"),
            [sys.executable, "-c", check, str(home)],
        ],
        env,
    )
    first, second, state = results
    for run in (first, second):
        assert run.returncode == 0, run.stderr
        assert "Kept pack" in run.stdout
        assert "read-only because the disk is full" in run.stderr and "Traceback" not in run.stderr
    corrupt, content = state.stdout.splitlines()
    assert corrupt == "[]"  # no copy added at each start
    assert content == repr(b'{"packs": {"1": {"id": ')  # the damaged file is still whole, not 0 bytes


def test_read_only_store_refuses_writes_with_a_message(tmp_path):
    home = tmp_path / "home"
    _home_with_a_pack(home)
    from app.core.storage import ReadOnlyStoreError, Store

    store = Store(home, read_only=True)
    assert store.collection("packs", "packs").all()
    with pytest.raises(ReadOnlyStoreError, match="read-only"):
        store.collection("library", "saved_searches").put({"id": "x", "name": "x"})
    assert store.sweep() == []
