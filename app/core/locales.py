"""The languages a brief is written in, and how each writes dates, numbers, lists and plurals (Babel)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from app.core.errors import ValidationError

if TYPE_CHECKING:  # Babel loads its locale data on first use, never at start-up
    from babel import Locale

# The six official languages of the United Nations, in the UN's own (alphabetical) order,
# each with its name in itself and the tag written into documents (a region, so Word's
# proofing tools recognise it).
BRIEF_LANGUAGES = {
    "ar": ("العربية", "ar-SA"),
    "zh": ("中文", "zh-CN"),
    "en": ("English", "en-GB"),
    "fr": ("Français", "fr-FR"),
    "ru": ("Русский", "ru-RU"),
    "es": ("Español", "es-ES"),
}
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def primary(tag: str) -> str:
    """ "fr-CA" -> "fr"; "" -> ""."""
    return tag.replace("_", "-").split("-")[0].lower()


def document_tag(language: str) -> str:
    """The BCP 47 tag a brief in `language` is marked with: "fr" -> "fr-FR"; a full tag as given."""
    language = language.strip().replace("_", "-")
    if "-" in language:
        return language
    return BRIEF_LANGUAGES.get(language.lower(), ("", language))[1]


def language_tag(tag: str) -> str:
    """A text's language as a BCP 47 tag ("fr", "es-MX"), checked for shape; "" stays "" (the
    language of what holds it)."""
    tag = tag.strip().replace("_", "-")
    if tag and not _TAG.match(tag):
        raise ValidationError(f"{tag!r} is not a language tag.", hint="Use a tag such as en, fr, es or ar.")
    return tag


def check_language(language: str) -> str:
    """`language` as a document tag when a brief can be written in it, else a ValidationError."""
    if not language:
        return ""
    if not _TAG.match(language.strip()) or primary(language) not in BRIEF_LANGUAGES:
        names = ", ".join(f"{code} ({name})" for code, (name, _) in BRIEF_LANGUAGES.items())
        raise ValidationError(f"Briefs cannot be written in {language!r}.", hint=f"Use one of: {names}.")
    return document_tag(language)


@lru_cache(maxsize=16)
def babel_locale(tag: str) -> Locale:
    """The Babel locale for a tag ("en-GB", "fr", "zh-CN"); its language alone when the region is
    unknown, English when the language is."""
    from babel import Locale, UnknownLocaleError

    for candidate in (tag.replace("-", "_"), primary(tag)):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_GB")


def is_rtl(tag: str) -> bool:
    """True for languages written right to left (Arabic, Hebrew, Persian, Urdu ...)."""
    return bool(tag) and babel_locale(tag).character_order == "right-to-left"


def format_iso_date(value: str, tag: str, precision: str = "") -> str:
    """An ISO date ("2025-06-16", "2025-06", "2025") as the language writes it: "16 June 2025",
    "16 juin 2025", "2025年6月16日"; anything else as typed."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return value
    year, month, day = match.groups()
    precision = precision or ("day" if day else "month" if month else "year")
    if precision == "year" or not month:
        return year
    import datetime

    from babel.dates import format_date, format_skeleton

    try:
        when = datetime.date(int(year), int(month), int(day or 1))
    except ValueError:
        return value
    locale = babel_locale(tag)
    if precision == "month" or not day:
        return format_skeleton("yMMMM", when, locale=locale)
    return format_date(when, "long", locale=locale)


def format_number(number: int | float, tag: str) -> str:
    """A number with the language's digits and grouping: 1,234 / 1 234 / 1.234."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=babel_locale(tag))


def format_list(items: list[str] | tuple[str, ...], tag: str) -> str:
    """ "a, b and c" / "a, b et c" / "a、b和c", with the language's own punctuation."""
    from babel.lists import format_list as babel_list

    return babel_list(list(items), locale=babel_locale(tag)) if items else ""


def plural_category(count: int, tag: str) -> str:
    """The CLDR plural category of `count` in the language: "one", "two", "few", "many" or "other"."""
    return babel_locale(tag).plural_form(count)
