"""`report_error`: the one way the window reports a problem (the error dialog loads when first needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.gui.error_dialog import ErrorReport


def report_error(parent: QWidget | None, error: BaseException | ErrorReport, title: str = "Briefpack") -> str:
    """Show the error dialog for `error` (a log line when dialogs are off); returns the text shown.

    The dialog's module is imported here, on the first error, not at start-up."""
    from app.gui.error_dialog import show_error

    return show_error(parent, error, title)
