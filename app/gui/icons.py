"""SVG icons from resources/icons, drawn on demand in the palette's text colour (light and dark)."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPalette, QPixmap

from app import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

_engines: list[SvgIconEngine] = []
_icons: dict[str, QIcon] = {}


@cache
def _icons_dir() -> Path:
    return paths.resources_dir() / "icons"


def _svg_path(name: str) -> Path:
    path = _icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"missing icon {path}")
    return path


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
        self._pixmaps[key] = pixmap
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
    return sorted(p.stem for p in _icons_dir().glob("*.svg"))


def clear_cache() -> None:
    """Forget rendered pixmaps (after a palette change; colours are part of each key anyway)."""
    for engine in _engines:
        engine._pixmaps.clear()
