"""Citation strings built from source metadata and an item's locator, in a style read from data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app import paths
from app.core import locales
from app.core.errors import NotFoundError, ValidationError
from app.core.frozen import Frozen, set_fields
from app.core.models import Item, Source
from app.core.yamlio import load_yaml

# Where a template puts citations: real notes at the page foot, numbered notes
# at the end, or short citations in the text with a reference list.
STYLES = ("footnotes", "endnotes", "inline")
FORMS = ("full", "short")
DEFAULT_FORMAT = "briefpack"
STYLE_DIR = "citation_styles"

_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_TOKEN = re.compile(r"(\{\w+\}|\*)")
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class Styled(Frozen):
    """Text with the spans set in italics (titles in some citation styles)."""

    text: str
    italic: tuple[tuple[int, int], ...]
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(self, text: str, italic: tuple[tuple[int, int], ...] = ()) -> None:
        set_fields(self, text, italic)

    def runs(self) -> list[tuple[str, bool]]:
        """(text, italic) pieces in order."""
        out, at = [], 0
        for start, end in self.italic:
            if start > at:
                out.append((self.text[at:start], False))
            out.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out

    def __str__(self) -> str:
        return self.text


@dataclass(init=False, repr=False, eq=False)  # Frozen's methods; fields() and replace() work
class CitationFormat(Frozen):
    """A citation style as data: patterns for the first note, repeats and the sources list."""

    id: str
    name: str
    description: str
    full: str
    short: str
    bibliography: str
    __slots__ = tuple(__annotations__)  # one slot a field (see app/core/frozen.py)
    _compared = __slots__

    def __init__(
        self, id: str, name: str, description: str, full: str, short: str, bibliography: str
    ) -> None:
        set_fields(self, id, name, description, full, short, bibliography)


def format_dirs() -> list:
    return [paths.user_data_dir() / "export_templates" / STYLE_DIR, paths.export_templates_dir() / STYLE_DIR]


@lru_cache(maxsize=16)
def _load_format(path: str) -> CitationFormat:
    data = load_yaml(Path(path)) or {}
    missing = [k for k in ("full", "short", "bibliography") if not isinstance(data.get(k), str)]
    if missing:
        raise ValidationError(
            f"Citation style {path}: {', '.join(missing)} missing.",
            hint="Each style needs full, short and bibliography patterns.",
        )
    stem = path.rsplit("/", 1)[-1].removesuffix(".yaml")
    return CitationFormat(
        stem,
        str(data.get("name") or stem),
        str(data.get("description") or ""),
        data["full"],
        data["short"],
        data["bibliography"],
    )


def citation_format(format_id: str = DEFAULT_FORMAT) -> CitationFormat:
    """The style named `format_id`: the user's own folder first, then the bundled ones."""
    for folder in format_dirs():
        path = folder / f"{format_id}.yaml"
        if path.is_file():
            return _load_format(str(path))
    raise NotFoundError(
        f"No citation style named {format_id!r}.", hint=f"Choose one of: {', '.join(citation_format_ids())}."
    )


def citation_format_ids() -> list[str]:
    found: list[str] = []
    for folder in format_dirs():
        if folder.is_dir():
            found += [p.stem for p in sorted(folder.glob("*.yaml")) if p.stem not in found]
    return found


def render(pattern: str, values: dict[str, str]) -> Styled:
    """Fill a pattern: [optional parts] need all their fields, *text* is italic."""

    def optional(match: re.Match) -> str:
        inner = match.group(1)
        return inner if all(values.get(name) for name in _FIELD.findall(inner)) else ""

    expanded = _OPTIONAL.sub(optional, pattern)
    text: list[str] = []
    italic: list[tuple[int, int]] = []
    length, opened = 0, -1
    for token in _TOKEN.split(expanded):
        if token == "*":
            if opened < 0:
                opened = length
            else:
                if length > opened:
                    italic.append((opened, length))
                opened = -1
            continue
        piece = values.get(token[1:-1], "") if _FIELD.fullmatch(token) else token
        text.append(piece)
        length += len(piece)
    return Styled("".join(text), tuple(italic))


def _names(source: Source) -> tuple[str, str]:
    """The issuer's name without its bracketed acronym, and its acronym."""
    name = source.issuer.rsplit("(", 1)[0].strip() if source.issuer.endswith(")") else source.issuer
    return name, source.issuer_short


def _date(source: Source, language: str) -> str:
    """The source's date in the brief's language. A right-to-left date ("9 مايو 2017") sits
    inside a left-to-right title and locator: right-to-left marks around it keep its day, month
    and year in their order wherever it is shown, and no-break spaces on one line."""
    if not language:
        return source.date_display
    date = locales.format_iso_date(source.date, language, source.date_precision)
    if locales.is_rtl(language) and date:
        return "\u200f" + date.replace(" ", "\u00a0") + "\u200f"
    return date


def citation_values(
    source: Source, item: Item | None = None, language: str = "", citing: str = "citing"
) -> dict[str, str]:
    """What the patterns can use. The issuer is left out when the title already names it, and the
    type when the title already says it ("Plan of Action, plan of action"). The date is written
    in `language` (the brief's; English by default); titles and locators stay as the source
    gives them."""
    title = source.title
    lowered = title.lower()
    name, acronym = _names(source)
    named = bool(name) and (name.lower() in lowered or (acronym and f"({acronym.lower()})" in lowered))
    kind = "" if source.type and source.type.lower() in lowered else source.type
    short = source.short_title or title
    bare = short
    if acronym and bare.startswith(acronym + " "):
        bare = bare[len(acronym) + 1 :]
    bare = re.sub(r"\s+(19|20)\d\d$", "", bare)
    return {
        "author": "" if named else acronym,
        "author_full": "" if named else source.issuer,
        "title": title,
        "short_title": short,
        "bare_title": bare[:1].upper() + bare[1:],
        "type": kind,
        "type_cap": kind[:1].upper() + kind[1:],
        "symbol": source.symbol,
        "date": _date(source, language),
        "year": str(source.year or ""),
        "locator": item.locator if item is not None else "",
        "cites": item.cites if item is not None else "",
        "citing": citing,
    }


def cite(
    form: str,
    source: Source,
    item: Item | None = None,
    style: CitationFormat | None = None,
    language: str = "",
    citing: str = "citing",
) -> Styled:
    """`form` is "full" (the first note of a source), "short" (repeats, inline) or "bibliography";
    `language` and `citing` word the date and "citing" as the brief's language does."""
    pattern = getattr(style or citation_format(), form)
    return render(pattern, citation_values(source, item, language, citing))


def full_citation(source: Source, item: Item | None = None, style: CitationFormat | None = None) -> str:
    """ "ICAT, A call for action on trafficking in persons (15 November 2021), priority 1." as plain text."""
    return cite("full", source, item, style).text


def short_citation(source: Source, item: Item | None = None, style: CitationFormat | None = None) -> str:
    """ "ICAT Call for Action 2021, priority 1." as plain text."""
    return cite("short", source, item, style).text
