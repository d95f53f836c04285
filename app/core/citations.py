"""Citation strings built from source metadata and an item's locator, never typed."""

from __future__ import annotations

from app.core.models import Item, Source

# How a template cites: real notes at the page foot, numbered notes at the
# end, or short citations in the text with a reference list.
STYLES = ("footnotes", "endnotes", "inline")
FORMS = ("full", "short")


def source_reference(source: Source) -> str:
    """ICAT, Call for Accelerated Action ... (8 November 2023)"""
    issuer = source.issuer_short
    date = source.date_display
    text = f"{issuer}, {source.title}" if issuer else source.title
    if source.symbol:
        text += f", {source.symbol}"
    if date:
        text += f" ({date})"
    return text


def full_citation(source: Source, item: Item | None = None) -> str:
    """"ICAT, <title> (<date>), action 5." — the form used the first time a source is cited."""
    text = source_reference(source)
    if item is not None and item.locator:
        text += f", {item.locator}"
    return text + "."


def short_citation(source: Source, item: Item | None = None) -> str:
    """"ICAT Call for Accelerated Action on Child Trafficking 2023, action 7." — for repeats."""
    text = source.short_title or source.title
    if item is not None and item.locator:
        text += f", {item.locator}"
    return text + "."


def bibliography_entry(source: Source) -> str:
    """A sources-list entry: issuer, title, type, date, symbol and URL where known."""
    parts = [source.issuer or source.issuer_short, source.title]
    if source.type:
        parts.append(source.type)
    if source.symbol:
        parts.append(source.symbol)
    if source.date_display:
        parts.append(source.date_display)
    text = ", ".join(p for p in parts if p) + "."
    if source.url:
        text += f" {source.url}"
    return text
