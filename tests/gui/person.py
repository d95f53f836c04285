"""Driving the window as a person does: keys to the widget that has focus, clicks, cell edits."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def activate(qtbot, window: QWidget) -> None:
    """Make the window the active one, as clicking its title bar would."""
    window.activateWindow()
    window.raise_()
    if QApplication.activeWindow() is not window:
        # Offscreen, a window does not always get the activation back after a nested dialog
        # closes (a window manager would give it): hand it over as one would.
        window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press a key where the focus is (shortcuts go through Qt's shortcut map, as for a person)."""
    widget = focused()
    qtbot.keyClick(widget, key, modifiers)
    return widget


def type_text(qtbot, text: str) -> QWidget:
    widget = focused()
    qtbot.keyClicks(widget, text)
    return widget


def click(qtbot, widget: QWidget, pos: QPoint | None = None, double: bool = False) -> None:
    if double:
        qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 1, double: bool = False) -> None:
    """Click (or double-click) a cell of an item view where it is drawn."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    if double:
        # A double-click is a press, a release and a double-click event: the first press selects.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def stored_packs(home: Path) -> list[dict]:
    """The packs as saved in the data folder (what survives the program)."""
    path = home / "store" / "packs.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text("utf-8"))
    return list(data.get("packs", {}).values())


@contextmanager
def in_dialog(kind: type[QDialog], step: Callable[[QDialog], object], timeout_ms: int = 10000):
    """Run `step(dialog)` once a modal dialog of `kind` is up, while the body of the `with` opens it.

    A modal dialog runs its own event loop: the step is looked for every 20 ms from that loop, so
    it never runs before the dialog is there, however slow the machine. The dialog is closed
    after the step if the step left it open, and a failing step fails the test (never a dialog
    left waiting for a person, which would hang the run)."""
    outcome: dict = {}
    deadline = time.monotonic() + timeout_ms / 1000

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(20, look)
            return
        try:
            step(dialog)
        except BaseException as exc:  # re-raised in the test, once the dialog is closed
            outcome["error"] = exc
        finally:
            outcome["ran"] = True
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(20, look)
    yield
    if "error" in outcome:
        raise outcome["error"]
    assert outcome.get("ran"), f"no {kind.__name__} came up within {timeout_ms} ms"


def type_file_name(dialog: QDialog, name: str) -> None:
    """Type `name` into a file dialog's name field and press Return (to save or open it).

    The field completes what is typed from the folder, which Qt reads in another thread: a
    completion list that opens while typing takes the Return for itself (a person closes it and
    presses Return again). It may open after any check made here, when the machine is busy, so
    the field's completer is taken away while the name is typed."""
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    field.setCompleter(None)
    field.clear()
    QTest.keyClicks(field, name)
    # Return presses the dialog's Save/Open button, which the dialog enables once it has looked
    # at the name typed (a moment later on a busy machine); a person waits for it too
    buttons = dialog.findChild(QDialogButtonBox)
    accept = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Open
    )
    deadline = time.monotonic() + 3
    while accept is not None and not accept.isEnabled() and time.monotonic() < deadline:
        QTest.qWait(20)
    QTest.keyClick(field, Qt.Key.Key_Return)
