"""The status bar: a passing message, the data folder in use, and the result count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from app.gui.i18n import ui

MESSAGE_MS = 10_000


class WindowStatus(QObject):
    """Messages stay for ten seconds (or until `clear`); the data folder and the count stay."""

    def __init__(self, bar: QStatusBar, home: Path) -> None:
        super().__init__(bar)
        self.bar = bar
        self.message = QLabel()
        self.message.setAccessibleName(ui.tr("Status"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        self.count.setAccessibleName(ui.tr("Result count"))
        self.folder = QLabel()
        self.folder.setAccessibleName(ui.tr("Data folder"))
        self.set_folder(home)
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.folder)
        bar.addPermanentWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def set_folder(self, home: Path) -> None:
        shown = str(home)
        user_home = str(Path.home())
        if shown.startswith(user_home + "/"):
            shown = "~" + shown[len(user_home) :]
        self.folder.setText(ui.tr("Data: {folder}").format(folder=shown))
        self.folder.setToolTip(
            ui.tr("Your packs, edits and sources are kept in {folder}").format(folder=home)
        )

    @Slot(str)
    def show(self, text: str, stay: bool = False) -> None:
        """Show a message: for ten seconds, or until replaced or cleared when `stay`."""
        self.message.setText(text)
        if stay:
            self._timer.stop()
        else:
            self._timer.start(MESSAGE_MS)

    @Slot()
    def clear(self, text: str = "") -> None:
        """Clear the message (only if it is `text`, when given)."""
        if not text or self.message.text() == text:
            self._timer.stop()
            self.message.clear()

    def text(self) -> str:
        return self.message.text()
