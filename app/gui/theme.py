"""Light and dark palettes that follow the system, and the colours the views paint with."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.gui import icons

APPEARANCES = ("system", "light", "dark")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A neutral dark palette for Fusion (used when the platform gives none)."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(130, 130, 130)
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.ToolTipBase, QColor(60, 60, 64)), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, QColor(55, 55, 58)),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 90, 90)),
        (QPalette.ColorRole.Light, QColor(75, 75, 78)), (QPalette.ColorRole.Midlight, QColor(62, 62, 65)),
        (QPalette.ColorRole.Mid, QColor(40, 40, 42)), (QPalette.ColorRole.Dark, QColor(25, 25, 26)),
        (QPalette.ColorRole.Shadow, QColor(10, 10, 10)),
        (QPalette.ColorRole.Highlight, QColor(42, 110, 170)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 240)),
        (QPalette.ColorRole.LinkVisited, QColor(170, 140, 230)),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def match_highlight(palette: QPalette | None = None) -> QColor:
    """Background of a matched word in a quote."""
    return QColor(120, 95, 0) if is_dark(palette) else QColor(255, 234, 128)


def span_highlight(palette: QPalette | None = None) -> QColor:
    """Background of the quote inside its source text."""
    return QColor(40, 80, 120) if is_dark(palette) else QColor(214, 234, 255)


def chip_colors(tag_id: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a tag chip: a stable hue per tag, light or dark."""
    hue = zlib.crc32(tag_id.encode("utf-8")) % 360
    if is_dark(palette):
        return QColor.fromHsl(hue, 90, 70), QColor(235, 235, 235)
    return QColor.fromHsl(hue, 140, 222), QColor(30, 30, 30)


class Appearance(QObject):
    """Applies the chosen appearance (system, light, dark) and re-tints icons when it changes."""

    changed = Signal()

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._mode = mode if mode in APPEARANCES else "system"
        platform = app.palette()
        self._platform_dark = platform if is_dark(platform) else None
        self._platform_light = platform if not is_dark(platform) else app.style().standardPalette()
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply(self._mode)

    @property
    def mode(self) -> str:
        return self._mode

    def apply(self, mode: str) -> None:
        self._mode = mode if mode in APPEARANCES else "system"
        if self._mode == "dark":
            dark = True
        elif self._mode == "light":
            dark = False
        else:
            dark = self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        if dark:
            self._app.setPalette(self._platform_dark if self._platform_dark is not None else dark_palette())
        else:
            self._app.setPalette(self._platform_light)
        icons.clear_cache()
        self.changed.emit()

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self.apply("system")


_current: Appearance | None = None


def install(app: QApplication, mode: str = "system", set_style: bool = True) -> Appearance:
    """Set the Fusion style (unless the application was created with it) and the palette (once)."""
    global _current
    if set_style:
        app.setStyle("Fusion")
    _current = Appearance(app, mode)
    return _current


def current() -> Appearance | None:
    return _current


def set_icon(target: QObject, name: str) -> None:
    """Give an action or button an icon drawn in the palette's colours (it follows changes)."""
    target.setIcon(icons.icon(name))  # type: ignore[attr-defined]
