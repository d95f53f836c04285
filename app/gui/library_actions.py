"""Library edits from any view: do the edit through the Workspace, then record it for undo."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.core.errors import BriefpackError
from app.core.models import ORIGIN_USER
from app.gui.error_report import report_error
from app.gui.i18n import ui
from app.gui.session import Session
from app.gui.undo_commands import AddItemCommand, AddSourceCommand, DeleteItemCommand, EditItemCommand


class LibraryActions(QObject):
    """Every library edit the GUI makes; each one is a single undoable step."""

    def __init__(self, session: Session, parent_widget: QWidget | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.workspace = session.workspace
        self._parent_widget = parent_widget

    def _fail(self, exc: BriefpackError, title: str) -> None:
        report_error(self._parent_widget, exc, title)

    def edit_item(self, item_id: str, description: str, **changes: object) -> bool:
        """Change tags, note or kind of an item; False (and an error shown) when refused."""
        before = self.workspace.edits.item_override(item_id)
        try:
            self.workspace.edits.edit_item(item_id, **changes)
        except BriefpackError as exc:
            self._fail(exc, ui.tr("Could not edit the item"))
            return False
        after = self.workspace.edits.item_override(item_id)
        self.session.undo_stack.push(EditItemCommand(self.workspace, item_id, before, after, description))
        return True

    def set_tags(self, item_id: str, themes: Sequence[str], audiences: Sequence[str]) -> bool:
        item = self.workspace.item(item_id)
        if tuple(themes) == item.themes and tuple(audiences) == item.audiences:
            return True
        return self.edit_item(
            item_id,
            ui.tr("Edit tags of {item}").format(item=item_id),
            themes=tuple(themes),
            audiences=tuple(audiences),
        )

    def set_note(self, item_id: str, note: str) -> bool:
        if self.workspace.item(item_id).note == note:
            return True
        return self.edit_item(item_id, ui.tr("Edit note of {item}").format(item=item_id), note=note)

    def revert(self, item_id: str) -> bool:
        before = self.workspace.edits.item_override(item_id)
        if before is None:
            return True
        try:
            self.workspace.edits.revert_item(item_id)
        except BriefpackError as exc:
            self._fail(exc, ui.tr("Could not revert the item"))
            return False
        self.session.undo_stack.push(
            EditItemCommand(
                self.workspace, item_id, before, None, ui.tr("Revert {item}").format(item=item_id)
            )
        )
        return True

    def add_source(self, record: dict) -> str | None:
        try:
            source_id = self.workspace.edits.add_source(record, [])
            source, items = self.workspace.edits.user_source_records(source_id)
        except BriefpackError as exc:
            self._fail(exc, ui.tr("Could not add the source"))
            return None
        self.session.undo_stack.push(
            AddSourceCommand(
                self.workspace, source, items, ui.tr("Add source {source}").format(source=source_id)
            )
        )
        return source_id

    def add_item(self, source_id: str, record: dict) -> str | None:
        try:
            item = self.workspace.edits.add_item(source_id, record)
            stored = self.workspace.edits.user_item_record(item.id)
        except BriefpackError as exc:
            self._fail(exc, ui.tr("Could not add the item"))
            return None
        self.session.undo_stack.push(
            AddItemCommand(self.workspace, source_id, stored, ui.tr("Add item {item}").format(item=item.id))
        )
        return item.id

    def deletable(self, item_ids: Sequence[str]) -> list[str]:
        """The user's own items among these (bundled items cannot be deleted)."""
        items = self.workspace.library.items
        return [i for i in item_ids if i in items and items[i].origin == ORIGIN_USER]

    def delete_items(self, item_ids: Sequence[str]) -> int:
        """Delete the user's own items among these, as one undoable step; returns how many."""
        own = self.deletable(item_ids)
        if not own:
            return 0
        stack = self.session.undo_stack
        stack.beginMacro(ui.tr("Delete %n item(s)", "", len(own)))
        done = 0
        try:
            for item_id in own:
                item = self.workspace.item(item_id)
                record = self.workspace.edits.user_item_record(item_id)
                override = self.workspace.edits.item_override(item_id)
                self.workspace.edits.delete_item(item_id)
                stack.push(
                    DeleteItemCommand(
                        self.workspace,
                        item.source_id,
                        record,
                        override,
                        ui.tr("Delete {item}").format(item=item_id),
                    )
                )
                done += 1
        except BriefpackError as exc:
            self._fail(exc, ui.tr("Could not delete the item"))
        finally:
            stack.endMacro()
        return done
