"""Custom item-data roles, MIME types and chip labels shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt

_USER = Qt.ItemDataRole.UserRole.value

ITEM_ID = _USER + 1  # str: the library item id of a row
HIGHLIGHTS = _USER + 2  # tuple[(start, end), ...]: matched spans in the item's text
CHIPS = _USER + 3  # tuple[(tag_id, label), ...]: theme or audience chips
SORT_KEY = _USER + 4  # a value that orders the column
COUNT = _USER + 5  # int: facet count
TERM_ID = _USER + 6  # str: facet term id
ENTRY_STATE = _USER + 7  # str: "pinned" | "excluded" | "" (pack entries)

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
ADD_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows

ITEM_IDS_MIME = "application/x-briefpack-item-ids"
ENTRY_ROWS_MIME = "application/x-briefpack-entry-rows"


# Chip texts for the bundled vocabulary's tags, short enough for a chip, in the window's language.
SHORT_LABELS = {
    "evidence": QT_TRANSLATE_NOOP("ui", "Evidence"),
    "drivers": QT_TRANSLATE_NOOP("ui", "Drivers"),
    "rights": QT_TRANSLATE_NOOP("ui", "Rights"),
    "accountability": QT_TRANSLATE_NOOP("ui", "Accountability"),
    "demand": QT_TRANSLATE_NOOP("ui", "Demand"),
    "cooperation": QT_TRANSLATE_NOOP("ui", "Cooperation"),
    "children": QT_TRANSLATE_NOOP("ui", "Children"),
    "gender": QT_TRANSLATE_NOOP("ui", "Gender"),
    "migration": QT_TRANSLATE_NOOP("ui", "Migration"),
    "crisis": QT_TRANSLATE_NOOP("ui", "Crisis"),
    "technology": QT_TRANSLATE_NOOP("ui", "Technology"),
    "business": QT_TRANSLATE_NOOP("ui", "Business"),
    "labour": QT_TRANSLATE_NOOP("ui", "Labour"),
    "non-punishment": QT_TRANSLATE_NOOP("ui", "Non punishment"),
    "survivors": QT_TRANSLATE_NOOP("ui", "Survivors"),
    "organ-removal": QT_TRANSLATE_NOOP("ui", "Organ removal"),
    "legal-frameworks": QT_TRANSLATE_NOOP("ui", "Legal frameworks"),
    "states": QT_TRANSLATE_NOOP("ui", "States"),
    "justice": QT_TRANSLATE_NOOP("ui", "Justice"),
    "services": QT_TRANSLATE_NOOP("ui", "Services"),
    "humanitarian": QT_TRANSLATE_NOOP("ui", "Humanitarian"),
    "private-sector": QT_TRANSLATE_NOOP("ui", "Private sector"),
    "civil-society": QT_TRANSLATE_NOOP("ui", "Civil society"),
    "international": QT_TRANSLATE_NOOP("ui", "International"),
}


def short_label(tag_id: str) -> str:
    """A chip's text: a bundled tag's short name in the window's language, else the tag id as a
    word ("private-sector" -> "Private sector")."""
    known = SHORT_LABELS.get(tag_id)
    if known is not None:
        return QCoreApplication.translate("ui", known)
    return tag_id.replace("-", " ").capitalize()


def encode_ids(ids: list[str]) -> bytes:
    return "\n".join(ids).encode("utf-8")


def decode_ids(data: bytes) -> list[str]:
    return [line for line in bytes(data).decode("utf-8").split("\n") if line]
