"""Segmentation rules: bullets, numbered and lettered paragraphs, lead-ins, preamble, kinds, facts."""

from __future__ import annotations

from app.core.importing.blocks import paragraphs_to_blocks
from app.core.importing.draft import ReadDocument
from app.core.importing.kinds import guess_kind
from app.core.importing.segment import segment
from app.core.importing.sentences import is_fact_sentence, split_sentences


def candidates(*paragraphs: str):
    document = ReadDocument(path="x", format="text", blocks=tuple(paragraphs_to_blocks(list(paragraphs))))
    text, offsets = document.full_text()
    found = segment(document.blocks, offsets)
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.text
    return found


def test_bullets_of_every_glyph_with_lead_in_and_section():
    found = candidates(
        "1. Address the core drivers",
        "ICAT calls on States to:",
        "- Address the underlying inequalities that render people vulnerable.",
        "• Invest in child protection systems.",
        "o Provide safe and regular pathways.",
        "▪ Tackle corruption and impunity.",
    )
    assert [c.text for c in found] == [
        "Address the underlying inequalities that render people vulnerable.",
        "Invest in child protection systems.",
        "Provide safe and regular pathways.",
        "Tackle corruption and impunity.",
    ]
    assert {c.lead_in for c in found} == {"ICAT calls on States to:"}
    assert found[0].section == "1. Address the core drivers"
    assert found[0].locator == "section 1, bullet 1"
    assert all(c.kind == "recommendation" for c in found)


def test_numbered_operative_paragraphs_with_lettered_subitems():
    found = candidates(
        "The General Assembly,",
        "Recalling its resolution 64/293 on the Global Plan of Action,",
        "Noting with concern that children account for a third of detected victims,",
        "1. Urges Member States to ratify the Protocol;",
        "2. Calls upon Member States to:",
        "(a) Criminalize trafficking in all its forms;",
        "(b) Protect and assist victims;",
        "3. Decides to remain seized of the matter.",
    )
    assert [(c.locator, c.text, c.status) for c in found] == [
        ("para. 1", "Urges Member States to ratify the Protocol;", "accepted"),
        ("para. 2 (a)", "Criminalize trafficking in all its forms;", "accepted"),
        ("para. 2 (b)", "Protect and assist victims;", "accepted"),
        # a procedural decision is listed for review, not ticked
        ("para. 3", "Decides to remain seized of the matter.", "rejected"),
    ]
    assert found[1].lead_in == "2. Calls upon Member States to:"
    assert [c.kind for c in found] == ["recommendation", "recommendation", "recommendation", "commitment"]


def test_other_markers_a_paren_and_roman():
    found = candidates(
        "ICAT recommends that States:",
        "a) Adopt laws against trafficking in persons.",
        "b) Train judges and prosecutors.",
        "i. Fund shelters for victims.",
    )
    assert [c.text for c in found] == [
        "Adopt laws against trafficking in persons.",
        "Train judges and prosecutors.",
        "Fund shelters for victims.",
    ]


def test_paragraph_number_standing_alone_on_its_line():
    found = candidates("The Council,", "12.", "Urges States to protect victims of trafficking;")
    assert found[0].text == "Urges States to protect victims of trafficking;"
    assert found[0].locator == "para. 12"


def test_commitments_operative_paragraphs_and_key_facts():
    found = candidates(
        "ICAT will strengthen its work on data and evidence with its members.",
        "ICAT also calls on all its members to ensure ethical procurement.",
        "Globally, prosecutions and convictions of traffickers remain strikingly low. "
        "Responses must be evidence-based. Children make up one third of all detected victims.",
    )
    assert [(c.kind, c.text) for c in found] == [
        ("commitment", "ICAT will strengthen its work on data and evidence with its members."),
        ("recommendation", "ICAT also calls on all its members to ensure ethical procurement."),
        ("fact", "Globally, prosecutions and convictions of traffickers remain strikingly low."),
        ("fact", "Children make up one third of all detected victims."),
    ]


def test_resource_and_member_lists_and_questions_are_not_items():
    found = candidates(
        "MEMBERS",
        "- Council of the Baltic Sea States (CBSS)",
        "- UN Women",
        "Questions",
        "(i) Knowledge: how can the plan increase knowledge of trafficking?",
    )
    assert found == []


def test_summary_list_repeated_in_full_keeps_the_full_version():
    found = candidates(
        "We call on States to take these actions:",
        "- 1. Protect and assist trafficked children.",
        "We call on States to:",
        "1. Protect and assist trafficked children: Victims should be guaranteed protection and assistance.",
    )
    assert len(found) == 1 and found[0].text.startswith("Protect and assist trafficked children: Victims")


def test_numbered_action_running_over_two_paragraphs_is_one_item():
    found = candidates(
        "We call on States to:",
        "5. Strengthen online safety: States should adopt laws.",
        "States should further regulate platforms.",
        "6. Protect children in crises.",
    )
    assert (
        found[0].text
        == "Strengthen online safety: States should adopt laws.\n\nStates should further regulate platforms."
    )
    assert found[1].locator == "para. 6"


def test_kind_from_verbs():
    assert guess_kind("Urges Member States to act;")[0] == "recommendation"
    assert guess_kind("Decides to convene a meeting;")[0] == "commitment"
    assert guess_kind("We commit to fund services.")[0] == "commitment"
    assert guess_kind("Welcomes the report of the Secretary-General;")[0] == "fact"
    assert guess_kind("Develop guidelines.", lead_in="ICAT calls on States to:")[0] == "recommendation"


def test_sentences_respect_abbreviations_and_fact_signals():
    text = "See e.g. para. 12 of the report. Children account for 35% of victims. States should act."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == [
        "See e.g. para. 12 of the report.",
        "Children account for 35% of victims.",
        "States should act.",
    ]
    assert is_fact_sentence(spans[1]) and not is_fact_sentence(spans[2]) and not is_fact_sentence(spans[0])


def test_a_resolution_paragraph_that_calls_then_leads_in_is_an_item_and_a_lead_in(workspace):
    """The genre fixture's paragraph 5, from the real text: its own call, then "and in this regard:"."""
    from pathlib import Path

    genre = Path(__file__).resolve().parent.parent / "fixtures" / "genre"
    for name in ("ga_resolution.txt", "ga_resolution.docx", "ga_resolution.pdf"):
        by_locator = {c.locator: c for c in workspace.imports.read(genre / name).candidates}
        own = by_locator["para. 5"]
        assert own.text.startswith("Urges Member States to take all appropriate measures"), name
        assert own.kind == "recommendation"
        assert by_locator["para. 5 (a)"].lead_in.startswith("5. Urges Member States")
        # a pure lead-in ("Calls upon Member States to:") is still no item of its own
        assert "para. 3" not in by_locator and "para. 3 (a)" in by_locator
