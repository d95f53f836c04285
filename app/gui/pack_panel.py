"""The right-hand pane: "no pack open" until the first pack opens, then the pack editor (built then)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.gui.i18n import ui
from app.gui.pack_state import PackState
from app.gui.session import Session

if TYPE_CHECKING:
    from app.gui.pack_editor import PackEditor
    from app.gui.ui_state import UiState

SPLIT_KEY = "splitters/pack"
# px: the invitation wraps into a narrow pane; the editor's entries and fields need more
EMPTY_MIN_WIDTH = 220
EDITOR_MIN_WIDTH = 340


class PackPanel(QStackedWidget):
    """Page 0 invites to start or open a pack; page 1 is the PackEditor, created on demand."""

    new_pack_requested = Signal()
    open_pack_requested = Signal()
    editor_built = Signal(object)

    def __init__(self, session: Session, state: PackState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = state
        self.setAccessibleName(ui.tr("Pack"))
        self.setMinimumWidth(EMPTY_MIN_WIDTH)
        self._editor: PackEditor | None = None
        self._splitter_state: QByteArray | None = None
        empty = QWidget()
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        message = QLabel(
            ui.tr(
                "No pack is open.\nStart one, then add quotes from the results\n"
                "(select them and press Ctrl+Return, or drag them here)."
            )
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        self.new_button = QPushButton(ui.tr("New pack"))
        self.new_button.setAccessibleName(ui.tr("New pack"))
        self.open_button = QPushButton(ui.tr("Open pack…"))
        self.open_button.setAccessibleName(ui.tr("Open pack"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addWidget(message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.addWidget(empty)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_pack_requested)
        self.open_button.clicked.connect(self.open_pack_requested)
        self.state.pack_changed.connect(self._on_pack)

    @property
    def editor(self) -> PackEditor | None:
        return self._editor

    def ensure_editor(self) -> PackEditor:
        if self._editor is None:
            from app.gui.pack_editor import PackEditor

            self._editor = PackEditor(self.session, self.state)
            self._editor.setObjectName("packEditor")
            if self._splitter_state is not None:
                self._editor.splitter.restoreState(self._splitter_state)
            self.addWidget(self._editor)
            self.editor_built.emit(self._editor)
        return self._editor

    @Slot(object)
    def _on_pack(self, pack) -> None:
        if pack is not None:
            self.ensure_editor()
        self.setCurrentIndex(1 if pack is not None else 0)
        self.setMinimumWidth(EDITOR_MIN_WIDTH if pack is not None else EMPTY_MIN_WIDTH)

    def commit_pending(self) -> None:
        if self._editor is not None:
            self._editor.commit_pending()

    # -- the pane's layout between runs ----------------------------------------
    def restore_state(self, ui_state: UiState) -> None:
        """Take the saved split of entries and preview; kept until the editor is built."""
        state = ui_state.blob(SPLIT_KEY)
        if state is None:
            return
        self._splitter_state = state
        if self._editor is not None:
            self._editor.splitter.restoreState(state)

    def save_state(self, ui_state: UiState) -> None:
        state = self._editor.splitter.saveState() if self._editor is not None else self._splitter_state
        if state is not None:
            ui_state.set_blob(SPLIT_KEY, state)
