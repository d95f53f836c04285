"""Icons drawn in one run are kept as PNG and drawn from there in the next, never stale or lost."""

from __future__ import annotations

import shutil

import pytest

from app.gui import icon_cache, icons

pytestmark = pytest.mark.gui


@pytest.fixture
def fresh_icons(qapp, monkeypatch):
    """The icon module as a new process has it: nothing drawn, no cache folder named yet."""
    monkeypatch.setattr(icons, "_rendered", None)
    monkeypatch.setattr(icons, "_drawn", {})
    icons.clear_cache()
    yield
    icons.clear_cache()


def _next_run(folder) -> None:
    """What a new start does: forget every drawn pixmap, read the kept ones from `folder`."""
    icons.clear_cache()
    icons.keep_rendered(folder)


def _never_draw(monkeypatch) -> None:
    def refuse(self, size, color):
        raise AssertionError(f"{self.name} drawn from its SVG")

    monkeypatch.setattr(icons.SvgIconEngine, "_draw", refuse)


def test_the_next_run_draws_the_kept_icons_without_their_svg(fresh_icons, tmp_path, monkeypatch):
    icons.keep_rendered(tmp_path)
    drawn = {name: icons.icon(name).pixmap(24, 24).toImage() for name in ("search", "save", "undo")}
    assert icons.save_rendered()
    assert (tmp_path / f"icons-{icon_cache.__version__}.marshal").is_file()
    assert not icons.save_rendered()  # nothing new drawn: nothing rewritten

    _next_run(tmp_path)
    _never_draw(monkeypatch)
    for name, image in drawn.items():
        kept = icons.icon(name).pixmap(24, 24).toImage()
        assert kept.size() == image.size()
        assert kept.convertToFormat(image.format()) == image, name  # the same pixels


def test_a_changed_svg_is_drawn_again(fresh_icons, tmp_path, monkeypatch):
    folder = tmp_path / "icons"
    shutil.copytree(icons._icons_dir(), folder)
    monkeypatch.setattr(icons, "_icons_dir", lambda: folder)
    icons._names.cache_clear()
    icons._svg_text.cache_clear()
    try:
        icons.keep_rendered(tmp_path / "cache")
        before = icons.icon("search").pixmap(24, 24).toImage()
        assert icons.save_rendered()
        svg = folder / "search.svg"
        svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"/>', "utf-8")
        icons._svg_text.cache_clear()
        _next_run(tmp_path / "cache")
        after = icons.icon("search").pixmap(24, 24).toImage()
        assert after != before  # the new (empty) drawing, not the kept one
    finally:
        icons._names.cache_clear()
        icons._svg_text.cache_clear()


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe3\x01\x00\x00\x00"])
def test_a_damaged_cache_file_is_drawn_around_and_rewritten(fresh_icons, tmp_path, content):
    kept = tmp_path / f"icons-{icon_cache.__version__}.marshal"
    kept.write_bytes(content)
    icons.keep_rendered(tmp_path)
    assert not icons.icon("export").pixmap(24, 24).isNull()
    assert icons.save_rendered()
    assert icon_cache._read(kept)  # a good file again, holding the icon


def test_a_cache_folder_that_cannot_be_written_is_not_an_error(fresh_icons, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", "utf-8")
    icons.keep_rendered(blocked / "cache")
    assert not icons.icon("pin").pixmap(24, 24).isNull()
    assert not icons.save_rendered()


def test_the_file_keeps_only_this_runs_icons_when_it_grows_too_large(tmp_path):
    rendered = icon_cache.RenderedIcons(tmp_path)
    for n in range(icon_cache.MAX_ENTRIES):
        rendered.put(("old", n, n, "#000000"), (1, 1), b"png")
    assert rendered.save()
    again = icon_cache.RenderedIcons(tmp_path)
    assert again.get(("old", 3, 3, "#000000"), (1, 1)) == b"png"
    assert again.get(("old", 3, 3, "#000000"), (2, 1)) is None  # another file: not this icon
    again.put(("new", 24, 24, "#ffffff"), (5, 5), b"png2")
    assert again.save()
    kept = icon_cache._read(again.path)
    assert set(kept) == {("old", 3, 3, "#000000"), ("new", 24, 24, "#ffffff")}
