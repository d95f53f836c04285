"""Light and dark palettes that follow the system, and the colours the views paint with."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
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
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.ToolTipBase, QColor(60, 60, 64)),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor(55, 55, 58)),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(255, 90, 90)),
        (QPalette.ColorRole.Light, QColor(75, 75, 78)),
        (QPalette.ColorRole.Midlight, QColor(62, 62, 65)),
        (QPalette.ColorRole.Mid, QColor(40, 40, 42)),
        (QPalette.ColorRole.Dark, QColor(25, 25, 26)),
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
        self._outlined = False
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
        self._outline_indicators(dark)
        icons.clear_cache()
        self.changed.emit()

    def _outline_indicators(self, dark: bool) -> None:
        """Fusion outlines check boxes in a shade of the window colour, which a dark palette makes
        the colour of the list behind them: in dark mode a style draws a visible edge around them.
        (Light mode keeps the plain Fusion style, set up without Python at start-up.)"""
        outlined = self._outlined
        if dark and not outlined:
            self._app.setStyle(outlined_indicators_style())
            self._outlined = True
        elif not dark and outlined:
            self._app.setStyle("Fusion")
            self._outlined = False

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self.apply("system")


OUTLINED_STYLE = "briefpack-outlined"


def outlined_indicators_style():
    """Fusion, with check boxes and radio buttons edged in the text colour (for dark palettes).

    Made when first needed: the style's Python types (QStyle, ~800 enum values) are not set up
    at start-up in light mode."""
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    primitive = QStyle.PrimitiveElement
    edged = (
        primitive.PE_IndicatorCheckBox,
        primitive.PE_IndicatorItemViewItemCheck,
        primitive.PE_IndicatorRadioButton,
    )

    class OutlinedIndicators(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None) -> None:
            super().drawPrimitive(element, option, painter, widget)
            if element not in edged:
                return
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            edge = QColor(option.palette.color(QPalette.ColorRole.Text))
            edge.setAlpha(150)
            painter.setPen(edge)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
            if element == primitive.PE_IndicatorRadioButton:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 2, 2)
            painter.restore()

    style = OutlinedIndicators(QStyleFactory.create("Fusion"))
    style.setObjectName(OUTLINED_STYLE)
    return style


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
