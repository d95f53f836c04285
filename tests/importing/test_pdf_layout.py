"""PDF line clean-up: numbers set with tabs, kerning spaces, notes found by raised markers and small type."""

from __future__ import annotations

from pathlib import Path

from app.core.importing.layout import Line, layout_pages
from app.core.importing.readers import read_document

GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"


def test_libreoffice_pdf_paragraph_numbers_and_notes():
    document = read_document(GENRE / "ga_resolution.lo.pdf")
    markers = [b.marker for b in document.blocks if b.marker]
    assert markers == [
        *("1.", "2.", "3.", "(a)", "(b)", "(c)", "(d)", "4.", "5.", "(a)", "(b)", "(c)"),
        *("6.", "7.", "8.", "9.", "10.", "11.", "12.", "(a)", "(b)", "13."),
    ]
    assert [n.split()[0] for n in document.notes] == ["1", "2", "3"]
    text = "\n".join(b.text for b in document.blocks)
    assert "United Nations, Treaty Series" not in text
    assert "to consider, as a matter of priority" in text
    # (b) runs over a page turn and a footnote block: one paragraph again
    assert "including through financial investigations and the tracing" in text


def _page(*lines: Line) -> list[Line]:
    return list(lines)


BODY = [
    Line("Recalling the Convention against Transnational Organized Crime and the Protocol"),
    Line("supplementing it, and the work of the Inter-Agency Coordination Group against"),
    Line("Trafficking in Persons in promoting a comprehensive approach,"),
    Line("1. Calls upon Member States to ratify the Protocol and to implement it fully;"),
]


def test_same_size_note_lines_need_a_raised_marker():
    page = [*BODY, Line("1 United Nations, Treaty Series, vol. 2225, No. 39574.", gap=1)]
    taken = layout_pages([list(page)], markers={1})
    assert taken.notes == ["1 United Nations, Treaty Series, vol. 2225, No. 39574."]
    assert not any("Treaty Series" in p for p in taken.paragraphs)
    kept = layout_pages([list(page)])
    assert kept.notes == []
    assert any("Treaty Series" in p for p in kept.paragraphs)


def test_small_type_lines_at_the_page_foot_are_notes():
    page = [
        *BODY,
        Line("2 Ibid., vol. 2237, No. 39574; see also the report of the", gap=1, small=True),
        Line("Secretary-General (A/80/123).", small=True),
    ]
    layout = layout_pages([page])
    assert layout.notes == [
        "2 Ibid., vol. 2237, No. 39574; see also the report of the Secretary-General (A/80/123)."
    ]
    assert layout.paragraphs[-1].startswith("1. Calls upon Member States")
