"""The query language typed in the search box: words, "phrases", AND/OR/NOT, -word, prefix*, field:value.

The parser never raises: whatever it cannot read as typed it reads leniently and
says so in `Parsed.messages`. Nothing typed here reaches FTS5 as syntax; leaves
become quoted tokens built by the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.phrases import core
from app.core.search.analysis import STOPWORDS, TOKEN, fold

FIELDS = {
    "theme": "themes",
    "themes": "themes",
    "audience": "audiences",
    "audiences": "audiences",
    "kind": "kinds",
    "kinds": "kinds",
    "source": "sources",
    "sources": "sources",
    "year": "years",
    "years": "years",
}
MAX_QUERY_CHARS = 2000
MAX_LEAVES = 64


@dataclass(frozen=True)
class Word:
    """One word, matched by its stem or exactly."""

    word: str


@dataclass(frozen=True)
class Phrase:
    """Words in this order; with prefix=True the last one is a prefix ("child*")."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Word | Phrase | And | Or | Not


@dataclass
class Parsed:
    """A parsed query: the text expression (None when there is none), field filters, messages."""

    node: Node | None
    fields: dict[str, list[str]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


_LEX = re.compile(
    r'\s+|(?P<open>\()|(?P<close>\))|(?P<field>-?[^\W\d_]+:"[^"]*"?)|(?P<quote>"[^"]*"?\*?)|(?P<word>[^\s()"]+)'
)


def _lex(text: str) -> list[tuple[str, str, bool]]:
    """(kind, value, negated) tokens: kinds open, close, phrase, word, and, or, not."""
    out: list[tuple[str, str, bool]] = []
    for match in _LEX.finditer(text):
        if match.group("open"):
            out.append(("open", "(", False))
        elif match.group("close"):
            out.append(("close", ")", False))
        elif match.group("field"):
            raw = match.group("field")
            negated = raw.startswith("-")
            out.append(("word", raw[1:] if negated else raw, negated))
        elif match.group("quote"):
            out.append(("phrase", match.group("quote"), False))
        elif match.group("word"):
            word = match.group("word")
            if word in ("AND", "OR", "NOT"):
                out.append((word.lower(), word, False))
            elif word.startswith("-") and len(word) > 1:
                out.append(("word", word[1:], True))
            elif word == "-":
                out.append(("minus", word, False))
            else:
                out.append(("word", word, False))
    # "-" directly before a phrase or a bracket negates it
    merged: list[tuple[str, str, bool]] = []
    for kind, value, negated in out:
        if merged and merged[-1][0] == "minus" and kind in ("phrase", "open"):
            merged.pop()
            merged.append((kind, value, True))
        else:
            merged.append((kind, value, negated))
    return [t for t in merged if t[0] != "minus"]


class _Parser:
    def __init__(self, tokens: list[tuple[str, str, bool]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.fields: dict[str, list[str]] = {}
        self.messages: list[str] = []
        self.leaves = 0

    def note(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        node = self.parse_or()
        while self.pos < len(self.tokens):  # a stray ")" stops parse_or early
            self.note(core.tr("A closing bracket had no opening one; it was ignored."))
            self.pos += 1
            more = self.parse_or()
            node = _join(And, [node, more])
        return node

    def parse_or(self) -> Node | None:
        items = [self.parse_and()]
        while self.peek() == "or":
            self.pos += 1
            if self.peek() in (None, "close", "or"):
                self.note(core.tr("OR needs words on both sides; the dangling OR was ignored."))
                continue
            items.append(self.parse_and())
        return _join(Or, items)

    def parse_and(self) -> Node | None:
        items: list[Node | None] = []
        while True:
            kind = self.peek()
            if kind in (None, "close", "or"):
                break
            if kind == "and":
                self.pos += 1
                if not items or self.peek() in (None, "close", "or", "and"):
                    self.note(core.tr("AND needs words on both sides; the dangling AND was ignored."))
                continue
            items.append(self.parse_unary())
        return _join(And, items)

    def parse_unary(self) -> Node | None:
        if self.peek() == "not":
            self.pos += 1
            if self.peek() in (None, "close", "or", "and"):
                self.note(core.tr("NOT needs a word after it; the dangling NOT was ignored."))
                return None
            inner = self.parse_unary()
            return Not(inner) if inner is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        kind, value, negated = self.tokens[self.pos]
        self.pos += 1
        if kind == "open":
            inner = self.parse_or()
            if self.peek() == "close":
                self.pos += 1
            else:
                self.note(core.tr("A bracket was not closed; it was closed at the end."))
            node = inner
        elif kind == "phrase":
            node = self.phrase(value)
        else:
            node = self.word(value, negated)
            negated = False if node is None else negated
        if node is not None and negated:
            return Not(node)
        return node

    def leaf(self, node: Node) -> Node | None:
        self.leaves += 1
        if self.leaves > MAX_LEAVES:
            self.note(core.tr("Only the first {count} words were used.").format(count=MAX_LEAVES))
            return None
        return node

    def phrase(self, raw: str) -> Node | None:
        prefix = raw.endswith("*")
        body = raw.rstrip("*")
        if len(body) < 2 or not body.endswith('"'):
            self.note(core.tr("A quote was not closed; the phrase runs to the end."))
        words = tuple(TOKEN.findall(fold(body.strip('"'))))
        if not words:
            return None
        if prefix and len(words[-1]) < 2:
            prefix = False
        return self.leaf(Phrase(words, prefix=prefix))

    def word(self, raw: str, negated: bool) -> Node | None:
        name, sep, value = raw.partition(":")
        if sep and fold(name) in FIELDS and not value.strip('"'):
            return None  # "theme:" while the value is still being typed
        if sep and fold(name) in FIELDS:
            if negated:
                self.note(
                    core.tr("'-{term}' cannot exclude by {field}; untick it in the filters instead.").format(
                        term=raw, field=fold(name)
                    )
                )
                return None
            values = [v for v in (p.strip().strip('"') for p in value.split(",")) if v]
            self.fields.setdefault(FIELDS[fold(name)], []).extend(values)
            return None
        prefix = raw.endswith("*")
        words = tuple(TOKEN.findall(fold(raw.rstrip("*"))))
        if not words:
            if prefix:
                self.note(core.tr("'*' needs at least two letters before it."))
            return None
        if prefix:
            if len(words[-1]) < 2:
                self.note(
                    core.tr("'{term}' needs at least two letters before '*'; searched without it.").format(
                        term=raw
                    )
                )
                prefix = False
            else:
                return self.leaf(Phrase(words, prefix=True))
        if len(words) == 1:
            return self.leaf(Word(words[0]))
        return self.leaf(Phrase(words))


def _join(kind: type[And] | type[Or], items: list[Node | None]) -> Node | None:
    kept = [item for item in items if item is not None]
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    flat: list[Node] = []
    for item in kept:
        flat.extend(item.items if isinstance(item, kind) else (item,))
    return kind(tuple(flat))


def _drop_stopwords(node: Node | None) -> Node | None:
    """Inside AND, common words only filter out nothing useful: drop them when others remain."""
    if isinstance(node, And):
        items = [_drop_stopwords(i) for i in node.items]
        kept = [i for i in items if not (isinstance(i, Word) and i.word in STOPWORDS)]
        if any(not isinstance(i, Not) for i in kept if i is not None):
            return _join(And, list(kept))
        return _join(And, items)
    if isinstance(node, Or):
        return _join(Or, [_drop_stopwords(i) for i in node.items])
    if isinstance(node, Not):
        inner = _drop_stopwords(node.item)
        return Not(inner) if inner is not None else None
    return node


def parse(text: str) -> Parsed:
    """Parse what the user typed. Never raises; problems become messages."""
    messages: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        messages.append(
            core.tr("The search text was cut to its first {count} characters.").format(count=MAX_QUERY_CHARS)
        )
    parser = _Parser(_lex(text))
    node = _drop_stopwords(parser.parse())
    if node is not None and _only_negative(node):
        pass  # "-word" alone means every item without the word: allowed
    return Parsed(node, parser.fields, messages + parser.messages)


def _only_negative(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(_only_negative(i) for i in node.items)
    return False


def positive_leaves(node: Node | None) -> list[Word | Phrase]:
    """Leaves that a matching item contains (not under NOT): what ranking and highlights use."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Word | Phrase):
        return [node]
    out: list[Word | Phrase] = []
    for item in node.items:
        out.extend(positive_leaves(item))
    return out


def all_leaves(node: Node | None) -> list[Word | Phrase]:
    if node is None:
        return []
    if isinstance(node, Word | Phrase):
        return [node]
    if isinstance(node, Not):
        return all_leaves(node.item)
    out: list[Word | Phrase] = []
    for item in node.items:
        out.extend(all_leaves(item))
    return out


def without_field_filter(text: str, group: str, value: str) -> str:
    """The text with a typed filter taken out ("theme:children", or one value of
    "theme:children,gender"): what a window does when the user unticks a box the text had ticked.

    `group` is "themes", "audiences", "kinds", "sources" or "years"; values compare folded."""
    out: list[str] = []
    last = 0
    target = fold(value)
    for match in _LEX.finditer(text):
        raw = match.group("field") or match.group("word")
        if not raw:
            continue
        name, sep, values = raw.partition(":")
        if not sep or FIELDS.get(fold(name.lstrip("-"))) != group:
            continue
        parts = [p for p in values.split(",") if p.strip()]
        kept = [p for p in parts if fold(p.strip().strip('"')) != target]
        if len(kept) == len(parts):
            continue
        out.append(text[last : match.start()])
        if kept:
            out.append(f"{name}:{','.join(kept)}")
        last = match.end()
    out.append(text[last:])
    return " ".join("".join(out).split())
