"""Text hygiene applied once where text enters the library: import and edit."""

from __future__ import annotations

import re
import unicodedata
from functools import cache


@cache
def _forbidden() -> re.Pattern[str]:
    """C0/C1 controls except tab and newline, lone surrogates, and the non-characters Word and
    XML refuse (U+FFFE, U+FFFF). Compiled on first use: the app's start-up cleans no text, and
    the class takes ~0.4 ms to compile."""
    return re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Return text safe for every writer: NFC, LF line ends, no control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _forbidden().sub("", value)
    return unicodedata.normalize("NFC", value)


def clean_line(value: str) -> str:
    """Like clean_text, for one-line fields: whitespace runs folded to one space."""
    return " ".join(clean_text(value).split())


def fold(value: str) -> str:
    """Lower-case and strip diacritics, for matching ("Reintegración" -> "reintegracion")."""
    if value.isascii():  # the common case, on the search hot path: no decomposition needed
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str, limit: int = 48) -> str:
    """An id-safe form of a title: folded words joined by dashes ("Résolution 79/1" -> "resolution-79-1")."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    return "-".join(words)[:limit].strip("-")
