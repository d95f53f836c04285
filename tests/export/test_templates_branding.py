"""Templates load and carry every style the writers use; branding profiles reach every format."""

from __future__ import annotations

import shutil

import pytest

from app import paths
from app.core.branding import Branding
from app.core.compose import BriefSpec
from app.core.errors import NotFoundError, ValidationError
from app.core.export.docx.writer import missing_styles
from app.core.templates import list_templates, load_template
from tests.export.helpers import docx_parts, paragraphs, pdf_pages, squash

BUNDLED = ["full-dossier", "meeting-brief", "training-handout"]


def test_bundled_templates_are_listed(workspace):
    assert [t.id for t in workspace.exports.templates()] == BUNDLED
    assert all(t.name and t.description for t in workspace.exports.templates())


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_style_the_writers_use_exists(template_id):
    template = load_template(template_id)
    assert template.reference_docx.is_file()
    assert missing_styles(template.reference_docx) == []
    assert template.page_size in ("A4", "Letter")


def test_template_choices_match_the_brief():
    brief, handout, dossier = (
        load_template(t) for t in ("meeting-brief", "training-handout", "full-dossier")
    )
    assert brief.sections[:2] == ("title", "key_messages") and brief.citation_form == "short"
    assert handout.key_facts == "per_group" and handout.notes_lines > 0 and handout.citation_style == "inline"
    assert handout.sizes["body"] > brief.sizes["body"]
    assert dossier.cover_page and "toc" in dossier.sections and "annex" in dossier.sections
    assert dossier.citation_style == "footnotes" and dossier.citation_form == "full"


def test_broken_manifest_is_a_clear_error(briefpack_home):
    target = briefpack_home / "export_templates" / "broken"
    shutil.copytree(paths.export_templates_dir() / "meeting-brief", target)
    manifest = target / "template.yaml"
    manifest.write_text(manifest.read_text().replace("style: footnotes", "style: sidenotes"))
    with pytest.raises(ValidationError, match="style"):
        load_template("broken")
    with pytest.raises(NotFoundError, match="meeting-brief"):
        load_template("no-such-template")
    problems: list[str] = []
    assert "broken" not in [t.id for t in list_templates(problems=problems)]
    assert problems and "sidenotes" in problems[0]


def test_a_reference_docx_missing_a_style_is_detected(tmp_path):
    import docx

    bare = tmp_path / "bare.docx"
    docx.Document().save(str(bare))
    assert "footnote text" in missing_styles(bare)


def _logo(path):
    from PIL import Image

    Image.new("RGB", (120, 40), "#1F4E79").save(path)
    return path


def test_branding_profiles_are_stored_and_applied(workspace, spec, tmp_path):
    assert [b.id for b in workspace.exports.brandings()] == ["default"]
    saved = workspace.exports.save_branding(
        Branding(
            id="unit",
            name="Unit",
            organisation="Anti-trafficking Unit",
            logo=str(_logo(tmp_path / "logo.png")),
            accent="#AA3300",
            footer_text="Unit footer",
            marking="For internal use",
        )
    )
    assert saved.logo.startswith(str(workspace.home)) and (workspace.home / "branding" / "unit.png").is_file()
    assert [b.id for b in workspace.exports.brandings()] == ["default", "unit"]
    branded = BriefSpec.make(**{**spec.__dict__, "branding": "unit", "template": "full-dossier"})
    docx_path, pdf_path = workspace.exports.export_brief(branded, ["docx", "pdf"], tmp_path / "out")
    assert any(name.startswith("word/media/") for name in docx_parts(docx_path))
    header = (
        " ".join(t for _, t in paragraphs(docx_path, "word/header1.xml"))
        if "word/header1.xml" in docx_parts(docx_path)
        else " ".join(
            t
            for part in docx_parts(docx_path)
            if part.startswith("word/header")
            for _, t in paragraphs(docx_path, part)
        )
    )
    assert "For internal use" in header
    pages = pdf_pages(pdf_path)
    assert "Unitfooter" in squash(pages[1]) and "Forinternaluse" in squash(pages[1])
    workspace.exports.delete_branding("unit")
    assert [b.id for b in workspace.exports.brandings()] == ["default"]
    assert not (workspace.home / "branding" / "unit.png").exists()


def test_bad_branding_is_refused(workspace, tmp_path):
    with pytest.raises(ValidationError, match="colour"):
        workspace.exports.save_branding(Branding(id="x", name="X", accent="blue"))
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        workspace.exports.save_branding(Branding(id="x", name="X", logo=str(tmp_path / "logo.gif")))
    with pytest.raises(NotFoundError):
        workspace.exports.branding("nope")


def test_default_profile_can_be_customised_and_restored(workspace):
    workspace.exports.save_branding(Branding(id="default", name="Default", organisation="My Ministry"))
    assert workspace.exports.branding("default").organisation == "My Ministry"
    workspace.exports.delete_branding("default")
    assert workspace.exports.branding("default").organisation == ""
    assert workspace.exports.branding("default").bundled


def test_templates_are_found_in_the_user_folder_first(briefpack_home):
    target = briefpack_home / "export_templates" / "meeting-brief"
    shutil.copytree(paths.export_templates_dir() / "meeting-brief", target)
    assert [t.folder for t in list_templates() if t.id == "meeting-brief"] == [target]
