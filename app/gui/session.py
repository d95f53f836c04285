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
        self._speller = None
        workspace.on_library_changed(self._on_library_changed)

    @property
    def library(self) -> Library:
        return self.workspace.library

    @property
    def has_speller(self) -> bool:
        return self._speller is not None

    @property
    def speller(self):
        """The spell checker of notes and key messages (its language from the preferences),
        made when the first text field asks for it."""
        if self._speller is None:
            from app.gui.spelling import WORD, Speller

            workspace = self.workspace

            def library_words():
                return {w for item in workspace.bundled.items for w in WORD.findall(item.text)}

            self._speller = Speller(workspace.preferences().spelling, workspace.home, library_words, self)
        return self._speller

    def _on_library_changed(self, item_ids: list[str]) -> None:
        self.library_changed.emit(list(item_ids))
