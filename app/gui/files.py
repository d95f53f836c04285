"""Files the user picks or opens: dialogs that start in the last folder used (Documents the first
time) and ask before replacing a file, and opening a file with the desktop's program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.errors import BriefpackError
from app.gui.error_report import report_error
from app.gui.i18n import ui
from app.gui.ui_state import UiState

LAST_FOLDER = "files/last-folder"


def documents_folder() -> str:
    """The user's Documents folder (their home folder if there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def start_folder(ui_state: UiState | None) -> str:
    """The folder a file dialog opens in: the last one used, if it is still there, else Documents."""
    last = ui_state.text(LAST_FOLDER) if ui_state is not None else ""
    return last if last and Path(last).is_dir() else documents_folder()


def _remember(ui_state: UiState | None, path: Path) -> None:
    if ui_state is not None:
        ui_state.set_text(LAST_FOLDER, str(path.parent))


def ask_save_path(
    parent: QWidget | None, title: str, name: str, file_filter: str, suffix: str, ui_state: UiState | None
) -> Path | None:
    """Where to save: the suffix is added to a name typed without it before the dialog checks for
    an existing file, so replacing one is always asked."""
    dialog = QFileDialog(parent, title, str(Path(start_folder(ui_state)) / name), file_filter)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    _remember(ui_state, path)
    return path


def ask_open_paths(
    parent: QWidget | None, title: str, file_filter: str, ui_state: UiState | None, many: bool = True
) -> list[Path]:
    """The files chosen to open (none when cancelled); the dialog starts where `start_folder` says."""
    dialog = QFileDialog(parent, title, start_folder(ui_state), file_filter)
    dialog.setObjectName("openFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    paths = [Path(name) for name in dialog.selectedFiles()]
    if paths:
        _remember(ui_state, paths[0])
    return paths


def ask_open_path(
    parent: QWidget | None, title: str, file_filter: str, ui_state: UiState | None
) -> Path | None:
    paths = ask_open_paths(parent, title, file_filter, ui_state, many=False)
    return paths[0] if paths else None


def open_with_desktop(parent: QWidget | None, path: Path, what: str = "file") -> bool:
    """Open a file (or a folder) with the desktop's program; say so when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    kind = "folders" if path.is_dir() else f"{path.suffix or 'these'} files"
    report_error(
        parent,
        BriefpackError(
            ui.tr(
                "This computer has no program set up to open {kind}, so the {what} could not be opened."
            ).format(kind=kind, what=what),
            hint=ui.tr(
                "It is saved at {path}. Open it from your file manager, or install a program for {kind}."
            ).format(path=path, kind=kind),
        ),
        ui.tr("Could not open"),
    )
    return False
