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
from app.gui.i18n import ui
from app.gui.item_fields import build_item_fields

SOURCE_TYPES = (
    "report",
    "resolution",
    "statement",
    "call to action",
    "plan of action",
    "submission",
    "guidelines",
    "other",
)


class NewSourceDialog(QDialog):
    """Metadata and full text of a document the user quotes from."""

    def __init__(self, submit: Callable[[dict], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("New source"))
        self.setAccessibleName(ui.tr("New source"))
        self._submit = submit
        self.source_id: str | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(ui.tr("Title"))
        self.short_title = QLineEdit()
        self.short_title.setAccessibleName(ui.tr("Short title"))
        self.short_title.setPlaceholderText(ui.tr("Used for repeat citations and the source id"))
        self.issuer = QLineEdit()
        self.issuer.setAccessibleName(ui.tr("Issuer"))
        self.issuer.setPlaceholderText(
            ui.tr("e.g. Inter-Agency Coordination Group against Trafficking (ICAT)")
        )
        self.type = QComboBox()
        self.type.setEditable(True)
        self.type.addItems(SOURCE_TYPES)
        self.type.setAccessibleName(ui.tr("Type"))
        self.date = QLineEdit()
        self.date.setAccessibleName(ui.tr("Date"))
        self.date.setPlaceholderText(ui.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.date.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self)
        )
        self.symbol = QLineEdit()
        self.symbol.setAccessibleName(ui.tr("Document symbol"))
        self.url = QLineEdit()
        self.url.setAccessibleName(ui.tr("Web address"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(ui.tr("Full text"))
        self.text.setPlaceholderText(ui.tr("Paste the document's full text: items must quote it exactly."))
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(ui.tr("&Title *"), self.title)
        form.addRow(ui.tr("S&hort title"), self.short_title)
        form.addRow(ui.tr("&Issuer"), self.issuer)
        form.addRow(ui.tr("T&ype"), self.type)
        form.addRow(ui.tr("&Date"), self.date)
        form.addRow(ui.tr("S&ymbol"), self.symbol)
        form.addRow(ui.tr("&Web address"), self.url)
        form.addRow(ui.tr("F&ull text"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ui.tr("Add source"))
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

    def __init__(
        self,
        library: Library | Callable[[], Library],
        submit: Callable[[str, dict], str | None],
        new_source: Callable[[QWidget], str | None],
        parent: QWidget | None = None,
        source_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("Add item"))
        self.setAccessibleName(ui.tr("Add item"))
        # The library as it is now: a source added from here ("New source…") is in the next one.
        self._current = library if callable(library) else (lambda: library)
        self._library = self._current()
        self._submit = submit
        self._new_source = new_source
        self.item_id: str | None = None

        self.source = QComboBox()
        self.source.setAccessibleName(ui.tr("Source"))
        self.new_source_button = QPushButton(ui.tr("New source…"))
        self.new_source_button.setAccessibleName(ui.tr("New source"))
        self.source_text = QPlainTextEdit()
        self.source_text.setReadOnly(True)
        self.source_text.setAccessibleName(ui.tr("Source text: select the passage to quote"))
        self.use_selection = QPushButton(ui.tr("Use selected text"))
        self.use_selection.setAccessibleName(ui.tr("Use the selected source text as the item's text"))
        fields = build_item_fields(self._library.taxonomy, ui.tr("Item text"))
        self.item_text, self.kind, self.locator = fields.text, fields.kind, fields.locator
        self.section, self.lead_in = fields.section, fields.lead_in
        self.themes, self.audiences = fields.themes, fields.audiences
        self.item_text.setPlaceholderText(ui.tr("The exact words of the source"))
        self.locator.setPlaceholderText(ui.tr("e.g. paragraph 12, action 5"))
        self.note = QLineEdit()
        self.note.setAccessibleName(ui.tr("Note"))

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
        form.addRow(ui.tr("&Text *"), self.item_text)
        form.addRow(ui.tr("&Kind"), self.kind)
        form.addRow(ui.tr("S&ection"), self.section)
        form.addRow(ui.tr("&Locator"), self.locator)
        form.addRow(ui.tr("Lead-&in"), self.lead_in)
        form.addRow(QLabel(ui.tr("Themes")), self.themes)
        form.addRow(QLabel(ui.tr("Audiences")), self.audiences)
        form.addRow(ui.tr("&Note"), self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ui.tr("Add item"))
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
        self.source.setToolTip(source.title if source else ui.tr("Create a source first: New source…"))

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
