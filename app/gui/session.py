"""The workspace as the GUI sees it: one undo stack, and Qt signals after every library edit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.core.library import Library
from app.core.workspace import Workspace


class Session(QObject):
    """Owns the Workspace for one window; every view listens to its signals."""

    library_changed = Signal(list)  # item ids whose text, tags or presence changed

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        workspace.on_library_changed(self._on_library_changed)

    @property
    def library(self) -> Library:
        return self.workspace.library

    def _on_library_changed(self, item_ids: list[str]) -> None:
        self.library_changed.emit(list(item_ids))
