"""Importing from the window: documents chosen or dropped (files and folders) are read in the
background with a cancellable progress, then reviewed one after another; a summary at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.errors import BriefpackError
from app.core.importing import review
from app.core.importing.bulk import collect, read_all
from app.core.importing.commit import recognise
from app.core.importing.readers import SUFFIXES
from app.gui.error_report import report_error
from app.gui.files import ask_open_paths
from app.gui.i18n import core_text, ui
from app.gui.import_dialog import ImportReviewDialog
from app.gui.session import Session
from app.gui.workers import Task

FILE_FILTER = QT_TRANSLATE_NOOP("ui", "Documents (*.pdf *.docx *.txt *.md *.markdown);;All files (*)")


def dropped_documents(mime: QMimeData) -> list[str]:
    """The local files and folders in a drag, when every one of them can be imported."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(mime.urls()):
        return []
    ok = all(Path(p).is_dir() or Path(p).suffix.lower() in SUFFIXES for p in paths)
    return paths if ok else []


class ImportRun(QObject):
    """Read the chosen files (a cancellable progress), then review them one after another."""

    def __init__(self, window: QWidget, session: Session, paths: list[str]) -> None:
        super().__init__(window)
        self.window, self.session, self.paths = window, session, paths
        self.drafts: list = []
        self.refused: list[tuple[str, str]] = []  # (file name, why)
        self.imported: list[tuple[str, int]] = []  # (source id, items)
        self.skipped = 0
        self.count = 0
        self.dialog: ImportReviewDialog | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        files, missing = collect(self.paths)
        self.refused = [(m.path.name, m.error) for m in missing]
        if not files:
            self._finish()
            return
        workspace = self.session.workspace
        if len(files) == 1:
            label = ui.tr("Reading {file}…").format(file=files[0].name)
        else:
            label = ui.tr("Reading %n documents…", "", len(files))
        self.progress = QProgressDialog(label, ui.tr("Cancel"), 0, len(files), self.window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)  # no library edits while it reads
        self.progress.setWindowTitle(ui.tr("Import"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

        def read(progress, cancel):
            tagger = workspace.imports.tagger()
            reads = []
            # one after another on this thread: the review, not the reading, sets the pace, and no
            # process is started from the window (a frozen app could not start one as it is)
            for n, one in enumerate(read_all(files, tagger, jobs=1, cancelled=cancel), 1):
                reads.append(one)
                progress(n, len(files), one.path.name)
            return reads

        self.task = Task(read, reports=True, name="import read")
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_read)
        self.task.signals.failed.connect(self._on_failed)
        self.progress.canceled.connect(self._on_cancel)
        self.task.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        progress = self.progress  # setValue lets events run: the reading may finish meanwhile
        if progress is not None:
            progress.setLabelText(
                ui.tr("Read {done} of {total} documents ({name})").format(done=done, total=total, name=name)
                if total > 1
                else ui.tr("Reading {file}…").format(file=name)
            )
            progress.setValue(done)

    @Slot()
    def _on_cancel(self) -> None:
        """Stop reading: nothing was written; a document being read is left to finish unseen."""
        if self.task is not None:
            self.task.cancel()
            self.task.signals.finished.disconnect(self._on_read)
        self._close_progress()
        self.task = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.close()
            self.progress = None

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._close_progress()
        report_error(self.window, exc, ui.tr("Could not read the documents"))

    @Slot(object)
    def _on_read(self, reads) -> None:
        self._close_progress()
        for read in reads:
            if read.draft is None:
                reason = f"{core_text(read.error)} {core_text(read.hint)}".strip()
                self.refused.append((read.path.name, reason))
            elif not read.draft.candidates:
                self.refused.append((read.path.name, ui.tr("no candidate items were found")))
            else:
                self.drafts.append(read.draft)
        if len(reads) == 1 and not self.drafts and self.refused:
            _name, why = self.refused.pop()
            report_error(self.window, BriefpackError(why), ui.tr("Could not read the document"))
            return
        self.count = len(self.drafts)
        self._next()

    def _next(self) -> None:
        if not self.drafts:
            self._finish()
            return
        draft = recognise(self.drafts.pop(0), self.session.workspace.imports.batch().earlier)
        if not draft.source.title:
            draft = review.set_source(draft, title=Path(draft.document.path).stem)
        position = (self.count - len(self.drafts), self.count)
        self.dialog = ImportReviewDialog(self.session, draft, self.window, position)
        self.dialog.finished.connect(self._on_reviewed)
        self.dialog.open()

    @Slot(int)
    def _on_reviewed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if dialog.result is not None:
            self.imported.append((dialog.result.source_id, len(dialog.result.item_ids)))
            self._next()
        elif dialog.skipped:
            self.skipped += 1
            self._next()
        else:  # stopped: the rest is not imported
            self.skipped += 1 + len(self.drafts)
            self.drafts.clear()
            self._finish()
        dialog.deleteLater()

    def _finish(self) -> None:
        if len(self.paths) == 1 and self.count <= 1 and not self.refused:
            return  # one document: its review said it all
        lines = []
        if self.imported:
            items = sum(n for _, n in self.imported)
            lines.append(
                ui.tr("Imported %n document(s)", "", len(self.imported))
                + ui.tr(" with %n item(s).", "", items)
            )
        if self.skipped:
            lines.append(ui.tr("%n document(s) not imported.", "", self.skipped))
        if self.refused:
            lines.append(ui.tr("%n could not be imported:", "", len(self.refused)))
            lines += [f"• {name}: {why}" for name, why in self.refused[:20]]
            if len(self.refused) > 20:
                lines.append(ui.tr("… and %n more.", "", len(self.refused) - 20))
        icon = QMessageBox.Icon.Warning if self.refused else QMessageBox.Icon.Information
        text = "\n".join(lines) or ui.tr("Nothing was imported.")
        box = QMessageBox(icon, ui.tr("Import"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(ui.tr("Import summary"))
        box.open()
        self.summary = box


def run_import(window, session: Session, paths: list[str] | str | None = None) -> ImportRun | None:
    """Ask for documents (or take the given files and folders), read them in the background and
    review each in turn; returns the run (None when nothing was chosen)."""
    if isinstance(paths, str):
        paths = [paths] if paths else []
    if not paths:
        chosen = ask_open_paths(window, ui.tr("Import documents"), ui.tr(FILE_FILTER), window.ui_state)
        paths = [str(path) for path in chosen]
    if not paths:
        return None
    run = ImportRun(window, session, list(paths))
    window._import_run = run
    run.start()
    return run
