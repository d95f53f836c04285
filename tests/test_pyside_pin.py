"""Guard against the PySide6 6.12.0 refcount bug: empty Qt values must not abort the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox

app = QApplication([])
model = QStandardItemModel(3, 3)
combo = QComboBox()
combo.addItem("no data")
action = QAction("no data")
index = model.index(1, 1)
for _ in range(20000):
    index.data(Qt.ItemDataRole.UserRole)
    model.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole)
    combo.currentData()
    action.data()
print("survived")
"""


def test_pinned_pyside_version():
    import PySide6

    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (6, 10) <= (major, minor) < (6, 12), PySide6.__version__


@pytest.mark.slow
def test_empty_qt_values_20000_times_do_not_crash():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
