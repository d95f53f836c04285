"""Every menu and toolbar action of the main window, with its shortcut, icon and accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from app.gui import theme
from app.gui.i18n import ui


def _action(
    parent: QWidget,
    text: str,
    icon: str = "",
    shortcut=None,
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, parent)
    if icon:
        theme.set_icon(action, icon)
    if shortcut is not None:
        if isinstance(shortcut, list | tuple):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    plain = text.replace("&", "").rstrip("…")
    action.setToolTip(tip or plain)
    action.setStatusTip(tip or plain)
    return action


def _checkable(action: QAction) -> QAction:
    action.setCheckable(True)
    action.setChecked(True)
    return action


class MainActions:
    """The actions; the window connects them in its _connect_signals()."""

    def __init__(self, window: QWidget) -> None:
        std = QKeySequence.StandardKey
        self.new_pack = _action(
            window, ui.tr("&New pack"), "pack-new", std.New, ui.tr("Start a new briefing pack")
        )
        self.new_pack_from_search = _action(
            window,
            ui.tr("New pack from the res&ults"),
            "filter",
            ["Ctrl+Shift+Return", "Ctrl+Alt+N"],
            ui.tr(
                "A new pack of the results and the key facts on the ticked "
                "themes; it keeps the search, so refresh adds what the "
                "library gains"
            ),
        )
        self.open_pack = _action(
            window, ui.tr("&Open pack…"), "pack-open", std.Open, ui.tr("Browse and open saved packs")
        )
        self.save_pack = _action(window, ui.tr("&Save pack"), "save", std.Save, ui.tr("Save the pack"))
        self.duplicate_pack = _action(
            window,
            ui.tr("Save as &copy"),
            "duplicate",
            "Ctrl+Shift+S",
            ui.tr("Save a copy of this pack under a new name"),
        )
        self.export = _action(
            window, ui.tr("&Export brief…"), "export", "Ctrl+E", ui.tr("Export the pack to Word or PDF")
        )
        self.import_source = _action(
            window,
            ui.tr("&Import document…"),
            "import",
            "Ctrl+I",
            ui.tr("Import items from a document, reviewing each one"),
        )
        self.quit = _action(window, ui.tr("&Quit"), "", "Ctrl+Q", ui.tr("Quit Briefpack"))
        self.undo = _action(window, ui.tr("&Undo"), "undo", std.Undo)
        self.redo = _action(window, ui.tr("&Redo"), "redo", ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.find = _action(window, ui.tr("&Find"), "search", std.Find, ui.tr("Go to the search box"))
        self.clear_filters = _action(window, ui.tr("C&lear search and filters"), "clear", "Ctrl+Shift+L")
        self.add_to_pack = _action(
            window, ui.tr("&Add to pack"), "add", "Ctrl+Return", ui.tr("Add the selected items to the pack")
        )
        self.add_all_to_pack = _action(
            window,
            ui.tr("Add a&ll results to this pack"),
            "add",
            "Ctrl+Alt+Return",
            ui.tr("Add every item of the current results to the open pack"),
        )
        self.copy_quote = _action(
            window,
            ui.tr("&Copy quote with citation"),
            "copy",
            std.Copy,
            ui.tr("Copy the selected quotes with their citations"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.show_in_source = _action(
            window,
            ui.tr("Show in &source"),
            "source",
            "Ctrl+Shift+O",
            ui.tr("Show the item inside its source text"),
        )
        self.delete_items = _action(
            window,
            ui.tr("&Delete my item"),
            "delete",
            std.Delete,
            ui.tr("Delete the selected items you added (bundled items cannot be deleted)"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.revert_items = _action(
            window,
            ui.tr("Re&vert to original tags"),
            "refresh",
            None,
            ui.tr("Drop your edits to the selected bundled items"),
        )
        self.new_source = _action(
            window, ui.tr("New &source…"), "source", None, ui.tr("Add a document of your own")
        )
        self.add_item = _action(
            window,
            ui.tr("Add &item…"),
            "add",
            "Ctrl+Shift+N",
            ui.tr("Quote a passage from one of your sources"),
        )
        # The side panes can be put away on a small screen; the results and the item view stay.
        self.show_filters = _checkable(
            _action(window, ui.tr("&Filters pane"), "", "Ctrl+Shift+F", ui.tr("Show or hide the filters"))
        )
        self.show_pack_pane = _checkable(
            _action(window, ui.tr("&Pack pane"), "", "Ctrl+Shift+B", ui.tr("Show or hide the open pack"))
        )
        self.appearance = QActionGroup(window)
        self.appearance_actions: dict[str, QAction] = {}
        for mode, label in (
            ("system", ui.tr("Follow &system")),
            ("light", ui.tr("&Light")),
            ("dark", ui.tr("&Dark")),
        ):
            action = QAction(label, window)
            action.setCheckable(True)
            action.setData(mode)
            self.appearance.addAction(action)
            self.appearance_actions[mode] = action
        self.preferences = _action(
            window,
            ui.tr("&Preferences…"),
            "",
            "Ctrl+,",
            ui.tr("Author, organisation, template and branding for new packs, languages, export folder"),
        )
        self.print_brief = _action(
            window, ui.tr("&Print…"), "", std.Print, ui.tr("Print the brief, with a preview")
        )
        self.user_guide = _action(
            window, ui.tr("Briefpack &guide"), "info", std.HelpContents, ui.tr("A short guide to Briefpack")
        )
        self.search_help = _action(window, ui.tr("Search &syntax"), "search", None)
        self.about = _action(window, ui.tr("&About Briefpack"), "briefpack")
