"""Saving a pack that another window or command changed since it was opened: the user chooses."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.packs import PackConflictError
from app.gui.error_dialog import dialogs_enabled
from app.gui.i18n import core_text, ui

log = logging.getLogger("briefpack.gui")
REPLACE, COPY, RELOAD, CANCEL = "replace", "copy", "reload", "cancel"
MERGE_ATTEMPTS = 5


def ask_conflict(parent: QWidget | None, error: PackConflictError) -> str:
    """Replace the other change, keep both (save mine as a copy), take theirs, or cancel."""
    if not dialogs_enabled():
        log.warning("%s Answered: cancel (dialogs are off).", error.user_message)
        return CANCEL
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        ui.tr("The pack changed elsewhere"),
        core_text(error.user_message),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("packConflictQuestion")
    box.setInformativeText(
        ui.tr(
            "Keep both by saving yours as a copy, replace the other version with yours, "
            "or show the other version (your unsaved edits are then dropped)."
        )
    )
    copy = box.addButton(ui.tr("Save mine as a copy"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(ui.tr("Replace with mine"), QMessageBox.ButtonRole.DestructiveRole)
    reload = None
    if error.theirs is not None:
        reload = box.addButton(ui.tr("Show the other version"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return COPY
    if clicked is replace:
        return REPLACE
    if reload is not None and clicked is reload:
        return RELOAD
    return CANCEL


def resolve(controller, error: PackConflictError) -> bool:
    """Merge the edits with the other version when they do not clash; otherwise carry out the
    user's choice. True when the pack on screen is now saved (or replaced)."""
    state = controller.state
    for _attempt in range(MERGE_ATTEMPTS):  # the other side may save again while this one merges
        if error.theirs is None:
            break
        try:
            merged = state.save_merged(error.theirs)
        except PackConflictError as again:
            error = again
            continue
        if merged is None:
            break
        controller.window.data_watch.pack_warning = ""
        controller.message.emit(
            ui.tr("Saved “{title}” together with the change made elsewhere.").format(title=merged.title)
        )
        return True
    answer = ask_conflict(controller.window, error)
    if answer == REPLACE:
        state.save(force=True)
        controller.message.emit(
            ui.tr("Saved “{title}”, replacing the version saved elsewhere.").format(title=state.pack.title)
        )
        controller.window.data_watch.pack_warning = ""
        return True
    if answer == COPY:
        copy = controller.save_copy()
        controller.window.data_watch.pack_warning = ""
        return copy is not None
    if answer == RELOAD and error.theirs is not None:
        state.open(error.theirs)
        controller.message.emit(
            ui.tr("Showing “{title}” as saved elsewhere.").format(title=error.theirs.title)
        )
        controller.window.data_watch.pack_warning = ""
        return True
    controller.message.emit(ui.tr("Not saved: the pack changed elsewhere."))
    return False
