"""The export dialog: template, formats, destination, the page budget; runs the pack build in a worker
with progress and cancel, so an export from the window is recorded as a build."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.core.export import ExportCancelled, file_stem
from app.core.packs import Pack
from app.gui.crash import write_crash_log
from app.gui.error_dialog import ErrorReport
from app.gui.error_report import report_error
from app.gui.files import documents_folder, open_with_desktop
from app.gui.i18n import ui
from app.gui.messages import branding_name, budget_message, export_step
from app.gui.pack_details import FORMAT_LABELS
from app.gui.workers import Task


class ExportDialog(QDialog):
    """Choose, run, report. The pack's template and branding choices are applied as pack edits."""

    def __init__(
        self, workspace, pack: Pack, formats: list[str], folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("Export brief"))
        self.setAccessibleName(ui.tr("Export brief"))
        self.workspace = workspace
        self.pack = pack
        self.task: Task | None = None
        self.written: list[Path] = []
        self.problems: tuple[str, ...] = ()
        self.error_text = ""
        self.outcome = ""  # "written", "failed" or "cancelled" once a run has ended
        self.built: Pack | None = None  # the pack as recorded by the build
        self.measure_task: Task | None = None

        self.heading = QLabel(f"<b>{_esc(pack.title)}</b> — " + ui.tr("%n item(s)", "", len(pack.included)))
        self.template = QComboBox()
        self.template.setAccessibleName(ui.tr("Template"))
        for info in workspace.exports.templates():
            self.template.addItem(info.name, info.id)
            self.template.setItemData(
                self.template.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole
            )
        self.template.setCurrentIndex(max(0, self.template.findData(pack.template)))
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.template_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.branding = QComboBox()
        self.branding.setAccessibleName(ui.tr("Branding"))
        for branding in workspace.exports.brandings():
            self.branding.addItem(branding_name(branding), branding.id)
        self.branding.setCurrentIndex(max(0, self.branding.findData(pack.branding)))
        self.format_boxes: dict[str, QCheckBox] = {}
        formats_row = QHBoxLayout()
        for fmt, label in FORMAT_LABELS.items():
            label = ui.tr(label)
            box = QCheckBox(label)
            box.setAccessibleName(ui.tr("Export as {format}").format(format=label))
            box.setChecked(fmt in formats)
            self.format_boxes[fmt] = box
            formats_row.addWidget(box)
        formats_row.addStretch(1)
        self.folder = QLineEdit(folder or documents_folder())
        self.folder.setAccessibleName(ui.tr("Destination folder"))
        self.browse = QPushButton(ui.tr("&Browse…"))
        self.browse.setAccessibleName(ui.tr("Choose the destination folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.replace_note = QLabel()
        self.replace_note.setWordWrap(True)
        self.budget_note = QLabel()
        self.budget_note.setWordWrap(True)
        self.budget_note.setAccessibleName(ui.tr("Page budget"))
        self.fit = QCheckBox(ui.tr("&Keep to the page target"))
        self.fit.setAccessibleName(ui.tr("Keep to the page target"))
        self.fit.setToolTip(
            ui.tr(
                "Leave out the lowest-ranked items until the brief fits its template's page "
                "target; the items left out are listed after the export."
            )
        )
        form = QFormLayout()
        form.addRow(ui.tr("&Template"), self.template)
        form.addRow("", self.template_note)
        form.addRow("", self.budget_note)
        form.addRow("", self.fit)
        form.addRow(ui.tr("B&randing"), self.branding)
        formats_label = QLabel(ui.tr("&Formats"))
        formats_label.setBuddy(self.format_boxes["docx"])
        folder_label = QLabel(ui.tr("&Save in"))
        folder_label.setBuddy(self.folder)
        form.addRow(formats_label, formats_row)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.replace_note)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(ui.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(ui.tr("Export status"))
        self.files = QListWidget()
        self.files.setAccessibleName(ui.tr("Exported files"))
        self.files.setVisible(False)
        self.files.setMaximumHeight(80)

        self.export_button = QPushButton(ui.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setAccessibleName(ui.tr("Export"))
        self.cancel_button = QPushButton(ui.tr("Cancel"))
        self.cancel_button.setAccessibleName(ui.tr("Cancel the export"))
        self.open_button = QPushButton(ui.tr("&Open file"))
        self.open_button.setAccessibleName(ui.tr("Open the exported file"))
        self.show_button = QPushButton(ui.tr("Show in &folder"))
        self.show_button.setAccessibleName(ui.tr("Show the exported files in their folder"))
        self.close_button = QPushButton(ui.tr("Close"))
        for button in (self.open_button, self.show_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.resize(600, 0)
        self._connect_signals()
        self._update_template_note()
        self._update_state()
        self.measure()

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.open_button.clicked.connect(self.open_file)
        self.show_button.clicked.connect(self.show_in_folder)
        self.template.currentIndexChanged.connect(self._update_template_note)
        self.template.currentIndexChanged.connect(self.measure)
        self.branding.currentIndexChanged.connect(self.measure)
        self.folder.textChanged.connect(self._update_state)
        for box in self.format_boxes.values():
            box.toggled.connect(self._update_state)
        self.files.currentRowChanged.connect(self._update_state)

    # -- choices -----------------------------------------------------------
    def formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def template_id(self) -> str:
        return str(self.template.currentData() or self.pack.template)

    def branding_id(self) -> str:
        return str(self.branding.currentData() or self.pack.branding)

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def targets(self) -> list[Path]:
        return [self.out_dir() / f"{file_stem(self.pack.title)}.{fmt}" for fmt in self.formats()]

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, ui.tr("Export into"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def _update_template_note(self) -> None:
        self.template_note.setText(str(self.template.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self.adjustSize()

    @Slot()
    def _update_state(self) -> None:
        running = self.task is not None and not self.task.is_finished()
        has_input = bool(self.formats()) and bool(self.folder.text().strip())
        self.export_button.setEnabled(has_input and not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        for widget in (
            self.template,
            self.branding,
            self.folder,
            self.browse,
            self.fit,
            *self.format_boxes.values(),
        ):
            widget.setEnabled(not running)
        fresh = bool(self.written) and not running
        existing = [p.name for p in self.targets() if p.exists()] if has_input and not fresh else []
        self.replace_note.setText(
            ui.tr("Replaces {files}.").format(files=", ".join(existing)) if existing else ""
        )
        self.replace_note.setVisible(bool(existing))
        done = bool(self.written) and not running
        self.open_button.setVisible(done)
        self.show_button.setVisible(done)

    # -- the page budget --------------------------------------------------
    def chosen_pack(self) -> Pack:
        """The pack with the template and branding chosen here (what is exported and recorded)."""
        return replace(self.pack, template=self.template_id(), branding=self.branding_id())

    def spec(self):
        return self.workspace.packs.spec(self.chosen_pack())

    @Slot()
    def measure(self) -> Task | None:
        """Lay the brief out in the background and say how many pages it takes against the target."""
        template = self.workspace.exports.template(self.template_id())
        self.fit.setVisible(bool(template.page_target))
        self.budget_note.setVisible(bool(template.page_target))
        if not template.page_target or not self.pack.included:
            return None
        self.budget_note.setText(ui.tr("Measuring pages…"))
        workspace, spec = self.workspace, self.spec()
        self.measure_task = Task(lambda: workspace.exports.measure_brief(spec), name="measure")
        self.measure_task.signals.finished.connect(self._on_measured)
        self.measure_task.signals.failed.connect(lambda exc: self.budget_note.setText(""))
        self.measure_task.start()
        return self.measure_task

    @Slot(object)
    def _on_measured(self, budget) -> None:
        if budget.target != self.workspace.exports.template(self.template_id()).page_target:
            return  # measured for another template
        text = budget_message(budget) + "."
        if budget.over:
            text = ui.tr(
                "<b>Over the target:</b> {text} Tick below to keep the best-ranked items that fit."
            ).format(text=_esc(text))
        self.budget_note.setText(text if budget.over else _esc(text))
        self.adjustSize()  # room for the note, without squeezing the template's description

    # -- running -----------------------------------------------------------

    @Slot()
    def start(self) -> Task | None:
        formats, out_dir = self.formats(), self.out_dir()
        if not formats:
            return None
        try:
            self.spec()  # a pack that cannot be built says so before anything runs
        except BriefpackError as exc:
            self._fail(exc)
            return None
        self.written, self.problems, self.error_text, self.outcome = [], (), "", ""
        self.files.clear()
        self.files.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(ui.tr("Starting…"))
        workspace, pack = self.workspace, self.chosen_pack()
        fit = self.fit.isChecked() and not self.fit.isHidden()

        def run(progress, cancel):
            return workspace.packs.build(pack, formats, out_dir, progress=progress, cancel=cancel, fit=fit)

        self.task = Task(run, reports=True, name="export")
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.task.signals.done.connect(self._update_state)
        self.task.start()
        self._update_state()
        return self.task

    @Slot()
    def cancel(self) -> None:
        if self.task is not None and not self.task.is_finished():
            self.task.cancel()
            self.status.setText(ui.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(export_step(message))

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.built = result.pack
        self.written = [Path(p) for p in result.paths]
        self.problems = tuple(w for w in result.warnings if w != result.fit_note)
        if result.left_out:
            target = self.workspace.exports.template(self.template_id()).page_target
            self.problems = (
                ui.tr("Kept to %n page(s): ", "", target)
                + ui.tr("%n lower-ranked item(s) left out: {items}.", "", len(result.left_out)).format(
                    items=", ".join(result.left_out)
                ),
                *self.problems,
            )
        self.progress.setVisible(False)
        pages = " (" + ui.tr("%n page(s)", "", result.pages) + ")" if result.pages else ""
        lines = [
            ui.tr("Exported %n file(s) to {folder}{pages}.", "", len(self.written)).format(
                folder=self.out_dir(), pages=pages
            )
        ]
        if result.budget is not None and result.budget.over and not self.fit.isChecked():
            lines.append(
                ui.tr("Over the page target: {budget}.").format(budget=budget_message(result.budget))
            )
        if self.problems:
            lines.append(ui.tr("Check: ") + "; ".join(self.problems))
        self.status.setText("\n".join(lines))
        self.files.clear()
        for path in self.written:
            self.files.addItem(path.name)
        self.files.setCurrentRow(0)
        self.files.setVisible(True)
        self._update_state()
        self.adjustSize()
        self.open_button.setFocus()
        self.outcome = "written"

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        if isinstance(exc, ExportCancelled):
            self.status.setText(exc.user_message)
            self.outcome = "cancelled"
            return
        self.status.setText(ui.tr("The export failed; nothing was written."))
        self._fail(exc)
        self.outcome = "failed"

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, BriefpackError):
            try:
                log = write_crash_log(type(exc), exc, exc.__traceback__)
            except OSError:
                log = None
            report = ErrorReport.from_exception(exc, ui.tr("Export failed"))
            hint = ui.tr("A crash log was written to {path}.").format(path=log) if log else ""
            self.error_text = report_error(
                self, ErrorReport(report.title, report.message, hint, report.detail)
            )
        else:
            self.error_text = report_error(self, exc, ui.tr("Export failed"))

    # -- after -------------------------------------------------------------
    def selected_file(self) -> Path | None:
        row = self.files.currentRow()
        if 0 <= row < len(self.written):
            return self.written[row]
        return self.written[0] if self.written else None

    @Slot()
    def open_file(self) -> None:
        path = self.selected_file()
        if path is not None:
            open_with_desktop(self, path)

    @Slot()
    def show_in_folder(self) -> None:
        path = self.selected_file()
        if path is not None:
            open_with_desktop(self, path.parent, "folder")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None and not self.task.is_finished():
            self.task.cancel()
            event.ignore()
            self.task.signals.done.connect(self.close)
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None and not self.task.is_finished():
            self.cancel()
            return
        super().reject()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
