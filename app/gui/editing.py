"""Committing what is being typed in an item view's cell editor (before save, export, undo)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication


def commit_open_editor(view: QAbstractItemView) -> bool:
    """Commit and close the cell editor open in `view`, if any; True when there was one."""
    if view.state() != QAbstractItemView.State.EditingState:
        return False
    editor = QApplication.focusWidget()
    index = view.currentIndex()
    if editor is None or not view.viewport().isAncestorOf(editor) or not index.isValid():
        return False
    delegate = view.itemDelegateForIndex(index)
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    return True
