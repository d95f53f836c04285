"""Custom item-data roles, MIME types and chip labels shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

_USER = Qt.ItemDataRole.UserRole.value

ITEM_ID = _USER + 1          # str: the library item id of a row
HIGHLIGHTS = _USER + 2       # tuple[(start, end), ...]: matched spans in the item's text
CHIPS = _USER + 3            # tuple[(tag_id, label), ...]: theme or audience chips
SORT_KEY = _USER + 4         # a value that orders the column
COUNT = _USER + 5            # int: facet count
TERM_ID = _USER + 6          # str: facet term id
ENTRY_STATE = _USER + 7      # str: "pinned" | "excluded" | "" (pack entries)

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
ADD_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows

ITEM_IDS_MIME = "application/x-briefpack-item-ids"
ENTRY_ROWS_MIME = "application/x-briefpack-entry-rows"


def short_label(tag_id: str) -> str:
    """A chip's text: the tag id as a word ("private-sector" -> "Private sector")."""
    return tag_id.replace("-", " ").capitalize()


def encode_ids(ids: list[str]) -> bytes:
    return "\n".join(ids).encode("utf-8")


def decode_ids(data: bytes) -> list[str]:
    return [line for line in bytes(data).decode("utf-8").split("\n") if line]
