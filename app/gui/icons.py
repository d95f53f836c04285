"""SVG icons from resources/icons, drawn on demand in the palette's text colour (light and dark)."""

from __future__ import annotations

import math
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPalette, QPixmap

from app import paths
from app.gui.icon_cache import Key, RenderedIcons, Stamp

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

_engines: list[SvgIconEngine] = []
_icons: dict[str, QIcon] = {}
# Icons drawn in earlier runs (none until keep_rendered names the cache folder), and the ones
# drawn from SVG in this run, encoded as PNG when saved (not while the first frame is drawn).
_rendered: RenderedIcons | None = None
_drawn: dict[Key, tuple[Stamp, QPixmap]] = {}


@cache
def _icons_dir() -> Path:
    return paths.resources_dir() / "icons"


@cache
def _names() -> frozenset[str]:
    """Every icon in the folder, read once (cheaper than asking the disk about each icon)."""
    return frozenset(name[:-4] for name in os.listdir(_icons_dir()) if name.endswith(".svg"))


def _svg_path(name: str) -> Path:
    if name not in _names():
        raise FileNotFoundError(f"missing icon {_icons_dir() / f'{name}.svg'}")
    return _icons_dir() / f"{name}.svg"


def _svg_stamp(name: str) -> Stamp:
    status = os.stat(os.path.join(_icons_dir(), f"{name}.svg"))
    return status.st_mtime_ns, status.st_size


@cache
def _svg_text(name: str) -> str:
    return _svg_path(name).read_text("utf-8")


def _color_for(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    return palette.color(group, QPalette.ColorRole.ButtonText).name()


class SvgIconEngine(QIconEngine):
    """Renders the SVG at the size asked for, in the current palette's colour; caches pixmaps."""

    def __init__(self, name: str, tinted: bool = True) -> None:
        super().__init__()
        self.name = name
        self.tinted = tinted
        self._pixmaps: dict[tuple[int, int, str], QPixmap] = {}

    def _render(self, size: QSize, color: str) -> QPixmap:
        key = (size.width(), size.height(), color)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = self._kept(key) if _rendered is not None else None
        if pixmap is None:
            pixmap = self._draw(size, color)
            if _rendered is not None:
                _drawn[(self.name, *key)] = (_svg_stamp(self.name), pixmap)
        self._pixmaps[key] = pixmap
        return pixmap

    def _kept(self, key: tuple[int, int, str]) -> QPixmap | None:
        """The icon as an earlier run drew it from this same file, if it was kept."""
        assert _rendered is not None
        png = _rendered.get((self.name, *key), _svg_stamp(self.name))
        pixmap = QPixmap()
        return pixmap if png is not None and pixmap.loadFromData(png, "PNG") else None

    def _draw(self, size: QSize, color: str) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer  # Qt's SVG module loads with the first icon drawn

        svg = _svg_text(self.name)
        if self.tinted:
            svg = svg.replace("currentColor", color)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        from PySide6.QtGui import QPainter  # set up by the first icon drawn, with QtSvg

        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        color = _color_for(mode) if self.tinted else ""
        return self._render(size, color)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Pixels per unit from the painter's transform (the device's pixel ratio, and any zoom):
        # asking for painter.device() instead makes PySide6 set up the Python types of every
        # paint device class (~8 ms, at the first icon painted).
        transform = painter.deviceTransform()
        ratio = math.hypot(transform.m11(), transform.m12()) or 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = self.pixmap(size, mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.tinted)

    def key(self) -> str:
        return "briefpack-svg"

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The named icon; it follows the palette (light or dark) whenever it is painted."""
    cached = _icons.get(name)
    if cached is None:
        _svg_path(name)  # fail early on a missing file (it is read when first drawn)
        engine = SvgIconEngine(name)
        _engines.append(engine)  # keeps the Python side of the engine alive with the icon
        cached = _icons[name] = QIcon(engine)
    return cached


def app_icon() -> QIcon:
    """The application's own (full-colour) icon."""
    cached = _icons.get(":app")
    if cached is None:
        engine = SvgIconEngine("briefpack", tinted=False)
        _engines.append(engine)
        cached = _icons[":app"] = QIcon(engine)
    return cached


def available() -> list[str]:
    """Every icon name in resources/icons."""
    return sorted(_names())


def keep_rendered(folder: Path) -> None:
    """Draw icons from the PNGs kept in `folder` by earlier runs; keep this run's there on save."""
    global _rendered
    _rendered = RenderedIcons(folder)
    _drawn.clear()


def save_rendered() -> bool:
    """Keep the icons drawn from SVG in this run for the next start (True when written)."""
    if _rendered is None or not _drawn:
        return False
    from PySide6.QtCore import QBuffer, QIODevice

    for key, (stamp, pixmap) in _drawn.items():
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if pixmap.save(buffer, "PNG"):
            _rendered.put(key, stamp, bytes(buffer.data().data()))
    _drawn.clear()
    return _rendered.save()


def clear_cache() -> None:
    """Forget rendered pixmaps (after a palette change; colours are part of each key anyway)."""
    for engine in _engines:
        engine._pixmaps.clear()
