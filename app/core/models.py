"""The library's value types: Source and Item (frozen; edits make new values)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.core.frozen import Frozen, set_fields

KINDS = ("recommendation", "commitment", "fact")
ORIGIN_BUNDLED = "bundled"
ORIGIN_USER = "user"

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def format_date(value: str, precision: str = "") -> str:
    """ "2023-11-08" -> "8 November 2023"; "2022" -> "2022"; "2022-05" -> "May 2022"."""
    parts = value.split("-") if value else []
    if not parts or not parts[0].isdigit():
        return value
    precision = precision or {1: "year", 2: "month", 3: "day"}.get(len(parts), "year")
    if precision == "year" or len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if precision == "month" or len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Source(Frozen):
    """A document items are quoted from, with the facts a citation needs."""

    id: str
    title: str
    short_title: str
    issuer: str
    type: str
    date: str
    date_precision: str
    date_note: str
    context: str
    symbol: str
    url: str
    language: str
    text: str
    origin: str
    fingerprint: str
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(
        self,
        id: str,
        title: str,
        short_title: str = "",
        issuer: str = "",
        type: str = "",
        date: str = "",
        date_precision: str = "",
        date_note: str = "",
        context: str = "",
        symbol: str = "",
        url: str = "",
        language: str = "en",
        text: str = "",
        origin: str = ORIGIN_BUNDLED,
        fingerprint: str = "",
    ) -> None:
        set_fields(
            self,
            id,
            title,
            short_title,
            issuer,
            type,
            date,
            date_precision,
            date_note,
            context,
            symbol,
            url,
            language,
            text,
            origin,
            fingerprint,
        )

    @property
    def year(self) -> int | None:
        head = self.date[:4]
        return int(head) if head.isdigit() else None

    @property
    def date_display(self) -> str:
        return format_date(self.date, self.date_precision)

    @property
    def sort_date(self) -> str:
        """ISO date padded for ordering ("2022" sorts as "2022-00-00")."""
        parts = ([*self.date.split("-"), "00", "00"])[:3] if self.date else ["0000", "00", "00"]
        return "-".join(parts)

    @property
    def issuer_short(self) -> str:
        """The issuer's acronym when it gives one in brackets: "(ICAT)" -> "ICAT"."""
        if self.issuer.endswith(")") and "(" in self.issuer:
            return self.issuer.rsplit("(", 1)[1].rstrip(")")
        return self.issuer

    def to_record(self, with_text: bool = True) -> dict:
        record = {
            "id": self.id,
            "title": self.title,
            "short_title": self.short_title,
            "issuer": self.issuer,
            "type": self.type,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_note": self.date_note,
            "context": self.context,
            "symbol": self.symbol,
            "url": self.url,
            "language": self.language,
            "origin": self.origin,
        }
        if with_text:
            record["text"] = self.text
        return record

    @classmethod
    def from_record(cls, record: dict, origin: str | None = None) -> Source:
        known = {name for name in cls.__dataclass_fields__}
        values = {k: ("" if v is None else str(v)) for k, v in record.items() if k in known}
        if origin:
            values["origin"] = origin
        return cls(**values)


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Item(Frozen):
    """One quotable recommendation, commitment or fact, verbatim from its source."""

    id: str
    source_id: str
    kind: str
    text: str
    section: str
    locator: str
    lead_in: str
    themes: tuple[str, ...]
    audiences: tuple[str, ...]
    span: tuple[int, int] | None
    note: str
    origin: str
    overridden: bool
    needs_review: bool
    order: int
    # An editorial phrase a brief prints in brackets before a quote that does not stand alone
    # ("On the Global Plan of Action"); never part of the verbatim text.
    context: str
    # What the source's own note gives as the evidence for a fact quoted from that note
    # ("IOM, The Climate Change-Human Trafficking Nexus (2016)"); citations add "citing ...".
    cites: str
    # The item's own language (BCP 47) when it differs from its source's; "" for the source's.
    language: str
    extra: dict
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__[:-1]  # not `extra`

    def __init__(
        self,
        id: str,
        source_id: str,
        kind: str,
        text: str,
        section: str = "",
        locator: str = "",
        lead_in: str = "",
        themes: tuple[str, ...] = (),
        audiences: tuple[str, ...] = (),
        span: tuple[int, int] | None = None,
        note: str = "",
        origin: str = ORIGIN_BUNDLED,
        overridden: bool = False,
        needs_review: bool = False,
        order: int = 0,
        context: str = "",
        cites: str = "",
        language: str = "",
        extra: dict | None = None,
    ) -> None:
        put = object.__setattr__  # the one way to write a Frozen's field
        put(self, "id", id)
        put(self, "source_id", source_id)
        put(self, "kind", kind)
        put(self, "text", text)
        put(self, "section", section)
        put(self, "locator", locator)
        put(self, "lead_in", lead_in)
        put(self, "themes", themes)
        put(self, "audiences", audiences)
        put(self, "span", span)
        put(self, "note", note)
        put(self, "origin", origin)
        put(self, "overridden", overridden)
        put(self, "needs_review", needs_review)
        put(self, "order", order)
        put(self, "context", context)
        put(self, "cites", cites)
        put(self, "language", language)
        put(self, "extra", {} if extra is None else extra)

    def to_record(self) -> dict:
        """The public field set (library export, pack snapshots)."""
        return {
            "id": self.id,
            "source_id": self.source_id,
            "kind": self.kind,
            "section": self.section,
            "locator": self.locator,
            "text": self.text,
            "lead_in": self.lead_in,
            "themes": list(self.themes),
            "audiences": list(self.audiences),
            "span": list(self.span) if self.span else None,
            "note": self.note,
            "origin": self.origin,
            **({"language": self.language} if self.language else {}),
        }

    @classmethod
    def from_record(
        cls, record: dict, origin: str | None = None, order: int = 0, source_id: str | None = None
    ) -> Item:
        get = record.get
        span = get("span")
        themes = get("themes")
        audiences = get("audiences")
        return cls(
            str(record["id"]),
            source_id if source_id is not None else str(record["source_id"]),
            str(get("kind", "recommendation")),
            str(record["text"]),
            _text(get("section")),
            _text(get("locator")),
            _text(get("lead_in")),
            tuple(themes) if themes else (),
            tuple(audiences) if audiences else (),
            (int(span[0]), int(span[1])) if span else None,
            _text(get("note")),
            origin or str(get("origin") or ORIGIN_BUNDLED),
            False,
            False,
            order,
            _text(get("context")),
            _text(get("cites")),
            _text(get("language")),
        )


def _text(value: object) -> str:
    return value if type(value) is str else ("" if value is None else str(value))


def today_iso() -> str:
    # time, not datetime: the datetime module is not needed anywhere on the start-up path
    return time.strftime("%Y-%m-%d")
