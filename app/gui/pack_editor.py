"""The pack editor: title, entries (notes, pin, exclude, order), details, and the live preview.

Built by PackPanel when the first pack opens, so start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.brief import MAX_TITLE_CHARS
from app.core.packs import edits
from app.gui import theme
from app.gui.cell_editor import SpellingDelegate
from app.gui.editing import commit_open_editor
from app.gui.i18n import ui
from app.gui.pack_details import PackDetails
from app.gui.pack_entries_view import PackEntriesView
from app.gui.pack_model import COLUMN, PackEntriesModel
from app.gui.pack_state import PackState
from app.gui.preview_pane import PreviewPane
from app.gui.session import Session
from app.gui.spelling import check_spelling

if TYPE_CHECKING:
    from app.core.packs import Pack


def _tool(icon: str, text: str, tip: str) -> QToolButton:
    button = QToolButton()
    theme.set_icon(button, icon)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


class PackEditor(QWidget):
    """Every change goes through PackState.edit (one undo step each); views follow pack_changed."""

    def __init__(self, session: Session, state: PackState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workspace = session.workspace
        self.state = state
        self.setAccessibleName(ui.tr("Pack editor"))
        self._note_item = ""
        self._choices_loaded = False
        self._build()
        self._connect_signals()
        self.preview.set_producer(self.preview_markdown)
        self._show_pack(state.pack)

    # -- building --------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("packTitle")
        self.title.setMaxLength(MAX_TITLE_CHARS)  # longer cannot be exported
        self.title.setAccessibleName(ui.tr("Pack title"))
        self.title.setPlaceholderText(ui.tr("Pack title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.dirty_label = QLabel(ui.tr("● unsaved"))
        self.dirty_label.setAccessibleName(ui.tr("Unsaved changes"))
        self.dirty_label.setToolTip(ui.tr("The pack has changes that are not saved (Ctrl+S saves)"))
        self.summary = QLabel()
        self.summary.setAccessibleName(ui.tr("Pack summary"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.dirty_label)

        self.entries_model = PackEntriesModel(self._resolve, self)
        self.entries = PackEntriesView(self.entries_model)
        self.entries.setObjectName("packEntries")
        notes = SpellingDelegate(self.session.speller, self.entries)
        self.entries.setItemDelegateForColumn(COLUMN["note"], notes)
        self.up_button = _tool("move-up", ui.tr("Up"), ui.tr("Move the selected entries up (Alt+Up)"))
        self.down_button = _tool(
            "move-down", ui.tr("Down"), ui.tr("Move the selected entries down (Alt+Down)")
        )
        self.pin_button = _tool("pin", ui.tr("Pin"), ui.tr("Pin: refresh never removes the entry"))
        self.pin_button.setCheckable(True)
        self.exclude_button = _tool(
            "exclude", ui.tr("Exclude"), ui.tr("Exclude: keep listed but leave out of the brief")
        )
        self.exclude_button.setCheckable(True)
        self.remove_button = _tool(
            "delete", ui.tr("Remove"), ui.tr("Remove the selected entries from the pack (Delete)")
        )
        entry_bar = QHBoxLayout()
        for button in (
            self.up_button,
            self.down_button,
            self.pin_button,
            self.exclude_button,
            self.remove_button,
        ):
            entry_bar.addWidget(button)
        entry_bar.addStretch(1)
        entry_bar.addWidget(self.summary)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(ui.tr("Note on the selected entry"))
        self.note.setPlaceholderText(
            ui.tr("Note on this entry, printed under the quote (saved when you leave the field)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(58)
        self.note_spelling = check_spelling(self.note, self.session.speller)
        entries_tab = QWidget()
        entries_layout = QVBoxLayout(entries_tab)
        entries_layout.setContentsMargins(0, 4, 0, 0)
        entries_layout.addLayout(entry_bar)
        entries_layout.addWidget(self.entries, 1)
        entries_layout.addWidget(self.note)

        self.details = PackDetails(self.session.speller)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(ui.tr("Pack sections"))
        self.tabs.addTab(entries_tab, ui.tr("&Entries"))
        self.tabs.addTab(self.details, ui.tr("&Details"))

        self.preview = PreviewPane()
        self.preview.setObjectName("previewPane")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("packSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.splitter, 1)

        self.move_up_action = self._entry_action(ui.tr("Move entry up"), "Alt+Up", self.move_up)
        self.move_down_action = self._entry_action(ui.tr("Move entry down"), "Alt+Down", self.move_down)
        self.remove_action = self._entry_action(
            ui.tr("Remove from pack"), QKeySequence.StandardKey.Delete, self.remove_selected
        )
        self.pin_action = self._entry_action(ui.tr("Pin"), "Ctrl+Shift+P", self.toggle_pin)
        self.exclude_action = self._entry_action(
            ui.tr("Exclude from the brief"), "Ctrl+Shift+X", self.toggle_exclude
        )
        QWidget.setTabOrder(self.title, self.tabs)
        QWidget.setTabOrder(self.tabs, self.entries)
        QWidget.setTabOrder(self.entries, self.note)

    def _entry_action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self.entries)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.entries.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.state.pack_changed.connect(self._show_pack)
        self.state.dirty_changed.connect(self.dirty_label.setVisible)
        self.title.editingFinished.connect(self._on_title)
        self.entries.selectionModel().selectionChanged.connect(self._on_selection)
        self.entries.selectionModel().currentRowChanged.connect(self._on_selection)
        self.entries.context_menu_requested.connect(self._show_menu)
        queued = Qt.ConnectionType.QueuedConnection
        self.entries_model.note_edit_requested.connect(self.set_entry_note)
        self.entries_model.move_requested.connect(self.move_to, queued)
        self.entries_model.add_requested.connect(self.add_items_at, queued)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.exclude_button.clicked.connect(self.toggle_exclude)
        self.remove_button.clicked.connect(self.remove_selected)
        self.note.installEventFilter(self)
        self.details.meta_edited.connect(self.set_meta)
        self.details.key_messages_edited.connect(self.set_key_messages)

    # -- showing -----------------------------------------------------------
    def _resolve(self, pack: Pack):
        return self.workspace.packs.resolve_entries(pack)

    @Slot(object)
    def _show_pack(self, pack: Pack | None) -> None:
        if pack is not None and not self._choices_loaded:
            self._choices_loaded = True
            self.details.set_choices(self.workspace.exports.templates(), self.workspace.exports.brandings())
        keep = self.entries.selected_item_ids() if pack is not None else []
        current = self.entries.current_item_id() if pack is not None else ""
        self.entries_model.set_pack(pack)
        if keep:
            self.entries.select_item_ids(keep, current)
        if pack is not None:
            if self.title.text() != pack.title:
                self.title.setText(pack.title)
            included = len(pack.included)
            excluded = len(pack.entries) - included
            self.summary.setText(
                ui.tr("%n in the brief", "", included)
                + (ui.tr(", %n excluded", "", excluded) if excluded else "")
            )
        self.details.show_pack(pack)
        self.dirty_label.setVisible(self.state.dirty)
        self._on_selection()
        self.preview.schedule()

    def preview_markdown(self) -> str | None:
        pack = self.state.pack
        if pack is None:
            return None
        return self.workspace.exports.preview_markdown(self.workspace.packs.spec(pack))

    @Slot()
    def _on_selection(self, *_args) -> None:
        ids = self.entries.selected_item_ids()
        pack = self.state.pack
        has = bool(ids) and pack is not None
        for widget in (
            self.up_button,
            self.down_button,
            self.pin_button,
            self.exclude_button,
            self.remove_button,
            self.note,
        ):
            widget.setEnabled(has)
        entries = [pack.entry(i) for i in ids] if has and pack is not None else []
        self.pin_button.setChecked(bool(entries) and all(e.pinned for e in entries if e))
        self.exclude_button.setChecked(bool(entries) and all(e.excluded for e in entries if e))
        current = self.entries.current_item_id()
        if self._note_typing() and current == self._note_item:
            return  # what is being typed stays until it is committed
        if self._note_typing():
            self._commit_note()  # typed for the entry that was current: it keeps it
            pack = self.state.pack
        entry = pack.entry(current) if pack is not None and current else None
        self._show_note(current, entry.note if entry is not None else "")

    def _show_note(self, item_id: str, text: str) -> None:
        """Show an entry's note in the note box; the box then holds nothing typed."""
        if self.note.toPlainText() != text:
            self.note.setPlainText(text)
        self.note.document().setModified(False)
        self._note_item = item_id

    def _note_typing(self) -> bool:
        """True when the note box holds text typed by the user and not yet committed."""
        return self.note.document().isModified()

    # -- edits -------------------------------------------------------------
    def add_items(self, item_ids: Sequence[str]) -> bool:
        """Add to the end (already listed items stay where they are)."""
        return self.add_items_at(list(item_ids), -1)

    @Slot(list, int)
    def add_items_at(self, item_ids: list, row: int) -> bool:
        pack = self.state.pack
        if pack is None or not item_ids:
            return False
        new = [i for i in item_ids if i not in pack]
        at = None if row < 0 else row
        ok = self.state.edit(
            lambda p: edits.add_items(p, item_ids, at=at),
            ui.tr("Add %n item(s) to the pack", "", len(new)) if new else ui.tr("Include items again"),
        )
        if ok:
            self.entries.select_item_ids(list(item_ids))
        return ok

    @Slot(list, int)
    def move_to(self, item_ids: list, destination: int) -> None:
        if self.state.edit(
            lambda p: edits.move_items(p, item_ids, destination),
            ui.tr("Move %n entry(ies)", "", len(item_ids)),
        ):
            self.entries.select_item_ids(list(item_ids))

    def _move(self, step: int) -> None:
        pack = self.state.pack
        ids = self.entries.selected_item_ids()
        if pack is None or not ids:
            return
        first = min(pack.index_of(i) for i in ids)
        destination = max(0, first + step)
        self.move_to(ids, destination)

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(1)

    @Slot()
    def remove_selected(self) -> None:
        ids = self.entries.selected_item_ids()
        if not ids:
            return
        row = min(self.entries_model.row_of(i) for i in ids)
        if self.state.edit(lambda p: edits.remove_items(p, ids), ui.tr("Remove %n entry(ies)", "", len(ids))):
            remaining = self.entries_model.rowCount()
            if remaining:
                self.entries.select_item_ids([self.entries_model.item_id(min(row, remaining - 1))])

    @Slot()
    def toggle_pin(self) -> None:
        pack = self.state.pack
        ids = self.entries.selected_item_ids()
        if pack is None or not ids:
            return
        pinned = not all(pack.entry(i).pinned for i in ids)
        self.state.edit(
            lambda p: edits.set_pinned(p, ids, pinned), ui.tr("Pin") if pinned else ui.tr("Unpin")
        )
        self.entries.select_item_ids(ids)

    @Slot()
    def toggle_exclude(self) -> None:
        pack = self.state.pack
        ids = self.entries.selected_item_ids()
        if pack is None or not ids:
            return
        excluded = not all(pack.entry(i).excluded for i in ids)
        self.state.edit(
            lambda p: edits.set_excluded(p, ids, excluded), ui.tr("Exclude") if excluded else ui.tr("Include")
        )
        self.entries.select_item_ids(ids)

    @Slot(str, str)
    def set_entry_note(self, item_id: str, note: str) -> None:
        pack = self.state.pack
        if pack is None or item_id not in pack:
            return
        self.state.edit(
            lambda p: edits.set_note(p, item_id, note), ui.tr("Edit note"), merge_key=f"note:{item_id}"
        )

    @Slot()
    def _on_title(self) -> None:
        pack = self.state.pack
        if pack is None or self.title.text() == pack.title:
            return
        if not self.state.edit(
            lambda p: edits.set_meta(p, title=self.title.text()),
            ui.tr("Rename the pack"),
            merge_key="meta:title",
        ):
            self.title.setText(pack.title)

    @Slot(str, str)
    def set_meta(self, name: str, value: str) -> None:
        pack = self.state.pack
        if pack is None or getattr(pack, name) == value:
            return
        if not self.state.edit(
            lambda p: edits.set_meta(p, **{name: value}),
            ui.tr("Edit the pack's details"),
            merge_key=f"meta:{name}",
        ):
            self.details.show_pack(pack)

    @Slot(tuple)
    def set_key_messages(self, messages: tuple) -> None:
        self.state.edit(lambda p: edits.set_key_messages(p, messages), ui.tr("Edit key messages"))

    def commit_pending(self) -> None:
        """Commit what is being typed (title, a note in its cell or its box, details) before save,
        export, undo or close."""
        commit_open_editor(self.entries)
        commit_open_editor(self.details.key_messages.view)
        focus = self.focusWidget()
        if focus is self.title:
            self._on_title()
        self._commit_note()
        self.details.commit_pending()

    def _commit_note(self) -> None:
        """Commit the note box's text to the entry it was typed for (only if the user typed)."""
        if not self._note_typing():
            return
        item_id, text = self._note_item, self.note.toPlainText()
        self.note.document().setModified(False)
        pack = self.state.pack
        if not item_id or pack is None or item_id not in pack:
            return
        if pack.entry(item_id).note != text:
            self.set_entry_note(item_id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self._commit_note()
        return super().eventFilter(watched, event)

    @Slot(QPoint)
    def _show_menu(self, global_pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.move_up_action,
            self.move_down_action,
            self.pin_action,
            self.exclude_action,
            self.remove_action,
        ):
            menu.addAction(action)
        self._menu = menu
        menu.popup(global_pos)
