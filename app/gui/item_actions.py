"""The main window's commands on items: results menu, add to pack, copy, show in source, library edits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from app.gui.results_model import quotes_with_citations


class ItemActionsMixin:
    """Slots of MainWindow that act on the selected items (kept apart to keep the window small)."""

    # -- results actions -------------------------------------------------
    @Slot(QPoint)
    def _show_results_menu(self, global_pos: QPoint) -> None:
        a = self.actions_
        menu = QMenu(self)
        for action in (a.add_to_pack, a.copy_quote, a.show_in_source):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(a.revert_items)
        menu.addAction(a.delete_items)
        self._results_menu = menu
        menu.popup(global_pos)

    @Slot()
    def add_selected_to_pack(self) -> bool:
        return self.packs.add_items(self.results.selected_item_ids())

    @Slot()
    def add_all_to_pack(self) -> bool:
        return self.packs.add_items(self.results.results_model.item_ids())

    @Slot()
    def new_pack_from_search(self) -> None:
        query = self.search.query()
        taxonomy = self.session.library.taxonomy
        words = [taxonomy.label(t) for t in (*query.themes, *query.audiences)]
        title = " · ".join(words) or (query.text.strip() or "")
        self.packs.new_pack_from_search(query, title)

    @Slot()
    def copy_selected_quotes(self) -> None:
        ids = self.results.selected_item_ids()
        if ids:
            QGuiApplication.clipboard().setText(quotes_with_citations(self.session.library, ids))
            self.status_label.setText(f"Copied {len(ids)} quote(s) with citations.")

    @Slot()
    def show_in_source(self) -> None:
        item_id = self.results.current_item_id() or next(iter(self.results.selected_item_ids()), "")
        if item_id:
            self.detail.show_item(self.session.library, item_id)
            self.detail.source_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def delete_selected_items(self) -> None:
        count = self.library_actions.delete_items(self.results.selected_item_ids())
        if count:
            self.status_label.setText(f"Deleted {count} item(s). Undo (Ctrl+Z) brings them back.")

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

    # -- library editor and import -----------------------------------------
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

    @Slot()
    def import_document(self) -> None:
        from app.gui.import_run import run_import

        run_import(self, self.session)

