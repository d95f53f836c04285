"""Text analysis shared by indexing, querying and highlighting: tokens, folding, stems."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from app.core.text import fold

# Bump when tokens or stems change: the on-disk index is then rebuilt.
ANALYZER_VERSION = 1

# Words are runs of letters and digits; "non-punishment" is two words, as in FTS5's unicode61.
TOKEN = re.compile(r"[^\W_]+")

_LANGUAGES = {
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "eo": "esperanto",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "ga": "irish",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "no": "norwegian",
    "nb": "norwegian",
    "fa": "persian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "es": "spanish",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
_PREFIXES = {name: code for code, name in _LANGUAGES.items()}

# English plurals a suffix stemmer cannot see (the stem of "women" is not "woman").
IRREGULAR = {
    "women": "woman",
    "men": "man",
    "children": "child",
    "people": "person",
    "persons": "person",
    "peoples": "person",
    "mice": "mouse",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "data": "datum",
    "media": "medium",
}

# Unquoted words so common that they only filter; phrases keep them.
STOPWORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "which",
        "with",
    )
)


@lru_cache(maxsize=1)
def _available() -> frozenset[str]:
    # snowballstemmer imports every language's module (~25 ms): only when a word is stemmed,
    # never at start-up.
    import snowballstemmer

    return frozenset(snowballstemmer.algorithms())


def language_key(code: str) -> str:
    """A source's language code ("es", "es-ES", "Spanish") as a stemmer name; English by default."""
    head = (code or "en").strip().lower().replace("_", "-").split("-")[0]
    name = _LANGUAGES.get(head, head)
    if name == "english":
        return name
    return name if name in _available() else "english"


def item_language(item: Any, source: Any) -> str:
    """The stemmer for an item: its own language when it has one, else its source's."""
    return language_key(item.language or (source.language if source is not None else "en"))


def library_languages(library: Any) -> set[str]:
    """Every stemmer the library's items need (a query word is stemmed in each)."""
    found = {language_key(s.language) for s in library.sources.values()}
    found |= {language_key(i.language) for i in library.items.values() if i.language}
    return found or {"english"}


class Analyzer:
    """Turns text into index tokens; the same rules serve queries so both sides agree."""

    def __init__(self) -> None:
        self._stemmers: dict[str, Any] = {}
        self._cache: dict[str, dict[str, str]] = {}
        self._folded: dict[str, list[str]] = {}

    def stem(self, word: str, language: str = "english") -> str:
        """The stem of one folded word in a language (memoised: a corpus has few distinct words)."""
        cache = self._cache.get(language)
        if cache is None:
            import snowballstemmer

            cache = self._cache[language] = {}
            self._stemmers[language] = snowballstemmer.stemmer(language)
        stem = cache.get(word)
        if stem is None:
            base = IRREGULAR.get(word, word) if language == "english" else word
            stem = base if base.isdigit() else fold(self._stemmers[language].stemWord(base))
            if language != "english":
                # Stems of other languages live apart: Spanish "reintegr" is not English "reintegr".
                stem = f"{_PREFIXES.get(language, language[:3])}0{stem}"
            if len(cache) < 500_000:
                cache[word] = stem
        return stem

    def words(self, text: str) -> list[str]:
        """The folded words of a text (casefold first, then fold only the words that need it)."""
        words = TOKEN.findall(text.casefold())
        if text.isascii():
            return words
        folded = self._folded
        out: list[str] = []
        for word in words:
            if word.isascii():
                out.append(word)
                continue
            parts = folded.get(word)
            if parts is None:
                parts = folded[word] = TOKEN.findall(fold(word))
            out.extend(parts)
        return out

    def analyse(self, text: str, language: str = "english") -> tuple[str, str]:
        """(stems, words) of a text, each a space-separated token string for FTS5."""
        words = self.words(text)
        cache = self._cache.get(language)
        if cache is None:
            self.stem("a", language)
            cache = self._cache[language]
        get = cache.get
        stem = self.stem
        return " ".join([get(w) or stem(w, language) for w in words]), " ".join(words)

    @staticmethod
    def spans(text: str) -> Iterator[tuple[int, int, str]]:
        """Each word of the original text with its offsets, folded."""
        for match in TOKEN.finditer(text):
            folded = fold(match.group())
            # A word may fold into several (rare ligatures); keep the first so offsets stay exact.
            parts = TOKEN.findall(folded)
            if parts:
                yield match.start(), match.end(), parts[0] if len(parts) == 1 else "".join(parts)
