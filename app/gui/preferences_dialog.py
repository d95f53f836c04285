"""The Preferences dialog: a new pack's author, organisation, template and branding, the languages,
the export folder, and where the data folder is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.core.preferences import LANGUAGES, SPELLING, Preferences
from app.gui.errors import report_error
from app.gui.files import documents_folder, open_with_desktop


def _combo(name: str, choices: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in choices.items():
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PreferencesDialog(QDialog):
    """OK saves the preferences in the data folder (`saved` is then the stored value)."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")
        self.workspace = workspace
        self.saved: Preferences | None = None
        prefs = workspace.preferences()
        self.author = QLineEdit(prefs.author)
        self.author.setAccessibleName("Author")
        self.author.setPlaceholderText("Your name, on every new brief")
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setAccessibleName("Organisation")
        templates = {"": "Program default (meeting brief)"} | {t.id: t.name for t in workspace.templates()}
        self.template = _combo("Default template", templates, prefs.template)
        brandings = {"": "Program default"} | {b.id: b.name for b in workspace.brandings()}
        self.branding = _combo("Default branding", brandings, prefs.branding)
        self.language = _combo("Language", LANGUAGES, prefs.language)
        self.language.setToolTip("The language of the program's own words (menus, messages)")
        self.spelling = _combo("Spell checking", SPELLING, prefs.spelling)
        self.spelling.setToolTip("Underline misspelt words in notes and key messages")
        self.export_folder = QLineEdit(prefs.export_folder)
        self.export_folder.setAccessibleName("Default export folder")
        self.export_folder.setPlaceholderText(documents_folder())
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Choose the default export folder")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(self.browse)
        self.data_folder = QLabel(str(workspace.home))
        self.data_folder.setAccessibleName("Data folder")
        self.data_folder.setWordWrap(True)
        self.data_folder.setToolTip("Your packs, your edits and your own sources are kept here "
                                    "(BRIEFPACK_HOME or --home chooses another)")
        self.open_data = QPushButton("Open data &folder")
        self.open_data.setAccessibleName("Open the data folder")
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(self.open_data)

        form = QFormLayout()
        form.addRow("&Author", self.author)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Default &template", self.template)
        form.addRow("Default &branding", self.branding)
        form.addRow("&Language", self.language)
        form.addRow("&Spell checking", self.spelling)
        form.addRow("&Export to", folder_row)
        form.addRow("Data folder", data_row)
        note = QLabel("Author, organisation, template and branding are what a new pack starts with. "
                      "The program's translations are on their way; the language chosen is kept.")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._choose_folder)
        self.open_data.clicked.connect(lambda: open_with_desktop(self, Path(self.workspace.home), "folder"))

    def preferences(self) -> Preferences:
        return replace(self.workspace.preferences(), author=self.author.text(),
                       organisation=self.organisation.text(), template=str(self.template.currentData()),
                       branding=str(self.branding.currentData()), language=str(self.language.currentData()),
                       spelling=str(self.spelling.currentData()),
                       export_folder=self.export_folder.text().strip())

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export to", self.export_folder.text()
                                                  or documents_folder())
        if folder:
            self.export_folder.setText(folder)

    @Slot()
    def save(self) -> bool:
        try:
            self.saved = self.workspace.save_preferences(self.preferences())
        except BriefpackError as exc:
            report_error(self, exc, "Could not save the preferences")
            return False
        self.accept()
        return True
