"""The parsed bundled library is cached in the user's cache folder and trusted only for the same files."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from app import paths
from app.core import bundled_cache, hashing
from app.core.library import BundledLibrary, text_hash


@pytest.fixture
def library_copy(tmp_path):
    folder = tmp_path / "library"
    shutil.copytree(paths.library_dir(), folder)
    return folder


def _same(a: BundledLibrary, b: BundledLibrary) -> None:
    assert a.version == b.version
    assert a.taxonomy == b.taxonomy
    assert a.sources == b.sources
    assert a.items == b.items
    assert [i.order for i in a.items] == [i.order for i in b.items]


def test_cold_load_writes_the_cache_and_warm_load_matches_the_yaml(library_copy, tmp_path):
    cache = tmp_path / "cache"
    parsed = BundledLibrary.load(library_copy)
    first = bundled_cache.load_bundled(library_copy, cache)
    assert bundled_cache.cache_path(cache).is_file()
    _same(first, parsed)
    warm = bundled_cache.load_bundled(library_copy, cache)
    _same(warm, parsed)


def test_warm_load_reads_no_yaml(library_copy, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    bundled_cache.load_bundled(library_copy, cache)

    def fail(_folder):
        raise AssertionError("parsed the YAML although the cache is current")

    monkeypatch.setattr(BundledLibrary, "load", staticmethod(fail))
    assert len(bundled_cache.load_bundled(library_copy, cache).items) > 100


def test_a_changed_library_file_is_parsed_again(library_copy, tmp_path):
    cache = tmp_path / "cache"
    before = bundled_cache.load_bundled(library_copy, cache)
    item = before.items[0]
    items_file = library_copy / "items" / f"{item.source_id}.yaml"
    text = items_file.read_text(encoding="utf-8")
    assert f"id: {item.id}" in text
    items_file.write_text(text.replace(f"id: {item.id}", f"id: {item.id}-edited", 1), encoding="utf-8")
    after = bundled_cache.load_bundled(library_copy, cache)
    _same(after, BundledLibrary.load(library_copy))
    assert after.items[0].id == f"{item.id}-edited"
    assert after.version != before.version


def test_a_removed_library_file_is_noticed(library_copy, tmp_path):
    cache = tmp_path / "cache"
    before = bundled_cache.load_bundled(library_copy, cache)
    victim = before.items[-1].source_id
    (library_copy / "items" / f"{victim}.yaml").unlink()
    after = bundled_cache.load_bundled(library_copy, cache)
    assert all(i.source_id != victim for i in after.items)
    assert after.version != before.version


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x00\x01\x02", None])
def test_a_damaged_cache_is_ignored_and_rewritten(library_copy, tmp_path, content):
    cache = tmp_path / "cache"
    cache.mkdir()
    path = bundled_cache.cache_path(cache)
    import marshal

    path.write_bytes(marshal.dumps({"stamp": "old"}) if content is None else content)
    loaded = bundled_cache.load_bundled(library_copy, cache)
    _same(loaded, BundledLibrary.load(library_copy))
    _same(bundled_cache.load_bundled(library_copy, cache), loaded)


def test_an_unwritable_cache_folder_is_not_an_error(library_copy, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    loaded = bundled_cache.load_bundled(library_copy, blocker)
    _same(loaded, BundledLibrary.load(library_copy))


def test_the_workspace_uses_the_cache(workspace, briefpack_home):
    assert len(workspace.bundled.items) > 100
    assert bundled_cache.cache_path(briefpack_home / "cache").is_file()


def test_digests_match_hashlib():
    for data in (b"", b"abc", "Überprüfung — ✓".encode()):
        assert hashing.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert hashing.md5(data).hexdigest() == hashlib.md5(data).hexdigest()
    # an override's base text hash keeps the value it was stored with
    assert text_hash("abc") == hashlib.sha256(b"abc").hexdigest()[:16]


def test_a_warm_start_imports_neither_yaml_nor_openssl(tmp_path):
    env = {**os.environ, "BRIEFPACK_HOME": str(tmp_path / "home")}
    code = (
        "import sys\nfrom app.core.workspace import Workspace\nfrom app.core.search import Query\n"
        "w = Workspace()\nw.search(Query(), limit=1)\nw.close()\n"
        "print(sorted(m for m in ('yaml', 'hashlib', '_hashlib') if m in sys.modules))"
    )
    cold = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "yaml" in cold.stdout
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert warm.stdout.strip() == "[]"
