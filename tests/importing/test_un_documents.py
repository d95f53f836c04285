"""Real UN General Assembly documents, PDF as published and the text a PDF extractor printed:
words kept whole, page furniture and notes out of the body, operative paragraphs verbatim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.importing.readers import read_document

UN = Path(__file__).resolve().parent.parent / "fixtures" / "un-ga"
SYMBOLS = ("A/RES/78/267", "A/RES/79/152", "A/RES/79/188", "A/RES/80/117", "A/RES/80/227")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def fixture(symbol: str, suffix: str) -> Path:
    return UN / f"{symbol.replace('/', '_')}{suffix}"


def witness_words(symbol: str) -> set[str]:
    """The words of the same document as another tool extracted them (a compound broken at a
    line end counts whole and in its parts)."""
    text = fixture(symbol, ".txt").read_text("utf-8")
    words = set()
    for variant in (text, re.sub(r"-\s*\n\s*", "-", text), re.sub(r"-\s*\n\s*", "", text)):
        words |= {w.casefold() for w in WORD.findall(variant)}
    return words


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_every_word_of_the_pdf_body_is_a_word_of_the_document(symbol):
    document = read_document(fixture(symbol, ".pdf"))
    known = witness_words(symbol)
    body = " ".join(b.text for b in document.blocks)
    strangers = [w for w in WORD.findall(body) if w.casefold() not in known]
    assert strangers == []
    assert len(WORD.findall(body)) > 500


@pytest.mark.parametrize("symbol", SYMBOLS)
@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_page_furniture_stays_out_of_the_body(symbol, form):
    document = read_document(fixture(symbol, form))
    body = "\n".join(b.text for b in document.blocks[3:])
    assert not re.search(r"\b\d{2}-\d{5}\b", body), "job number in the body"
    assert not re.search(r"\b\d{1,2}/\d{1,2} \d{2}-\d{5}|\*\d{7}\*", body)
    assert sum(1 for b in document.blocks if b.text.strip() == symbol) == 0
