"""Findings in narrative paragraphs and notes, and calls made before a lead-in: the rules that
take the curated cuts of the ICAT seeds (passages quoted verbatim from ../shared/seeds:
003 = icat-child-2023's endnotes, 001 = icat-imrf-2022's introduction)."""

from __future__ import annotations

from app.core.importing.blocks import paragraphs_to_blocks
from app.core.importing.draft import ReadDocument
from app.core.importing.kinds import RECOMMEND_VERBS, is_imperative, opens_with
from app.core.importing.segment import segment
from app.core.importing.sentences import is_fact_sentence


def candidates(*paragraphs: str):
    document = ReadDocument(path="x", format="text", blocks=tuple(paragraphs_to_blocks(list(paragraphs))))
    text, offsets = document.full_text()
    found = segment(document.blocks, offsets)
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.text
    return found


NOTE_I = (
    "[I] Children account for 35% of all identified victims of trafficking according to the 2022 UNODC "
    "Global Report on Trafficking in Persons (GLOTIP 2022); According to ILO, a total of 3.3 million "
    "children are in situations of forced labor on any given day, of them 1.7 million children in "
    "commercial sexual exploitation, many are likely to have been trafficked. According to GLOTIP 2022, "
    "child victims of trafficking are subjected to physical or extreme violence at a rate almost two "
    "times higher than adults."
)


def test_a_semicolon_before_a_capital_runs_two_findings_together():
    found = candidates("Notes", NOTE_I)
    assert [c.text for c in found] == [
        "Children account for 35% of all identified victims of trafficking according to the 2022 UNODC "
        "Global Report on Trafficking in Persons (GLOTIP 2022)",
        "According to ILO, a total of 3.3 million children are in situations of forced labor on any given "
        "day, of them 1.7 million children in commercial sexual exploitation, many are likely to have been "
        "trafficked.",
        "According to GLOTIP 2022, child victims of trafficking are subjected to physical or extreme "
        "violence at a rate almost two times higher than adults.",
    ]
    assert {c.kind for c in found} == {"fact"} and found[0].locator == "endnote I"


def test_a_semicolon_before_a_lower_case_clause_keeps_the_sentence_whole():
    note = (
        "[III] Girls account for 27% of detected victims of trafficking for sexual exploitation as opposed "
        "to boys who make up 5%; while boys account for 12% of detected victims of trafficking for forced "
        "labor as opposed to girls who make up 5%, according to the GLOTIP 2022."
    )
    assert [c.text for c in candidates("Notes", note)] == [note[6:]]


def test_what_the_law_obliges_is_a_finding_and_its_follow_up_stays_with_it():
    note = (
        "[XIV] States parties' to the Convention on the Rights of the Child are obligated to ensure that "
        "children who are victims are not treated as offenders or subject to forms of punishment such as "
        "detention and deportation. Further, the Protocol to Prevent, Suppress and Punish Trafficking in "
        "Persons, Especially Women and Children, requires States to take into account the age, gender and "
        "special needs of victims of trafficking in persons, in particular the rights of the child. That "
        "includes the obligations of States parties to ensure the right of the child to be heard. See Joint "
        "general comment No. 3 (2017), para. 23."
    )
    found = candidates("Notes", note)
    assert [c.text[:39] for c in found] == [
        "States parties' to the Convention on th",
        "Further, the Protocol to Prevent, Suppr",
    ]
    assert found[1].text.endswith("to ensure the right of the child to be heard.")


def test_a_sentence_that_only_qualifies_a_finding_stays_with_it():
    note = (
        "[XV] The first time the issue of human trafficking during natural disasters came into the "
        "spotlight was after the 2004 Indian Ocean tsunami, when several child protection organizations "
        'noticed an increase in child abductions for "adoption" abroad. Though no cases could be directly '
        "attributed, various stakeholders, including civil society, academia and organizations, began to "
        "conduct awareness-raising measures in areas at risk of human trafficking. See IOM, The Climate "
        "Change-Human Trafficking Nexus (2016)."
    )
    found = candidates("Notes", note)
    assert len(found) == 1
    assert found[0].text.startswith("The first time") and found[0].text.endswith("of human trafficking.")


