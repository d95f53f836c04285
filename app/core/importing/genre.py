"""The parts of a UN document: a resolution's heading, preamble, operative part and closing, and
its annexes (a declaration, a convention by article, numbered paragraphs), so that segmentation
proposes operative paragraphs only and locates them ("para. 12 (b)", "annex, para. 12",
"annex, article 5, para. 2")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.importing.draft import HEADING, LIST_ITEM, Block
from app.core.importing.kinds import is_preambular

HEADER, PREAMBLE, OPERATIVE, CLOSING, ANNEX_TITLE, ANNEX_PREAMBLE, ANNEX, BODY = (
    "header",
    "preamble",
    "operative",
    "closing",
    "annex title",
    "annex preamble",
    "annex",
    "body",
)
SKIPPED = (HEADER, PREAMBLE, CLOSING, ANNEX_TITLE, ANNEX_PREAMBLE)
_OPENING = re.compile(
    r"^(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|"
    r"States Parties to the present [A-Z][\w ]{2,40}|[A-Z][\w'’-]+(?: [\w'’-]+){0,8})|"
    r"We,? (?:the )?(?:Heads of State|Ministers|representatives|Member States|leaders)[^.]{0,400}?)\s*[,:]?$"
)
_CLOSING = re.compile(
    r"^\d{1,3}(?:st|nd|rd|th)(?: \(resumed\))? plenary meeting\b|^IN WITNESS WHEREOF\b", re.I
)
_ANNEX = re.compile(r"^Annex(?:es)?(?:\s+([IVXL]{1,5}|\d{1,2}))?\b\.?\s*(.*)$")
_ARTICLE = re.compile(r"^Article\s+(\d{1,3})\b\.?\s*(.*)$")
_CHAPTER = re.compile(r"^(?:Chapter|Part|Section)\s+([IVXL]{1,6}|\d{1,2})\b")
_OPERATIVE_START = re.compile(
    r"^(?:(?:Also|Further|Furthermore|Again|Once again|Strongly|Hereby|Firmly|Solemnly)\s+)*"
    r"(?:[A-Z][a-z]+s|Takes|Calls|Expresses)\b(?! of\b)"
)
_FIRST_PERSON_LEAD = re.compile(r"^We,? ", re.I)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a block stands: its part, the locator prefix of items there, and whether the
    part speaks in the first person (a declaration: "We commit ...", "Call upon ...")."""

    role: str = BODY
    prefix: str = ""
    first_person: bool = False


def _title_like(text: str) -> bool:
    """A title over several lines: no closing punctuation, its longer words capitalised
    ("Strengthening International Cooperation for Combating Certain Crimes ...")."""
    if text.rstrip().endswith((".", ",", ";", ":")):
        return False
    long_words = [w for w in text.split() if len(w) > 3]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.7 * len(long_words)


def _opening(blocks: list[Block]) -> int:
    for n, block in enumerate(blocks[:60]):
        text = block.text.strip()
        if block.marker or len(text) > 420:
            continue
        if _OPENING.match(text) and (text.startswith("We") or len(text) < 90):
            return n
    return -1


def _starts_operative(block: Block) -> bool:
    text = block.text.strip()
    if block.level <= 2 and block.marker.rstrip(".").isdigit() and block.kind in (LIST_ITEM, HEADING):
        return not is_preambular(text) and (block.kind == LIST_ITEM or bool(_OPERATIVE_START.match(text)))
    if block.marker and block.level == 0 and block.kind == LIST_ITEM:  # "(a) Expresses its gratitude ..."
        return bool(_OPERATIVE_START.match(text))
    return not block.marker and not is_preambular(text) and bool(_OPERATIVE_START.match(text))


def places(blocks: list[Block] | tuple[Block, ...]) -> list[Place]:
    """The place of every block; a document without a resolution's opening line is all body."""
    blocks = list(blocks)
    out = [Place() for _ in blocks]
    opening = _opening(blocks)
    if opening < 0:
        return out
    n = 0
    for n in range(opening + 1):
        out[n] = Place(HEADER)
    role = PREAMBLE
    n = opening + 1
    first_person = blocks[opening].text.startswith("We")
    while n < len(blocks):
        block = blocks[n]
        text = block.text.strip()
        if _ANNEX.match(text) and not block.marker and len(text) < 400:
            _annexes(blocks, n, out)
            return out
        if _CLOSING.match(text):
            role = CLOSING
        elif role == PREAMBLE and _starts_operative(block):
            role = OPERATIVE
        out[n] = Place(role, "", first_person)
        n += 1
    return out


def _annexes(blocks: list[Block], start: int, out: list[Place]) -> None:
    """Mark each annex from its "Annex" line: its title, its preamble (up to the paragraphs or
    articles) and its body, with the locator prefix of its items."""
    n = start
    label = "annex"
    role = ANNEX_TITLE
    article = ""
    first_person = False
    while n < len(blocks):
        block = blocks[n]
        text = block.text.strip()
        annex = _ANNEX.match(text) if not block.marker and len(text) < 400 else None
        if annex:
            if annex.group(1):
                label = f"annex {annex.group(1)}"
            elif article:  # the annex of an annexed convention (its interpretative notes)
                label = f"{label}, annex"
            else:
                label = "annex"
            role, article, first_person = ANNEX_TITLE, "", False
            out[n] = Place(ANNEX_TITLE, label)
            n += 1
            continue
        if _CLOSING.match(text):
            out[n] = Place(CLOSING)
            n += 1
            continue
        article_match = _ARTICLE.match(text) if not block.marker else None
        if article_match and len(text) < 200:
            article = f"article {article_match.group(1)}"
            role = ANNEX
            out[n] = Place(ANNEX_TITLE, f"{label}, {article}")
            n += 1
            continue
        if _CHAPTER.match(text) and not block.marker and len(text) < 200:
            out[n] = Place(ANNEX_TITLE, label)
            n += 1
            continue
        if not block.marker and _OPENING.match(text) and text.rstrip().endswith(",") and len(text) < 120:
            role = ANNEX_PREAMBLE  # "The States Parties to the present Convention," opens a preamble
        elif role == ANNEX_TITLE and not block.marker and _title_like(text):
            pass
        elif role in (ANNEX_TITLE, ANNEX_PREAMBLE):
            if _FIRST_PERSON_LEAD.match(text) and text.rstrip().endswith((",", ":")):
                first_person = True
                role = ANNEX_PREAMBLE
            elif _OPENING.match(text) and len(text) < 120:
                role = ANNEX_PREAMBLE
            elif role == ANNEX_PREAMBLE and is_preambular(text):
                pass
            elif (
                block.marker
                or (role == ANNEX_PREAMBLE and not is_preambular(text))
                or (_FIRST_PERSON_LEAD.match(text) and len(text.split()) > 6)
                or (len(text.split()) > 25 and not is_preambular(text))
            ):
                role = ANNEX
                first_person = first_person or bool(_FIRST_PERSON_LEAD.match(text))
        prefix = f"{label}, {article}" if article else label
        out[n] = Place(role, prefix, first_person)
        n += 1
