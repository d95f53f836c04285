"""SVG icons from resources/icons, drawn in the palette's text colour (light and dark)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import paths

_SIZES = (16, 20, 24, 32)
_cache: dict[tuple[str, str, str], QIcon] = {}


@cache
def _icons_dir() -> Path:
    return paths.resources_dir() / "icons"


@cache
def _svg_text(name: str) -> str:
    path = _icons_dir() / f"{name}.svg"
    if not path.exists():
        raise FileNotFoundError(f"missing icon {path}")
    return path.read_text("utf-8")


def _render(svg: str, color: QColor, size: int, ratio: float) -> QPixmap:
    data = QByteArray(svg.replace("currentColor", color.name()).encode("utf-8"))
    renderer = QSvgRenderer(data)
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str) -> QIcon:
    """The named icon, tinted for the current palette (cached until the palette changes)."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    key = (name, normal.name(), disabled.name())
    cached = _cache.get(key)
    if cached is not None:
        return cached
    svg = _svg_text(name)
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio()) if QGuiApplication.primaryScreen() \
        else 1.0
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(svg, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_render(svg, disabled, size, ratio), QIcon.Mode.Disabled)
    _cache[key] = result
    return result


def app_icon() -> QIcon:
    """The application's own (full-colour) icon."""
    result = QIcon()
    svg = _svg_text("briefpack")
    for size in (16, 32, 48, 64, 128, 256):
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def available() -> list[str]:
    """Every icon name in resources/icons."""
    return sorted(p.stem for p in _icons_dir().glob("*.svg"))


def clear_cache() -> None:
    """Forget tinted icons (after a palette change)."""
    _cache.clear()
