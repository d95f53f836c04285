"""compose(): grouping, key facts, items kept verbatim, problems collected, citations numbered."""

from __future__ import annotations

import pytest

from app.core.citation_notes import Citations
from app.core.citations import full_citation, short_citation
from app.core.compose import BriefSpec, split_paragraphs
from app.core.document import KeyFacts, NoteList, QuoteGroup, Section, SourceList
from app.core.errors import ValidationError
from app.core.models import Item, Source
from tests.export.conftest import pick


def test_example_citation_is_built_from_metadata(workspace):
    assert workspace.citation("child23-action5") == (
        "ICAT, Call for Accelerated Action by 2025 to Prevent and End Child Trafficking "
        "(8 November 2023), action 5."
    )


def sections_of(doc) -> list[tuple[str, int, list[str]]]:
    """(heading, level, item ids directly under it) for every section, in reading order."""
    found = []

    def walk(blocks):
        for block in blocks:
            if isinstance(block, Section):
                ids = [i.item_id for b in block.blocks if isinstance(b, QuoteGroup) for i in b.items]
                ids += [i.item_id for b in block.blocks if isinstance(b, KeyFacts) for i in b.facts]
                found.append((block.heading.text, block.heading.level, ids))
                walk(block.blocks)

    walk(doc.blocks)
    return found


def test_sections_follow_the_chosen_themes_first(workspace, spec):
    taxonomy = workspace.taxonomy
    chosen = ("technology", "children")
    values = {**spec.__dict__, "themes": chosen, "template": "full-dossier", "grouping": "theme"}
    doc = workspace.exports.compose_brief(BriefSpec.make(**values))
    level1 = [(text, ids) for text, level, ids in sections_of(doc) if level == 1 and text != "Key messages"]
    headings = [text for text, _ in level1]
    present = [t for t in chosen if any(t in workspace.item(i).themes for i, _ in spec.entries)]
    assert headings[: len(present)] == [taxonomy.label(t) for t in present]
    # every item that carries a chosen theme is under the first chosen theme it carries
    under = {}
    for text, level, ids in sections_of(doc):
        for item_id in ids:
            under[item_id] = text if level == 1 else under.get(item_id, "")
    parents = {}
    current = ""
    for text, level, ids in sections_of(doc):
        if level == 1:
            current = text
        for item_id in ids:
            parents[item_id] = current
    for item_id, _ in spec.entries:
        themes = workspace.item(item_id).themes
        first_chosen = next((t for t in chosen if t in themes), None)
        if first_chosen:
            assert parents[item_id] == taxonomy.label(first_chosen), item_id
        else:
            assert parents[item_id] in [taxonomy.label(t) for t in themes]
    assert sorted(parents) == sorted(i for i, _ in spec.entries)


def test_without_chosen_themes_an_item_goes_under_its_most_specific_theme(workspace):
    ids = [i.id for i in workspace.library if set(i.themes) == {"children", "rights"}][:4]
    assert ids
    doc = workspace.exports.compose_brief(
        BriefSpec.make(
            title="T", entries=tuple((i, "") for i in ids), template="full-dossier", grouping="theme"
        )
    )
    assert [text for text, level, _ in sections_of(doc) if level == 1] == ["Children"]


def test_a_second_level_groups_each_theme_by_source(workspace, spec):
    doc = workspace.exports.compose_brief(
        BriefSpec.make(**{**spec.__dict__, "grouping": "theme/source", "template": "full-dossier"})
    )
    sources = {s.short_title for s in workspace.library.sources.values()}
    level2 = [text for text, level, _ in sections_of(doc) if level == 2]
    assert level2 and set(level2) <= sources
    assert sorted(i for _, level, ids in sections_of(doc) if level == 2 for i in ids) == sorted(
        i for i, _ in spec.entries
    )


def test_meeting_brief_pulls_facts_to_the_top(workspace, spec):
    doc = workspace.exports.compose_brief(spec)
    first_items = [b for b in doc.blocks if isinstance(b, Section)][1].blocks
    assert isinstance(first_items[0], KeyFacts)
    assert all(f.kind == "fact" for f in first_items[0].facts)


