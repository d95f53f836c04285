"""Pack commands of the main window: new, open, recent, save, save as copy, export, unsaved question."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from app.core.errors import BriefpackError
from app.gui import prompts
from app.gui.error_report import report_error
from app.gui.i18n import ui
from app.gui.messages import selection_summary
from app.gui.pack_panel import PackPanel
from app.gui.pack_state import PackState
from app.gui.session import Session
from app.gui.ui_state import UiState

if TYPE_CHECKING:
    from app.core.packs import Pack

UNTITLED = QT_TRANSLATE_NOOP("ui", "Untitled brief")
DEFAULT_FORMATS = ["docx", "pdf"]


class PackController(QObject):
    """Owns the open-pack workflow; the window wires actions to these slots."""

    message = Signal(str)  # a one-line status for the status bar

    def __init__(
        self, window: QWidget, session: Session, state: PackState, panel: PackPanel, ui_state: UiState
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.workspace = session.workspace
        self.state = state
        self.panel = panel
        self.ui_state = ui_state
        self.last_export = None
        panel.editor_built.connect(self._on_editor_built)

    @property
    def editor(self):
        """The pack editor (built on first use)."""
        return self.panel.ensure_editor()

    @Slot(object)
    def _on_editor_built(self, editor) -> None:
        editor.details.set_formats(self.formats())
        editor.details.formats_changed.connect(self._on_formats)

    # -- formats and folders (UI state) -------------------------------------
    def formats(self) -> list[str]:
        return self.ui_state.texts("export/formats") or list(DEFAULT_FORMATS)

    @Slot(list)
    def _on_formats(self, formats: list) -> None:
        self.ui_state.set_texts("export/formats", list(formats))

    # -- unsaved changes -------------------------------------------------
    def maybe_keep_changes(self) -> bool:
        """True when it is fine to drop the open pack (saved, discarded, or nothing to lose)."""
        self.panel.commit_pending()
        pack = self.state.pack
        if pack is None or not self.state.dirty:
            return True
        answer = prompts.ask_unsaved(self.window, pack.title)
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    # -- new, open ---------------------------------------------------------
    @Slot()
    def start_new_pack(self) -> Pack | None:
        """New pack (Ctrl+N, the toolbar, the menu): an untitled pack with nothing in it."""
        return self.new_pack()

    def new_pack(self, title: str = "", item_ids: list[str] | None = None) -> Pack | None:
        """A new, unsaved pack (the title field is focused to name it; "Untitled brief" until then)."""
        from app.core.packs import add_items, new_pack

        if not self.maybe_keep_changes():
            return None
        pack = new_pack(title or ui.tr(UNTITLED), **self.workspace.pack_defaults())
        if item_ids:
            pack = add_items(pack, item_ids)
        self.state.open(pack, saved=False)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        self.message.emit(ui.tr("New pack: add quotes from the results, then save (Ctrl+S)."))
        return pack

    def new_pack_from_search(self, query) -> Pack | None:
        """A new pack from the search (Ctrl+Shift+Return): the core's pack from a selection,
        whose rules are the search's, so that refresh grows it when the library does."""
        try:
            rules = self.workspace.packs.make_rules(
                query.themes,
                query.audiences,
                text=query.text,
                themes_mode=query.themes_mode,
                audiences_mode=query.audiences_mode,
                kinds=query.kinds,
                sources=query.sources,
                date_from=query.date_from,
                date_to=query.date_to,
            )
        except BriefpackError as exc:
            report_error(self.window, exc, ui.tr("Could not start a pack from this search"))
            return None
        if rules.empty:
            self.message.emit(
                ui.tr("Tick themes or audiences, or type a search, to start a pack from the results.")
            )
            return None
        if not self.maybe_keep_changes():
            return None
        try:
            made = self.workspace.packs.from_selection(rules)
        except BriefpackError as exc:
            report_error(self.window, exc, ui.tr("Could not start a pack from this search"))
            return None
        self.state.open(made.pack, saved=False)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        taxonomy = self.workspace.library.taxonomy
        summary = selection_summary(made, [taxonomy.label(t) for t in made.pack.rules.themes])
        self.message.emit(
            ui.tr("New pack: {summary} Name it, then save with Ctrl+S.").format(summary=summary)
        )
        return made.pack

    @Slot(str)
    def open_pack(self, pack_id: str) -> Pack | None:
        if self.state.pack is not None and self.state.pack.id == pack_id and not self.state.dirty:
            return self.state.pack
        if not self.maybe_keep_changes():
            return None
        try:
            pack = self.workspace.packs.get(pack_id)
        except BriefpackError as exc:
            report_error(self.window, exc, ui.tr("Could not open the pack"))
            self.ui_state.remove_recent_pack(pack_id)
            return None
        self.state.open(pack)
        self.ui_state.add_recent_pack(pack.id)
        self.message.emit(ui.tr("Opened “{title}”.").format(title=pack.title))
        return pack

    def open_file(self, path: Path) -> Pack | None:
        """Open a .briefpack file given by the desktop: imported the first time, the pack it made
        opened the next times (the file is not imported twice)."""
        # the import's dialogs load only when a file is opened: not at every start
        from app.gui.pack_file_import import import_pack_file

        outcome = import_pack_file(self.window, self.workspace, path, again_is_error=False)
        if outcome.pack_id is None:
            return None
        pack = self.open_pack(outcome.pack_id)
        if pack is not None:
            message = (
                ui.tr("Imported “{title}” from {file}.")
                if outcome.new
                else ui.tr("Opened “{title}”, imported earlier from {file}.")
            )
            self.message.emit(message.format(title=pack.title, file=path.name))
        return pack

    @Slot()
    def browse(self) -> None:
        from app.gui.packs_browser import PacksBrowser

        browser = PacksBrowser(self.workspace, self.ui_state.recent_packs(), self.window, self.ui_state)
        browser.open_requested.connect(self.open_pack)
        browser.pack_changed.connect(self._on_stored_pack_changed)
        browser.pack_deleted.connect(self._on_pack_deleted)
        self._browser = browser
        browser.exec()

    @Slot(str)
    def _on_stored_pack_changed(self, pack_id: str) -> None:
        pack = self.state.pack
        if pack is not None and pack.id == pack_id:
            self.state.adopt_saved(self.workspace.packs.get(pack_id))

    @Slot(str)
    def _on_pack_deleted(self, pack_id: str) -> None:
        self.ui_state.remove_recent_pack(pack_id)
        pack = self.state.pack
        if pack is not None and pack.id == pack_id:
            self.state.open(None)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        titles = {s.id: s.title for s in self.workspace.packs.summaries()}
        recent = [pack_id for pack_id in self.ui_state.recent_packs() if pack_id in titles]
        for n, pack_id in enumerate(recent, 1):
            action = menu.addAction(f"&{n} {titles[pack_id]}")
            action.triggered.connect(lambda _checked=False, p=pack_id: self.open_pack(p))
        if not recent:
            menu.addAction(ui.tr("No recent packs")).setEnabled(False)

    # -- save --------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        self.panel.commit_pending()
        if self.state.pack is None:
            return False
        try:
            pack = self.state.save()
        except BriefpackError as exc:
            from app.core.packs.store import PackConflictError  # loaded with the first pack

            if isinstance(exc, PackConflictError):  # saved or deleted elsewhere since it was opened
                from app.gui import pack_conflict

                return pack_conflict.resolve(self, exc)
            report_error(self.window, exc, ui.tr("Could not save the pack"))
            return False
        if pack is not None:
            self.ui_state.add_recent_pack(pack.id)
            self.message.emit(ui.tr("Saved “{title}”.").format(title=pack.title))
        return True

    @Slot()
    def save_copy(self) -> Pack | None:
        """Save what is on screen as a new pack and continue in it (the original stays as saved)."""
        from app.core.packs import duplicate

        self.panel.commit_pending()
        pack = self.state.pack
        if pack is None:
            return None
        try:
            copy = self.workspace.packs.save(duplicate(pack), f"copied from {pack.title!r}")
        except BriefpackError as exc:
            report_error(self.window, exc, ui.tr("Could not save a copy"))
            return None
        self.state.open(copy)
        self.ui_state.add_recent_pack(copy.id)
        self.message.emit(ui.tr("Saved as “{title}”.").format(title=copy.title))
        return copy

    # -- adding --------------------------------------------------------------
    def add_items(self, item_ids: list[str]) -> bool:
        """Add to the open pack, starting a new one when none is open."""
        if not item_ids:
            return False
        if self.state.pack is None:
            return self.new_pack(item_ids=item_ids) is not None
        pack = self.state.pack
        new = [i for i in dict.fromkeys(item_ids) if i not in pack or pack.entry(i).excluded]
        ok = self.editor.add_items(item_ids)
        if ok:
            there = len(set(item_ids)) - len(new)
            if not new:
                self.message.emit(ui.tr("Already in “{title}”: nothing added.").format(title=pack.title))
            else:
                also = ui.tr(" (%n already there)", "", there) if there else ""
                self.message.emit(
                    ui.tr("Added %n item(s) to “{title}”{also}.", "", len(new)).format(
                        title=pack.title, also=also
                    )
                )
        return ok

    # -- export --------------------------------------------------------------
    @Slot()
    def export(self):
        """Open the export dialog for the pack as it is on screen."""
        from app.gui.export_dialog import ExportDialog

        self.panel.commit_pending()
        pack = self.state.pack
        if pack is None:
            self.message.emit(ui.tr("Open or start a pack to export it."))
            return None
        folder = self.ui_state.text("export/folder") or self.workspace.preferences().export_folder
        dialog = ExportDialog(
            self.workspace, pack, self.editor.details.formats() or self.formats(), folder, self.window
        )
        dialog.finished.connect(lambda _code: self._after_export(dialog))
        self.last_export = dialog
        dialog.open()
        return dialog

    def _after_export(self, dialog) -> None:
        self.ui_state.set_text("export/folder", dialog.folder.text())
        if dialog.formats():
            self.ui_state.set_texts("export/formats", dialog.formats())
            self.editor.details.set_formats(dialog.formats())
        pack = self.state.pack
        if pack is None or pack.id != dialog.pack.id:
            return
        if dialog.built is not None:  # the export was recorded as a build: that version is the saved one
            self.state.adopt_saved(dialog.built)
            return
        changes = {}
        if dialog.template_id() != pack.template:
            changes["template"] = dialog.template_id()
        if dialog.branding_id() != pack.branding:
            changes["branding"] = dialog.branding_id()
        if changes:
            from app.core.packs import set_meta

            self.state.edit(lambda p: set_meta(p, **changes), ui.tr("Change template or branding"))