def test_a_qualifying_sentence_that_is_a_finding_itself_stands_alone():
    found = candidates(
        "Girls account for 27% of detected victims of trafficking for sexual exploitation, according to "
        "the GLOTIP 2022. Yet, a recent review conducted by the Global Protection Cluster had found that "
        "boys are often overlooked as a risk group for trafficking in emergencies."
    )
    assert [c.text[:10] for c in found] == ["Girls acco", "Yet, a rec"]


def test_findings_opening_with_a_preposition_or_an_adjective_are_not_calls():
    assert not is_imperative("Because of a lack of regular and safe migration pathways, migrants")
    assert not is_imperative("Upon transit and arrival, migrants, especially those")
    assert not is_imperative("Gender-responsive identification and referral of victims")
    assert is_imperative("Re-establish the national referral mechanism.")
    assert is_imperative("Strengthen access to justice for migrant victims.")
    paragraph = (
        "Vulnerabilities fuelling trafficking in persons remain a common reality for migrants at all "
        "stages of migration. Because of a lack of regular and safe migration pathways, migrants often "
        "seek the services of smugglers placing them at a higher risk of abuse and exploitation, and, thus, "
        "creating grey areas between migrant smuggling and trafficking in persons. Upon transit and arrival, "
        "migrants, especially those with an irregular status and/or undocumented and separated or "
        "unaccompanied children, are at heightened risk of being recruited by traffickers into different "
        "forms of exploitation, particularly when adequate support is lacking."
    )
    assert [c.text[:12] for c in candidates(paragraph)] == ["Vulnerabilit", "Because of a", "Upon transit"]


def test_a_call_in_a_relative_clause_leaves_the_finding_a_finding():
    sentence = (
        "Migrants returned to their countries of origin may also face risks of victimization or "
        "revictimization for trafficking in persons, which need to be clearly examined and addressed in "
        "return and (re)integration responses, including by addressing the specific needs of women and girls."
    )
    assert is_fact_sentence(sentence)
    assert not is_fact_sentence("Trafficking in persons needs to be addressed in return responses.")


def test_a_call_after_a_finding_is_not_part_of_it():
    finding = (
        "Re-traumatization and revictimization of migrants who have been trafficked can also result from "
        "punishment for illegal conduct committed as a consequence of being trafficked, or the consequences "
        "of a lack of protection as well as stigma faced in home-communities, especially in cases of "
        "trafficking for sexual exploitation."
    )
    call = (
        "It is vital that essential services including from the criminal justice system and victim support "
        "services providers are provided to victims/ survivors of trafficking in persons."
    )
    assert [c.text for c in candidates(f"{finding} {call}")] == [finding]


def test_a_call_made_before_the_sentence_that_leads_into_a_list_is_an_item():
    call = (
        "Through this submission, ICAT calls on States to adopt a broader perspective that duly reflects "
        "the interlinkages between trafficking in persons and other migration-related crimes and concerns."
    )
    lead = "In doing so, ICAT recommends that the forthcoming Declaration includes recommendations to:"
    found = candidates(
        f"{call} {lead}",
        "- More urgently implement the trafficking in persons-specific actions detailed in the GCM.",
    )
    assert [(c.text, c.kind) for c in found] == [
        (call, "recommendation"),
        (
            "More urgently implement the trafficking in persons-specific actions detailed in the GCM.",
            "recommendation",
        ),
    ]
    assert found[1].lead_in == lead
    assert opens_with(call, RECOMMEND_VERBS) == "calls on"
    # a scene-setting phrase before no actor is no call ("In support of this, establish ...")
    assert opens_with("In support of this, establish data-sharing protocols", ("establish",)) == ""
