"""Questions to the user (save changes?), answerable by tests; logged when dialogs are off."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from app.gui.i18n import ui

log = logging.getLogger("briefpack.gui")
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, title: str) -> str:
    """Save, discard or cancel before the pack's unsaved changes would be lost."""
    from PySide6.QtWidgets import QMessageBox  # loaded when first asked (its enums cost start-up time)

    from app.gui.error_dialog import dialogs_enabled

    question = ui.tr("The pack “{title}” has changes that are not saved.").format(title=title)
    if not dialogs_enabled():
        log.warning("%s Answered: cancel (dialogs are off).", question)
        return CANCEL
    box = QMessageBox(
        QMessageBox.Icon.Question,
        ui.tr("Unsaved changes"),
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsavedQuestion")
    box.setInformativeText(ui.tr("Save them before going on?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL
    )
