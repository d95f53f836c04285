"""The window and its data folder: changes by another window or command, repairs, read-only.

Another Briefpack process (the command line beside the window, a second window) may write the
same data folder. The store's folders are watched; when a file this window has read changes
on disk, the library, the search results and the open pack are brought up to date. An open
pack with unsaved edits is never replaced: the user is warned, and saving asks (pack_conflict).
Repairs made while reading the folder are shown in one message, and a folder opened read-only
gets a banner saying so.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.errors import BriefpackError, NotFoundError
from app.gui.error_report import report_error
from app.gui.i18n import core_text, ui

if TYPE_CHECKING:
    from app.core.store_repair import Repair
    from app.gui.main_window import MainWindow

log = logging.getLogger("briefpack.gui")
SETTLE_MS = 200  # a burst of writes (a save is several renames) is read once


# How long after the library is shown the export folders are swept.
SWEEP_DELAY_MS = 1500


class DataFolderWatch(QObject):
    """Owned by the main window; `check()` does the work (tests call it directly)."""

    repaired = Signal(object)  # a Repair, from whichever thread read the damaged file
    updated = Signal(list)  # what was reloaded after another process wrote: "library", "packs" ...

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.store = self.workspace.store
        self.shown: list[str] = []  # repair messages shown to the user (one dialog per batch)
        self._pending: list[Repair] = list(self.store.repairs)
        self.banner: QLabel | None = None
        self.pack_warning = ""  # set while the open pack differs from its stored version
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._watcher = QFileSystemWatcher(self)
        folders = [self.store.root, self.store.root / "sources"]
        existing = [str(f) for f in folders if f.is_dir()]
        if existing:
            self._watcher.addPaths(existing)
        self._watcher.directoryChanged.connect(self._schedule)
        self.repaired.connect(self._on_repaired, Qt.ConnectionType.QueuedConnection)
        self.store.on_repair(self.repaired.emit)
        window.loaded.connect(self._after_load)

    @Slot()
    def _after_load(self) -> None:
        """Once the window is up: clear what killed exports left in their folders. Housekeeping, so
        a moment after the first screen is drawn rather than before (it reads folders, and makes
        the workspace's exports part)."""
        QTimer.singleShot(SWEEP_DELAY_MS, lambda: self.workspace.exports.sweep_export_litter())

    # -- repairs and read-only ---------------------------------------------
    @Slot(object)
    def _on_repaired(self, repair: Repair) -> None:
        self._pending.append(repair)
        if self.window.is_loaded:
            QTimer.singleShot(0, self.show_repairs)

    @Slot()
    def show_repairs(self) -> None:
        """Tell the user, once, what was repaired or why the folder is read-only."""
        pending, self._pending = self._pending, []
        if self.store.read_only:
            self._show_banner()
        repairs = [core_text(r.message) for r in pending if not r.notice]
        if not repairs:
            return
        self.shown += repairs
        report_error(
            self.window,
            BriefpackError(
                "\n\n".join(repairs),
                hint=ui.tr(
                    "Check your most recent edits. Damaged files and records are kept in the data folder "
                    "({folder}) for inspection."
                ).format(folder=self.store.root),
            ),
            ui.tr("Data folder repaired"),
        )

    def _show_banner(self) -> None:
        if self.banner is not None:
            return
        self.banner = QLabel(
            ui.tr(
                "Read-only: Briefpack opened your data folder read-only because {reason}. You can "
                "browse, search and export to another folder; changes cannot be saved."
            ).format(reason=core_text(self.store.read_only_reason))
        )
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(ui.tr("Read-only data folder"))
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; "
            "padding: 6px 10px; border-bottom: 1px solid #e0c46c; }"
        )
        central = self.window.takeCentralWidget()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        self.window.setCentralWidget(box)
        box.show()
        self.window.status.show(ui.tr("Read-only data folder: nothing can be saved."), stay=True)

    # -- changes by another process ---------------------------------------------
    @Slot(str)
    def _schedule(self, _path: str = "") -> None:
        sources = self.store.root / "sources"
        if sources.is_dir() and str(sources) not in self._watcher.directories():
            self._watcher.addPath(str(sources))
        self._timer.start()

    @Slot()
    def check(self) -> list[str]:
        """Reload what another process changed; returns the areas reloaded."""
        if not self.window.is_loaded:
            return []
        try:
            changed = self.store.changed_on_disk()
        except OSError as exc:
            log.warning("could not look at the data folder: %s", exc)
            return []
        if not changed:
            return []
        areas: list[str] = []
        try:
            if "library" in changed or any(c.startswith("sources/") for c in changed):
                ids = self.workspace.reload_from_disk()
                self.window.saved_searches.reload()
                self.window.search.run()
                areas.append("library")
                log.info("library reloaded after a change by another process (%d items changed)", len(ids))
            if "packs" in changed:
                self._open_pack_changed()
                areas.append("packs")
        except BriefpackError as exc:
            report_error(self.window, exc, ui.tr("Could not read a change made elsewhere"))
        if areas:
            if not self.pack_warning:
                self.window.status.show(
                    ui.tr("Updated with changes made in another Briefpack window or command.")
                )
            self.updated.emit(areas)
        return areas

    def _open_pack_changed(self) -> None:
        state = self.window.pack_state
        pack = state.pack
        if pack is None or not pack.revision:
            return
        try:
            stored = self.workspace.packs.get(pack.id)
        except NotFoundError:
            stored = None
        if stored is not None and stored.revision == pack.revision:
            return
        if not state.dirty:
            if stored is None:
                self.window.status.show(
                    ui.tr("“{title}” was deleted in another Briefpack window or command.").format(
                        title=pack.title
                    )
                )
                state.open(None)
            else:
                state.adopt_saved(stored)
            return
        if stored is None:
            warning = ui.tr(
                "“{title}” was deleted in another Briefpack window or command. Your unsaved "
                "edits are kept; saving will ask what to do."
            )
        else:
            warning = ui.tr(
                "“{title}” was changed in another Briefpack window or command. Your unsaved "
                "edits are kept; saving will ask what to do."
            )
        self.pack_warning = warning.format(title=pack.title)
        self.window.status.show(self.pack_warning, stay=True)
        log.warning(self.pack_warning)
