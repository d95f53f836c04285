"""Keys as Linux desktops bind them: run in a real X server (Xvfb), where Qt's text fields claim
Emacs keys such as Ctrl+E that the offscreen platform does not bind."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from tests.gui.fresh_process import last_line

pytestmark = pytest.mark.gui


def run_on_x11(code: str, home: Path) -> dict:
    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (the xvfb package)")
    env = {
        "QT_QPA_PLATFORM": "xcb",
        "BRIEFPACK_HOME": str(home),
        "BRIEFPACK_NO_ERROR_DIALOGS": "1",
    }
    script = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from app.core.workspace import Workspace
        from app.gui import theme
        from app.gui.main_window import MainWindow
        from app.gui.session import Session

        app = QApplication(["test", "-style", "fusion"])
        theme.install(app, "light", set_style=False)
        window = MainWindow(Session(Workspace()))
        window.show()
        window.start_loading()
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)

        def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
            QTest.keyClick(QApplication.focusWidget(), key, modifiers)
            app.processEvents()
        CTRL = Qt.KeyboardModifier.ControlModifier
    """) + textwrap.dedent(code)
    return json.loads(last_line(script, env, ("xvfb-run", "-a", "-s", "-screen 0 1280x800x24")))


def test_ctrl_e_exports_while_the_cursor_is_in_a_text_field(tmp_path):
    seen = run_on_x11(
        """
        window.results.setFocus()
        press(Qt.Key.Key_N, CTRL)                 # a new pack: the cursor goes to its title
        in_title = QApplication.focusWidget() is window.pack_panel.editor.title
        QTest.keyClicks(QApplication.focusWidget(), "Border brief")
        press(Qt.Key.Key_E, CTRL)
        from_title = window.packs.last_export is not None and window.packs.last_export.isVisible()
        window.packs.last_export.close()
        window.packs.last_export = None
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
        window.search_box.setFocus()
        app.processEvents()
        QTest.keyClicks(window.search_box, "children")
        press(Qt.Key.Key_E, CTRL)
        from_search = window.packs.last_export is not None
        print(json.dumps({"in_title": in_title, "from_title": from_title, "from_search": from_search,
                          "title": window.pack_state.pack.title}))
        window.pack_state.open(None)
    """,
        tmp_path,
    )
    assert seen == {"in_title": True, "from_title": True, "from_search": True, "title": "Border brief"}
