"""Branding profiles: organisation, logo, accent colour, footer text and marking for every template."""

from __future__ import annotations

import re
import shutil
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app import paths
from app.core.errors import NotFoundError, ValidationError
from app.core.text import clean_line
from app.core.yamlio import load_yaml

DEFAULT_ID = "default"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,48}$")
LOGO_TYPES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True, slots=True)
class Branding:
    """How exports are branded; empty fields fall back to the template's own values."""

    id: str
    name: str
    organisation: str = ""
    logo: str = ""  # path to a PNG or JPEG; user profiles keep a copy in the data folder
    accent: str = ""  # "#RRGGBB"
    footer_text: str = ""
    marking: str = ""  # "For internal use", printed in the header
    bundled: bool = False

    def to_record(self) -> dict:
        record = asdict(self)
        record.pop("bundled")
        return record


def default_branding() -> Branding:
    """The bundled profile (export_templates/branding/default.yaml)."""
    path = paths.export_templates_dir() / "branding" / "default.yaml"
    data = load_yaml(path) if path.is_file() else {}
    logo = str(data.get("logo") or "")
    if logo:
        logo = str((path.parent / logo).resolve())
    return Branding(
        id=DEFAULT_ID,
        name=str(data.get("name") or "Default"),
        organisation=str(data.get("organisation") or ""),
        logo=logo,
        accent=str(data.get("accent") or ""),
        footer_text=str(data.get("footer_text") or ""),
        marking=str(data.get("marking") or ""),
        bundled=True,
    )


def cleaned_branding(branding: Branding) -> Branding:
    """Clean the text fields and check id, colour and logo; raise ValidationError with a hint."""
    if not _ID.match(branding.id):
        raise ValidationError(
            f"{branding.id!r} is not a valid branding id.", hint="Use lower-case letters, digits and dashes."
        )
    if branding.accent and not _COLOUR.match(branding.accent):
        raise ValidationError(
            f"The accent colour {branding.accent!r} is not a colour.",
            hint="Write it as #RRGGBB, for example #1F4E79.",
        )
    if branding.logo:
        logo = Path(branding.logo)
        if logo.suffix.lower() not in LOGO_TYPES:
            raise ValidationError(
                f"The logo {logo.name} is not a PNG or JPEG image.", hint="Save the logo as PNG or JPEG."
            )
        if not logo.is_file():
            raise NotFoundError(f"The logo file {logo} does not exist.", hint="Choose the image again.")
    return replace(
        branding,
        name=clean_line(branding.name) or branding.id,
        organisation=clean_line(branding.organisation),
        footer_text=clean_line(branding.footer_text),
        marking=clean_line(branding.marking),
    )


class Brandings:
    """The bundled default profile and the user's own, kept in a Store collection."""

    def __init__(self, store) -> None:
        self._store = store
        self._logo_dir = Path(store.home) / "branding"

    @property
    def _collection(self):
        return self._store.collection("export", "brandings")

    def list(self) -> list[Branding]:
        own = [
            Branding(**{**r, "bundled": False}) for r in self._collection.all() if r.get("id") != DEFAULT_ID
        ]
        stored_default = self._collection.get(DEFAULT_ID)
        default = Branding(**{**stored_default, "bundled": False}) if stored_default else default_branding()
        return [default, *sorted(own, key=lambda b: b.name.casefold())]

    def get(self, branding_id: str) -> Branding:
        for branding in self.list():
            if branding.id == branding_id:
                return branding
        raise NotFoundError(
            f"No branding profile named {branding_id!r}.",
            hint="Choose one of: " + ", ".join(b.id for b in self.list()) + ".",
        )

    def save(self, branding: Branding) -> Branding:
        """Store a profile (saving 'default' customises the bundled one); the logo is copied in."""
        branding = cleaned_branding(branding)
        if branding.logo:
            source = Path(branding.logo)
            target = self._logo_dir / f"{branding.id}{source.suffix.lower()}"
            if source.resolve() != target.resolve():
                self._logo_dir.mkdir(parents=True, exist_ok=True)
                for old in self._logo_dir.glob(f"{branding.id}.*"):
                    old.unlink()
                shutil.copyfile(source, target)
            branding = replace(branding, logo=str(target))
        branding = replace(branding, bundled=False)
        self._collection.put(branding.to_record())
        return branding

    def delete(self, branding_id: str) -> None:
        """Remove a user profile; deleting 'default' restores the bundled one."""
        if not self._collection.delete(branding_id):
            raise NotFoundError(f"No saved branding profile named {branding_id!r}.")
        for old in self._logo_dir.glob(f"{branding_id}.*"):
            old.unlink()
