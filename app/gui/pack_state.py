"""The open pack: its current value, the last saved value, and undoable edits between them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from app.core.errors import BriefpackError
from app.gui.error_report import report_error
from app.gui.i18n import ui
from app.gui.session import Session

if TYPE_CHECKING:
    from app.core.packs import Pack

# Fields that change on every save or build without the user editing anything.
_BOOKKEEPING = ("updated", "created", "built", "library_fingerprint", "items", "sources", "revision")


def pack_content(pack: Pack | None) -> dict | None:
    """What the user edits in a pack (saving or building does not change it)."""
    if pack is None:
        return None
    record = pack.to_record()
    for name in _BOOKKEEPING:
        record.pop(name, None)
    return record


class PackEditCommand(QUndoCommand):
    """One pack edit: swaps the whole (frozen) pack value, before and after."""

    def __init__(self, state: PackState, before: Pack, after: Pack, text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self.state, self.before, self.after = state, before, after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.state._set(self.state.carry_bookkeeping(self.after))

    def undo(self) -> None:
        self.state._set(self.state.carry_bookkeeping(self.before))

    def id(self) -> int:
        return 0x5041 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PackEditCommand) or not self.merge_key or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class PackState(QObject):
    """The pack being edited. Edits are pure functions of the pack, recorded on the undo stack."""

    pack_changed = Signal(object)  # the new Pack (or None)
    dirty_changed = Signal(bool)
    pack_opened = Signal(object)  # a different pack was opened (or created)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workspace = session.workspace
        self._pack: Pack | None = None
        self._saved: dict | None = None
        self.base: Pack | None = None  # the pack as last opened or saved: what a merge starts from
        self._dirty = False

    @property
    def pack(self) -> Pack | None:
        return self._pack

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- opening and saving ------------------------------------------------
    def open(self, pack: Pack | None, saved: bool = True) -> None:
        """Show another pack; its undo history starts empty. A new pack opens as not saved."""
        self.session.undo_stack.clear()
        self._pack = pack
        self._saved = pack_content(pack) if saved else None
        self.base = pack if saved else None
        self._set(pack, force=True)
        self.pack_opened.emit(pack)

    def save(self, summary: str = "", force: bool = False) -> Pack | None:
        """Save the pack; PackConflictError when it was saved elsewhere meanwhile (unless `force`)."""
        if self._pack is None:
            return None
        saved = self.workspace.packs.save(self._pack, summary, force=force)
        self._saved = pack_content(saved)
        self.base = saved
        self._pack = saved
        self._set(saved, force=True)
        return saved

    def adopt_saved(self, pack: Pack) -> None:
        """The store holds a newer version of the open pack (saved elsewhere): show it as saved."""
        if self._pack is not None and pack.id == self._pack.id:
            self._saved = pack_content(pack)
            self.base = pack
            self._set(pack, force=True)

    def save_merged(self, theirs: Pack) -> Pack | None:
        """The open pack was saved elsewhere since it was opened: save the unsaved edits on top of
        that version when they do not clash with it (None when they do; nothing is saved)."""
        from app.core.packs.merge import merge_packs

        if self._pack is None or self.base is None:
            return None
        merged = merge_packs(self.base, self._pack, theirs)
        if merged is None:
            return None
        # Mine now sits on theirs: a merge with a still newer version starts from theirs.
        self._pack, self.base = merged, theirs
        return self.save("merged with a change made elsewhere")

    def carry_bookkeeping(self, pack: Pack) -> Pack:
        """`pack` with the current pack's save bookkeeping (undo restores content, not save dates)."""
        current = self._pack
        if current is None or current.id != pack.id:
            return pack
        return replace(pack, **{name: getattr(current, name) for name in _BOOKKEEPING})

    # -- editing -----------------------------------------------------------
    def edit(self, change: Callable[[Pack], Pack], text: str, merge_key: str = "") -> bool:
        """Apply a pure edit to the pack as one undo step; False (error shown) when refused."""
        if self._pack is None:
            return False
        before = self._pack
        try:
            after = change(before)
        except BriefpackError as exc:
            report_error(None, exc, ui.tr("Could not change the pack"))
            return False
        if after is before or pack_content(after) == pack_content(before):
            return True
        self.session.undo_stack.push(PackEditCommand(self, before, after, text, merge_key))
        return True

    def _set(self, pack: Pack | None, force: bool = False) -> None:
        if pack is self._pack and not force:
            return
        self._pack = pack
        self.pack_changed.emit(pack)
        dirty = pack is not None and pack_content(pack) != self._saved
        if dirty != self._dirty or force:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
