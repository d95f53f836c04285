"""The pack's details: metadata, key messages, and grouping, template, branding and format pickers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from app.core.locales import BRIEF_LANGUAGES
from app.gui.i18n import current_language, language_name, ui
from app.gui.key_messages import KeyMessagesEditor
from app.gui.messages import branding_name
from app.gui.spelling import Speller, check_spelling

if TYPE_CHECKING:
    from app.core.packs import Pack

META_LINES = (
    ("subtitle", QT_TRANSLATE_NOOP("ui", "S&ubtitle")),
    ("meeting", QT_TRANSLATE_NOOP("ui", "&Meeting or event")),
    ("date", QT_TRANSLATE_NOOP("ui", "&Date")),
    ("author", QT_TRANSLATE_NOOP("ui", "A&uthor")),
    ("organisation", QT_TRANSLATE_NOOP("ui", "&Organisation")),
)
GROUPING_LABELS = {
    "theme": QT_TRANSLATE_NOOP("ui", "By theme (the chosen themes first)"),
    "theme/source": QT_TRANSLATE_NOOP("ui", "By theme, then by source"),
    "theme/audience": QT_TRANSLATE_NOOP("ui", "By theme, then by audience"),
    "audience": QT_TRANSLATE_NOOP("ui", "By audience"),
    "source": QT_TRANSLATE_NOOP("ui", "By source"),
    "kind": QT_TRANSLATE_NOOP("ui", "By kind (recommendations, commitments, facts)"),
    "document": QT_TRANSLATE_NOOP("ui", "By source, in the documents' order"),
    "ordered": QT_TRANSLATE_NOOP("ui", "In the order of the entries"),
}
FORMAT_LABELS = {"docx": QT_TRANSLATE_NOOP("ui", "Word (DOCX)"), "pdf": "PDF", "md": "Markdown"}


class PackDetails(QScrollArea):
    """Edits leave as `meta_edited(field, value)`, `key_messages_edited(tuple)`, `formats_changed`."""

    meta_edited = Signal(str, str)
    key_messages_edited = Signal(tuple)
    formats_changed = Signal(list)

    def __init__(self, speller: Speller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(ui.tr("Pack details"))
        self.lines: dict[str, QLineEdit] = {}
        body = QWidget()
        form = QFormLayout(body)
        for name, label in META_LINES:
            label = ui.tr(label)
            edit = QLineEdit()
            edit.setObjectName(f"meta-{name}")
            edit.setAccessibleName(label.replace("&", ""))
            if name == "date":
                edit.setPlaceholderText(ui.tr("e.g. 14 May 2025"))
            self.lines[name] = edit
            form.addRow(label, edit)
        self.audience_note = QPlainTextEdit()
        self.audience_note.setAccessibleName(ui.tr("Audience note"))
        self.audience_note.setPlaceholderText(ui.tr("Who the brief is for and what they need from it"))
        self.audience_note.setTabChangesFocus(True)
        self.audience_note.setMaximumHeight(64)
        self.audience_spelling = check_spelling(self.audience_note, speller)
        form.addRow(ui.tr("Audience &note"), self.audience_note)
        self.key_messages = KeyMessagesEditor(speller)
        form.addRow(ui.tr("&Key messages"), self.key_messages)
        self.grouping = QComboBox()
        self.grouping.setAccessibleName(ui.tr("Grouping"))
        for grouping, label in GROUPING_LABELS.items():
            self.grouping.addItem(ui.tr(label), grouping)
        form.addRow(ui.tr("&Grouping"), self.grouping)
        self.template = QComboBox()
        self.template.setAccessibleName(ui.tr("Template"))
        form.addRow(ui.tr("&Template"), self.template)
        self.branding = QComboBox()
        self.branding.setAccessibleName(ui.tr("Branding"))
        form.addRow(ui.tr("&Branding"), self.branding)
        self.language = QComboBox()
        self.language.setAccessibleName(ui.tr("Language of the brief"))
        self.language.setToolTip(
            ui.tr(
                "The language the brief's headings, labels and dates are written "
                "in; the quotes stay in their own"
            )
        )
        window = language_name(current_language())
        self.language.addItem(ui.tr("As the window ({language})").format(language=window), "")
        for name, tag in BRIEF_LANGUAGES.values():  # each named in itself
            self.language.addItem(name, tag)
        form.addRow(ui.tr("&Language"), self.language)
        self.format_boxes: dict[str, QCheckBox] = {}
        formats_row = QHBoxLayout()
        for fmt, label in FORMAT_LABELS.items():
            label = ui.tr(label)
            box = QCheckBox(label)
            box.setAccessibleName(ui.tr("Export as {format}").format(format=label))
            self.format_boxes[fmt] = box
            formats_row.addWidget(box)
        formats_row.addStretch(1)
        formats_label = QLabel(ui.tr("&Formats"))
        formats_label.setBuddy(self.format_boxes["docx"])
        form.addRow(formats_label, formats_row)
        self.setWidget(body)
        self._loading = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        for name, edit in self.lines.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._emit_meta(n, e.text()))
        self.audience_note.installEventFilter(self)
        self.key_messages.messages_edited.connect(self.key_messages_edited)
        self.grouping.currentIndexChanged.connect(
            lambda: self._emit_meta("grouping", str(self.grouping.currentData()))
        )
        self.template.currentIndexChanged.connect(
            lambda: self._emit_meta("template", str(self.template.currentData() or ""))
        )
        self.branding.currentIndexChanged.connect(
            lambda: self._emit_meta("branding", str(self.branding.currentData() or ""))
        )
        self.language.currentIndexChanged.connect(
            lambda: self._emit_meta("language", str(self.language.currentData() or ""))
        )
        for box in self.format_boxes.values():
            box.toggled.connect(self._on_format)

    # -- choices -----------------------------------------------------------
    def set_choices(self, templates: list, brandings: list) -> None:
        """Fill the template and branding pickers (objects with .id and .name)."""
        self._loading = True
        try:
            self.template.clear()
            for info in templates:
                self.template.addItem(info.name, info.id)
                self.template.setItemData(
                    self.template.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole
                )
            self.branding.clear()
            for branding in brandings:
                self.branding.addItem(branding_name(branding), branding.id)
        finally:
            self._loading = False

    def set_formats(self, formats: list[str]) -> None:
        self._loading = True
        try:
            for fmt, box in self.format_boxes.items():
                box.setChecked(fmt in formats)
        finally:
            self._loading = False

    def formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    # -- showing a pack ------------------------------------------------------
    def show_pack(self, pack: Pack | None) -> None:
        self._loading = True
        try:
            self.setEnabled(pack is not None)
            for name, edit in self.lines.items():
                value = getattr(pack, name) if pack is not None else ""
                if edit.text() != value:
                    edit.setText(value)
            note = pack.audience_note if pack is not None else ""
            if self.audience_note.toPlainText() != note:
                self.audience_note.setPlainText(note)
            self.key_messages.set_messages(pack.key_messages if pack is not None else ())
            if pack is not None:
                _select(self.grouping, pack.grouping)
                _select(self.template, pack.template)
                _select(self.branding, pack.branding)
                _select(self.language, pack.language)
        finally:
            self._loading = False

    def commit_pending(self) -> None:
        """Send what is typed but not yet committed (before save, export or undo)."""
        focus = self.focusWidget()
        for name, edit in self.lines.items():
            if edit is focus:
                self._emit_meta(name, edit.text())
        if self.audience_note is focus:
            self._emit_meta("audience_note", self.audience_note.toPlainText())

    def _emit_meta(self, name: str, value: str) -> None:
        if not self._loading:
            self.meta_edited.emit(name, value)

    @Slot(bool)
    def _on_format(self, _checked: bool) -> None:
        if not self._loading:
            self.formats_changed.emit(self.formats())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.audience_note and event.type() == QEvent.Type.FocusOut:
            self._emit_meta("audience_note", self.audience_note.toPlainText())
        return super().eventFilter(watched, event)


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(ui.tr("{value} (not installed)").format(value=value), value)
        index = combo.count() - 1
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)
