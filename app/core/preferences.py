"""The user's preferences: what a new pack starts with, the languages, the export folder."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from app.core.errors import ValidationError
from app.core.frozen import Frozen, set_fields
from app.core.storage import Collection, Store
from app.core.text import clean_line

# Interface languages offered: "" follows the system's language (English where the window has
# no translation for it).
LANGUAGES = {"": "System language", "en": "English", "fr": "Français", "es": "Español"}
# Spell checking of notes and key messages: a language, or "" for none.
SPELLING = {"en": "English", "fr": "Français", "es": "Español", "": "Off"}
_RECORD_ID = "preferences"


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Preferences(Frozen):
    """What the user set once: a new pack's author, organisation, template and branding
    ("" leaves the program's default), the interface and spelling languages, and the folder
    exports go to first ("" for Documents)."""

    author: str
    organisation: str
    template: str
    branding: str
    language: str
    spelling: str
    export_folder: str
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(
        self,
        author: str = "",
        organisation: str = "",
        template: str = "",
        branding: str = "",
        language: str = "",
        spelling: str = "en",
        export_folder: str = "",
    ) -> None:
        set_fields(self, author, organisation, template, branding, language, spelling, export_folder)

    def pack_defaults(self) -> dict[str, str]:
        """The details a new pack starts with (only those set)."""
        values = {
            "author": self.author,
            "organisation": self.organisation,
            "template": self.template,
            "branding": self.branding,
        }
        return {name: value for name, value in values.items() if value}


class PreferencesStore:
    """One record in the store's "library" file (a newer file's unknown fields are kept)."""

    def __init__(self, store: Store) -> None:
        self._collection: Collection = store.collection("library", "preferences")

    def get(self) -> Preferences:
        record = self._collection.get(_RECORD_ID) or {}
        known = {f.name for f in fields(Preferences)}
        values = {k: str(v) for k, v in record.items() if k in known and v is not None}
        prefs = Preferences(**values)
        if prefs.language not in LANGUAGES:
            prefs = replace(prefs, language="")
        if prefs.spelling not in SPELLING:
            prefs = replace(prefs, spelling="")
        return prefs

    def save(self, prefs: Preferences) -> Preferences:
        if prefs.language not in LANGUAGES:
            raise ValidationError(
                f"Unknown language {prefs.language!r}.", hint=f"Use {', '.join(LANGUAGES)}."
            )
        if prefs.spelling not in SPELLING:
            raise ValidationError(
                f"Unknown spelling language {prefs.spelling!r}.",
                hint=f"Use {', '.join(k for k in SPELLING if k)} or none.",
            )
        clean = Preferences(**{k: clean_line(v) for k, v in asdict(prefs).items()})
        with self._collection.writing():  # merged into the record as stored now
            existing = self._collection.get(_RECORD_ID) or {}
            self._collection.put({**existing, **asdict(clean), "id": _RECORD_ID})
        return clean
