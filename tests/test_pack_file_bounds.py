"""The .briefpack reader bounds what it accepts before it allocates (issue: 3,000,000 empty
objects in a 9 MB file grew to 7.7 GB before failing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.packs import add_items, set_note
from app.core.packs.portable import PackFileError, parse_pack_bytes, read_pack_file, write_pack_file

ROOT = Path(__file__).resolve().parent.parent


def _bomb(n: int) -> bytes:
    entries = ",".join(["{}"] * n)
    return (
        b'{"format":"briefpack","schema_version":1,"pack":{"id":"x","title":"t","items":[],'
        b'"sources":[],"entries":[' + entries.encode() + b"]}}"
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures memory through /proc")
def test_millions_of_empty_objects_are_refused_before_they_are_built(tmp_path):
    path = tmp_path / "bomb.briefpack"
    path.write_bytes(_bomb(3_000_000))
    # The peak of this process alone (VmHWM; getrusage would count the forked test runner too).
    code = (
        "import sys\nfrom app.core.packs.portable import read_pack_file, PackFileError\n"
        "try:\n    read_pack_file(sys.argv[1])\nexcept PackFileError as e:\n    print(e.user_message)\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(ROOT)},
        check=True,
    )
    message, peak_kb = result.stdout.strip().splitlines()
    assert "3,000,005 objects and lists" in message and "more than a pack can" in message
    assert int(peak_kb) < 300_000, f"{int(peak_kb) // 1024} MB used to refuse a 9 MB file"


def test_a_list_of_millions_of_numbers_is_refused_too():
    numbers = b",".join([b"0"] * 600_000)
    raw = b'{"format":"briefpack","schema_version":1,"pack":{"entries":[' + numbers + b"]}}"
    with pytest.raises(PackFileError, match="600,001 values"):
        parse_pack_bytes(raw, "numbers.briefpack")


def test_braces_and_commas_inside_text_do_not_count(workspace, tmp_path):
    items = [i.id for i in list(workspace.library)[:150]]
    pack = add_items(workspace.packs.new("Punctuated"), items)
    note = "{[,]}," * 800  # 4,800 characters of braces and commas in every note
    for item in items:
        pack = set_note(pack, item, note)
    pack = workspace.packs.save(pack)
    path = workspace.packs.export_file(pack.id, tmp_path / "punctuated.briefpack")
    raw = path.read_bytes()
    assert raw.count(b"{") + raw.count(b"[") > 50_000  # more than a pack holds: the exact count runs
    data = read_pack_file(path)
    assert all(e["note"] == note for e in data["pack"]["entries"])


def test_a_pack_at_the_limits_of_the_format_still_opens(tmp_path):
    from app.core.models import Item, Source
    from app.core.packs.edits import with_snapshots
    from app.core.packs.pack import Pack, PackEntry

    source = Source(id="s", title="A source")
    items = [
        Item(
            id=f"s-{n}",
            source_id="s",
            kind="recommendation",
            text=f"Text {n}.",
            themes=("children",),
            audiences=("justice",),
            span=(n, n + 5),
        )
        for n in range(5000)
    ]
    pack = with_snapshots(
        Pack(id="p", title="Big", entries=tuple(PackEntry(i.id) for i in items)), items, [source]
    )
    path = write_pack_file(tmp_path / "big.briefpack", pack)
    data = json.loads(path.read_text("utf-8"))
    assert len(data["pack"]["entries"]) == 5000
    assert len(read_pack_file(path)["pack"]["items"]) == 5000
