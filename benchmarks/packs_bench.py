"""Pack costs on a large synthetic pack, each beside a baseline measured in the same run.

    .venv/bin/python benchmarks/packs_bench.py [--entries 2000]

- edit: one pure edit (move an item) vs copying the entries tuple (the least any
  immutable edit must do);
- save: saving a changed pack with 50 versions already in its history vs one
  atomic write of the pack's own record (the least a durable save must do);
- import: reading, validating and reconciling a .briefpack file vs json.loads of
  the same bytes;
- history size: the history file after 50 saves vs 50 full copies of the record.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.core import packs
from app.core.atomic import atomic_write_bytes
from app.core.models import Item, Source
from app.core.packs.edits import with_snapshots
from app.core.packs.portable import parse_pack_bytes, unpack, write_pack_file
from app.core.packs.store import PackStore
from app.core.storage import Store

SENTENCE = (
    "States should strengthen cooperation between border authorities and labour inspectors to "
    "identify victims of trafficking among migrants and refer them to protection without delay"
)
WORDS = tuple(SENTENCE.split(" "))


def _timed(fn, repeat: int) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _large_pack(n: int) -> packs.Pack:
    sources = [
        Source(id=f"src-{k}", title=f"Source {k}", issuer="Issuer (ISS)", date="2024-01-01")
        for k in range(20)
    ]
    items = [
        Item(
            id=f"item-{k}",
            source_id=f"src-{k % 20}",
            kind="recommendation",
            text=" ".join(WORDS[(k + j) % len(WORDS)] for j in range(60)) + ".",
            section="Section",
            locator=f"para {k}",
            themes=("migration", "accountability"),
            audiences=("justice",),
            span=(k * 500, k * 500 + 400),
        )
        for k in range(n)
    ]
    pack = packs.new_pack("Large pack", entries=[packs.PackEntry(i.id, note=f"note {i.id}") for i in items])
    return with_snapshots(pack, items, sources)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    args = parser.parse_args()
    pack = _large_pack(args.entries)
    rows = []

    edit = _timed(lambda: packs.move_items(pack, [pack.entries[-1].item_id], 0), 200)
    copy = _timed(lambda: tuple(list(pack.entries)), 200)
    rows.append(("edit: move one item", edit, "copy the entries tuple", copy))

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        packs_store = PackStore(store)
        current = packs_store.save(pack)
        for n in range(49):
            current = packs_store.save(packs.set_note(current, pack.entries[0].item_id, f"v{n}"))
        history_file = store.root / f"pack-history-{pack.id}.json"
        record_bytes = json.dumps(current.to_record(), ensure_ascii=False, separators=(",", ":")).encode()
        counter = iter(range(10**6))
        save = _timed(
            lambda: packs_store.save(packs.set_note(current, pack.entries[1].item_id, f"w{next(counter)}")),
            10,
        )
        raw = _timed(lambda: atomic_write_bytes(Path(tmp) / "raw.json", record_bytes), 10)
        rows.append(("save (50 versions kept)", save, "atomic write of the record", raw))
        history_size = history_file.stat().st_size
        full_copies = 50 * len(record_bytes)
        store.close()

        path = write_pack_file(Path(tmp) / "large.briefpack", pack)
        data = path.read_bytes()
        imported = _timed(lambda: unpack(parse_pack_bytes(data, "large.briefpack"), {}), 5)
        parse = _timed(lambda: json.loads(data), 5)
        rows.append(("import: read, validate, reconcile", imported, "json.loads of the file", parse))
        file_size = len(data)

    print(
        f"Packs benchmark: {args.entries} entries; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'operation':<36} {'time':>10}   {'baseline':<30} {'time':>10} {'ratio':>7}")
    for name, value, base_name, base in rows:
        print(
            f"{name:<36} {value * 1000:>8.2f}ms   {base_name:<30} {base * 1000:>8.2f}ms {value / base:>6.1f}x"
        )
    print(
        f"history file after 50 saves: {history_size / 2**20:.2f} MB vs 50 full copies "
        f"{full_copies / 2**20:.2f} MB ({history_size / full_copies:.3f}x)"
    )
    print(f".briefpack file: {file_size / 2**20:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
