"""The bundled tag rules on sentences of real UN resolutions (../shared/corpus/un-ga)."""

from __future__ import annotations

from app import paths
from app.core.importing.tagging import Tagger, TagRules
from app.core.library import BundledLibrary


def _themes(text: str) -> set[str]:
    taxonomy = BundledLibrary.load(paths.library_dir()).taxonomy
    tagger = Tagger(TagRules.load(paths.library_dir() / "tag_rules.yaml", taxonomy), taxonomy)
    themes, _ = tagger.suggest(text)
    return {s.tag for s in themes if s.confidence >= tagger.rules.preselect}


def test_organizations_and_organized_crime_are_not_organ_removal():
    assert "organ-removal" not in _themes(
        "Encourages Member States, relevant United Nations entities, international and regional "
        "organizations and civil society organizations to cooperate in combating transnational "
        "organized crime;"
    )


def test_trafficking_for_organ_removal_is():
    assert "organ-removal" in _themes(
        "Strengthen measures against trafficking in persons for the purpose of organ removal and "
        "trafficking in human organs."
    )
