"""The fixed tag vocabulary: themes, audiences and item kinds, with labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from app import paths
from app.core.errors import ValidationError
from app.core.phrases import alternatives, core
from app.core.yamlio import load_yaml


class Term(NamedTuple):
    """One tag: a fixed id, a label for people, and what it covers.

    A named tuple, like the app's other small immutable records: it is as safe as a frozen
    dataclass and several times cheaper to define, which start-up does."""

    id: str
    label: str
    definition: str = ""


class Taxonomy:
    """Themes, audiences and kinds in their canonical order (a value: read, never changed)."""

    __slots__ = ("audiences", "english", "kinds", "themes")

    def __init__(
        self,
        themes: tuple[Term, ...],
        audiences: tuple[Term, ...],
        kinds: tuple[Term, ...],
        english: Taxonomy | None = None,
    ) -> None:
        self.themes = themes
        self.audiences = audiences
        self.kinds = kinds
        # the vocabulary as taxonomy.yaml names it, when this is a translation
        self.english = english

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Taxonomy):
            return NotImplemented
        return (self.themes, self.audiences, self.kinds) == (other.themes, other.audiences, other.kinds)

    def __hash__(self) -> int:
        return hash((self.themes, self.audiences, self.kinds))

    def __repr__(self) -> str:
        counts = f"{len(self.themes)} themes, {len(self.audiences)} audiences, {len(self.kinds)} kinds"
        return f"Taxonomy({counts})"

    @classmethod
    def load(cls, path: Path) -> Taxonomy:
        data = load_yaml(path)

        def terms(key: str) -> tuple[Term, ...]:
            return tuple(
                Term(
                    id=str(entry["id"]),
                    label=str(entry.get("label") or entry["id"].capitalize()),
                    definition=" ".join(str(entry.get("definition", "")).split()),
                )
                for entry in data.get(key, [])
            )

        return cls(terms("themes"), terms("audiences"), terms("kinds"))

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.themes)

    @property
    def audience_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.audiences)

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.kinds)

    def in_language(self, language: str) -> Taxonomy:
        """The same vocabulary with its labels and definitions in `language` ("fr", "es-ES" ...),
        read from taxonomy.<language>.yaml beside taxonomy.yaml; English where a term has none.
        A translation can be asked for another language (or English) in turn."""
        return self.translated(term_translations(language.replace("_", "-").split("-")[0].lower()))

    def translated(self, table: dict[str, dict[str, dict[str, str]]]) -> Taxonomy:
        """The vocabulary with the names and definitions of `table` (as term_translations gives)."""
        source = self.english or self
        if not table:
            return source

        def translated(group: str, terms: tuple[Term, ...]) -> tuple[Term, ...]:
            words = table.get(group, {})
            return tuple(
                Term(
                    t.id,
                    words.get(t.id, {}).get("label") or t.label,
                    words.get(t.id, {}).get("definition") or t.definition,
                )
                for t in terms
            )

        return Taxonomy(
            translated("themes", source.themes),
            translated("audiences", source.audiences),
            translated("kinds", source.kinds),
            source,
        )

    def label(self, term_id: str) -> str:
        for term in (*self.themes, *self.audiences, *self.kinds):
            if term.id == term_id:
                return term.label
        return term_id

    def order_themes(self, ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """Ids in taxonomy order, unknown ids last."""
        rank = {tid: n for n, tid in enumerate(self.theme_ids)}
        return tuple(sorted(ids, key=lambda t: rank.get(t, len(rank))))

    def unknown(self, kind: str, values: Iterable[str]) -> list[str]:
        """A message for each value that is not an id (nor a label) of `kind` ("theme", "audience"
        or "kind"): "Unknown theme 'chidren': did you mean 'children'?"."""
        terms = self._terms(kind)
        known = {t.id for t in terms} | {t.label.casefold() for t in terms}
        return [
            unknown_value_message(kind, value, terms)
            for value in values
            if value not in known and value.casefold() not in known
        ]

    def check(
        self, themes: Iterable[str] = (), audiences: Iterable[str] = (), kinds: Iterable[str] = ()
    ) -> None:
        """Raise UnknownTagError naming every unknown theme, audience and kind (with suggestions)."""
        problems = [
            *self.unknown("theme", themes),
            *self.unknown("audience", audiences),
            *self.unknown("kind", kinds),
        ]
        if problems:
            raise UnknownTagError(
                " ".join(problems), hint="'briefpack library tags' lists the themes, audiences and kinds."
            )

    def _terms(self, kind: str) -> tuple[Term, ...]:
        return {"theme": self.themes, "audience": self.audiences, "kind": self.kinds}[kind]


def translation_path(language: str) -> Path:
    return paths.library_dir() / f"taxonomy.{language}.yaml"


@lru_cache(maxsize=8)
def term_translations(language: str) -> dict[str, dict[str, dict[str, str]]]:
    """{"themes": {id: {"label": ..., "definition": ...}}, "audiences": ..., "kinds": ...} for a
    language with a translation file; {} for English and for a language without one."""
    path = translation_path(language)
    if language == "en" or not path.is_file():
        return {}
    data = load_yaml(path) or {}
    table: dict[str, dict[str, dict[str, str]]] = {}
    for group in ("themes", "audiences", "kinds"):
        entries = data.get(group) or {}
        table[group] = {
            str(term_id): {key: " ".join(str(value).split()) for key, value in (entry or {}).items()}
            for term_id, entry in entries.items()
        }
    return table


def translation_languages() -> list[str]:
    """The languages the vocabulary is translated into (besides English)."""
    return sorted(p.name.split(".")[1] for p in paths.library_dir().glob("taxonomy.*.yaml"))


def translation_problems(taxonomy: Taxonomy) -> list[str]:
    """Terms a translation file lacks a label for, and ids it names that the vocabulary does not have."""
    problems: list[str] = []
    for language in translation_languages():
        table = term_translations(language)
        for group, terms in (
            ("themes", taxonomy.themes),
            ("audiences", taxonomy.audiences),
            ("kinds", taxonomy.kinds),
        ):
            words = table.get(group, {})
            ids = {t.id for t in terms}
            problems += [
                f"taxonomy.{language}.yaml: {group[:-1]} {t.id} has no label."
                for t in terms
                if not words.get(t.id, {}).get("label")
            ]
            problems += [
                f"taxonomy.{language}.yaml: unknown {group[:-1]} {term_id}."
                for term_id in words
                if term_id not in ids
            ]
    return problems


class UnknownTagError(ValidationError):
    """A theme, audience or kind the vocabulary does not have."""


def unknown_value_message(kind: str, value: str, terms: Sequence[Term] | Iterable[str]) -> str:
    """'Unknown theme 'chidren': did you mean 'children'?' (or the known values when none is close);
    `kind` is "theme", "audience", "kind" or "source"."""
    import difflib  # only for a mistyped value: the window's start-up does without it

    ids = [t.id if isinstance(t, Term) else str(t) for t in terms]
    labels = {t.label.casefold(): t.id for t in terms if isinstance(t, Term)}
    folded = value.casefold().strip()
    close = difflib.get_close_matches(folded, ids, n=3, cutoff=0.6)
    close += [labels[m] for m in difflib.get_close_matches(folded, list(labels), n=3, cutoff=0.6)]
    close += [i for i in ids if folded and i.startswith(folded)]
    close = list(dict.fromkeys(close))[:3]
    if close:
        return _UNKNOWN_SUGGEST[kind].format(value=value, choices=alternatives(close))
    return _UNKNOWN_LIST[kind].format(value=value, known=", ".join(ids))


# What a mistyped value is told, for each vocabulary a search or an edit names.
_UNKNOWN_SUGGEST = {
    "theme": core.tr("Unknown theme '{value}': did you mean {choices}?"),
    "audience": core.tr("Unknown audience '{value}': did you mean {choices}?"),
    "kind": core.tr("Unknown kind '{value}': did you mean {choices}?"),
    "source": core.tr("Unknown source '{value}': did you mean {choices}?"),
}
_UNKNOWN_LIST = {
    "theme": core.tr("Unknown theme '{value}'. Known themes: {known}."),
    "audience": core.tr("Unknown audience '{value}'. Known audiences: {known}."),
    "kind": core.tr("Unknown kind '{value}'. Known kinds: {known}."),
    "source": core.tr("Unknown source '{value}'. Known sources: {known}."),
}
