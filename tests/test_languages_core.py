"""Languages in the core: the vocabulary translated beside taxonomy.yaml, items in their own language."""

from __future__ import annotations

import pytest

from app import paths
from app.core import locales
from app.core.errors import ValidationError
from app.core.search.contract import Query
from app.core.taxonomy import Taxonomy, term_translations, translation_languages, translation_problems

UN_TERMS = {  # the UN's own words for the terms a reader meets first (docs/TRANSLATION.md)
    "fr": {
        "children": "Enfants",
        "organ-removal": "Traite aux fins de prélèvement d'organes",
        "non-punishment": "Principe de non-sanction",
        "civil-society": "Société civile",
    },
    "es": {
        "children": "Niños",
        "organ-removal": "Trata con fines de extracción de órganos",
        "non-punishment": "Principio de no sanción",
        "civil-society": "Sociedad civil",
    },
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load(paths.library_dir() / "taxonomy.yaml")


def test_every_term_is_named_in_every_language(taxonomy):
    assert set(translation_languages()) == {"ar", "es", "fr", "ru", "zh"}
    assert translation_problems(taxonomy) == []
    for language in translation_languages():
        other = taxonomy.in_language(language)
        assert [t.id for t in other.themes] == [t.id for t in taxonomy.themes]
        # every name is the language's own, not the English one left in place
        assert all(a.label != b.label for a, b in zip(other.themes, taxonomy.themes, strict=True))


def test_the_window_s_languages_have_definitions_too(taxonomy):
    for language, terms in UN_TERMS.items():
        other = taxonomy.in_language(language)
        assert {tid: other.label(tid) for tid in terms} == terms
        english = {t.id: t.definition for t in (*taxonomy.themes, *taxonomy.audiences)}
        assert all(t.definition and t.definition != english[t.id] for t in (*other.themes, *other.audiences))


def test_a_translation_that_misses_a_term_is_reported(taxonomy, tmp_path, monkeypatch):
    (tmp_path / "taxonomy.yaml").write_text("themes: []\n", encoding="utf-8")
    (tmp_path / "taxonomy.de.yaml").write_text(
        "themes:\n  children: {label: Kinder}\n  childs: {label: Kinder}\n", encoding="utf-8"
    )
    monkeypatch.setattr(paths, "library_dir", lambda: tmp_path)
    term_translations.cache_clear()
    try:
        problems = translation_problems(taxonomy)
    finally:
        term_translations.cache_clear()
    assert "taxonomy.de.yaml: theme evidence has no label." in problems
    assert "taxonomy.de.yaml: unknown theme childs." in problems


def test_an_item_is_searched_in_its_own_language(workspace):
    text = "Renforcer les mécanismes nationales. Strengthen the nationales database."
    workspace.edits.add_source(
        {
            "id": "mixed",
            "title": "Mixed source",
            "issuer": "Us",
            "date": "2024",
            "language": "en",
            "text": text,
        },
        [
            {
                "id": "mixed-fr",
                "text": "Renforcer les mécanismes nationales.",
                "language": "fr",
                "themes": ["rights"],
                "audiences": ["states"],
            },
            {
                "id": "mixed-en",
                "text": "Strengthen the nationales database.",
                "themes": ["rights"],
                "audiences": ["states"],
            },
        ],
    )
    assert workspace.item("mixed-fr").language == "fr"
    found = {hit.item_id for hit in workspace.search(Query(text="nationaux")).hits}
    # French stems "nationales" and "nationaux" alike (national); English does not
    assert "mixed-fr" in found and "mixed-en" not in found
    with pytest.raises(ValidationError, match="not a language tag"):
        workspace.edits.add_item(
            "mixed",
            {
                "text": "Renforcer les mécanismes nationales.",
                "id": "mixed-2",
                "language": "fr fr",
                "themes": ["rights"],
                "audiences": ["states"],
            },
        )


@pytest.mark.parametrize(
    "value, language, shown",
    [
        ("2025-06-16", "fr", "16 juin 2025"),
        ("2025-06", "es", "junio de 2025"),
        ("2025", "zh", "2025"),
        ("2025-06-16", "ar-SA", "16 يونيو 2025"),
        ("next Tuesday", "ru", "next Tuesday"),
        ("2025-02-30", "fr", "2025-02-30"),
    ],
)
def test_dates_are_written_as_the_language_writes_them(value, language, shown):
    assert locales.format_iso_date(value, language) == shown


def test_brief_languages_are_the_six_un_languages():
    assert [locales.check_language(code) for code in ("ar", "zh", "en", "fr", "ru", "es")] == [
        "ar-SA",
        "zh-CN",
        "en-GB",
        "fr-FR",
        "ru-RU",
        "es-ES",
    ]
    assert locales.check_language("fr-CA") == "fr-CA" and locales.check_language("") == ""
    assert locales.is_rtl("ar") and not locales.is_rtl("fr-FR")
    with pytest.raises(ValidationError, match="Use one of: ar"):
        locales.check_language("de")


def test_the_window_s_language_names_the_tags_and_briefs_keep_their_own(briefpack_home):
    from app.core.compose import BriefSpec, compose
    from app.core.templates import load_template
    from app.core.workspace import Workspace

    ws = Workspace(briefpack_home)
    ws.interface_language = "es"  # the window speaks Spanish
    try:
        assert ws.library.taxonomy.label("children") == "Niños"
        assert ws.library.taxonomy.label("recommendation") == "Recomendación"
        ids = [i.id for i in ws.library if "children" in i.themes][:2]
        spec = BriefSpec.make(
            title="Brief", entries=tuple((i, "") for i in ids), themes=("children",), language="en"
        )
        doc = compose(spec, ws.library, load_template("meeting-brief"), ws.exports.branding("default"))
        assert "Children" in [h.text for h in doc.headings()]  # an English brief from a Spanish window
        assert ws.library.taxonomy.in_language("fr").label("children") == "Enfants"
    finally:
        ws.close()


def test_the_translated_names_are_cached_beside_the_library(taxonomy, tmp_path, monkeypatch):
    from app.core import bundled_cache
    from app.core import taxonomy as taxonomy_module

    first = bundled_cache.translated_taxonomy(taxonomy, paths.library_dir(), "fr", tmp_path)
    assert first.label("children") == "Enfants"
    assert list(tmp_path.glob("taxonomy-fr-*.marshal"))

    def no_yaml(path):
        raise AssertionError("the cached table should have been used")

    monkeypatch.setattr(taxonomy_module, "load_yaml", no_yaml)
    taxonomy_module.term_translations.cache_clear()
    try:
        again = bundled_cache.translated_taxonomy(taxonomy, paths.library_dir(), "fr", tmp_path)
    finally:
        taxonomy_module.term_translations.cache_clear()
    assert again.label("children") == "Enfants" and again.english.label("children") == "Children"
