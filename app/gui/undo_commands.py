"""Undo commands for library edits: each restores the exact stored state it replaced."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.core.errors import BriefpackError
from app.core.workspace import Workspace
from app.gui.error_report import report_error
from app.gui.i18n import ui


class _WorkspaceCommand(QUndoCommand):
    """A command whose first redo already happened (so errors reach the caller, not the stack)."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action) -> None:
        try:
            action()
        except BriefpackError as exc:
            report_error(None, exc, ui.tr("Undo/redo"))
            self.setObsolete(True)

    def apply(self) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover
        raise NotImplementedError


class EditItemCommand(_WorkspaceCommand):
    """Tags, note or kind of one item: swaps the item's override record before/after."""

    def __init__(
        self, workspace: Workspace, item_id: str, before: dict | None, after: dict | None, text: str
    ) -> None:
        super().__init__(workspace, text)
        self.item_id, self.before, self.after = item_id, before, after

    def apply(self) -> None:
        self.workspace.edits.restore_item_override(self.item_id, self.after)

    def revert(self) -> None:
        self.workspace.edits.restore_item_override(self.item_id, self.before)


class AddItemCommand(_WorkspaceCommand):
    """A new item in one of the user's sources."""

    def __init__(self, workspace: Workspace, source_id: str, record: dict, text: str) -> None:
        super().__init__(workspace, text)
        self.source_id, self.record = source_id, record

    def apply(self) -> None:
        self.workspace.edits.restore_user_item(self.source_id, self.record)

    def revert(self) -> None:
        self.workspace.edits.delete_item(str(self.record["id"]))


class DeleteItemCommand(_WorkspaceCommand):
    """One of the user's own items removed (with its override, restored on undo)."""

    def __init__(
        self, workspace: Workspace, source_id: str, record: dict, override: dict | None, text: str
    ) -> None:
        super().__init__(workspace, text)
        self.source_id, self.record, self.override = source_id, record, override

    def apply(self) -> None:
        self.workspace.edits.delete_item(str(self.record["id"]))

    def revert(self) -> None:
        self.workspace.edits.restore_user_item(self.source_id, self.record)
        if self.override is not None:
            self.workspace.edits.restore_item_override(str(self.record["id"]), self.override)


class AddSourceCommand(_WorkspaceCommand):
    """A new user source with its items."""

    def __init__(self, workspace: Workspace, source: dict, items: list[dict], text: str) -> None:
        super().__init__(workspace, text)
        self.source, self.items = source, items

    def apply(self) -> None:
        self.workspace.edits.restore_user_source(self.source, self.items)

    def revert(self) -> None:
        self.workspace.edits.delete_source(str(self.source["id"]))
