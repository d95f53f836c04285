"""Every menu and toolbar action of the main window, with its shortcut, icon and accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from app.gui import theme


def _action(parent: QWidget, text: str, icon: str = "", shortcut=None, tip: str = "",
            context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
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


class MainActions:
    """The actions; the window connects them in its _connect_signals()."""

    def __init__(self, window: QWidget) -> None:
        std = QKeySequence.StandardKey
        self.new_pack = _action(window, "&New pack", "pack-new", std.New, "Start a new briefing pack")
        self.new_pack_from_search = _action(window, "New pack from the res&ults", "filter",
                                            ["Ctrl+Shift+Return", "Ctrl+Alt+N"],
                                            "A new pack of the results and the key facts on the ticked "
                                            "themes; it keeps the search, so refresh adds what the "
                                            "library gains")
        self.open_pack = _action(window, "&Open pack…", "pack-open", std.Open, "Browse and open saved packs")
        self.save_pack = _action(window, "&Save pack", "save", std.Save, "Save the pack")
        self.duplicate_pack = _action(window, "Save as &copy", "duplicate", "Ctrl+Shift+S",
                                      "Save a copy of this pack under a new name")
        self.export = _action(window, "&Export brief…", "export", "Ctrl+E", "Export the pack to Word or PDF")
        self.import_source = _action(window, "&Import document…", "import", "Ctrl+I",
                                     "Import items from a document, reviewing each one")
        self.quit = _action(window, "&Quit", "", "Ctrl+Q", "Quit Briefpack")
        self.undo = _action(window, "&Undo", "undo", std.Undo)
        self.redo = _action(window, "&Redo", "redo", ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.find = _action(window, "&Find", "search", std.Find, "Go to the search box")
        self.clear_filters = _action(window, "C&lear search and filters", "clear", "Ctrl+Shift+L")
        self.add_to_pack = _action(window, "&Add to pack", "add", "Ctrl+Return",
                                   "Add the selected items to the pack")
        self.add_all_to_pack = _action(window, "Add a&ll results to this pack", "add", "Ctrl+Alt+Return",
                                       "Add every item of the current results to the open pack")
        self.copy_quote = _action(window, "&Copy quote with citation", "copy", std.Copy,
                                  "Copy the selected quotes with their citations",
                                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_in_source = _action(window, "Show in &source", "source", "Ctrl+Shift+O",
                                      "Show the item inside its source text")
        self.delete_items = _action(window, "&Delete my item", "delete", std.Delete,
                                    "Delete the selected items you added (bundled items cannot be deleted)",
                                    Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_items = _action(window, "Re&vert to original tags", "refresh", None,
                                    "Drop your edits to the selected bundled items")
        self.new_source = _action(window, "New &source…", "source", None, "Add a document of your own")
        self.add_item = _action(window, "Add &item…", "add", "Ctrl+Shift+N",
                                "Quote a passage from one of your sources")
        self.appearance = QActionGroup(window)
        self.appearance_actions: dict[str, QAction] = {}
        for mode, label in (("system", "Follow &system"), ("light", "&Light"), ("dark", "&Dark")):
            action = QAction(label, window)
            action.setCheckable(True)
            action.setData(mode)
            self.appearance.addAction(action)
            self.appearance_actions[mode] = action
        self.preferences = _action(window, "&Preferences…", "", "Ctrl+,",
                                   "Author, organisation, template and branding for new packs, languages, "
                                   "export folder")
        self.print_brief = _action(window, "&Print…", "", std.Print, "Print the brief, with a preview")
        self.user_guide = _action(window, "Briefpack &guide", "info", std.HelpContents,
                                  "A short guide to Briefpack")
        self.search_help = _action(window, "Search &syntax", "search", None)
        self.about = _action(window, "&About Briefpack", "briefpack")
