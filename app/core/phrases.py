"""What the core says to a person: English sentences the window can show in its own language.

A message is written `core.tr("The disk is full; {name} was not written.").format(name=...)`. The
result is an ordinary English `str` (the command line prints it as it is), which also remembers
its template and values, so the window translates the template and fills in the same values
(`app/gui/i18n.py`, `core_text`). pyside6-lupdate files every `core.tr(...)` under the context
"core" of `resources/translations/*.ts`, as it files the window's `ui.tr(...)` under "ui". The core
itself never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


class TranslatableText(str):
    """English text that remembers the template and values it was made from."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, text: str, context: str, template: str, values: dict[str, Any]) -> TranslatableText:
        phrase = super().__new__(cls, text)
        phrase.context = context
        phrase.template = template
        phrase.values = values
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:  # a reading process hands its errors back pickled
        return (TranslatableText, (str(self), self.context, self.template, self.values))

    def format(self, /, **values: Any) -> TranslatableText:  # type: ignore[override]  # names only
        return TranslatableText(self.template.format(**values), self.context, self.template, values)


class Phrasebook:
    """One translation context; `tr` marks a template for pyside6-lupdate and returns it."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, template: str) -> TranslatableText:
        return TranslatableText(template, self.context, template, {})


core = Phrasebook("core")


def sentences(parts: Sequence[str]) -> str:
    """Messages shown together, one after the other, each still translatable where it was marked."""
    return _joined(parts, " ")


def listing(parts: Sequence[str]) -> str:
    """Names or phrases in a row, separated by commas, each still translatable where it was marked."""
    return _joined(parts, ", ")


def _joined(parts: Sequence[str], separator: str) -> str:
    if len(parts) <= 1:
        return parts[0] if parts else ""
    values = {f"part{n}": part for n, part in enumerate(parts)}
    template = separator.join(f"{{{name}}}" for name in values)  # never translated: the parts are
    return TranslatableText(separator.join(parts), "core", template, values)


def alternatives(choices: Sequence[str]) -> str:
    """'a' or 'b' (or 'c'): the choices quoted, joined by the language's "or"."""
    quoted = [repr(choice) for choice in choices]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return core.tr("{first} or {second}").format(first=quoted[0], second=quoted[1])
    return core.tr("{first} or {second} or {third}").format(
        first=quoted[0], second=quoted[1], third=quoted[2]
    )


def translated(text: str, translate: Callable[[str, str], str]) -> str:
    """`text` in another language when it was marked (`core.tr`) and `translate(context, template)`
    knows its template, with its values translated too where they were marked (a reason inside a
    sentence); the English otherwise (a translation that lost a `{name}` falls back too)."""
    if not isinstance(text, TranslatableText):
        return text
    values = {
        name: translated(value, translate) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    try:
        return translate(text.context, text.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)
