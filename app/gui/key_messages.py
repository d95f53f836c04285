"""The pack's key messages: an editable, reorderable list (each edit is one pack edit)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import theme
from app.gui.cell_editor import SpellingDelegate
from app.gui.i18n import ui
from app.gui.spelling import Speller

ModelIndex = QModelIndex | QPersistentModelIndex


class KeyMessagesModel(QAbstractListModel):
    """Rows are the messages; editing a row asks for the whole new list (`messages_edited`)."""

    messages_edited = Signal(tuple)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._messages: list[str] = []

    def set_messages(self, messages: tuple[str, ...]) -> None:
        if list(messages) == self._messages:
            return
        self.beginResetModel()
        self._messages = list(messages)
        self.endResetModel()

    def messages(self) -> tuple[str, ...]:
        return tuple(self._messages)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._messages[index.row()]
        return None

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        messages = list(self._messages)
        messages[index.row()] = str(value)
        self.messages_edited.emit(tuple(messages))
        return True


class KeyMessagesEditor(QWidget):
    """The list with add, remove, up and down buttons."""

    messages_edited = Signal(tuple)

    def __init__(self, speller: Speller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KeyMessagesModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SpellingDelegate(speller, self.view))
        self.view.setAccessibleName(ui.tr("Key messages"))
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setMinimumHeight(70)
        self.add_button = self._button("add", ui.tr("Add a key message"))
        self.remove_button = self._button("delete", ui.tr("Remove the key message"))
        self.up_button = self._button("move-up", ui.tr("Move the key message up"))
        self.down_button = self._button("move-down", ui.tr("Move the key message down"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._pending_edit_row = -1
        self._select_after_reset = -1
        self._connect_signals()

    def _button(self, icon: str, name: str) -> QToolButton:
        button = QToolButton()
        theme.set_icon(button, icon)
        button.setToolTip(name)
        button.setAccessibleName(name)
        return button

    def _connect_signals(self) -> None:
        self.model.messages_edited.connect(self.messages_edited)
        self.model.modelReset.connect(self._after_reset)
        self.add_button.clicked.connect(self.add_message)
        self.remove_button.clicked.connect(self.remove_message)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def set_messages(self, messages: tuple[str, ...]) -> None:
        self.model.set_messages(messages)

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def add_message(self) -> None:
        messages = (*self.model.messages(), ui.tr("New key message"))
        self._pending_edit_row = len(messages) - 1
        self.messages_edited.emit(messages)

    @Slot()
    def remove_message(self) -> None:
        row = self._current_row()
        if row >= 0:
            messages = list(self.model.messages())
            del messages[row]
            self._pending_edit_row = -1
            self.messages_edited.emit(tuple(messages))

    def _move(self, step: int) -> None:
        row = self._current_row()
        messages = list(self.model.messages())
        target = row + step
        if row < 0 or not 0 <= target < len(messages):
            return
        messages[row], messages[target] = messages[target], messages[row]
        self._select_after_reset = target
        self.messages_edited.emit(tuple(messages))

    @Slot()
    def _after_reset(self) -> None:
        row = self._pending_edit_row
        select = self._select_after_reset
        self._select_after_reset = -1
        if 0 <= row < self.model.rowCount():
            self._pending_edit_row = -1
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.edit(index)
        elif 0 <= select < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(select))
