"""The main window: facets, search, results and the item in full; pack editor beside them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.gui import icons, theme
from app.gui.detail_pane import DetailPane
from app.gui.error_dialog import show_error
from app.gui.facet_panel import FacetPanel
from app.gui.library_actions import LibraryActions
from app.gui.main_actions import MainActions
from app.gui.results_view import ResultsView
from app.gui.search_box import FIELD_HELP, SearchBox
from app.gui.session import Session
from app.gui.ui_state import UiState
from app.gui.workers import Task

log = logging.getLogger("briefpack.gui")
APP_TITLE = "Briefpack"


class MainWindow(QMainWindow):
    """One window over one Workspace; the library loads in the background after the window shows."""

    loaded = Signal()

    def __init__(self, session: Session, ui_state: UiState | None = None) -> None:
        super().__init__()
        self.session = session
        self.workspace = session.workspace
        self.ui_state = ui_state or UiState()
        self.library_actions = LibraryActions(session, self)
        self.is_loaded = False
        self._load_task: Task | None = None
        self.setWindowIcon(icons.app_icon())
        self.setObjectName("mainWindow")
        self.actions_ = MainActions(self)
        self._build_ui()
        self._build_menus()
        from app.gui.search_controller import SearchController

        self.search = SearchController(session, self.search_box, self.facets, self.results, self)
        self._connect_signals()
        self._set_ready(False)
        self._update_title()
        self._restore_state()

    # -- building ----------------------------------------------------------
    def _build_ui(self) -> None:
        self.facets = FacetPanel()
        self.facets.setObjectName("facetPanel")
        self.facets.setMinimumWidth(190)
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Result count")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("Search message")
        self.message_label.setVisible(False)
        self.results = ResultsView()
        self.results.setObjectName("resultsView")
        self.detail = DetailPane()
        self.detail.setObjectName("detailPane")

        search_area = QWidget()
        search_layout = QVBoxLayout(search_area)
        search_layout.setContentsMargins(4, 4, 4, 0)
        search_layout.addWidget(self.search_box)
        search_layout.addWidget(self.message_label)
        search_layout.addWidget(self.results, 1)

        self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        self.middle_splitter.setObjectName("middleSplitter")
        self.middle_splitter.addWidget(search_area)
        self.middle_splitter.addWidget(self.detail)
        self.middle_splitter.setStretchFactor(0, 3)
        self.middle_splitter.setStretchFactor(1, 2)
        self.middle_splitter.setChildrenCollapsible(False)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.facets)
        self.main_splitter.addWidget(self.middle_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([220, 1000])
        self.setCentralWidget(self.main_splitter)

        self.status_label = QLabel("Loading the library…")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions_
        for action in (a.new_pack, a.open_pack, a.save_pack, a.export):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (a.undo, a.redo):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(a.add_to_pack)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

        for action in (a.copy_quote, a.delete_items):
            self.results.addAction(action)

    def _build_menus(self) -> None:
        a = self.actions_
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for action in (a.new_pack, a.open_pack):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        for action in (a.save_pack, a.duplicate_pack):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a.export)
        file_menu.addAction(a.import_source)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = menu.addMenu("&Edit")
        for action in (a.undo, a.redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (a.find, a.clear_filters):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (a.add_to_pack, a.copy_quote, a.show_in_source):
            edit_menu.addAction(action)
        self.edit_menu = edit_menu
        library_menu = menu.addMenu("&Library")
        for action in (a.new_source, a.add_item):
            library_menu.addAction(action)
        library_menu.addSeparator()
        for action in (a.revert_items, a.delete_items):
            library_menu.addAction(action)
        view_menu = menu.addMenu("&View")
        appearance = view_menu.addMenu("&Appearance")
        for action in a.appearance_actions.values():
            appearance.addAction(action)
        self.view_menu = view_menu
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(a.search_help)
        help_menu.addAction(a.about)

    def _connect_signals(self) -> None:
        a = self.actions_
        stack = self.session.undo_stack
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: a.undo.setText(f"&Undo {text}".strip()))
        stack.redoTextChanged.connect(lambda text: a.redo.setText(f"&Redo {text}".strip()))
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.clear_search)
        a.copy_quote.triggered.connect(self.copy_selected_quotes)
        a.show_in_source.triggered.connect(self.show_in_source)
        a.delete_items.triggered.connect(self.delete_selected_items)
        a.revert_items.triggered.connect(self.revert_selected_items)
        a.new_source.triggered.connect(self.new_source)
        a.add_item.triggered.connect(self.add_item)
        a.appearance.triggered.connect(self._on_appearance)
        a.search_help.triggered.connect(self.show_search_help)
        a.about.triggered.connect(self.show_about)
        self.results.current_item_changed.connect(self._on_current_item)
        self.results.context_menu_requested.connect(self._show_results_menu)
        self.results.selectionModel().selectionChanged.connect(self._update_selection_actions)
        self.search.searched.connect(self._on_searched)
        self.detail.tags_edited.connect(self._on_tags_edited)
        self.detail.note_edited.connect(self._on_note_edited)
        self.detail.revert_requested.connect(self._on_revert_requested)
        self.session.library_changed.connect(self._on_library_changed)
        current = theme.current()
        if current is not None:
            current.changed.connect(self._on_palette_changed)
            a.appearance_actions[current.mode].setChecked(True)
        else:
            a.appearance_actions["system"].setChecked(True)

    # -- loading -------------------------------------------------------------
    def start_loading(self) -> None:
        """Load the library and warm the search off the GUI thread; the window stays responsive."""
        workspace = self.workspace

        def load():
            from app.core.search import Query

            library = workspace.library
            workspace.search(Query(), limit=1)
            return library

        self._load_task = Task(load, name="load library")
        self._load_task.signals.finished.connect(self._on_loaded)
        self._load_task.signals.failed.connect(self._on_load_failed)
        self._load_task.start()

    @Slot(object)
    def _on_loaded(self, library) -> None:
        self.facets.set_library(library)
        self.detail.set_library(library)
        self.search_box.set_vocabulary(self._vocabulary(library))
        self.is_loaded = True
        self.search.enabled = True
        self._set_ready(True)
        self.search.run()
        for message in self.workspace.recovery_messages:
            show_error(self, BriefpackError(message, hint="Check your recent edits."), "Data folder repaired")
        self.loaded.emit()

    @Slot(object)
    def _on_load_failed(self, exc: BaseException) -> None:
        self.status_label.setText("The library could not be loaded.")
        if isinstance(exc, BriefpackError):
            show_error(self, exc, "Could not load the library")
        else:
            from app.gui.crash import handle_exception

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
        for widget in (self.facets, self.search_box, self.results, self.detail):
            widget.setEnabled(ready)
        a = self.actions_
        for action in (a.find, a.clear_filters, a.new_source, a.add_item):
            action.setEnabled(ready)
        self._update_selection_actions()

    # -- search --------------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def clear_search(self) -> None:
        self.search_box.clear()
        self.facets.clear_all()

    @Slot(object)
    def _on_searched(self, result) -> None:
        total_library = len(self.session.library)
        self.count_label.setText(f"{result.total} of {total_library} items")
        self.message_label.setText(result.message)
        self.message_label.setVisible(bool(result.message))
        self.status_label.setText("Ready")
        if not self.results.current_item_id():
            self.detail.show_item(self.session.library, None)

    # -- the current item ----------------------------------------------------
    @Slot(str)
    def _on_current_item(self, item_id: str) -> None:
        if self.is_loaded:
            self.detail.show_item(self.session.library, item_id or None)
        self._update_selection_actions()

    @Slot()
    def _update_selection_actions(self) -> None:
        ids = self.results.selected_item_ids() if self.is_loaded else []
        a = self.actions_
        a.copy_quote.setEnabled(bool(ids))
        a.show_in_source.setEnabled(bool(ids))
        a.revert_items.setEnabled(self.is_loaded and any(
            self.session.library.items[i].overridden for i in ids if i in self.session.library.items))
        a.delete_items.setEnabled(self.is_loaded and bool(self.library_actions.deletable(ids)))

    @Slot(list)
    def _on_library_changed(self, item_ids: list) -> None:
        library = self.session.library
        self.facets.set_library(library)
        self.results.results_model.refresh_items(library, item_ids)
        shown = self.detail.item_id
        if shown and (shown in item_ids or shown not in library.items):
            self.detail.show_item(library, shown if shown in library.items else None)
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

    # -- results actions -------------------------------------------------
    @Slot(QPoint)
    def _show_results_menu(self, global_pos: QPoint) -> None:
        a = self.actions_
        menu = QMenu(self)
        menu.addAction(a.add_to_pack)
        menu.addAction(a.copy_quote)
        menu.addAction(a.show_in_source)
        menu.addSeparator()
        menu.addAction(a.revert_items)
        menu.addAction(a.delete_items)
        self._results_menu = menu
        menu.popup(global_pos)

    def quotes_with_citations(self, item_ids: list[str]) -> str:
        library = self.session.library
        from app.core.citations import full_citation

        parts = []
        for item_id in item_ids:
            item = library.items[item_id]
            parts.append(f"“{item.text}”\n{full_citation(library.source_of(item), item)}")
        return "\n\n".join(parts)

    @Slot()
    def copy_selected_quotes(self) -> None:
        ids = self.results.selected_item_ids()
        if ids:
            QGuiApplication.clipboard().setText(self.quotes_with_citations(ids))
            self.status_label.setText(f"Copied {len(ids)} quote(s) with citations.")

    @Slot()
    def show_in_source(self) -> None:
        item_id = self.results.current_item_id() or next(iter(self.results.selected_item_ids()), "")
        if item_id:
            self.detail.show_item(self.session.library, item_id)
            self.detail.source_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def delete_selected_items(self) -> None:
        own = self.library_actions.deletable(self.results.selected_item_ids())
        if not own:
            return
        count = self.library_actions.delete_items(own)
        if count:
            self.status_label.setText(f"Deleted {count} item(s). Undo brings them back.")

    @Slot()
    def revert_selected_items(self) -> None:
        library = self.session.library
        ids = [i for i in self.results.selected_item_ids() if library.items[i].overridden]
        if not ids:
            return
        stack = self.session.undo_stack
        stack.beginMacro(f"Revert {len(ids)} item(s)")
        try:
            for item_id in ids:
                self.library_actions.revert(item_id)
        finally:
            stack.endMacro()

    # -- library editor ------------------------------------------------------
    @Slot()
    def new_source(self) -> str | None:
        from app.gui.library_editor import NewSourceDialog

        dialog = NewSourceDialog(self.library_actions.add_source, self)
        dialog.exec()
        return dialog.source_id

    @Slot()
    def add_item(self) -> str | None:
        from app.gui.library_editor import AddItemDialog

        dialog = AddItemDialog(self.session.library, self.library_actions.add_item, self.new_source, self)
        dialog.exec()
        if dialog.item_id:
            self.results.select_item(dialog.item_id)
        return dialog.item_id

    # -- undo ----------------------------------------------------------------
    @Slot()
    def _undo(self) -> None:
        self._commit_pending_edits()
        self.session.undo_stack.undo()

    @Slot()
    def _redo(self) -> None:
        self._commit_pending_edits()
        self.session.undo_stack.redo()

    def _commit_pending_edits(self) -> None:
        """A field being typed in is committed first, so undo undoes what the user sees last."""
        focus = QGuiApplication.focusObject()
        if focus is self.detail.note:
            self.detail._commit_note()

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
    def show_search_help(self) -> None:
        QMessageBox.information(self, "Search syntax", FIELD_HELP)

    @Slot()
    def show_about(self) -> None:
        from app import __version__

        QMessageBox.about(self, "About Briefpack",
                          f"<b>Briefpack {__version__}</b><p>Tagged anti-trafficking recommendations, quoted "
                          "exactly and cited, assembled into briefs for Word and PDF. Works offline.</p>")

    # -- window state --------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{APP_TITLE}[*]")

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "middle": self.middle_splitter, "detail": self.detail.splitter}

    def _restore_state(self) -> None:
        geometry = self.ui_state.blob("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.ui_state.blob("window/state")
        if state is not None:
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            sizes = self.ui_state.blob(f"splitters/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
        header = self.ui_state.blob("results/header")
        if header is not None:
            self.results.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.ui_state.set_blob("window/geometry", self.saveGeometry())
        self.ui_state.set_blob("window/state", self.saveState())
        for name, splitter in self._splitters().items():
            self.ui_state.set_blob(f"splitters/{name}", splitter.saveState())
        self.ui_state.set_blob("results/header", self.results.horizontalHeader().saveState())
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._commit_pending_edits()
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.save_state()
        event.accept()

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to close (nothing unsaved, saved, or the user chose to discard)."""
        return True


def ready_timer(window: MainWindow, callback) -> None:
    """Call back once the window is loaded and the event loop has painted it."""
    def fire() -> None:
        QTimer.singleShot(0, callback)

    if window.is_loaded:
        fire()
    else:
        window.loaded.connect(fire)
