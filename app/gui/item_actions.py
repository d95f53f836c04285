"""Commands on the items in the results: add to a pack, a new pack from the results, copy, show in
source, the results menu, and the library edits (new source, add item, delete, revert, import)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.detail_pane import DetailPane
from app.gui.i18n import ui
from app.gui.library_actions import LibraryActions
from app.gui.main_actions import MainActions
from app.gui.pack_controller import PackController
from app.gui.results_model import quotes_with_citations
from app.gui.results_view import ResultsView
from app.gui.search_controller import SearchController
from app.gui.session import Session
from app.gui.status import WindowStatus


class ItemActions(QObject):
    """The window's item commands, each given the views and controllers it works with."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        actions: MainActions,
        results: ResultsView,
        detail: DetailPane,
        search: SearchController,
        packs: PackController,
        library_actions: LibraryActions,
        status: WindowStatus,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.actions = actions
        self.results = results
        self.detail = detail
        self.search = search
        self.packs = packs
        self.library_actions = library_actions
        self.status = status
        self._menu: QMenu | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        a = self.actions
        a.add_to_pack.triggered.connect(self.add_selected_to_pack)
        a.add_all_to_pack.triggered.connect(self.add_all_to_pack)
        a.new_pack_from_search.triggered.connect(self.new_pack_from_search)
        a.copy_quote.triggered.connect(self.copy_selected_quotes)
        a.show_in_source.triggered.connect(self.show_in_source)
        a.delete_items.triggered.connect(self.delete_selected_items)
        a.revert_items.triggered.connect(self.revert_selected_items)
        a.new_source.triggered.connect(self.new_source)
        a.add_item.triggered.connect(self.add_item)
        a.import_source.triggered.connect(self.import_document)
        self.results.context_menu_requested.connect(self._show_results_menu)
        self.results.activated_items.connect(self.packs.add_items)

    # -- results ---------------------------------------------------------
    @Slot(QPoint)
    def _show_results_menu(self, global_pos: QPoint) -> None:
        a = self.actions
        menu = QMenu(self.window)
        for action in (a.add_to_pack, a.new_pack_from_search, a.copy_quote, a.show_in_source):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(a.revert_items)
        menu.addAction(a.delete_items)
        self._menu = menu
        menu.popup(global_pos)

    @Slot()
    def add_selected_to_pack(self) -> bool:
        return self.packs.add_items(self.results.selected_item_ids())

    @Slot()
    def add_all_to_pack(self) -> bool:
        """Every result into the open pack (a new pack from the results when none is open)."""
        if self.packs.state.pack is None:
            return self.new_pack_from_search() is not None
        return self.packs.add_items(self.results.results_model.item_ids())

    @Slot()
    def new_pack_from_search(self):
        """A new pack whose rules are the search (so refresh grows it), filled by the core's
        pack-from-selection: the results, then the key facts on the ticked themes."""
        return self.packs.new_pack_from_search(self.search.query())

    @Slot()
    def copy_selected_quotes(self) -> None:
        ids = self.results.selected_item_ids()
        if ids:
            QGuiApplication.clipboard().setText(quotes_with_citations(self.session.library, ids))
            self.status.show(ui.tr("Copied %n quote(s) with citations.", "", len(ids)))

    @Slot()
    def show_in_source(self) -> None:
        item_id = self.results.current_item_id() or next(iter(self.results.selected_item_ids()), "")
        if item_id:
            self.detail.show_item(self.session.library, item_id)
            self.detail.source_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- library edits -------------------------------------------------------
    @Slot()
    def delete_selected_items(self) -> None:
        count = self.library_actions.delete_items(self.results.selected_item_ids())
        if count:
            self.status.show(ui.tr("Deleted %n item(s). Undo (Ctrl+Z) brings them back.", "", count))

    @Slot()
    def revert_selected_items(self) -> None:
        library = self.session.library
        ids = [i for i in self.results.selected_item_ids() if library.items[i].overridden]
        if not ids:
            return
        stack = self.session.undo_stack
        stack.beginMacro(ui.tr("Revert %n item(s)", "", len(ids)))
        try:
            for item_id in ids:
                self.library_actions.revert(item_id)
        finally:
            stack.endMacro()

    @Slot()
    def new_source(self) -> str | None:
        return self.ask_new_source(self.window)

    def ask_new_source(self, parent: QWidget) -> str | None:
        """The new-source dialog over `parent` (the window, or the add-item dialog)."""
        from app.gui.library_editor import NewSourceDialog

        dialog = NewSourceDialog(self.library_actions.add_source, parent)
        dialog.exec()
        return dialog.source_id

    @Slot()
    def add_item(self) -> str | None:
        from app.gui.library_editor import AddItemDialog

        dialog = AddItemDialog(
            lambda: self.session.library, self.library_actions.add_item, self.ask_new_source, self.window
        )
        dialog.exec()
        if dialog.item_id:
            self.results.select_item(dialog.item_id)
        return dialog.item_id

    @Slot()
    def import_document(self) -> None:
        from app.gui.import_run import run_import

        run_import(self.window, self.session)
