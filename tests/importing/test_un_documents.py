"""Real UN General Assembly documents, PDF as published and the text a PDF extractor printed:
words kept whole, page furniture and notes out of the body, operative paragraphs verbatim."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.core.importing.paragraph_quality import ProposedText, score_paragraphs
from app.core.importing.readers import read_document
from app.core.importing.review import build_draft

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


def _tagger():
    from app.core.importing.tagging import Tagger, TagRules
    from app.core.taxonomy import Taxonomy

    library = Path(__file__).resolve().parents[2] / "library"
    taxonomy = Taxonomy.load(library / "taxonomy.yaml")
    return Tagger(TagRules.load(library / "tag_rules.yaml", taxonomy), taxonomy)


def _draft(symbol: str, form: str):
    return build_draft(read_document(fixture(symbol, form)), _tagger())


@pytest.mark.parametrize("symbol", ["A/RES/78/267", "A/RES/79/152", "A/RES/79/188", "A/RES/80/227"])
@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_operative_paragraphs_found_and_verbatim(symbol, form):
    draft = _draft(symbol, form)
    reference = json.loads(fixture(symbol, ".json").read_text("utf-8"))
    title = re.sub(r"^\d{1,3}/\d{1,4}\.\s*", "", reference["title"])
    proposed = [ProposedText(c.text, c.lead_in, c.kind, c.locator) for c in draft.candidates]
    pages = read_document(fixture(symbol, ".pdf")).pages
    score = score_paragraphs(reference["operative_paragraphs"], proposed, (symbol, title, pages))
    assert score.missed == []
    assert score.verbatim == score.found == len(reference["operative_paragraphs"])
    # the preamble and the heading give no items: every candidate is an operative paragraph
    assert all(c.locator.startswith("para. ") for c in draft.candidates)


@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_sub_paragraphs_with_their_lead_in_and_locator(form):
    found = {c.locator: c for c in _draft("A/RES/79/152", form).candidates}
    item = found["para. 5 (b)"]
    assert item.text.startswith("Addressing and eliminating the root causes of gender inequality")
    assert item.lead_in.startswith("5. Urges States to take comprehensive, multisectoral")
    # (i) after (h) goes on the lettered list
    assert "para. 5 (i)" in found and "para. 5 (h) (i)" not in found


@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_annexed_declaration_in_the_first_person(form):
    draft = _draft("A/RES/80/117", form)
    found = {c.locator: c for c in draft.candidates}
    assert "para. 1" not in found  # the resolution's one unnumbered paragraph is "paragraph 1"
    first = found["annex, para. 1"]
    assert first.text.startswith("Strongly reaffirm our commitment to reduce by one third")
    assert first.kind == "commitment"
    recognize = next(c for c in draft.candidates if c.text.startswith("Recognize that noncommunicable"))
    assert recognize.kind == "fact" and recognize.status == "rejected"  # listed, not ticked
    calls = [c for c in draft.candidates if c.text.startswith("Call upon")]
    assert calls and all(c.kind == "recommendation" and c.accepted for c in calls)
    assert not any(c.text.startswith("We, Heads of State") for c in draft.candidates)


@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_declaration_kinds_follow_its_verbs_and_lead_ins(form):
    found = {c.locator: c for c in _draft("A/RES/80/117", form).candidates}
    # "We therefore commit to urgently:" leads into paragraph 41 and ends no paragraph
    assert found["annex, para. 41"].lead_in == "We therefore commit to urgently:"
    assert found["annex, para. 41"].kind == "commitment"
    assert "commit to urgently" not in found["annex, para. 40"].text
    # an action with a verb of no kind, under "we will:", is a commitment; "Encourage ... to:"
    # makes its sub-paragraphs recommendations
    assert found["annex, para. 43"].text.startswith("Consider introducing or increasing taxes")
    assert found["annex, para. 43"].kind == "commitment" and found["annex, para. 43"].accepted
    assert found["annex, para. 44 (a)"].lead_in.startswith("44. Encourage within national")
    assert found["annex, para. 44 (a)"].kind == "recommendation"
    # "Recognize the need to ..." asks for action; "Recognize that ..." states a fact
    statements = [c for c in found.values() if c.text.startswith("Recognize that")]
    assert statements and all(c.kind == "fact" and not c.accepted for c in statements)


@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_run_in_sub_paragraphs_stay_in_their_paragraph(form):
    # "... by: (a) eradicating poverty ...; (d) providing ...;\n(e) promoting ..." is one paragraph
    found = {c.locator: c for c in _draft("A/RES/80/117", form).candidates}
    assert "(e) promoting social connection" in found["annex, para. 42"].text
    assert "annex, para. 42 (e)" not in found


@pytest.mark.parametrize("form", [".pdf", ".txt"])
def test_annexed_convention_by_article(form):
    draft = _draft("A/RES/79/243", form)
    found = {c.locator: c for c in draft.candidates}
    # the resolution's own paragraphs, then the convention's articles ("Article 9" tops a page
    # of the PDF: a heading, not a running header)
    assert found["para. 2"].text.startswith("Adopts the United Nations Convention against Cybercrime")
    assert found["annex, article 9, para. 1"].text.endswith("suppression of electronic data.")
    assert found["annex, article 9, para. 1"].kind == "commitment"  # "Each State Party shall adopt"
    assert found["annex, article 9, para. 2"].kind == "fact"  # "A State Party may require"
    assert found["annex, article 2, (e) (i)"].text.startswith("Provides to users of its service")
    assert found["annex, article 2, (b)"].kind == "fact"  # a definition
    # the title over several lines and "The States Parties to the present Convention," are no items
    assert not any(
        c.text.startswith(("Strengthening International", "The States Parties to the present"))
        for c in draft.candidates
    )
    assert not any(c.text.startswith("IN WITNESS WHEREOF") for c in draft.candidates)
    # the convention's own annex (interpretative notes) is located apart from its articles
    assert found["annex, annex, article 2, para. 1"].text.startswith("The definition of the term")
