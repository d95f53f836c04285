"""Briefs in the six UN languages: labels, dates, plurals, language tags, right-to-left layout."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest
import yaml

from app import paths
from app.cli import main
from app.core.compose import BriefSpec, compose
from app.core.templates import Labels, base_labels, label_languages, load_template
from tests.export.conftest import pick
from tests.export.helpers import W, docx_xml, note_texts, paragraphs, pdf_pages, squash

NS = {"w": W}
# What a reader of each language must see: the key-messages heading, the date of 16 June 2025 and
# the first page's number, as the language writes them (CLDR, the UN's terms).
EXPECTED = {
    "en": ("Key messages", "16 June 2025", "Page 1 of"),
    "fr": ("Messages clés", "16 juin 2025", "Page 1 sur"),
    "es": ("Mensajes clave", "16 de junio de 2025", "Página 1 de"),
    "ru": ("Основные тезисы", "16 июня 2025\u202fг.", "Страница 1 из"),
    "zh": ("主要信息", "2025年6月16日", "第 1 页，共"),
    "ar": ("الرسائل الرئيسية", "16 يونيو 2025", "الصفحة 1 من"),
}
CHILDREN = {"en": "Children", "fr": "Enfants", "es": "Niños", "ru": "Дети", "zh": "儿童", "ar": "الأطفال"}


def _spec(workspace, language: str, template: str = "meeting-brief") -> BriefSpec:
    ids = [i.id for i in workspace.library if "children" in i.themes][:6]
    return BriefSpec.make(
        title="Brief",
        date="2025-06-16",
        audience_note="Delegates.",
        key_messages=("Invest in prevention.",),
        themes=("children",),
        entries=tuple((i, "Raise this." if n == 0 else "") for n, i in enumerate(ids)),
        template=template,
        language=language,
    )


def test_every_language_has_every_label_with_the_same_placeholders():
    english = base_labels("en")
    languages = label_languages()
    assert set(languages) >= {"ar", "zh", "en", "fr", "ru", "es"}
    folder = paths.export_templates_dir() / "labels"
    for language in languages:
        own = yaml.safe_load((folder / f"{language}.yaml").read_text("utf-8"))
        table = base_labels(language)
        for key, text in english.items():
            base = key.split(".")[0]
            if language != "en":
                assert base in own, f"{language}.yaml lacks {base}"
            if "." in key:  # plural forms: "other" at least, the same placeholders as English
                assert f"{base}.other" in table
                continue
            assert set(re.findall(r"\{(\w+)\}", table[key])) == set(re.findall(r"\{(\w+)\}", text)), (
                language,
                key,
            )


@pytest.mark.parametrize(
    "language, counts",
    [
        ("en", {1: "1 item.", 2: "2 items."}),
        ("fr", {0: "0\u00a0élément.", 1: "1\u00a0élément.", 2: "2\u00a0éléments."}),
        (
            "ru",
            {1: "1 элемент.", 3: "3 элемента.", 5: "5 элементов.", 21: "21 элемент.", 11: "11 элементов."},
        ),
        ("ar", {1: "بند واحد", 2: "بندان", 3: "3 بنود", 11: "11 بندًا", 100: "100 بند"}),
        ("zh", {1: "1 项", 7: "7 项"}),
    ],
)
def test_counts_take_the_plural_form_of_their_language(language, counts):
    labels = Labels(base_labels(language), language)
    for count, words in counts.items():
        assert words in labels.plural("annex_quoted", count)


def test_numbers_in_labels_are_written_as_the_language_writes_them():
    french = Labels(base_labels("fr"), "fr").plural("annex_quoted", 1200)
    assert french == "Cités ici\u00a0: 1\u202f200\u00a0éléments."
    assert "1,200 items" in Labels(base_labels("en"), "en-GB").plural("annex_quoted", 1200)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_brief_in_each_language_prints_its_labels_date_and_headings(workspace, tmp_path, language):
    heading, date, page = EXPECTED[language]
    spec = _spec(workspace, language)
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    texts = [text for _, text in paragraphs(docx)]
    assert heading in texts and date in texts
    assert CHILDREN[language] in texts  # the theme's name in the brief's language
    sources = {
        "en": "Sources",
        "fr": "Sources",
        "es": "Fuentes",
        "ru": "Источники",
        "zh": "资料来源",
        "ar": "المصادر",
    }[language]
    assert sources in texts
    note = next(t for t in texts if t.endswith("Raise this."))
    assert not note.startswith("Note:") or language == "en"
    footers = "".join(
        t.text or ""
        for name in _names(docx)
        if name.startswith("word/footer")
        for t in docx_xml(docx, name).iter(f"{{{W}}}t")
    )
    assert page.split(" ")[0] in footers  # the numbers are Word fields; the words around them the label's
    if language != "ar":  # Arabic comes out of the PDF shaped and in display order
        first = squash(pdf_pages(pdf)[0])
        assert squash(heading) in first and squash(date) in first and squash(page) in first


def _names(path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


@pytest.mark.parametrize(
    "language, tag", [("fr", "fr-FR"), ("zh", "zh-CN"), ("ar", "ar-SA"), ("en", "en-GB")]
)
def test_word_and_pdf_say_the_brief_s_language_and_the_quotes_say_theirs(workspace, tmp_path, language, tag):
    docx, pdf = workspace.exports.export_brief(_spec(workspace, language), ["docx", "pdf"], tmp_path)
    styles = docx_xml(docx, "word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default.get(f"{{{W}}}val") == tag
    if language == "zh":
        assert default.get(f"{{{W}}}eastAsia") == "zh-CN"
    if language == "ar":
        assert default.get(f"{{{W}}}bidi") == "ar-SA"
    core = docx_xml(docx, "docProps/core.xml")
    assert core.find("{http://purl.org/dc/elements/1.1/}language").text == tag
    quote_runs = [
        r
        for p in docx_xml(docx).iter(f"{{{W}}}p")
        if (s := p.find("w:pPr/w:pStyle", NS)) is not None and s.get(f"{{{W}}}val") == "Quote"
        for r in p.iter(f"{{{W}}}r")
        if r.find("w:t", NS) is not None
    ]
    langs = {lang.get(f"{{{W}}}val") for r in quote_runs if (lang := r.find("w:rPr/w:lang", NS)) is not None}
    # the English quotes are marked English where the brief is not (Word checks them as English)
    assert langs == (set() if language == "en" else {"en"})
    from pypdf import PdfReader

    root = PdfReader(str(pdf)).trailer["/Root"]
    assert root["/Lang"] == tag
    # each quote's element in the structure tree says its language where it is not the brief's
    quotes = [
        k.get_object()
        for k in root["/StructTreeRoot"]["/K"].get_object()["/K"]
        if k.get_object()["/S"] == "/BlockQuote"
    ]
    assert quotes and {q.get("/Lang") for q in quotes} == ({None} if language == "en" else {"en"})


def test_the_citations_write_dates_and_citing_in_the_brief_s_language(workspace, tmp_path):
    spec = replace(_spec(workspace, "es", "full-dossier"))
    (docx,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    notes = note_texts(docx)
    assert any(re.search(r"\(\d{1,2} de [a-z]+ de 20\d\d\)", n) for n in notes.values())
    assert not any(
        re.search(r"(January|February|March|May|June|July|November|December) 20", n) for n in notes.values()
    )
    cited = [n for n in notes.values() if "citing" in n or "que cita" in n]
    assert all("que cita" in n for n in cited)


def test_template_labels_are_worded_per_language(workspace):
    handout = load_template("training-handout")
    assert handout.labels("en")("notes_space", theme="Children") == "Your notes on Children"
    assert handout.labels("fr")("notes_space", theme="Enfants") == "Vos notes\u00a0: Enfants"
    # a template's English wording never turns up in a brief in another language
    assert "Your notes" not in handout.labels("ru")["notes_space"]


def test_an_arabic_brief_is_laid_out_right_to_left(workspace, tmp_path):
    spec = _spec(workspace, "ar", "full-dossier")
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    body = docx_xml(docx)
    assert body.find("w:body/w:sectPr/w:bidi", NS) is not None

    def bidi(style: str) -> list[bool]:
        return [
            p.find("w:pPr/w:bidi", NS) is not None
            for p in body.iter(f"{{{W}}}p")
            if (s := p.find("w:pPr/w:pStyle", NS)) is not None and s.get(f"{{{W}}}val") == style
        ]

    # the brief's own paragraphs run right to left, English headings included; English quotes do not
    assert all(bidi("Heading2")) and bidi("Heading2") and all(bidi("Attribution"))
    assert not any(bidi("Quote"))
    assert all(bidi("ListNumber")) and all(bidi("ItemNote"))
    notes = docx_xml(docx, "word/footnotes.xml")
    real = [n for n in notes.findall("w:footnote", NS) if int(n.get(f"{{{W}}}id")) > 0]
    assert real and all(n.find("w:p/w:pPr/w:bidi", NS) is not None for n in real)
    # an English citation inside keeps its own order: a left-to-right embedding around it
    text = "".join(t.text or "" for t in real[0].iter(f"{{{W}}}t"))
    assert text.startswith("\u202a") and text.endswith("\u202c")

    # the PDF's page numbers at the left of the foot, the notes' numbers at the right
    from pypdf import PdfReader

    page = PdfReader(str(pdf)).pages[2]
    width = float(page.mediabox.width)
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):  # where each piece of text is drawn on the page
        x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append((x, y, text))

    page.extract_text(visitor_text=visit)
    foot = [(x, t) for x, y, t in found if y < 40 and t.strip()]
    assert foot and all(x < width / 2 for x, _ in foot)
    english = LTR_LINE
    quotes = [(x, t) for x, y, t in found if english.match(t.strip()) and y > 100]
    assert quotes and min(x for x, _ in quotes) < width / 3  # English quotes stay at the left


LTR_LINE = re.compile(r"^[A-Z][a-z]+ [a-z]+ [a-z]+")


def test_the_pack_s_language_is_the_brief_s_and_defaults_to_the_window_s(workspace, tmp_path):
    pack = workspace.packs.new("Réunion", workspace.packs.make_rules(themes=["children"]))
    template, branding = load_template("meeting-brief"), workspace.exports.branding("default")
    assert compose(workspace.packs.spec(pack), workspace.library, template, branding).meta.language == "en-GB"
    workspace.save_preferences(replace(workspace.preferences(), language="fr"))  # the window in French
    doc = compose(workspace.packs.spec(pack), workspace.library, template, branding)
    assert doc.meta.language == "fr-FR" and "Enfants" in [h.text for h in doc.headings()]
    pack = workspace.packs.save(replace(pack, language="es"))  # the pack's own language wins
    doc = compose(workspace.packs.spec(workspace.packs.get(pack.id)), workspace.library, template, branding)
    assert doc.meta.language == "es-ES" and "Niños" in [h.text for h in doc.headings()]
    (path,) = workspace.packs.build(pack.id, ["docx"], tmp_path, language="ru").paths
    assert "Дети" in [t for _, t in paragraphs(path)]
    assert workspace.packs.get(pack.id).language == "es"  # a build in another language leaves it


def test_pack_language_is_checked_saved_and_shared(workspace, tmp_path):
    from app.core.errors import ValidationError
    from app.core.packs import edits
    from app.core.packs.pack import Pack

    pack = workspace.packs.new("Brief", workspace.packs.make_rules(themes=["children"]))
    with pytest.raises(ValidationError, match="cannot be written in 'de'"):
        edits.set_meta(pack, language="de")
    arabic = workspace.packs.save(edits.set_meta(pack, language="ar"))
    assert arabic.language == "ar-SA"
    assert Pack.from_record(arabic.to_record()).language == "ar-SA"
    path = workspace.packs.export_file(arabic.id, tmp_path / "shared.briefpack")
    imported = workspace.packs.import_file(path, copy=True)
    assert imported.pack.language == "ar-SA"


def test_cli_build_and_pack_build_take_lang(workspace, tmp_path, capsys):
    ids = pick(workspace, 3)
    home = str(workspace.home)
    assert (
        main(
            [
                "--home",
                home,
                "build",
                "--items",
                *ids,
                "--format",
                "docx",
                "--title",
                "Informe",
                "--date",
                "2025-06-16",
                "--lang",
                "es",
                "-o",
                str(tmp_path / "es"),
            ]
        )
        == 0
    )
    texts = [t for _, t in paragraphs(tmp_path / "es" / "Informe.docx")]
    assert "16 de junio de 2025" in texts and "Fuentes" in texts
    assert (
        main(["--home", home, "pack", "new", "--title", "Справка", "--themes", "children", "--lang", "ru"])
        == 0
    )
    capsys.readouterr()
    assert (
        main(["--home", home, "pack", "build", "Справка", "--format", "docx", "-o", str(tmp_path / "ru")])
        == 0
    )
    (path,) = (tmp_path / "ru").glob("*.docx")
    assert "Источники" in [t for _, t in paragraphs(path)]
    assert (
        main(
            [
                "--home",
                home,
                "pack",
                "build",
                "Справка",
                "--format",
                "docx",
                "--lang",
                "zh",
                "-o",
                str(tmp_path / "zh"),
            ]
        )
        == 0
    )
    (path,) = (tmp_path / "zh").glob("*.docx")
    assert "资料来源" in [t for _, t in paragraphs(path)]
    assert main(["--home", home, "build", "--items", *ids, "--lang", "xx", "-o", str(tmp_path / "x")]) == 3
    assert "cannot be written in 'xx'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "Themes: Children, Non-punishment principle and Survivor participation"),
        ("ru", "Темы: Дети, Принцип ненаказания и Участие пострадавших"),
        ("zh", "主题：儿童、不惩罚原则和幸存者参与"),
    ],
)
def test_a_cover_lists_the_themes_with_the_language_s_own_and(workspace, tmp_path, language, line):
    spec = replace(
        _spec(workspace, language, "full-dossier"), themes=("children", "non-punishment", "survivors")
    )
    (docx,) = workspace.exports.export_brief(spec, ["docx"], tmp_path)
    assert line in [t for _, t in paragraphs(docx)]
    meeting = replace(spec, template="meeting-brief")  # no cover page, no list
    assert (
        not compose(
            meeting, workspace.library, load_template("meeting-brief"), workspace.exports.branding("default")
        )
        .blocks[0]
        .scope
    )


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed"
)
def test_libreoffice_opens_the_russian_chinese_and_arabic_briefs(workspace, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    written = {}
    for language in ("ru", "zh", "ar"):
        (docx,) = workspace.exports.export_brief(_spec(workspace, language), ["docx"], tmp_path / language)
        written[language] = docx.rename(tmp_path / f"{language}.docx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            *map(str, written.values()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for language, (heading, date, _) in ((k, EXPECTED[k]) for k in written):
        text = " ".join(pdf_pages(tmp_path / "lo" / f"{language}.pdf"))
        assert heading in text, language
        assert CHILDREN[language] in text, language
        if language != "ar":  # the Arabic date's parts come out in display order
            assert squash(date) in squash(text), language
