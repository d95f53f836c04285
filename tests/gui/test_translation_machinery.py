"""The window's translation machinery: catalogues compiled from .ts with lrelease, Qt's own
translations installed, plural forms by the language's rules, and the check for English left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui import catalogues as translations
from app.gui import i18n
from tests.gui.english_left import english_left, english_words

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>ui</name>
    <message>
        <source>Search the library</source>
        <translation>{search}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """A resources folder whose translations are .ts sources only, as in a checkout."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "briefpack_fr.ts").write_text(
        TS.format(
            lang="fr_FR", search="Rechercher dans la bibliothèque", one="%n élément", many="%n éléments"
        ),
        "utf-8",
    )
    (folder / "briefpack_es.ts").write_text(
        TS.format(lang="es_ES", search="Buscar en la biblioteca", one="%n elemento", many="%n elementos"),
        "utf-8",
    )
    from app import paths

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    return tmp_path


@pytest.fixture
def uninstall(qapp):
    installed: list = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.skipif(translations.lrelease() is None, reason="PySide6's lrelease is not installed")
@pytest.mark.parametrize(
    "language, search, zero, one, two",
    [
        # French: 0 is singular
        ("fr", "Rechercher dans la bibliothèque", "0 élément", "1 élément", "2 éléments"),
        ("es", "Buscar en la biblioteca", "0 elementos", "1 elemento", "2 elementos"),
    ],
)
def test_a_checkout_s_ts_is_compiled_once_and_installed(
    qapp, catalogues, uninstall, language, search, zero, one, two
):
    cache = catalogues / "cache"
    uninstall += i18n.install(qapp, language, cache)
    assert len(uninstall) == 2  # Qt's own and Briefpack's
    compiled = list((cache / "translations").glob(f"briefpack_{language}-*.qm"))
    assert len(compiled) == 1
    assert i18n.ui.tr("Search the library") == search
    counts = [i18n.ui.tr("%n item(s)", "", n) for n in (0, 1, 2)]
    assert counts == [zero, one, two]
    # Qt's own buttons speak the language too (qtbase_<lang>.qm shipped in PySide6)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"fr": {"Annuler", "Enregistrer"}, "es": {"Cancelar", "Guardar"}}[language]
    assert i18n.current_language() == language
    # a second start finds the compiled catalogue and leaves it as it is
    stamp = compiled[0].stat().st_mtime_ns
    assert translations.catalogue(catalogues / "resources", language, cache) == compiled[0]
    assert compiled[0].stat().st_mtime_ns == stamp


def test_a_built_catalogue_wins_and_english_installs_nothing(qapp, catalogues, uninstall):
    built = catalogues / "resources" / "translations" / "briefpack_fr.qm"
    if translations.lrelease() is None:
        pytest.skip("PySide6's lrelease is not installed")
    translations.compile_catalogue(built.with_suffix(".ts"), built)
    assert translations.catalogue(catalogues / "resources", "fr", catalogues / "cache") == built
    assert not (catalogues / "cache").exists()
    assert i18n.install(qapp, "en", catalogues / "cache") == []


def test_the_window_follows_the_system_unless_a_language_is_chosen(monkeypatch):
    assert i18n.window_language("", ["fr_CA"]) == "fr"
    assert i18n.window_language("", ["de_DE", "es-MX"]) == "es"
    assert i18n.window_language("", ["de_DE"]) == "en"
    assert i18n.window_language("es", ["fr_FR"]) == "es"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.window_language("") == "fr"
    monkeypatch.setenv("LANGUAGE", "es:fr")
    assert i18n.window_language("") == "es"


def test_the_build_step_compiles_every_language(tmp_path, catalogues):
    if translations.lrelease() is None:
        pytest.skip("PySide6's lrelease is not installed")
    written = translations.build_catalogues(catalogues / "resources" / "translations", tmp_path / "out")
    assert sorted(p.name for p in written) == ["briefpack_es.qm", "briefpack_fr.qm"]
    assert all(p.stat().st_size > 0 for p in written)


def test_english_left_in_a_window_is_found(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Rechercher dans la bibliothèque"))
    layout.addWidget(QPushButton("&Export the brief"))
    quote = QLabel("Ensure that the right to be heard is consistently afforded to all children")
    quote.setProperty("verbatim", True)
    layout.addWidget(quote)
    layout.addWidget(QLabel("Briefpack · ICAT · PDF"))
    found = english_left(window)
    assert len(found) == 1 and "Export the brief" in found[0]
    assert english_words("Guardar el dossier") == [] and english_words("Open file") == ["Open"]


def test_every_text_of_the_window_is_translated(tmp_path):
    """pyside6-lupdate over app/gui finds no text without its French and Spanish (and no
    translation left over from a text that is gone): a text added untranslated fails here."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "translations.py"), "check"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "fr: 0 messages" not in done.stdout
    for language in ("fr", "es"):
        line = next(x for x in done.stdout.splitlines() if x.startswith(f"{language}:"))
        assert line.endswith("0 unfinished, 0 obsolete"), line
