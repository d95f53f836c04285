"""Baseline for startup_bench: a bare PySide6 window with a 1,000-row table, shown and idle."""

from __future__ import annotations

import sys
import time

_STARTED = time.perf_counter()

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 1000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()} column {index.column()}"
        return None


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    view.setModel(Rows(view))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print(f"ready {(time.perf_counter() - _STARTED) * 1000:.0f} ms", flush=True)
        window.grab()  # the first frame: every widget painted (into an image rather than on screen)
        print(f"painted {(time.perf_counter() - _STARTED) * 1000:.0f} ms", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