def test_handout_boxes_facts_per_theme_and_leaves_room_for_notes(workspace, spec):
    doc = workspace.exports.compose_brief(BriefSpec.make(**{**spec.__dict__, "template": "training-handout"}))
    item_sections = [b for b in doc.blocks if isinstance(b, Section) and b.heading.text != "Key messages"]
    assert any(isinstance(s.blocks[0], KeyFacts) for s in item_sections)
    assert all(type(s.blocks[-1]).__name__ == "NotesSpace" for s in item_sections)


@pytest.mark.parametrize("grouping", ["source", "audience", "kind", "document", "ordered", "audience/kind"])
def test_other_groupings_keep_every_item(workspace, spec, grouping):
    doc = workspace.exports.compose_brief(
        BriefSpec.make(**{**spec.__dict__, "grouping": grouping, "template": "full-dossier"})
    )
    assert sorted(b.item_id for b in doc.items()) == sorted(i for i, _ in spec.entries)
    if grouping == "ordered":
        assert [b.item_id for b in doc.items()] == [i for i, _ in spec.entries]


def test_quotes_are_the_library_text(workspace, spec):
    doc = workspace.exports.compose_brief(spec)
    for block in doc.items():
        assert "\n\n".join(block.paragraphs) == workspace.item(block.item_id).text
        assert block.context == workspace.item(block.item_id).context


def test_split_paragraphs_round_trips():
    assert split_paragraphs("one\n\ntwo\nthree") == ("one", "two\nthree")


def test_missing_and_repeated_items_are_reported_not_raised(workspace, spec):
    entries = (*spec.entries, ("no-such-item", ""), (spec.entries[0][0], ""))
    doc = workspace.exports.compose_brief(BriefSpec.make(**{**spec.__dict__, "entries": entries}))
    assert len(doc.items()) == len(spec.entries)
    assert any("no-such-item" in p for p in doc.problems)
    assert any("listed twice" in p for p in doc.problems)


def test_snapshot_stands_in_for_an_item_gone_from_the_library(workspace):
    source = Source(id="old-source", title="An old report", issuer="Some Body (SB)", date="2019")
    item = Item(
        id="old-1", source_id="old-source", kind="recommendation", text="Keep this.", locator="para 2"
    )
    spec = BriefSpec.make(title="T", entries=(("old-1", ""),), snapshots={"old-1": (item, source)})
    doc = workspace.exports.compose_brief(spec)
    assert doc.items()[0].paragraphs == ("Keep this.",)
    assert doc.problems == ()


def test_bad_spec_is_a_clear_error(workspace, spec):
    with pytest.raises(ValidationError, match="title"):
        workspace.exports.compose_brief(BriefSpec.make(title="  ", entries=spec.entries))
    with pytest.raises(ValidationError, match="grouping"):
        workspace.exports.compose_brief(BriefSpec.make(title="x", entries=spec.entries, grouping="colour"))


def test_footnotes_full_first_then_short_and_numbered_in_reading_order(workspace):
    ids = [i.id for i in workspace.library.items_of("icat-child-2023")][:3]
    doc = workspace.exports.compose_brief(
        BriefSpec.make(
            title="T", entries=tuple((i, "") for i in ids), grouping="ordered", template="full-dossier"
        )
    )
    source = workspace.library.source("icat-child-2023")
    items = [workspace.item(i) for i in ids]
    assert [n.text for n in doc.notes] == [
        full_citation(source, items[0]),
        short_citation(source, items[1]),
        short_citation(source, items[2]),
    ]
    assert [b.citation.number for b in doc.items()] == [1, 2, 3]
    annex = next(b for b in doc.blocks if isinstance(b, SourceList))
    assert [e.source_id for e in annex.entries] == ["icat-child-2023"]
    assert any("Quoted here: 3 items" in d for d in annex.entries[0].details)


