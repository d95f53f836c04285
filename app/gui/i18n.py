"""The window's language: Briefpack's own translation and Qt's (its dialogs and buttons),
installed before any widget is made; the system's language unless the preferences choose one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.gui.catalogues import DOMAIN, WINDOW_LANGUAGES, catalogue

SOURCE_LANGUAGE = "en"


def window_language(preferred: str = "", system: QLocale | None = None) -> str:
    """The language the window speaks: `preferred` when it is one it has ("fr"), else the first
    of the system's languages it has, else English."""
    spoken = (SOURCE_LANGUAGE, *WINDOW_LANGUAGES)
    if preferred in spoken:
        return preferred
    for tag in (system or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in spoken:
            return code
    return SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str, cache: Path | None = None) -> list[QTranslator]:
    """Install the translators for `language` on `app` (none for English) and make it the default
    locale (numbers and dates in widgets); the translators are returned so they stay alive."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
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


def translate(context: str, text: str, count: int = -1) -> str:
    """`QCoreApplication.translate` for code outside a QObject (plural forms with `count`)."""
    return QCoreApplication.translate(context, text, None, count)


__all__ = ["DOMAIN", "install", "translate", "window_language"]
