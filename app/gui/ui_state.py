"""UI state kept between runs (geometry, splitters, recent packs, appearance): QSettings only.

The user's data (library edits, packs, saved searches) lives in the store, never here.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app import paths

log = logging.getLogger("briefpack.gui")
RECENT_LIMIT = 8
UI_STATE_VERSION = 1


class UiState:
    """A small typed wrapper over an INI-format QSettings in the user data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / "ui-state.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        problem = self._problem()
        if problem:
            # Only the window's layout and recent list live here: start with the defaults.
            log.warning("%s could not be read (%s); it was reset to the default layout", self.path, problem)
            self._settings = None  # type: ignore[assignment]
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._version() != UI_STATE_VERSION:
            # Layouts from another version could hide panes; start clean rather than guess.
            self._settings.clear()
            self._settings.setValue("version", UI_STATE_VERSION)

    def _version(self) -> int | None:
        try:
            return int(self._settings.value("version", 0) or 0)
        except (TypeError, ValueError):
            return None

    def _problem(self) -> str:
        if self._settings.status() == QSettings.Status.FormatError:
            return "not an INI file"
        if self.path.exists() and self._version() is None:
            return f"its version {self._settings.value('version')!r} is not a number"
        return ""

    # -- raw bytes (geometry, window state, splitters) -------------------
    def blob(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    # -- simple values ---------------------------------------------------
    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def texts(self, key: str) -> list[str]:
        value = self._settings.value(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list | tuple):  # a hand-edited or damaged value: not a list
            log.warning("%s: %s is not a list; ignored", self.path.name, key)
            return []
        return [str(v) for v in value]

    def set_texts(self, key: str, values: list[str]) -> None:
        self._settings.setValue(key, list(values))

    # -- recent packs ------------------------------------------------------
    def recent_packs(self) -> list[str]:
        return self.texts("recent/packs")

    def add_recent_pack(self, pack_id: str) -> list[str]:
        recent = [pack_id, *[p for p in self.recent_packs() if p != pack_id]][:RECENT_LIMIT]
        self.set_texts("recent/packs", recent)
        return recent

    def remove_recent_pack(self, pack_id: str) -> list[str]:
        recent = [p for p in self.recent_packs() if p != pack_id]
        self.set_texts("recent/packs", recent)
        return recent

    def sync(self) -> None:
        self._settings.sync()
