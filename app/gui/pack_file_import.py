"""Importing a .briefpack file into the user's packs, with what the user is told: shared by the
packs browser's Import button and a file opened from the desktop (double-click, command line)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import BriefpackError
from app.core.packs import PackExistsError
from app.gui.error_dialog import dialogs_enabled
from app.gui.error_report import report_error
from app.gui.i18n import ui


class PackFileImport(NamedTuple):
    """What importing one file gave: the pack it is now (None after an error, already reported),
    whether that pack is new, and the notes shown about it."""

    pack_id: str | None
    new: bool = False
    notes: tuple[str, ...] = ()


def import_pack_file(
    parent: QWidget, workspace, path: Path, *, again_is_error: bool = True
) -> PackFileImport:
    """Import `path`. A file imported before names the pack it made: an error to report from the
    Import button (`again_is_error`), the pack to open when the desktop opens the file again."""
    try:
        imported = workspace.packs.import_file(path)
    except PackExistsError as exc:
        if again_is_error:
            report_error(parent, exc, ui.tr("Pack already imported"))
        return PackFileImport(exc.pack_id)
    except BriefpackError as exc:
        report_error(parent, exc, ui.tr("Could not import the pack file"))
        return PackFileImport(None)
    notes = []
    if imported.embedded:
        notes.append(
            ui.tr(
                "%n item(s) are not in your library; the pack keeps its own copy of their quotes.",
                "",
                len(imported.embedded),
            )
        )
    if imported.conflicts:
        notes.append(
            ui.tr(
                "%n item(s) differ from your library's version; both are kept and marked in the pack.",
                "",
                len(imported.conflicts),
            )
        )
    if imported.unknown_tags:
        tags = ", ".join(imported.unknown_tags)
        notes.append(ui.tr("Unknown tags were ignored: {tags}.").format(tags=tags))
    if notes and dialogs_enabled():
        QMessageBox.information(parent, ui.tr("Pack imported"), "\n".join(notes))
    return PackFileImport(imported.pack.id, True, tuple(notes))
