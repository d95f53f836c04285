"""What a brief says about itself (BriefMeta) and the ways its items can be grouped."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from app.core.frozen import Frozen, set_fields
from app.core.text import clean_line, clean_text

# How items are put under headings. "theme": the pack's chosen themes first;
# "document": the order the items stand in their sources; "ordered": the
# pack's own order under one heading.
GROUPINGS = ("theme", "audience", "source", "kind", "document", "ordered")
# An optional second heading level inside each group, written "theme/audience".
SUBGROUPINGS = ("", "audience", "source", "kind")
GROUPING_CHOICES = GROUPINGS + tuple(
    f"{first}/{second}"
    for first in ("theme", "audience", "source", "kind")
    for second in SUBGROUPINGS[1:]
    if first != second
)


def split_grouping(value: str) -> tuple[str, str]:
    """ "theme/audience" -> ("theme", "audience"); "theme" -> ("theme", "")."""
    first, _, second = value.partition("/")
    return first, second


# A brief's title is printed whole at the top of its first page: one longer than this would run
# past the page (the PDF cannot lay it out) and no reader needs it; the subtitle holds the rest.
MAX_TITLE_CHARS = 300


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class BriefMeta(Frozen):
    """The seven fields a user types about a brief; one definition for packs, specs and documents."""

    title: str
    subtitle: str
    meeting: str
    date: str
    author: str
    organisation: str
    audience_note: str
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(
        self,
        title: str = "",
        subtitle: str = "",
        meeting: str = "",
        date: str = "",
        author: str = "",
        organisation: str = "",
        audience_note: str = "",
    ) -> None:
        set_fields(self, title, subtitle, meeting, date, author, organisation, audience_note)

    def cleaned(self) -> BriefMeta:
        """Single-line fields on one line, the audience note as paragraphs; control characters gone."""
        values = {name: clean_line(getattr(self, name)) for name in BRIEF_FIELDS}
        values["audience_note"] = clean_text(self.audience_note).strip()
        return BriefMeta(**values)

    def with_values(self, **values: str) -> BriefMeta:
        return replace(self, **values)

    @classmethod
    def of(cls, holder: object) -> BriefMeta:
        """The fields read from anything that has them as attributes (a Pack, parsed CLI arguments)."""
        return cls(**{name: str(getattr(holder, name, "") or "") for name in BRIEF_FIELDS})


BRIEF_FIELDS = tuple(f.name for f in fields(BriefMeta))
# Everything a user sets about a brief: BriefMeta's fields, then how it is written (the template,
# the branding profile, the grouping, and the language: a BCP 47 tag such as "fr", "" for the
# window's). A pack holds them; its store file, merges and the command line's options name them.
META_FIELDS = (*BRIEF_FIELDS, "template", "branding", "grouping", "language")
