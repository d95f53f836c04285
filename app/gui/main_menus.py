"""The main window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.gui.i18n import ui
from app.gui.main_actions import MainActions


def build_menus(window: QMainWindow, a: MainActions) -> QMenu:
    """Fill the menu bar; returns the Open recent menu (filled when it opens)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(ui.tr("&File"))
    for action in (a.new_pack, a.new_pack_from_search, a.open_pack):
        file_menu.addAction(action)
    recent = file_menu.addMenu(ui.tr("Open &recent"))
    recent.setObjectName("recentMenu")
    file_menu.addSeparator()
    for action in (a.save_pack, a.duplicate_pack):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addAction(a.print_brief)
    file_menu.addAction(a.import_source)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(ui.tr("&Edit"))
    for action in (a.undo, a.redo):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (a.find, a.clear_filters):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (a.add_to_pack, a.new_pack_from_search, a.add_all_to_pack, a.copy_quote, a.show_in_source):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)

    library_menu = bar.addMenu(ui.tr("&Library"))
    for action in (a.new_source, a.add_item, a.import_source):
        library_menu.addAction(action)
    library_menu.addSeparator()
    for action in (a.revert_items, a.delete_items):
        library_menu.addAction(action)

    view_menu = bar.addMenu(ui.tr("&View"))
    view_menu.addAction(a.show_filters)
    view_menu.addAction(a.show_pack_pane)
    view_menu.addSeparator()
    appearance = view_menu.addMenu(ui.tr("&Appearance"))
    for action in a.appearance_actions.values():
        appearance.addAction(action)

    help_menu = bar.addMenu(ui.tr("&Help"))
    help_menu.addAction(a.user_guide)
    help_menu.addAction(a.search_help)
    help_menu.addAction(a.about)
    return recent


def build_toolbar(window: QMainWindow, a: MainActions) -> QToolBar:
    toolbar = QToolBar(ui.tr("Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.new_pack, a.open_pack, a.save_pack, a.export):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (a.undo, a.redo):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(a.add_to_pack)
    window.addToolBar(toolbar)
    return toolbar
