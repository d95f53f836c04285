"""The window's language: Briefpack's own translation and Qt's (its dialogs and buttons),
installed before any widget is made; the system's language unless the preferences choose one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from app import paths
from app.core.phrases import translated
from app.gui.catalogues import DOMAIN, SOURCE_LANGUAGE, WINDOW_LANGUAGES, catalogue

_current = SOURCE_LANGUAGE


def system_languages() -> list[str]:
    """The system's languages in order of preference. On Linux and other POSIX desktops they are
    in the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as Qt reads them; elsewhere Qt asks
    the system (QLocale's Python type takes ~10 ms to build, so only when needed)."""
    found: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        found += [part.split(".")[0] for part in value.split(":") if part and part not in ("C", "POSIX")]
    if found or (os.name == "posix" and sys.platform != "darwin"):
        return found
    return list(QLocale.system().uiLanguages())


def window_language(preferred: str = "", system: list[str] | None = None) -> str:
    """The language the window speaks: `preferred` when it is one it has ("fr"), else the first
    of the system's languages it has, else English."""
    spoken = (SOURCE_LANGUAGE, *WINDOW_LANGUAGES)
    if preferred in spoken:
        return preferred
    for tag in system_languages() if system is None else system:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in spoken:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed: the one the window speaks."""
    return _current


def install(app: QCoreApplication, language: str, cache: Path | None = None) -> list[QTranslator]:
    """Install the translators for `language` on `app` (for English only the plural forms of its
    own texts); the translators are returned (they are `app`'s children and stay alive)."""
    global _current
    _current = language
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:  # Qt's own texts are English already
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    found = catalogue(paths.resources_dir(), language, cache or paths.user_data_dir() / "cache")
    own = QTranslator(app)
    if found is not None and own.load(str(found)):
        app.installTranslator(own)
        installed.append(own)
    return installed


def language_name(code: str) -> str:
    """The window language's name in the window's own language ("French", « français »)."""
    names = {
        "en": QT_TRANSLATE_NOOP("ui", "English"),
        "fr": QT_TRANSLATE_NOOP("ui", "French"),
        "es": QT_TRANSLATE_NOOP("ui", "Spanish"),
    }
    return ui.tr(names[code]) if code in names else code


class Context:
    """A translation context the window's code calls as `ui.tr("Export")` or, with plural forms,
    `ui.tr("%n item(s)", "", count)`.

    pyside6-lupdate reads contexts lexically: a call `<name>.tr(...)` files its text under the
    context `<name>`, and only a `.tr(text, disambiguation, n)` call is taken as having plural
    forms (`QCoreApplication.translate` with a count is not). So the object is named as its
    context, and `tr` hands the same context to Qt at run time: what lupdate gathers and what
    the window looks up always agree, in any module, class or function."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation or None, n)


def core_text(text: str) -> str:
    """A message the core wrote (an error, its hint) in the window's language where the core
    marked it for translation (`app/core/phrases.py`); other text as it is."""
    return translated(text, QCoreApplication.translate)


# The window's one context: its texts are short and mostly shared between dialogs; where one
# English word needs two translations, the disambiguation says which.
ui = Context("ui")


__all__ = ["DOMAIN", "core_text", "install", "ui", "window_language"]
