"""UI state kept between runs (geometry, splitters, recent packs, appearance): QSettings only.

The user's data (library edits, packs, saved searches) lives in the store, never here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app import paths

RECENT_LIMIT = 8
UI_STATE_VERSION = 1


class UiState:
    """A small typed wrapper over an INI-format QSettings in the user data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / "ui-state.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if int(self._settings.value("version", 0) or 0) != UI_STATE_VERSION:
            # Layouts from another version could hide panes; start clean rather than guess.
            self._settings.clear()
            self._settings.setValue("version", UI_STATE_VERSION)

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
