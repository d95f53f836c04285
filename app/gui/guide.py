"""Help ▸ Briefpack guide: the short user guide shipped with the program, in a window of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import paths
from app.gui.i18n import ui


def guide_path():
    return paths.resources_dir() / "guide" / "guide.md"


class GuideDialog(QDialog):
    """The guide, readable beside the window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui.tr("Briefpack guide"))
        self.setAccessibleName(ui.tr("Briefpack guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(ui.tr("Guide text"))
        self.browser.setOpenExternalLinks(True)
        try:
            text = guide_path().read_text("utf-8")
        except OSError as exc:
            text = ui.tr("# Briefpack guide\n\nThe guide could not be read ({error}): {path}.").format(
                error=exc.strerror, path=guide_path()
            )
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
