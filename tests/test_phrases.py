"""The core's messages: English strings that remember their template and values (no Qt)."""

from __future__ import annotations

import copy
import pickle

from app.core.phrases import TranslatableText, core, listing, sentences, translated


def test_a_phrase_is_the_english_text_and_remembers_how_it_was_made() -> None:
    text = core.tr("Could not read {name}.").format(name="a.briefpack")
    assert text == "Could not read a.briefpack." and isinstance(text, str)
    assert (text.context, text.template, text.values) == (
        "core",
        "Could not read {name}.",
        {"name": "a.briefpack"},
    )
    assert f"{text} Try again." == "Could not read a.briefpack. Try again."


def test_a_translation_gets_the_same_values_and_a_broken_one_falls_back() -> None:
    text = core.tr("Could not read {name}.").format(name="a.briefpack")
    french = {"Could not read {name}.": "Impossible de lire {name}."}
    assert (
        translated(text, lambda context, template: french.get(template, template))
        == "Impossible de lire a.briefpack."
    )
    assert translated(text, lambda context, template: "Impossible de lire {nom}.") == str(text)
    assert translated("plain text", lambda context, template: "never asked") == "plain text"


def test_phrases_cross_process_boundaries_and_copies() -> None:
    text = core.tr("{name} is empty.").format(name="x")
    for again in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text)):
        assert isinstance(again, TranslatableText)
        assert (again, again.template, again.values) == (text, text.template, text.values)


def test_phrases_in_a_row_are_each_translated() -> None:
    french = {"{name} is empty.": "{name} est vide.", "Try again.": "Réessayez."}

    def to_french(context: str, template: str) -> str:
        return french.get(template, template)

    empty = [core.tr("{name} is empty.").format(name=n) for n in ("a", "b")]
    assert listing(empty) == "a is empty., b is empty."
    assert translated(listing(empty), to_french) == "a est vide., b est vide."
    assert translated(sentences([empty[0], core.tr("Try again.")]), to_french) == "a est vide. Réessayez."
    assert listing(["only"]) == "only" and listing([]) == ""
