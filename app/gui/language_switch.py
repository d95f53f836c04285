"""Changing the window's language: it speaks the new one after a restart, offered at once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.gui.error_dialog import dialogs_enabled
from app.gui.i18n import language_name, ui


def offer_restart(window: QMainWindow, language: str) -> QMessageBox:
    """Say the window will speak `language` after a restart, and offer the restart now (unsaved
    work is asked about first, as on closing) or later. Returns the question asked."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        ui.tr("Language"),
        ui.tr("Briefpack will speak {language} when it restarts.").format(language=language_name(language)),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("restartQuestion")
    now = box.addButton(ui.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(ui.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    now.clicked.connect(lambda: restart(window))
    if dialogs_enabled():
        box.open()
    return box


def restart(window: QMainWindow) -> bool:
    """Close the window as Quit does (asking about unsaved changes) and start Briefpack again in
    the same data folder (--home is in BRIEFPACK_HOME by now)."""
    if not window.close():
        return False
    # a frozen app is its own program; otherwise the interpreter runs the package
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "app.gui.main"]
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()
    return True
