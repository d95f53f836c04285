"""The main window: facets, search, results and the item in full, with the pack editor beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app import __version__, gc_policy
from app.core.errors import BriefpackError
from app.gui import i18n, icons, theme, window_state
from app.gui.crash import handle_exception
from app.gui.data_folder_watch import DataFolderWatch
from app.gui.detail_pane import DetailPane
from app.gui.error_report import report_error
from app.gui.facet_panel import FacetPanel
from app.gui.field_keys import FieldKeys
from app.gui.i18n import ui
from app.gui.item_actions import ItemActions
from app.gui.library_actions import LibraryActions
from app.gui.main_actions import MainActions
from app.gui.main_menus import build_menus, build_toolbar
from app.gui.pack_controller import PackController
from app.gui.pack_panel import PackPanel
from app.gui.pack_state import PackState
from app.gui.results_view import ResultsView
from app.gui.saved_searches_bar import SavedSearchesBar
from app.gui.search_box import FIELD_HELP, SearchBox
from app.gui.search_controller import SearchController
from app.gui.session import Session
from app.gui.status import WindowStatus
from app.gui.ui_state import UiState

if TYPE_CHECKING:  # the close event's type is set up by PySide6 when the window first closes
    from PySide6.QtGui import QCloseEvent

    from app.gui.workers import Task

APP_TITLE = "Briefpack"
RESULTS_MIN_WIDTH = 340  # px: the quote column stays readable however narrow the window


class MainWindow(QMainWindow):
    """One window over one Workspace; the library loads in the background after the window shows."""

    loaded = Signal()
    preferences_changed = Signal(object)  # the Preferences just saved

    def __init__(self, session: Session, ui_state: UiState | None = None) -> None:
        super().__init__()
        self.session = session
        self.workspace = session.workspace
        self.ui_state = ui_state or UiState()
        self.library_actions = LibraryActions(session, self)
        self.pack_state = PackState(session, self)
        self.is_loaded = False
        self._load_task: Task | None = None
        self._guide = None
        self.setWindowIcon(icons.app_icon())
        self.setObjectName("mainWindow")
        self.actions_ = MainActions(self)
        self._build_ui()
        self.recent_menu = build_menus(self, self.actions_)
        self.toolbar = build_toolbar(self, self.actions_)
        self.search = SearchController(session, self.search_box, self.facets, self.results, self)
        self.packs = PackController(self, session, self.pack_state, self.pack_panel, self.ui_state)
        self.data_watch = DataFolderWatch(self)
        self.items = ItemActions(
            self,
            session,
            self.actions_,
            self.results,
            self.detail,
            self.search,
            self.packs,
            self.library_actions,
            self.status,
        )
        a = self.actions_
        self.field_keys = FieldKeys(
            [
                a.export,
                a.save_pack,
                a.duplicate_pack,
                a.new_pack,
                a.open_pack,
                a.new_pack_from_search,
                a.import_source,
                a.find,
            ],
            self,
        )
        self.search_box.field_keys = self.field_keys
        self._connect_signals()
        self._set_ready(False)
        self._update_title()
        self._restore_state()
        self.setAcceptDrops(True)  # documents and folders dropped on the window are imported

    # -- building ----------------------------------------------------------
    def _build_ui(self) -> None:
        self.facets = FacetPanel()
        self.facets.setObjectName("facetPanel")
        self.facets.setMinimumWidth(200)
        self.saved_searches = SavedSearchesBar(self.workspace, self._current_search_fields)
        self.saved_searches.setObjectName("savedSearches")
        self.facets.top.addWidget(self.saved_searches)
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(ui.tr("Search message"))
        self.message_label.setVisible(False)
        self.results = ResultsView()
        self.results.setObjectName("resultsView")
        self.detail = DetailPane()
        self.detail.setObjectName("detailPane")
        self.detail.speller_source = lambda: self.session.speller
        self.pack_panel = PackPanel(self.session, self.pack_state)
        self.pack_panel.setObjectName("packPanel")

        search_area = QWidget()
        # the results keep room for their quotes; the side panes can be put away (View menu)
        search_area.setMinimumWidth(RESULTS_MIN_WIDTH)
        search_layout = QVBoxLayout(search_area)
        search_layout.setContentsMargins(4, 4, 4, 0)
        search_layout.addWidget(self.search_box)
        search_layout.addWidget(self.message_label)
        search_layout.addWidget(self.results, 1)

        self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        self.middle_splitter.setObjectName("middleSplitter")
        self.middle_splitter.addWidget(search_area)
        self.middle_splitter.addWidget(self.detail)
        self.middle_splitter.setStretchFactor(0, 1)
        self.middle_splitter.setStretchFactor(1, 1)
        self.middle_splitter.setChildrenCollapsible(False)
        self.middle_splitter.setSizes([380, 320])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.facets)
        self.main_splitter.addWidget(self.middle_splitter)
        self.main_splitter.addWidget(self.pack_panel)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.setSizes([230, 600, 450])
        self.setCentralWidget(self.main_splitter)

        self.status = WindowStatus(self.statusBar(), self.workspace.home)
        self.status.show(ui.tr("Loading the library…"), stay=True)
        self.count_label = self.status.count
        for action in (self.actions_.copy_quote, self.actions_.delete_items):
            self.results.addAction(action)
        QWidget.setTabOrder(self.search_box, self.results)
        QWidget.setTabOrder(self.results, self.detail)
        QWidget.setTabOrder(self.detail, self.pack_panel)

    def _connect_signals(self) -> None:
        a = self.actions_
        stack = self.session.undo_stack
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.clear_search)
        a.new_pack.triggered.connect(self.packs.start_new_pack)
        a.open_pack.triggered.connect(self.packs.browse)
        a.save_pack.triggered.connect(self.packs.save)
        a.duplicate_pack.triggered.connect(self.packs.save_copy)
        a.export.triggered.connect(self.packs.export)
        a.appearance.triggered.connect(self._on_appearance)
        a.search_help.triggered.connect(self.show_search_help)
        a.user_guide.triggered.connect(self.show_guide)
        a.preferences.triggered.connect(self.show_preferences)
        a.print_brief.triggered.connect(self.print_brief)
        a.about.triggered.connect(self.show_about)
        self.recent_menu.aboutToShow.connect(lambda: self.packs.fill_recent_menu(self.recent_menu))
        self.results.current_item_changed.connect(self._on_current_item)
        self.results.selectionModel().selectionChanged.connect(self._update_selection_actions)
        self.search.searched.connect(self._on_searched)
        self.saved_searches.chosen.connect(self.apply_search_fields)
        self.detail.tags_edited.connect(self._on_tags_edited)
        self.detail.note_edited.connect(self._on_note_edited)
        self.detail.revert_requested.connect(self._on_revert_requested)
        self.detail.add_to_pack_requested.connect(self.packs.add_items)
        self.pack_panel.new_pack_requested.connect(self.packs.start_new_pack)
        self.pack_panel.open_pack_requested.connect(self.packs.browse)
        self.pack_panel.editor_built.connect(self.field_keys.install)
        self.pack_state.pack_changed.connect(self._on_pack_changed)
        self.pack_state.dirty_changed.connect(self._on_pack_changed)
        self.pack_state.dirty_changed.connect(self._on_dirty)
        self.pack_state.pack_opened.connect(self._show_opened_pack)
        self.packs.message.connect(self.status.show)
        self.session.library_changed.connect(self._on_library_changed)
        self._connect_appearance()
        window_state.connect_side_panes(self)

    def _connect_appearance(self) -> None:
        """Follow the application's appearance (light, dark, the system's)."""
        current = theme.current()
        actions = self.actions_.appearance_actions
        if current is not None:
            current.changed.connect(self._on_palette_changed)
            actions[current.mode].setChecked(True)
        else:
            actions["system"].setChecked(True)

    # -- loading -------------------------------------------------------------
    def start_loading(self, background: bool | None = None) -> None:
        """Load the library (and a large one's search index); the window stays live while it loads.

        With only the bundled library (a few hundred items, read from its cache) loading takes a
        few milliseconds: it is done here, so the first paint already shows the results (the empty
        query is answered from the library; the index opens on the first real query). With the
        user's own sources, which may hold hundreds of thousands of items, it runs on a worker
        thread. `background` forces one way or the other."""
        workspace = self.workspace

        def load():
            library = workspace.library
            # A large library's index is built here, off the GUI thread; the bundled one's opens on
            # the first query with text or filters (the first screen needs only the library).
            workspace.search_index  # noqa: B018
            return library

        if background is None:
            background = workspace.has_user_sources()
        if not background:
            try:
                library = workspace.library
            except Exception as exc:  # reported as the worker's failure would be
                self._on_load_failed(exc)
            else:
                self._on_loaded(library)
            return
        from app.gui.workers import Task  # only a library with the user's sources loads on a worker

        self._load_task = Task(load, name="load library")
        self._load_task.signals.finished.connect(self._on_loaded)
        self._load_task.signals.failed.connect(self._on_load_failed)
        self._load_task.start()

    @Slot(object)
    def _on_loaded(self, library) -> None:
        gc_policy.settle()  # the library and the index live as long as the window
        self.facets.set_library(library)
        self.detail.set_library(library)
        self.search_box.set_vocabulary(self._vocabulary(library))
        self.saved_searches.reload()
        self.is_loaded = True
        self.search.enabled = True
        self._set_ready(True)
        self.status.clear(ui.tr("Loading the library…"))
        self.search.run()
        recent = self.ui_state.recent_packs()
        if recent and self.pack_state.pack is None:
            self.packs.open_pack(recent[0])
        self.data_watch.show_repairs()
        self.loaded.emit()

    @Slot(object)
    def _on_load_failed(self, exc: BaseException) -> None:
        gc_policy.settle()
        self.status.show(ui.tr("The library could not be loaded."), stay=True)
        if isinstance(exc, BriefpackError):
            report_error(self, exc, ui.tr("Could not load the library"))
        else:
            handle_exception(type(exc), exc, exc.__traceback__)

    def _vocabulary(self, library) -> list[str]:
        taxonomy = library.taxonomy
        words = [f"theme:{t}" for t in taxonomy.theme_ids]
        words += [f"audience:{a}" for a in taxonomy.audience_ids]
        words += [f"kind:{k}" for k in taxonomy.kind_ids]
        words += [f"source:{s}" for s in library.sources]
        words += [f"year:{s.year}" for s in library.sources.values() if s.year]
        return words

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.facets, self.search_box, self.results, self.detail, self.pack_panel):
            widget.setEnabled(ready)
        a = self.actions_
        for action in (
            a.find,
            a.clear_filters,
            a.new_source,
            a.add_item,
            a.new_pack,
            a.new_pack_from_search,
            a.open_pack,
            a.add_all_to_pack,
            a.import_source,
        ):
            action.setEnabled(ready)
        self._update_selection_actions()
        self._on_pack_changed()

    # -- search --------------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def clear_search(self) -> None:
        self.search_box.clear()
        self.facets.clear_all()

    def _current_search_fields(self) -> dict:
        return {"text": self.search_box.text(), **self.facets.filters()}

    @Slot(dict)
    def apply_search_fields(self, fields: dict) -> None:
        self.search_box.setText(str(fields.get("text", "")))
        self.facets.set_filters(**{k: v for k, v in fields.items() if k != "text"})

    @Slot(object)
    def _on_searched(self, result) -> None:
        self.count_label.setText(
            ui.tr("{shown} of %n item(s)", "", len(self.session.library)).format(shown=result.total)
        )
        self.message_label.setText(i18n.core_text(result.message))
        self.message_label.setVisible(bool(result.message))
        if not self.results.current_item_id():
            self.detail.show_item(self.session.library, None)
        self._update_selection_actions()

    # -- the current item ----------------------------------------------------
    @Slot(str)
    def _on_current_item(self, item_id: str) -> None:
        if self.is_loaded:
            built = self.detail.built
            self.detail.show_item(self.session.library, item_id or None)
            if self.detail.built and not built:
                self.field_keys.install(self.detail)
        self._update_selection_actions()

    @Slot()
    def _update_selection_actions(self) -> None:
        ids = self.results.selected_item_ids() if self.is_loaded else []
        library = self.session.library if self.is_loaded else None
        a = self.actions_
        for action in (a.copy_quote, a.show_in_source, a.add_to_pack):
            action.setEnabled(bool(ids))
        a.revert_items.setEnabled(
            library is not None and any(library.items[i].overridden for i in ids if i in library.items)
        )
        a.delete_items.setEnabled(bool(ids) and bool(self.library_actions.deletable(ids)))

    @Slot(list)
    def _on_library_changed(self, item_ids: list) -> None:
        library = self.session.library
        self.facets.set_library(library)
        self.results.results_model.refresh_items(library, item_ids)
        shown = self.detail.item_id
        if shown and (shown in item_ids or shown not in library.items):
            self.detail.show_item(library, shown if shown in library.items else None)
        editor = self.pack_panel.editor
        if editor is not None:
            editor.entries_model.set_pack(self.pack_state.pack)
            editor.preview.schedule()
        self._update_selection_actions()

    @Slot(str, tuple, tuple)
    def _on_tags_edited(self, item_id: str, themes: tuple, audiences: tuple) -> None:
        if not self.library_actions.set_tags(item_id, themes, audiences):
            self.detail.show_item(self.session.library, item_id)

    @Slot(str, str)
    def _on_note_edited(self, item_id: str, note: str) -> None:
        self.library_actions.set_note(item_id, note)

    @Slot(str)
    def _on_revert_requested(self, item_id: str) -> None:
        self.library_actions.revert(item_id)

    # -- undo ----------------------------------------------------------------
    @Slot()
    def _undo(self) -> None:
        self.commit_pending()
        self.session.undo_stack.undo()

    @Slot()
    def _redo(self) -> None:
        self.commit_pending()
        self.session.undo_stack.redo()

    @Slot(str)
    def _on_undo_text(self, text: str) -> None:
        _name_step(self.actions_.undo, ui.tr("&Undo"), text)

    @Slot(str)
    def _on_redo_text(self, text: str) -> None:
        _name_step(self.actions_.redo, ui.tr("&Redo"), text)

    def commit_pending(self) -> None:
        """Commit whatever is being typed (a note, a title, a cell), so that undo, save, export
        and close act on what the user did last."""
        self.detail.commit_pending()
        self.pack_panel.commit_pending()

    # -- pack state ----------------------------------------------------------
    @Slot(bool)
    def _on_dirty(self, dirty: bool) -> None:
        """A "Saved …" message must not stay up once there are unsaved changes again."""
        if dirty and self.status.text().startswith("Saved"):
            self.status.clear()

    @Slot()
    @Slot(object)
    def _show_opened_pack(self, pack) -> None:
        """A pack opened or started while its pane is put away is shown: that is where it is edited."""
        if pack is not None:
            self.actions_.show_pack_pane.setChecked(True)

    def _on_pack_changed(self, *_args) -> None:
        pack = self.pack_state.pack
        a = self.actions_
        for action in (a.save_pack, a.duplicate_pack, a.export, a.print_brief):
            action.setEnabled(pack is not None and self.is_loaded)
        self._update_title()

    def _update_title(self) -> None:
        pack = self.pack_state.pack
        name = f"{pack.title} — {APP_TITLE}" if pack is not None else APP_TITLE
        self.setWindowTitle(f"{name}[*]")
        self.setWindowModified(self.pack_state.dirty)

    # -- appearance, help ------------------------------------------------
    @Slot(QAction)
    def _on_appearance(self, action: QAction) -> None:
        current = theme.current()
        if current is not None:
            current.apply(str(action.data()))
            self.ui_state.set_text("appearance", current.mode)

    @Slot()
    def _on_palette_changed(self) -> None:
        self.detail.refresh_colors()
        self.results.viewport().update()

    @Slot()
    def show_guide(self):
        """Help ▸ Briefpack guide (F1): the guide shipped with the program, beside the window."""
        from app.gui.guide import GuideDialog

        if self._guide is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        return self._guide

    @Slot()
    def show_preferences(self):
        from app.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.workspace, self)
        dialog.finished.connect(lambda _code: self._after_preferences(dialog))
        self._preferences = dialog
        dialog.open()
        return dialog

    def _after_preferences(self, dialog) -> None:
        if dialog.saved is not None:
            if self.session.has_speller:
                self.session.speller.set_language(dialog.saved.spelling)
            self.preferences_changed.emit(dialog.saved)
            self.status.show(ui.tr("Preferences saved."))
            language = i18n.window_language(dialog.saved.language)
            if language != (self.workspace.interface_language or i18n.SOURCE_LANGUAGE):
                from app.gui.language_switch import offer_restart

                self._restart_box = offer_restart(self, language)

    @Slot()
    def print_brief(self):
        """File ▸ Print (Ctrl+P): the brief as the preview shows it, in a print preview."""
        from app.gui.printing import print_preview

        self.commit_pending()
        pack = self.pack_state.pack
        if pack is None:
            return None
        self._print = print_preview(self, self.workspace, pack)
        return self._print

    @Slot()
    def show_search_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums are set up when first needed

        QMessageBox.information(self, ui.tr("Search syntax"), ui.tr(FIELD_HELP))

    @Slot()
    def show_about(self) -> None:
        import platform

        from PySide6 import __version__ as qt_binding_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QMessageBox

        from app.build_info import build_details

        details = build_details()
        made = " ".join(details.get(key, "") for key in ("kind", "date")).strip()
        if "commit" in details:
            made += f", commit {details['commit']}"
        QMessageBox.about(
            self,
            ui.tr("About Briefpack"),
            ui.tr(
                "<b>Briefpack {version}</b><p>Tagged anti-trafficking recommendations, quoted "
                "exactly and cited, assembled into briefs for Word and PDF. Works offline.</p>"
            ).format(version=__version__)
            + ui.tr(
                "<p>Build: {build}<br>Python {python}, Qt {qt}, PySide6 {pyside}<br>Data folder: {folder}</p>"
            ).format(
                build=made,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=qt_binding_version,
                folder=self.session.workspace.home,
            ),
        )

    # -- window state --------------------------------------------------------
    def _restore_state(self) -> None:
        window_state.restore(self)

    def save_state(self) -> None:
        window_state.save(self)

    def dragEnterEvent(self, event) -> None:
        from app.gui.import_run import dropped_documents

        if self.is_loaded and dropped_documents(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from app.gui.import_run import dropped_documents, run_import

        paths = dropped_documents(event.mimeData())
        if self.is_loaded and paths:
            event.acceptProposedAction()
            run_import(self, self.session, paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending()
        if not self.packs.maybe_keep_changes():
            event.ignore()
            return
        self.save_state()
        event.accept()


STEP_CHARS = 48


def _name_step(action: QAction, verb: str, step: str) -> None:
    """ "Undo Edit note" in the menu (a long step shortened), "Undo" on the toolbar button, the
    whole step in the tooltip: the toolbar keeps its size whatever the step is called."""
    shown = step if len(step) <= STEP_CHARS else step[: STEP_CHARS - 1].rstrip() + "…"
    action.setText(f"{verb} {shown}".strip())
    action.setIconText(verb.replace("&", ""))
    plain = verb.replace("&", "")
    action.setToolTip(f"{plain} {step}" if step else plain)


def ready_timer(window: MainWindow, callback) -> None:
    """Call back once the window is loaded and the event loop has run once more."""

    def fire() -> None:
        QTimer.singleShot(0, callback)

    if window.is_loaded:
        fire()
    else:
        window.loaded.connect(fire)
