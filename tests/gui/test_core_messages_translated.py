"""Messages the core writes (a full disk, a locked file, a damaged pack file) reach the window in
its language; the command line keeps the English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.core.atomic import explain_os_error
from app.core.errors import BriefpackError
from app.core.packs.portable import parse_pack_bytes
from app.gui import catalogues, i18n
from app.gui.error_dialog import ErrorReport, show_error

pytestmark = pytest.mark.skipif(catalogues.lrelease() is None, reason="PySide6's lrelease is not installed")


@pytest.fixture
def window_language(qapp, tmp_path, monkeypatch):
    """Install the real catalogues of a language, as the window does at start; uninstall after."""
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    installed: list = []

    def install(language: str) -> None:
        installed.extend(i18n.install(qapp, language, tmp_path / "cache"))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _damaged_pack() -> BriefpackError:
    with pytest.raises(BriefpackError) as raised:
        parse_pack_bytes(b'{"format": "briefpack", "pack": {', "meeting.briefpack")
    return raised.value


@pytest.mark.parametrize(
    "language, disk_full, free_space, damaged",
    [
        (
            "fr",
            "Le disque est plein ; brief.docx n’a pas été écrit.",
            "Libérez de l’espace et réessayez.",
            "meeting.briefpack est incomplet : il s’arrête au milieu du dossier.",
        ),
        (
            "es",
            "El disco está lleno; no se escribió brief.docx.",
            "Libere espacio y vuelva a intentarlo.",
            "meeting.briefpack está incompleto: se interrumpe en medio de la carpeta.",
        ),
    ],
)
def test_the_window_shows_core_errors_in_its_language(
    window_language, language, disk_full, free_space, damaged, monkeypatch
):
    monkeypatch.setenv("BRIEFPACK_NO_ERROR_DIALOGS", "1")  # the dialog's text, as a log line
    full = explain_os_error(OSError(errno.ENOSPC, "No space left on device"), Path("/tmp/out/brief.docx"))
    pack_error = _damaged_pack()
    # the command line (and the log) keep the English
    assert full.user_message == "The disk is full; brief.docx was not written."
    assert str(pack_error).startswith("meeting.briefpack is incomplete")

    window_language(language)
    report = ErrorReport.from_exception(full, "Export")
    assert report.message == disk_full
    assert report.hint.startswith(free_space)
    assert report.detail == "[Errno 28] No space left on device"  # the system's words, untouched
    shown = show_error(None, pack_error, "Open pack")
    assert damaged in shown


def test_untranslated_and_unmarked_messages_stay_english(window_language):
    window_language("fr")
    plain = BriefpackError("A message the core did not mark.", hint="Nor its hint.")
    report = ErrorReport.from_exception(plain)
    assert (report.message, report.hint) == ("A message the core did not mark.", "Nor its hint.")
    assert i18n.core_text("") == ""


def test_an_import_refusal_read_in_another_process_is_shown_in_the_window_language(
    window_language, workspace, tmp_path
):
    """A reading process hands its refusal back pickled: it keeps its template across the way."""
    from app.core.importing.bulk import read_all

    fake = tmp_path / "minutes.pdf"
    fake.write_text("Minutes of the meeting, not a PDF at all.", "utf-8")
    empty = tmp_path / "notes.txt"
    empty.write_text("   \n", "utf-8")
    reads = list(read_all([fake, empty], workspace.imports.tagger(), jobs=2))
    assert [read.draft for read in reads] == [None, None]
    assert reads[0].error == "minutes.pdf is not a PDF file (it does not start like one)."  # the CLI's
    window_language("fr")
    shown = [f"{i18n.core_text(read.error)} {i18n.core_text(read.hint)}" for read in reads]
    assert shown == [
        "minutes.pdf n’est pas un fichier PDF (il ne commence pas comme tel). Le fichier est peut-être "
        "endommagé ou mal nommé ; ouvrez-le dans un lecteur PDF pour vérifier.",
        "notes.txt est vide. Choisissez un document qui contient du texte.",
    ]


def test_a_reason_inside_a_sentence_is_translated_with_it(window_language, tmp_path):
    from app.core.storage import Store
    from app.core.store_repair import DISK_FULL

    store = Store(tmp_path / "home")
    store.read_only_reason = DISK_FULL  # as a start on a full disk leaves it
    with pytest.raises(BriefpackError) as raised:
        store.check_writable()
    assert raised.value.user_message.endswith("read-only because the disk is full.")
    window_language("es")
    assert ErrorReport.from_exception(raised.value).message == (
        "No se guardó nada: Briefpack abrió su carpeta de datos en modo de solo lectura porque el disco "
        "está lleno."
    )
    store.close()


def test_the_library_editor_s_refusals_in_the_window_language(window_language, workspace):
    bundled = next(iter(workspace.library.sources))
    with pytest.raises(BriefpackError) as raised:
        workspace.edits.delete_source(bundled)
    with pytest.raises(BriefpackError) as twice:
        workspace.edits.add_source({"id": bundled, "title": "Mine"}, [])
    window_language("fr")
    assert ErrorReport.from_exception(raised.value).message == (
        "Les sources fournies avec Briefpack ne peuvent pas être supprimées."
    )
    assert ErrorReport.from_exception(twice.value).message == (
        f"Une source d’identifiant '{bundled}' existe déjà."
    )


def test_what_the_search_says_about_a_query_is_in_the_window_language(window_language, qtbot, session):
    """Typed as a person types it: the message under the search box is French, values untouched."""
    from PySide6.QtCore import Qt

    from app.gui.main_window import MainWindow

    window_language("fr")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.start_loading(background=False)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "theme:chidren year:2023-2019 (")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message_label.isVisible(), timeout=5000)
    shown = window.message_label.text()
    assert "Thème inconnu 'chidren' : vouliez-vous dire 'children'" in shown
    assert "Une parenthèse n’était pas fermée ; elle a été fermée à la fin." in shown
    assert "La période se termine avant de commencer ; les dates ont été inversées." in shown
    assert "Unknown" not in shown and "bracket" not in shown


def test_what_was_repaired_in_the_data_folder_is_told_in_the_window_language(window_language, tmp_path):
    from app.core.store_repair import recover_file

    store = tmp_path / "packs.json"
    store.write_text('{"packs": {"1": {"id": "p"}', "utf-8")  # cut short
    (tmp_path / "packs.json.bak").write_text('{"packs": {}}', "utf-8")
    data, repair = recover_file(store, "packs.json")
    assert data == {"packs": {}} and repair is not None
    assert repair.message.startswith("packs.json could not be read (")  # the log and the CLI
    window_language("fr")
    shown = i18n.core_text(repair.message)
    assert shown.startswith("Impossible de lire packs.json (")
    assert f"il a été mis de côté sous le nom {repair.aside}" in shown
    assert shown.endswith("Les modifications enregistrées après cette copie manquent.")


def test_records_set_aside_from_a_store_file_are_told_in_the_window_language(window_language, tmp_path):
    from app.core.store_repair import quarantine_records

    data = {"packs": {"1": 42, "2": {"id": "p2", "title": 7}, "3": {"id": "p3", "title": "Ok"}}}
    backup = {"packs": {"1": {"id": "p1", "title": "Border officials"}}}
    bad = [("packs", "1", "the record is a int, not an object"), ("packs", "2", "title is a int, not text")]
    _clean, repair = quarantine_records(tmp_path, "packs.json", data, bad, backup, "", lambda t, r: None)
    english = repair.message  # the log and the command line
    assert english.startswith("2 records of packs.json could not be used (packs record 1: the record is")
    assert "; and 1 more); they were set aside in quarantine/" in english
    assert english.endswith("The last good copy of packs record 'Border officials' was restored.")
    _clean, one = quarantine_records(
        tmp_path, "packs.json", data, bad[:1], None, "the folder is read-only", lambda t, r: None
    )
    window_language("fr")
    shown = i18n.core_text(repair.message)
    assert shown.startswith(
        "2 enregistrements de packs.json n’ont pas pu être utilisés (enregistrement 1 de packs :"
    )
    assert "; et 1 de plus) ; ils ont été mis de côté dans quarantine/" in shown
    assert shown.endswith("Dernière copie valide rétablie : enregistrement 'Border officials' de packs.")
    assert i18n.core_text(one.message).startswith("1 enregistrement de packs.json n’a pas pu être utilisé")
    assert "il a été laissé de côté (rien n’a été déplacé, car the folder is read-only)" in i18n.core_text(
        one.message
    )
