"""The refresh report of a pack: what changed in the library, each change ticked to apply or not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import BriefpackError
from app.core.packs import RefreshChoices, RefreshReport
from app.gui.error_report import report_error
from app.gui.i18n import ui

SECTIONS = (
    (
        "changed",
        QT_TRANSLATE_NOOP("ui", "Changed in the library"),
        QT_TRANSLATE_NOOP("ui", "Use the library's new version"),
    ),
    (
        "new",
        QT_TRANSLATE_NOOP("ui", "New items matching the pack's rules"),
        QT_TRANSLATE_NOOP("ui", "Add to the pack"),
    ),
    (
        "removed",
        QT_TRANSLATE_NOOP("ui", "Gone from the library"),
        QT_TRANSLATE_NOOP("ui", "Remove from the pack (unticked: keep the pack's own copy)"),
    ),
    (
        "unmatched",
        QT_TRANSLATE_NOOP("ui", "No longer matching the rules"),
        QT_TRANSLATE_NOOP("ui", "Remove from the pack"),
    ),
)


class RefreshDialog(QDialog):
    """A tree of the report; Apply runs the packs refresh with exactly the ticked choices."""

    def __init__(self, workspace, pack_id: str, report: RefreshReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("Refresh pack"))
        self.setAccessibleName(ui.tr("Refresh pack"))
        self.workspace = workspace
        self.pack_id = pack_id
        self.report = report
        self.applied = False
        library = workspace.library
        counts = report.counts()
        if report.empty:
            text = ui.tr("The pack is up to date with the library.")
        else:
            text = ", ".join(f"{n} {name}" for name, n in counts.items() if n) + ui.tr(
                ". Tick what to apply."
            )
        if report.message:
            text += f"\n{report.message}"
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(ui.tr("Changes"))
        self.tree.setHeaderLabels([ui.tr("Item"), ui.tr("What changed")])
        self.tree.setColumnWidth(0, 420)
        self.items: dict[str, dict[str, QTreeWidgetItem]] = {}
        for key, title, action in SECTIONS:
            entries = self._entries(key)
            if not entries:
                continue
            parent_item = QTreeWidgetItem(self.tree, [f"{ui.tr(title)} ({len(entries)})", ui.tr(action)])
            parent_item.setFirstColumnSpanned(False)
            parent_item.setExpanded(True)
            self.items[key] = {}
            for item_id, detail in entries:
                text = library.items[item_id].text if item_id in library.items else item_id
                child = QTreeWidgetItem(parent_item, [_short(text), detail])
                child.setToolTip(0, text)
                child.setData(0, Qt.ItemDataRole.UserRole, item_id)
                pinned_gone = key == "removed" and item_id in report.pinned_removed
                child.setCheckState(0, Qt.CheckState.Unchecked if pinned_gone else Qt.CheckState.Checked)
                self.items[key][item_id] = child
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(not report.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    def _entries(self, key: str) -> list[tuple[str, str]]:
        report = self.report
        if key == "changed":
            return [(c.item_id, ", ".join(c.fields)) for c in report.changed]
        if key == "removed":
            return [(i, "pinned" if i in report.pinned_removed else "") for i in report.removed]
        return [(i, "") for i in getattr(report, key)]

    def ticked(self, key: str) -> list[str]:
        return [
            item_id
            for item_id, item in self.items.get(key, {}).items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def choices(self) -> RefreshChoices:
        removed_ticked = set(self.ticked("removed"))
        keep = {i for i in self.report.removed if i not in removed_ticked}
        return RefreshChoices(
            accept=frozenset(self.ticked("changed")),
            add=tuple(self.ticked("new")),
            remove=frozenset(removed_ticked | set(self.ticked("unmatched"))),
            keep=frozenset(keep),
        )

    @Slot()
    def apply(self) -> bool:
        try:
            self.workspace.packs.refresh(self.pack_id, self.choices())
        except BriefpackError as exc:
            report_error(self, exc, ui.tr("Could not refresh the pack"))
            return False
        self.applied = True
        self.accept()
        return True


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
