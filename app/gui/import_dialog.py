"""Import review of one document: its candidates beside its text, edits as undoable steps,
the commit as one undo step of the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.core.importing import review
from app.gui.delegates import ChipsDelegate
from app.gui.detail_pane import CHIP_STYLE
from app.gui.error_report import report_error
from app.gui.i18n import ui
from app.gui.import_model import COLUMN, CandidatesModel
from app.gui.item_fields import build_item_fields
from app.gui.roles import ADD_ROW
from app.gui.session import Session
from app.gui.source_view import SourceView
from app.gui.undo_commands import _WorkspaceCommand

SOURCE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ui", "&Title")),
    ("short_title", QT_TRANSLATE_NOOP("ui", "S&hort title")),
    ("issuer", QT_TRANSLATE_NOOP("ui", "&Issuer")),
    ("date", QT_TRANSLATE_NOOP("ui", "&Date")),
    ("symbol", QT_TRANSLATE_NOOP("ui", "S&ymbol")),
    ("url", QT_TRANSLATE_NOOP("ui", "&Web address")),
    ("type", QT_TRANSLATE_NOOP("ui", "T&ype")),
    ("context", QT_TRANSLATE_NOOP("ui", "Session and agenda item")),
)


class DraftCommand(QUndoCommand):
    """One review edit: swaps the whole (frozen) draft."""

    def __init__(self, dialog: ImportReviewDialog, before, after, text: str) -> None:
        super().__init__(text)
        self.dialog, self.before, self.after = dialog, before, after

    def redo(self) -> None:
        self.dialog._show_draft(self.after)

    def undo(self) -> None:
        self.dialog._show_draft(self.before)


class ImportCommand(_WorkspaceCommand):
    """A committed import: undo removes the new source (or restores the one it replaced)."""

    def __init__(
        self,
        workspace,
        source_id: str,
        before: tuple[dict, list[dict]] | None,
        after: tuple[dict, list[dict]],
        text: str,
    ) -> None:
        super().__init__(workspace, text)
        self.source_id, self.before, self.after = source_id, before, after

    def apply(self) -> None:
        self.workspace.edits.restore_user_source(*self.after)

    def revert(self) -> None:
        if self.before is None:
            self.workspace.edits.delete_source(self.source_id)
        else:
            self.workspace.edits.restore_user_source(*self.before)


class ImportReviewDialog(QDialog):
    """Candidates on the left, the document with the chosen one highlighted and its editor on the right."""

    def __init__(
        self, session: Session, draft, parent: QWidget | None = None, position: tuple[int, int] = (1, 1)
    ) -> None:
        super().__init__(parent)
        number, count = position
        place = (
            ui.tr(" — document {number} of {count}").format(number=number, count=count) if count > 1 else ""
        )
        self.setWindowTitle(ui.tr("Import {file}").format(file=Path(draft.document.path).name) + place)
        self.setAccessibleName(ui.tr("Import review"))
        self.session = session
        self.workspace = session.workspace
        self.draft = draft
        self.threshold = draft.threshold
        self.several = count > 1
        self.skipped = False
        self.result = None
        self.undo_stack = QUndoStack(self)
        taxonomy = self.workspace.taxonomy
        self._build(taxonomy)
        self._connect_signals()
        self._show_draft(draft)

    # -- building --------------------------------------------------------
    def _build(self, taxonomy) -> None:
        self.source_fields: dict[str, QLineEdit] = {}
        source_form = QFormLayout()
        for name, label in SOURCE_FIELDS:
            label = ui.tr(label)
            edit = QLineEdit()
            edit.setAccessibleName(label.replace("&", ""))
            self.source_fields[name] = edit
            source_form.addRow(label, edit)
        self.update_box = QCheckBox()
        self.update_box.setAccessibleName(ui.tr("Update the earlier import"))
        source_form.addRow("", self.update_box)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)

        self.model = CandidatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(ui.tr("Candidates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COLUMN["text"], QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(COLUMN["themes"], ChipsDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMN["audiences"], ChipsDelegate(self.table))
        self.table.setColumnWidth(COLUMN["status"], 56)
        self.table.setColumnWidth(COLUMN["themes"], 150)
        self.table.setColumnWidth(COLUMN["audiences"], 120)
        self.counts = QLabel()
        self.accept_button = QPushButton(ui.tr("&Accept"))
        self.reject_button = QPushButton(ui.tr("&Reject"))
        self.accept_all_button = QPushButton(ui.tr("Accept a&ll"))
        self.merge_button = QPushButton(ui.tr("&Merge"))
        self.merge_button.setToolTip(ui.tr("Join the selected candidates into one item"))
        self.split_button = QPushButton(ui.tr("S&plit at cursor"))
        self.split_button.setToolTip(ui.tr("Cut the candidate in two where the cursor is in its text"))
        self.undo_button = QPushButton(ui.tr("&Undo"))
        self.redo_button = QPushButton(ui.tr("Re&do"))
        row = QHBoxLayout()
        for button in (
            self.accept_button,
            self.reject_button,
            self.accept_all_button,
            self.merge_button,
            self.split_button,
            self.undo_button,
            self.redo_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.counts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(source_form)
        left_layout.addWidget(self.warnings)
        left_layout.addLayout(row)
        left_layout.addWidget(self.table, 1)

        fields = build_item_fields(taxonomy, ui.tr("Candidate text"))
        self.text, self.kind, self.locator = fields.text, fields.kind, fields.locator
        self.section, self.lead_in = fields.section, fields.lead_in
        self.themes, self.audiences = fields.themes, fields.audiences
        self.text.setMaximumHeight(110)
        self.save_candidate = QPushButton(ui.tr("Apply changes to this candidate"))
        self.save_candidate.setAccessibleName(ui.tr("Apply changes to this candidate"))
        editor = QWidget()
        editor.setStyleSheet(CHIP_STYLE)
        form = QFormLayout(editor)
        form.addRow(ui.tr("Te&xt"), self.text)
        form.addRow(ui.tr("&Kind"), self.kind)
        form.addRow(ui.tr("&Locator"), self.locator)
        form.addRow(ui.tr("Secti&on"), self.section)
        form.addRow(ui.tr("Lead-i&n"), self.lead_in)
        form.addRow(ui.tr("Themes"), self.themes)
        form.addRow(ui.tr("Audiences"), self.audiences)
        form.addRow("", self.save_candidate)
        self.document = SourceView()
        self.document.setAccessibleName(ui.tr("Document text"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(editor)
        right.addWidget(self.document)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.commit_button = QPushButton(ui.tr("&Import into the library"))
        self.commit_button.setDefault(True)
        self.commit_button.setAccessibleName(ui.tr("Import into the library"))
        self.skip_button = QPushButton(ui.tr("S&kip this document"))
        self.skip_button.setAccessibleName(ui.tr("Skip this document"))
        self.skip_button.setVisible(self.several)
        self.cancel_button = QPushButton(ui.tr("Stop importing") if self.several else ui.tr("Cancel"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.commit_button)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1200, 760)

    def _connect_signals(self) -> None:
        self.model.status_requested.connect(self._on_status)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.accept_button.clicked.connect(lambda: self._set_status(True))
        self.reject_button.clicked.connect(lambda: self._set_status(False))
        self.accept_all_button.clicked.connect(self.accept_all)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_at_cursor)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_candidate.clicked.connect(self.apply_candidate_edits)
        self.commit_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.reject)
        self.skip_button.clicked.connect(self.skip)
        for name, edit in self.source_fields.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._set_source_field(n, e.text()))
        self.update_box.toggled.connect(self._on_update)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_stack.redo)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    # -- showing -----------------------------------------------------------
    def _show_draft(self, draft) -> None:
        selected = self.selected_ids()
        self.draft = draft
        self.model.set_draft(draft, self.threshold)
        for name, edit in self.source_fields.items():
            value = str(getattr(draft.source, name, "") or "")
            if edit.text() != value:
                edit.setText(value)
        if draft.existing_source_id:
            self.update_box.setText(
                ui.tr("Update the earlier import ({reason}: {source}) instead of adding a new source").format(
                    reason=draft.existing_reason, source=draft.existing_source_id
                )
            )
        self.update_box.setVisible(bool(draft.existing_source_id))
        self.update_box.blockSignals(True)
        self.update_box.setChecked(draft.update)
        self.update_box.blockSignals(False)
        notes = list(draft.document.warnings)
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
        accepted = len(draft.accepted)
        self.counts.setText(
            ui.tr("{accepted} of {count} accepted").format(accepted=accepted, count=len(draft.candidates))
        )
        self.commit_button.setEnabled(accepted > 0)
        self.select_ids(selected or ([draft.candidates[0].id] if draft.candidates else []))
        self._on_selection()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.candidate_id(r) for r in rows]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        for row in rows:
            selection.select(self.model.index(row, 0), ADD_ROW)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], COLUMN["text"]), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    @Slot()
    def _on_selection(self, *_args) -> None:
        ids = self.selected_ids()
        self.merge_button.setEnabled(len(ids) >= 2)
        for widget in (self.accept_button, self.reject_button):
            widget.setEnabled(bool(ids))
        single = len(ids) == 1
        for widget in (
            self.split_button,
            self.save_candidate,
            self.text,
            self.kind,
            self.locator,
            self.section,
            self.lead_in,
            self.themes,
            self.audiences,
        ):
            widget.setEnabled(single)
        if not ids:
            return
        candidate = self.draft.candidate(ids[0])
        self.text.setPlainText(candidate.text)
        self.kind.setCurrentIndex(max(0, self.kind.findData(candidate.kind)))
        self.locator.setText(candidate.locator)
        self.section.setText(candidate.section)
        self.lead_in.setText(candidate.lead_in)
        self.themes.set_selected(candidate.theme_ids(self.threshold))
        self.audiences.set_selected(candidate.audience_ids(self.threshold))
        self.document.show_span(f"draft-{id(self.draft.text)}", self.draft.text, candidate.span)

    # -- edits -------------------------------------------------------------
    def _apply(self, change, text: str) -> bool:
        try:
            after = change(self.draft)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Import review"))
            return False
        if after is not self.draft:
            self.undo_stack.push(DraftCommand(self, self.draft, after, text))
        return True

    @Slot(str, bool)
    def _on_status(self, candidate_id: str, accepted: bool) -> None:
        change = review.accept if accepted else review.reject
        self._apply(lambda d: change(d, [candidate_id]), ui.tr("Accept") if accepted else ui.tr("Reject"))

    def _set_status(self, accepted: bool) -> None:
        ids = self.selected_ids()
        change = review.accept if accepted else review.reject
        self._apply(lambda d: change(d, ids), ui.tr("Accept") if accepted else ui.tr("Reject"))

    @Slot()
    def accept_all(self) -> None:
        self._apply(review.accept_all, ui.tr("Accept all"))

    @Slot()
    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if self._apply(lambda d: review.merge(d, ids), ui.tr("Merge")):
            self.select_ids(ids[:1])

    @Slot()
    def split_at_cursor(self, at: int | None = None) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        position = self.text.textCursor().position() if at is None else at
        self._apply(lambda d: review.split(d, ids[0], position), ui.tr("Split"))

    @Slot()
    def apply_candidate_edits(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        candidate = self.draft.candidate(ids[0])
        changes: dict = {}
        if self.text.toPlainText().strip() != candidate.text:
            changes["text"] = self.text.toPlainText()
        for name, widget in (("locator", self.locator), ("section", self.section), ("lead_in", self.lead_in)):
            if widget.text() != getattr(candidate, name):
                changes[name] = widget.text()
        if self.kind.currentData() != candidate.kind:
            changes["kind"] = self.kind.currentData()
        if self.themes.selected() != candidate.theme_ids(self.threshold):
            changes["themes"] = self.themes.selected()
        if self.audiences.selected() != candidate.audience_ids(self.threshold):
            changes["audiences"] = self.audiences.selected()
        if changes:
            self._apply(lambda d: review.edit(d, ids[0], **changes), ui.tr("Edit candidate"))

    def _set_source_field(self, name: str, value: str) -> None:
        if str(getattr(self.draft.source, name, "")) != value:
            self._apply(
                lambda d: review.set_source(d, **{name: value}), ui.tr("Edit source {name}").format(name=name)
            )

    @Slot(bool)
    def _on_update(self, update: bool) -> None:
        text = ui.tr("Update earlier import") if update else ui.tr("Import as new")
        self._apply(lambda d: review.set_update(d, update), text)

    @Slot()
    def skip(self) -> None:
        """Leave this document out and go on with the next one."""
        self.skipped = True
        self.reject()

    # -- commit ------------------------------------------------------------
    @Slot()
    def commit(self):
        ws = self.workspace
        draft = self.draft
        before = None
        try:
            if draft.update and draft.existing_source_id:
                before = ws.edits.user_source_records(draft.existing_source_id)
            result = ws.imports.commit(draft)
            after = ws.edits.user_source_records(result.source_id)
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not import"))
            return None
        self.session.undo_stack.push(
            ImportCommand(
                ws, result.source_id, before, after, ui.tr("Import %n item(s)", "", len(result.item_ids))
            )
        )
        self.result = result
        self.accept()
        return result
