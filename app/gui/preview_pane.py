"""The live preview of the brief: the export's own Markdown, rendered, following every edit."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.errors import BriefpackError
from app.gui.i18n import ui

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NOTE_REF = re.compile(r"\[\^(\d+)\]")
_NOTE_DEF = re.compile(r"^\[\^(\d+)\]:\s*", re.MULTILINE)


def display_markdown(markdown: str) -> str:
    """The export's Markdown made for Qt's renderer: footnotes become superscript numbers and
    the notes a list of their own paragraphs after a rule (Qt does not render [^n] footnotes)."""
    first = _NOTE_DEF.search(markdown)
    body, notes = (markdown[: first.start()], markdown[first.start() :]) if first else (markdown, "")
    body = _NOTE_REF.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), body)
    if notes:
        lines = [
            _NOTE_DEF.sub(lambda m: m.group(1).translate(_SUPERSCRIPT) + " ", line)
            for line in notes.splitlines()
            if line.strip()
        ]
        body = body.rstrip() + "\n\n---\n\n" + "\n\n".join(lines) + "\n"
    return body


class PreviewPane(QWidget):
    """Re-renders shortly after the last change (edits in a burst render once)."""

    rendered = Signal(str)  # the markdown shown

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 120) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(ui.tr("Brief preview"))
        self.status = QLabel()
        self.status.setAccessibleName(ui.tr("Preview status"))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.render_now)
        self._producer = None
        self.markdown = ""
        self.last_ms = 0.0

    def set_producer(self, producer) -> None:
        """`producer()` returns the preview's Markdown, or None when there is nothing to show."""
        self._producer = producer
        self.schedule()

    @Slot()
    def schedule(self) -> None:
        self._timer.start()

    @Slot()
    def render_now(self) -> None:
        self._timer.stop()
        if self._producer is None:
            return
        started = time.perf_counter()
        try:
            markdown = self._producer()
        except BriefpackError as exc:
            self.status.setText(ui.tr("Preview unavailable: {error}").format(error=exc))
            self.status.setVisible(True)
            return
        if markdown is None:
            self.markdown = ""
            self.browser.setMarkdown("")
            self.status.setText(ui.tr("Open or create a pack to see its brief here."))
            self.status.setVisible(True)
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.markdown = markdown
        self.browser.setMarkdown(display_markdown(markdown))
        bar.setValue(min(position, bar.maximum()))
        self.last_ms = (time.perf_counter() - started) * 1000
        self.status.setVisible(False)
        self.rendered.emit(markdown)
