"""What the preview shows of escaped text is the text itself: no list, no emphasis, no stray backslash."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from app.core.export.markdown import escape, unescape

pytestmark = pytest.mark.gui

LINES = [
    "4. Decides that the organizational arrangements shall be as follows:",  # a resolution's lead-in
    "12) Requests the Secretary-General to report",
    "- a dash that is not a bullet",
    "+ a plus",
    "= underline?",
    "# not a heading",
    "*not emphasis* and _not either_ [not a link](x) <b>not html</b> a|b ~c~ &amp; !",
    "2023. A year at the start of a line",
]


@pytest.mark.parametrize("line", LINES)
def test_escaped_text_renders_as_written(qapp, line):
    shown = QTextDocument()
    shown.setMarkdown(escape(line))
    assert shown.toPlainText() == line
    assert unescape(escape(line)) == line
