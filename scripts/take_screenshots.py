"""Take the README screenshots from the real window, at 1280x800, on the bundled library.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/take_screenshots.py

Writes docs/images/main-window.png, pack-editor.png and export-dialog.png. A fresh,
temporary data folder is used, so the pictures show what a new user sees. With --lang fr (or es)
the window speaks that language, the delegate types in it, and the files are named
main-window-fr.png ...; with --appearance dark the dark palette is used (main-window-dark.png ...).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# What the delegate types: the pack's title, meeting and key messages, in the window's language.
TYPED = {
    "en": {
        "title": "Children and law enforcement",
        "meeting": "Regional expert meeting on child trafficking",
        "messages": (
            "Treat trafficked children as victims, never as offenders.",
            "Specialised, child-friendly investigation and prosecution.",
        ),
    },
    "fr": {
        "title": "Enfants et services de détection et de répression",
        "meeting": "Réunion régionale d’experts sur la traite des enfants",
        "messages": (
            "Traiter les enfants victimes de la traite en victimes, jamais en délinquants.",
            "Des enquêtes et des poursuites spécialisées, adaptées aux enfants.",
        ),
    },
    "es": {
        "title": "Niños y fuerzas del orden",
        "meeting": "Reunión regional de expertos sobre la trata de niños",
        "messages": (
            "Tratar a los niños víctimas de la trata como víctimas, nunca como delincuentes.",
            "Investigación y enjuiciamiento especializados y adaptados a los niños.",
        ),
    },
}


def _settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _wait(app, condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--lang", default="en", choices=("en", "fr", "es"), help="the window's language")
    parser.add_argument("--appearance", default="light", choices=("light", "dark"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("Run under an X server at 1280x800, e.g. xvfb-run (see the docstring).", file=sys.stderr)
        return 2
    os.environ["BRIEFPACK_HOME"] = tempfile.mkdtemp(prefix="briefpack-shots-")
    os.environ["BRIEFPACK_NO_ERROR_DIALOGS"] = "1"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.core.workspace import Workspace
    from app.gui import i18n, theme
    from app.gui.main_window import MainWindow
    from app.gui.session import Session

    app = QApplication([sys.argv[0]])
    theme.install(app, args.appearance)
    workspace = Workspace()
    workspace.interface_language = args.lang
    i18n.install(app, args.lang)
    typed = TYPED[args.lang]
    suffix = ("" if args.lang == "en" else f"-{args.lang}") + ("" if args.appearance == "light" else "-dark")
    window = MainWindow(Session(workspace))
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    window.start_loading()
    _wait(app, lambda: window.is_loaded)

    def tick(facet: str, term: str) -> None:
        model = window.facets.model(facet)
        model.setData(model.index(model.row_of(term)), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    # The delegate's evening: children + law enforcement, all of it into a new pack.
    tick("themes", "children")
    tick("audiences", "justice")
    window.search.run()
    window.actions_.new_pack_from_search.trigger()
    editor = window.pack_panel.editor
    editor.title.setText(typed["title"])
    editor._on_title()
    editor.set_meta("meeting", typed["meeting"])
    editor.set_meta("date", "2025-05-14")
    editor.set_key_messages(typed["messages"])
    window.packs.save()

    # main-window.png: a search with highlighted matches and an item shown in its source
    window.search_box.setText("identif*")
    window.search.run()
    window.results.selectRow(0)
    window.main_splitter.setSizes([230, 640, 410])
    _settle(app, 0.6)
    args.out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out / f"main-window{suffix}.png"))

    # pack-editor.png: the pack editor wide, with the live preview
    window.main_splitter.setSizes([220, 500, 560])
    editor.splitter.setSizes([330, 400])
    editor.entries.selectRow(1)
    _wait(app, lambda: typed["title"] in editor.preview.markdown)
    _settle(app, 0.6)
    window.grab().save(str(args.out / f"pack-editor{suffix}.png"))

    # export-dialog.png: after exporting Word and PDF, kept to the meeting brief's two pages
    dialog = window.packs.export()
    dialog.folder.setText(tempfile.mkdtemp(prefix="briefpack-export-"))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("docx", "pdf"))
    _wait(app, lambda: bool(dialog.budget_note.text()) and not dialog.budget_note.text().endswith("…"))
    dialog.fit.setChecked(True)
    dialog.start()
    _wait(app, lambda: bool(dialog.outcome), timeout=180)
    _settle(app, 0.4)
    dialog.grab().save(str(args.out / f"export-dialog{suffix}.png"))
    dialog.close()
    window.pack_state.open(None)
    window.close()
    for name in ("main-window", "pack-editor", "export-dialog"):
        print(args.out / f"{name}{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
