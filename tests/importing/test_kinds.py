"""Kinds of operative paragraphs as real UN documents print them (quoted from the documents of
tests/fixtures/un-ga and shared/corpus/un-ga; the symbol follows each quote)."""

from __future__ import annotations

import pytest

from app.core.importing.kinds import (
    convention_kind,
    declaration_kind,
    is_commitment,
    operative_kind,
    resolution_kind,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a statement that goes on to ask for action is a recommendation
        # A/RES/78/229
        (
            "Takes note of the periodical publication by the United Nations Office on Drugs and Crime of "
            "the Global Report on Trafficking in Persons, recognizes that the Global Report is a useful "
            "resource, and encourages Member States to submit to the Office information",
            "recommendation",
        ),
        (
            "Also welcomes the importance given by the States members of the International Organization "
            "of la Francophonie to cooperating in the area of international criminal justice, and in this "
            "connection stresses the importance of facilitating the development of mutual legal assistance",
            "recommendation",
        ),  # A/RES/79/331
        (
            "Stresses that, within the United Nations system, adequate resources should be assigned to "
            "UN-Women",
            "recommendation",
        ),  # A/RES/79/152
        (
            "Welcomes the convening of the tenth World Ranger Congress from 7 to 11 October 2024, hosted by "
            "France;",
            "fact",
        ),  # A/RES/79/313
        ("Welcomes the efforts of States that encourage the participation of women;", "fact"),
        (
            "Stresses its continued determination to implement fully and without delay the commitments "
            "undertaken in its resolutions 69/314, 70/301;",
            "commitment",
        ),  # A/RES/79/313
        ("Stresses the importance of international, regional and bilateral cooperation;", "recommendation"),
        ("Notes the importance of promoting safe and enabling conditions for children;", "recommendation"),
        # first person, as declarations print their paragraphs
        (
            "Express deep concern also that the impact of the COVID-19 pandemic has further exacerbated "
            "inequalities;",
            "fact",
        ),  # A/RES/78/3
        ("Recognize the need to strengthen national and regional centres;", "recommendation"),  # A/RES/78/3
        ("We will scale up the implementation of the declaration;", "commitment"),
        ("Call upon the private sector to strengthen its commitment;", "recommendation"),  # A/RES/80/117
    ],
)
def test_operative_kind_of_the_whole_paragraph(text, kind):
    assert operative_kind(text)[0] == kind


def test_a_sub_paragraph_without_a_verb_takes_its_lead_ins():
    # A/RES/80/190, para. 58 (g); A/RES/79/331, para. 43 (c)
    assert (
        resolution_kind(
            "To invite the Chair of the Committee on the Rights of the Child to present an oral report;",
            "58. Decides:",
        )[0]
        == "commitment"
    )
    assert (
        resolution_kind(
            "Strengthening of digital and artificial intelligence governance;",
            "43. Also notes the firm commitment by the member States to take specific "
            "actions in the following areas:",
        )[0]
        == "fact"
    )


def test_declaration_actions_are_commitments_unless_they_ask_others():
    # A/RES/80/117: "To deliver on our commitment ..., we will:" leads into paragraphs 42 to 75
    context = "To deliver on our commitment to prevent and control noncommunicable diseases, we will:"
    assert (
        declaration_kind(
            "Promote, develop and implement noncommunicable diseases and mental health "
            "multisectoral national plans;",
            context,
            context,
        )[0]
        == "commitment"
    )
    encourage = "44. Encourage within national contexts legislation and regulation, policies and actions to:"
    assert declaration_kind("Address the environmental determinants of health;", encourage, context)[0] == (
        "recommendation"
    )
    assert (
        declaration_kind(
            "Recognize that noncommunicable diseases and mental health are closely intertwined;", "", context
        )[0]
        == "fact"
    )


@pytest.mark.parametrize(
    ("text", "lead", "kind"),
    [
        # A/RES/79/243, the United Nations Convention against Cybercrime
        ("Each State Party shall take into account the gravity of the offences concerned.", "", "commitment"),
        (
            "A State Party may require that the offence be committed with dishonest or criminal intent.",
            "",
            "fact",
        ),
        (
            "“Electronic data” shall mean any representation of facts, information or concepts;",
            "For the purposes of this Convention:",
            "fact",
        ),
        (
            "The provisions of this article shall also apply to victims insofar as they are witnesses.",
            "",
            "fact",
        ),
        (
            "The locating of suspects; or",
            "3. Mutual legal assistance shall include facilitating or directly "
            "carrying out the following measures:",
            "commitment",
        ),
        (
            "Nothing in this Convention shall be interpreted as imposing an obligation to extradite;",
            "",
            "fact",
        ),
    ],
)
def test_convention_kind_by_its_modal(text, lead, kind):
    assert convention_kind(text, lead)[0] == kind


def test_one_commitment_detector_for_every_genre():
    assert is_commitment("ICAT will continue to support States")  # a seed
    assert is_commitment("Decides to convene a high-level meeting in 2026;")  # a resolution
    assert is_commitment("We commit to accelerating the implementation")  # a declaration
    assert is_commitment("The Group also commits to publishing its findings")
    assert not is_commitment("States will be encouraged to act, and should report")  # said of others
    assert not is_commitment("Urges Member States to act;")
