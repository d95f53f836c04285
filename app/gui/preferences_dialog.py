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
from app.gui.error_report import report_error
from app.gui.files import documents_folder, open_with_desktop
from app.gui.i18n import ui
from app.gui.messages import branding_name


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
        self.setWindowTitle(ui.tr("Preferences"))
        self.setAccessibleName(ui.tr("Preferences"))
        self.workspace = workspace
        self.saved: Preferences | None = None
        prefs = workspace.preferences()
        self.author = QLineEdit(prefs.author)
        self.author.setAccessibleName(ui.tr("Author"))
        self.author.setPlaceholderText(ui.tr("Your name, on every new brief"))
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setAccessibleName(ui.tr("Organisation"))
        templates = {"": ui.tr("Program default (meeting brief)")} | {
            t.id: t.name for t in workspace.exports.templates()
        }
        self.template = _combo(ui.tr("Default template"), templates, prefs.template)
        brandings = {"": ui.tr("Program default")} | {
            b.id: branding_name(b) for b in workspace.exports.brandings()
        }
        self.branding = _combo(ui.tr("Default branding"), brandings, prefs.branding)
        # each language named in itself, as language menus do; "" follows the system's
        languages = {**LANGUAGES, "": ui.tr("Same as the system")}
        self.language = _combo(ui.tr("Language"), languages, prefs.language)
        self.language.setToolTip(
            ui.tr(
                "The language of the program's own words (menus, messages) and "
                "of a new brief; a change takes effect when Briefpack restarts"
            )
        )
        self.spelling = _combo(ui.tr("Spell checking"), {**SPELLING, "": ui.tr("Off")}, prefs.spelling)
        self.spelling.setToolTip(ui.tr("Underline misspelt words in notes and key messages"))
        self.export_folder = QLineEdit(prefs.export_folder)
        self.export_folder.setAccessibleName(ui.tr("Default export folder"))
        self.export_folder.setPlaceholderText(documents_folder())
        self.browse = QPushButton(ui.tr("&Browse…"))
        self.browse.setAccessibleName(ui.tr("Choose the default export folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(self.browse)
        self.data_folder = QLabel(str(workspace.home))
        self.data_folder.setAccessibleName(ui.tr("Data folder"))
        self.data_folder.setWordWrap(True)
        self.data_folder.setToolTip(
            ui.tr(
                "Your packs, your edits and your own sources are kept here "
                "(BRIEFPACK_HOME or --home chooses another)"
            )
        )
        self.open_data = QPushButton(ui.tr("Open data &folder"))
        self.open_data.setAccessibleName(ui.tr("Open the data folder"))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(self.open_data)

        form = QFormLayout()
        form.addRow(ui.tr("&Author"), self.author)
        form.addRow(ui.tr("&Organisation"), self.organisation)
        form.addRow(ui.tr("Default &template"), self.template)
        form.addRow(ui.tr("Default &branding"), self.branding)
        form.addRow(ui.tr("&Language"), self.language)
        form.addRow(ui.tr("&Spell checking"), self.spelling)
        form.addRow(ui.tr("&Export to"), folder_row)
        form.addRow(ui.tr("Data folder"), data_row)
        note = QLabel(
            ui.tr(
                "Author, organisation, template and branding are what a new pack starts with. "
                "A new language takes effect when Briefpack restarts."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
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
        return replace(
            self.workspace.preferences(),
            author=self.author.text(),
            organisation=self.organisation.text(),
            template=str(self.template.currentData()),
            branding=str(self.branding.currentData()),
            language=str(self.language.currentData()),
            spelling=str(self.spelling.currentData()),
            export_folder=self.export_folder.text().strip(),
        )

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, ui.tr("Export to"), self.export_folder.text() or documents_folder()
        )
        if folder:
            self.export_folder.setText(folder)

    @Slot()
    def save(self) -> bool:
        try:
            self.saved = self.workspace.save_preferences(self.preferences())
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not save the preferences"))
            return False
        self.accept()
        return True
