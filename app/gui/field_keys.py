"""The window's commands keep their keys while a text field has the focus.

On Linux, Qt's text fields take Ctrl+E for themselves (the end of the line, as in Emacs), so
Ctrl+E after naming a pack moved the cursor instead of exporting. The commands listed here are
the window's in every field; the field keeps the editing keys (undo, copy, paste, select all)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class FieldKeys(QObject):
    """An event filter for text fields: a key that is one of `actions`' shortcuts triggers it."""

    def __init__(self, actions: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = list(actions)

    def action_for(self, sequence: QKeySequence) -> QAction | None:
        for action in self._actions:
            if action.isEnabled() and any(s == sequence for s in action.shortcuts()):
                return action
        return None

    def handle(self, event) -> bool:
        """Trigger the command a key press stands for; True when it did (the field skips the key)."""
        action = self.action_for(QKeySequence(event.keyCombination()))
        if action is None:
            return False
        action.trigger()
        return True

    def install(self, root: QWidget) -> None:
        """Watch every text field inside `root` (and `root` itself if it is one)."""
        # Named here, not at the top: the window's first screen has no multi-line field, and
        # PySide6 sets up a class's Python type (~1 ms for QPlainTextEdit) when it is first named.
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        fields = [root] if isinstance(root, QLineEdit | QPlainTextEdit | QTextEdit) else []
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
            fields += root.findChildren(kind)
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if (
            kind == QtCore.QEvent.Type.ShortcutOverride
            and self.action_for(QKeySequence(event.keyCombination())) is not None
        ):
            event.ignore()  # not the field's: the window's shortcut fires
            return True
        if kind == QtCore.QEvent.Type.KeyPress and self.handle(event):
            return True
        return super().eventFilter(watched, event)