def test_endnotes_share_a_number_for_the_same_source_and_locator(workspace):
    source = workspace.library.source("icat-child-2023")
    a, b = workspace.library.items_of("icat-child-2023")[:2]
    citations = Citations("endnotes", "full")
    first, second, again = citations.cite(source, a), citations.cite(source, b), citations.cite(source, a)
    assert (first.number, second.number, again.number) == (1, 2, 1)
    assert len(citations.notes) == 2


def test_inline_citations_number_sources_in_order_first_cited(workspace):
    items = list(workspace.library)
    other = next(i for i in items if i.source_id != items[0].source_id)
    citations = Citations("inline")
    refs = [citations.cite(workspace.library.source_of(i), i) for i in (items[0], other, items[1])]
    assert [r.number for r in refs] == [1, 2, 1]
    assert refs[0].text == short_citation(workspace.library.source_of(items[0]), items[0])
    assert citations.notes == []


def test_endnote_template_adds_a_notes_list(workspace, briefpack_home):
    import shutil

    from app import paths

    target = briefpack_home / "export_templates" / "endnote-brief"
    shutil.copytree(paths.export_templates_dir() / "meeting-brief", target)
    manifest = target / "template.yaml"
    manifest.write_text(manifest.read_text().replace("style: footnotes", "style: endnotes"))
    ids = pick(workspace, 6)
    doc = workspace.exports.compose_brief(
        BriefSpec.make(title="T", entries=tuple((i, "") for i in ids), template="endnote-brief")
    )
    assert isinstance(doc.blocks[-1], NoteList)
    assert "endnote-brief" in [t.id for t in workspace.exports.templates()]


def test_list_introductions_are_lead_ins_and_leaning_facts_carry_a_context(workspace):
    from dataclasses import replace

    from app.core.library_check import context_problem

    items = workspace.library.items
    assert "gpa17-p6a-b2" not in items and "gpa17-p6a-b3" not in items
    assert items["gpa17-p6a-b2-s1"].lead_in == "Support and promote ethical business practices, such as by;"
    for item in items.values():
        assert context_problem(item) == "", item.id
    leaning = items["call21-p5-fact1"]
    assert leaning.text.startswith("However,") and leaning.context
    # a new fact that opens on "However," or "It", or a new list introduction, is flagged
    assert "context" in context_problem(replace(leaning, context=""))
    assert "context" in context_problem(replace(leaning, context="", text="It lacks clear targets."))
    assert "lead-in" in context_problem(replace(leaning, kind="recommendation", text="Act, in particular:"))
    assert workspace.check_library().ok


def test_a_context_is_printed_in_brackets_before_the_quote_never_inside_it(workspace, tmp_path):
    item = workspace.item("gpa17-parta-fact1")
    spec = BriefSpec.make(title="Context", entries=((item.id, ""),), template="full-dossier")
    (md,) = workspace.exports.export_brief(spec, ["md"], tmp_path)
    line = next(line for line in md.read_text("utf-8").splitlines() if "While it includes" in line)
    assert line.startswith(f"> \\[{item.context}\\] While it includes")
    doc = workspace.exports.compose_brief(spec)
    assert doc.items()[0].paragraphs == (item.text,)  # the quote itself is the library's text


def test_a_fact_from_an_endnote_keeps_what_the_note_cites(workspace, tmp_path):
    item = workspace.item("child23-note-v-1")
    spec = BriefSpec.make(title="Climate", entries=((item.id, ""),), template="full-dossier")
    docx, pdf = workspace.exports.export_brief(spec, ["docx", "pdf"], tmp_path)
    from tests.export.helpers import note_texts, pdf_pages, squash

    note = note_texts(docx)[1]
    assert note.endswith("endnote V, citing IOM, The Climate Change-Human Trafficking Nexus (2016).")
    cited = squash("citing IOM, The Climate Change-Human Trafficking Nexus (2016)")
    assert cited in squash("".join(pdf_pages(pdf)))
