"""One error dialog for everything a user can act on, with "Copy details"; or a log line in tests."""

from __future__ import annotations

import logging
import os
import traceback
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.gui.i18n import core_text, ui

NO_DIALOGS_ENV = "BRIEFPACK_NO_ERROR_DIALOGS"
log = logging.getLogger("briefpack.gui")


def dialogs_enabled() -> bool:
    """False when BRIEFPACK_NO_ERROR_DIALOGS=1: errors become log lines (tests, scripted runs)."""
    return os.environ.get(NO_DIALOGS_ENV, "").strip().lower() not in ("1", "true", "yes")


@dataclass(frozen=True)
class ErrorReport:
    """What the dialog shows: the problem, what to do, and the details to copy."""

    title: str
    message: str
    hint: str = ""
    detail: str = ""

    def full_text(self) -> str:
        lines = [f"{self.title}: {self.message}"]
        if self.hint:
            lines.append(ui.tr("What to do: {hint}").format(hint=self.hint))
        if self.detail:
            lines.append(ui.tr("Details: {detail}").format(detail=self.detail))
        return "\n".join(lines)

    @classmethod
    def from_exception(cls, exc: BaseException, title: str = "Briefpack") -> ErrorReport:
        if isinstance(exc, BriefpackError):
            return cls(title, core_text(exc.user_message), core_text(exc.hint), exc.detail)
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()
        message = str(exc) or type(exc).__name__
        return cls(title, message, "", detail)


class ErrorDialog(QDialog):
    """The message in bold, the hint below it, details folded away, and "Copy details"."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report.title)
        self.setAccessibleName(ui.tr("Error"))
        self.setMinimumWidth(460)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(f"<b>{_escape(report.message)}</b>")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(_escape(report.hint))
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(report.hint))
        self.details = QPlainTextEdit(report.detail)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(ui.tr("Error details"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(140)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(ui.tr("&Copy details"))
        self.copy_button.setAccessibleName(ui.tr("Copy error details"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.details_button = QPushButton(ui.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.setEnabled(bool(report.detail))
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)

        text_column = QVBoxLayout()
        text_column.addWidget(self.message_label)
        text_column.addWidget(self.hint_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.details_button.toggled.connect(self.details.setVisible)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.full_text())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def show_error(parent: QWidget | None, error: BaseException | ErrorReport, title: str = "Briefpack") -> str:
    """Show one error (a dialog, or a log line when dialogs are off); returns the text shown."""
    report = error if isinstance(error, ErrorReport) else ErrorReport.from_exception(error, title)
    text = report.full_text()
    if not dialogs_enabled():
        log.error("%s", text)
        return text
    dialog = ErrorDialog(report, parent)
    dialog.exec()
    return text
