"""Library editor dialogs: a new source of the user's own, and a new item quoted from one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.library import Library
from app.core.models import ORIGIN_USER
from app.gui.detail_pane import CHIP_STYLE
from app.gui.item_fields import build_item_fields

SOURCE_TYPES = ("report", "resolution", "statement", "call to action", "plan of action", "submission",
                "guidelines", "other")


class NewSourceDialog(QDialog):
    """Metadata and full text of a document the user quotes from."""

    def __init__(self, submit: Callable[[dict], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New source")
        self.setAccessibleName("New source")
        self._submit = submit
        self.source_id: str | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.short_title = QLineEdit()
        self.short_title.setAccessibleName("Short title")
        self.short_title.setPlaceholderText("Used for repeat citations and the source id")
        self.issuer = QLineEdit()
        self.issuer.setAccessibleName("Issuer")
        self.issuer.setPlaceholderText("e.g. Inter-Agency Coordination Group against Trafficking (ICAT)")
        self.type = QComboBox()
        self.type.setEditable(True)
        self.type.addItems(SOURCE_TYPES)
        self.type.setAccessibleName("Type")
        self.date = QLineEdit()
        self.date.setAccessibleName("Date")
        self.date.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD")
        self.date.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self))
        self.symbol = QLineEdit()
        self.symbol.setAccessibleName("Document symbol")
        self.url = QLineEdit()
        self.url.setAccessibleName("Web address")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Full text")
        self.text.setPlaceholderText("Paste the document's full text: items must quote it exactly.")
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow("&Title *", self.title)
        form.addRow("S&hort title", self.short_title)
        form.addRow("&Issuer", self.issuer)
        form.addRow("T&ype", self.type)
        form.addRow("&Date", self.date)
        form.addRow("S&ymbol", self.symbol)
        form.addRow("&Web address", self.url)
        form.addRow("F&ull text", self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add source")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def record(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "short_title": self.short_title.text().strip(),
            "issuer": self.issuer.text().strip(),
            "type": self.type.currentText().strip(),
            "date": self.date.text().strip(),
            "symbol": self.symbol.text().strip(),
            "url": self.url.text().strip(),
            "text": self.text.toPlainText(),
        }

    @Slot()
    def _on_accept(self) -> None:
        source_id = self._submit(self.record())
        if source_id:
            self.source_id = source_id
            self.accept()


class AddItemDialog(QDialog):
    """Quote a passage from one of the user's sources: select it in the text, tag it, add it."""

    def __init__(self, library: Library | Callable[[], Library], submit: Callable[[str, dict], str | None],
                 new_source: Callable[[QWidget], str | None], parent: QWidget | None = None,
                 source_id: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Add item")
        self.setAccessibleName("Add item")
        # The library as it is now: a source added from here ("New source…") is in the next one.
        self._current = library if callable(library) else (lambda: library)
        self._library = self._current()
        self._submit = submit
        self._new_source = new_source
        self.item_id: str | None = None

        self.source = QComboBox()
        self.source.setAccessibleName("Source")
        self.new_source_button = QPushButton("New source…")
        self.new_source_button.setAccessibleName("New source")
        self.source_text = QPlainTextEdit()
        self.source_text.setReadOnly(True)
        self.source_text.setAccessibleName("Source text: select the passage to quote")
        self.use_selection = QPushButton("Use selected text")
        self.use_selection.setAccessibleName("Use the selected source text as the item's text")
        fields = build_item_fields(self._library.taxonomy, "Item text")
        self.item_text, self.kind, self.locator = fields.text, fields.kind, fields.locator
        self.section, self.lead_in = fields.section, fields.lead_in
        self.themes, self.audiences = fields.themes, fields.audiences
        self.item_text.setPlaceholderText("The exact words of the source")
        self.locator.setPlaceholderText("e.g. paragraph 12, action 5")
        self.note = QLineEdit()
        self.note.setAccessibleName("Note")

        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.new_source_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(source_row)
        left_layout.addWidget(self.source_text, 1)
        left_layout.addWidget(self.use_selection)
        right = QWidget()
        right.setStyleSheet(CHIP_STYLE)
        form = QFormLayout(right)
        form.addRow("&Text *", self.item_text)
        form.addRow("&Kind", self.kind)
        form.addRow("S&ection", self.section)
        form.addRow("&Locator", self.locator)
        form.addRow("Lead-&in", self.lead_in)
        form.addRow(QLabel("Themes"), self.themes)
        form.addRow(QLabel("Audiences"), self.audiences)
        form.addRow("&Note", self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add item")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        self._fill_sources(source_id)
        self._connect_signals()
        self._on_source(self.source.currentIndex())

    def _connect_signals(self) -> None:
        self.source.currentIndexChanged.connect(self._on_source)
        self.new_source_button.clicked.connect(self._on_new_source)
        self.use_selection.clicked.connect(self._on_use_selection)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def set_library(self, library: Library, select: str = "") -> None:
        self._library = library
        self._fill_sources(select)

    def _fill_sources(self, select: str = "") -> None:
        current = select or str(self.source.currentData() or "")
        self.source.blockSignals(True)
        self.source.clear()
        for source in self._library.sources.values():
            if source.origin == ORIGIN_USER:
                self.source.addItem(source.short_title or source.title, source.id)
        index = self.source.findData(current)
        self.source.setCurrentIndex(max(index, 0))
        self.source.blockSignals(False)
        self._on_source(self.source.currentIndex())

    @Slot(int)
    def _on_source(self, _index: int) -> None:
        source = self._library.sources.get(str(self.source.currentData() or ""))
        self.source_text.setPlainText(source.text if source else "")
        ok = source is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.source.setToolTip(source.title if source else "Create a source first: New source…")

    @Slot()
    def _on_new_source(self) -> None:
        # The source dialog is this dialog's child: Escape there closes only it.
        source_id = self._new_source(self)
        if source_id:
            self._library = self._current()
            self._fill_sources(source_id)

    @Slot()
    def _on_use_selection(self) -> None:
        selected = self.source_text.textCursor().selectedText().replace("\u2029", "\n").strip()
        if selected:
            self.item_text.setPlainText(selected)

    def record(self) -> dict:
        return {
            "text": self.item_text.toPlainText().strip(),
            "kind": self.kind.currentData(),
            "section": self.section.text().strip(),
            "locator": self.locator.text().strip(),
            "lead_in": self.lead_in.text().strip(),
            "themes": list(self.themes.selected()),
            "audiences": list(self.audiences.selected()),
            "note": self.note.text().strip(),
        }

    @Slot()
    def _on_accept(self) -> None:
        source_id = str(self.source.currentData() or "")
        if not source_id:
            return
        item_id = self._submit(source_id, self.record())
        if item_id:
            self.item_id = item_id
            self.accept()
