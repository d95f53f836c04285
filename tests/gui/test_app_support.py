"""Crash handler, error dialog, UI state, icons and palettes."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QGuiApplication, QPalette

from app.core.errors import ValidationError
from app.gui import crash, icons, theme
from app.gui.error_dialog import ErrorDialog, ErrorReport, show_error
from app.gui.ui_state import RECENT_LIMIT, UiState

pytestmark = pytest.mark.gui


def _raise(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_unexpected_exception_writes_a_crash_log_and_says_where(qapp, briefpack_home, caplog):
    exc = _raise(RuntimeError("index out of step"))
    with caplog.at_level(logging.ERROR, logger="briefpack.gui"):
        path = crash.handle_exception(RuntimeError, exc, exc.__traceback__)
    assert path is not None and path.parent == briefpack_home / "crash-logs"
    text = path.read_text("utf-8")
    assert "RuntimeError: index out of step" in text
    assert "Traceback" in text and "pyside6:" in text
    assert str(path) in caplog.text


def test_user_errors_reaching_the_hook_get_the_error_dialog_not_a_crash_log(qapp, briefpack_home, caplog):
    exc = _raise(ValidationError("The pack has no title.", hint="Give it a title."))
    with caplog.at_level(logging.ERROR, logger="briefpack.gui"):
        assert crash.handle_exception(ValidationError, exc, exc.__traceback__) is None
    assert "The pack has no title." in caplog.text and "What to do: Give it a title." in caplog.text
    logs = briefpack_home / "crash-logs"
    assert not logs.exists() or not list(logs.glob("crash-*"))


def test_error_dialog_copies_message_hint_and_details(qtbot):
    report = ErrorReport(
        "Export failed",
        "The file is open in another program.",
        "Close it and retry.",
        "PermissionError: brief.docx",
    )
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    assert "The file is open in another program." in dialog.message_label.text()
    assert dialog.hint_label.text() == "Close it and retry."
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines() == [
        "Export failed: The file is open in another program.",
        "What to do: Close it and retry.",
        "Details: PermissionError: brief.docx",
    ]


def test_without_dialogs_errors_are_log_lines(qapp, caplog):
    with caplog.at_level(logging.ERROR, logger="briefpack.gui"):
        text = show_error(None, ValidationError("Bad date.", detail="2023-13"), "Pack details")
    assert text == "Pack details: Bad date.\nDetails: 2023-13"
    assert "Pack details: Bad date." in caplog.text


def test_ui_state_round_trips_and_keeps_recent_packs_short(qapp, briefpack_home):
    from PySide6.QtCore import QByteArray

    state = UiState()
    assert state.path.parent == briefpack_home
    state.set_blob("window/geometry", QByteArray(b"\x01\x02"))
    for n in range(RECENT_LIMIT + 3):
        state.add_recent_pack(f"pack-{n}")
    state.add_recent_pack("pack-2")
    state.sync()
    again = UiState()
    assert bytes(again.blob("window/geometry").data()) == b"\x01\x02"
    recent = again.recent_packs()
    assert recent[0] == "pack-2" and len(recent) == RECENT_LIMIT and recent.count("pack-2") == 1
    assert again.remove_recent_pack("pack-2")[0] == f"pack-{RECENT_LIMIT + 2}"


def test_every_icon_renders_and_follows_the_palette(qapp):
    names = icons.available()
    assert {"search", "save", "export", "undo", "redo", "pin", "exclude", "briefpack"} <= set(names)
    for name in names:
        assert not icons.icon(name).pixmap(24, 24).isNull(), name
    appearance = theme.install(qapp, "light")
    try:
        light = icons.icon("search").pixmap(24, 24).toImage()
        assert not theme.is_dark()
        appearance.apply("dark")
        assert theme.is_dark()
        assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        dark = icons.icon("search").pixmap(24, 24).toImage()
        assert light != dark
        background, _ = theme.chip_colors("children")
        assert background.lightness() < 128
    finally:
        appearance.apply("light")


def test_every_problem_reaches_the_user_through_report_error():
    """One way to report a problem: the window's modules call report_error(), never the dialog's
    own show_error() (whose module is loaded with the first error, not at start-up)."""
    from pathlib import Path

    import app.gui

    callers = sorted(
        path.name
        for path in Path(app.gui.__file__).parent.glob("*.py")
        if path.name not in ("error_report.py", "error_dialog.py") and "show_error" in path.read_text("utf-8")
    )
    assert callers == []
