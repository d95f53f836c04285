"""Fuzzing the readers: any bytes give blocks or a clear UnreadableDocumentError, never a crash."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.importing.draft import ReadDocument
from app.core.importing.readers import UnreadableDocumentError, read_document
from app.core.importing.segment import segment

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _read(tmp_path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        document = read_document(path)
    except UnreadableDocumentError as exc:
        assert exc.user_message and exc.hint
        return
    assert isinstance(document, ReadDocument)
    text, offsets = document.full_text()
    for candidate in segment(document.blocks, offsets):
        assert text[candidate.span[0] : candidate.span[1]] == candidate.text


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_as_text(tmp_path, data):
    _read(tmp_path, "x.txt", data)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000))
def test_any_text_as_markdown_and_text(tmp_path, text):
    _read(tmp_path, "x.md", text.encode("utf-8"))
    _read(tmp_path, "y.txt", text.encode("utf-8"))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "1.",
                "(a)",
                "-",
                "•",
                "o",
                "12",
                "",
                "Calls upon States to:",
                "Recalling,",
                "ICAT will act.",
                "\f",
                "A/RES/1/2",
                "__________",
                "1 A note.",
                "traf-",
                "ficking is rising.",
                "PREAMBLE",
                "[IV]",
            ]
        ),
        max_size=60,
    )
)
def test_structured_noise_as_text(tmp_path, pieces):
    _read(tmp_path, "z.txt", "\n".join(pieces).encode())


@SETTINGS
@given(st.binary(min_size=1, max_size=2000))
def test_any_bytes_as_pdf(tmp_path, data):
    _read(tmp_path, "x.pdf", b"%PDF-1.4\n" + data)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_document_xml_in_a_docx(tmp_path, data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", data)
    _read(tmp_path, "x.docx", buffer.getvalue())
