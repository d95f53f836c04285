"""Readers: plain text encodings, Markdown, DOCX, PDF, and bad input refused with a clear message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.core.importing.readers import UnreadableDocumentError, read_document
from app.core.importing.text_reader import decode_text

GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"
TEXT = (
    "Recommendations\n\n1. States should adopt laws against trafficking in persons.\n\n"
    "2. States should protect victims and survivors of trafficking.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(document) -> list[str]:
    return [b.text for b in document.blocks]


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_text_encodings_with_and_without_bom(tmp_path, encoding, bom):
    body = TEXT.replace("laws", "laws (Côte d’Ivoire)")
    document = read_document(write(tmp_path, "doc.txt", bom + body.encode(encoding)))
    assert "States should adopt laws (Côte d’Ivoire) against trafficking in persons." in texts(document)
    assert not document.warnings


def test_cp1252_fallback_warns(tmp_path):
    document = read_document(
        write(tmp_path, "doc.txt", TEXT.replace("laws", "lois “privées”").encode("cp1252"))
    )
    assert any("lois “privées”" in t for t in texts(document))
    assert document.encoding == "cp1252"
    assert "Windows-1252" in document.warnings[0]


def test_unknown_encoding_is_refused(tmp_path):
    data = TEXT.encode("utf-8") + b"\x81\x8d\x8f\x90 broken"
    with pytest.raises(UnreadableDocumentError, match="could not be recognised"):
        read_document(write(tmp_path, "doc.txt", data))


def test_named_encoding_is_used_and_bad_name_explained(tmp_path):
    path = write(tmp_path, "doc.txt", TEXT.replace("laws", "lois").encode("latin-1"))
    assert read_document(path, encoding="latin-1").encoding == "latin-1"
    with pytest.raises(UnreadableDocumentError, match="not an encoding"):
        read_document(path, encoding="klingon-8")


def test_double_encoded_utf8_warns():
    _text, _, warnings = decode_text(
        "It’s the State’s duty – today’s".encode().decode("cp1252").encode(), "x.txt"
    )
    assert warnings and "twice" in warnings[0]


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"   \n\n  ", "is empty"),
        ("binary.txt", bytes(range(256)) * 20, "not a text file"),
        ("fake.pdf", b"hello, this is not a pdf at all", "not a PDF"),
        ("fake.docx", b"hello, this is not a zip", "not a Word document"),
        ("old.doc", b"\xd0\xcf\x11\xe0 old word", "cannot import"),
        ("short.txt", b"Hi.", "no text to import"),
    ],
)
def test_bad_input_is_refused(tmp_path, name, data, message):
    with pytest.raises(UnreadableDocumentError, match=message) as info:
        read_document(write(tmp_path, name, data))
    assert info.value.hint


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UnreadableDocumentError, match="does not exist"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(UnreadableDocumentError, match="folder"):
        read_document(tmp_path)


def test_oversized_file_is_refused(tmp_path):
    path = write(tmp_path, "big.txt", TEXT.encode() * 100)
    with pytest.raises(UnreadableDocumentError, match="too large"):
        read_document(path, max_bytes=1000)


def test_markdown_headings_lists_notes_and_inline_markup(tmp_path):
    md = (
        "# Action plan\n\nIntro with **bold** and a [link](https://example.org).[^1]\n\n"
        "## Priorities\n\n- Adopt *national* laws.\n  - Train `judges` and prosecutors.\n"
        "1. Protect victims.\n\n[^1]: A note that must stay out of items.\n"
    )
    document = read_document(write(tmp_path, "plan.md", md.encode()))
    kinds = [(b.kind, b.level, b.marker, b.text) for b in document.blocks]
    assert ("heading", 1, "", "Action plan") in kinds
    assert ("paragraph", 0, "", "Intro with bold and a link.") in kinds
    assert ("list", 0, "•", "Adopt national laws.") in kinds
    assert ("list", 1, "•", "Train judges and prosecutors.") in kinds
    assert document.notes == ("1 A note that must stay out of items.",)


def test_wrapped_text_is_reflowed_and_hyphenation_rejoined_only_when_artefact(tmp_path):
    lines = [
        "The Committee recommends that States strengthen the identification of victims of traf-",
        "ficking and their access to child-",
        "sensitive services, and that trafficking is prosecuted.",
        "",
        "Victims of trafficking must not be punished for acts they were compelled to commit by the",
        "traffickers, and trafficking cases must be investigated promptly by specialised units.",
    ]
    document = read_document(write(tmp_path, "wrapped.txt", "\n".join(lines).encode()))
    first = document.blocks[0].text
    assert "victims of trafficking and their access to child-sensitive services" in first
    assert len(document.blocks) == 2


def test_pdf_extraction_text_with_pages_headers_and_footnotes():
    document = read_document(GENRE / "ga_resolution.txt")
    text = " ".join(texts(document))
    assert "A/RES/80/9" not in [b.text for b in document.blocks]
    assert "1/3" not in text and "25-21644" not in text
    assert "Transnational Organized Crime and the Protocol" in text  # marker 1 removed
    assert document.notes[0].startswith("1 United Nations, Treaty Series")
    assert (
        "Invites Member States to improve the collection, analysis and sharing of data on trafficking" in text
    )


def test_docx_numbering_headings_and_footnotes():
    document = read_document(GENRE / "ga_resolution.docx")
    markers = [b.marker for b in document.blocks if b.kind == "list"]
    assert markers[:6] == ["1.", "2.", "3.", "(a)", "(b)", "(c)"]
    assert "13." in markers
    assert any(b.kind == "heading" and b.text.startswith("80/9.") for b in document.blocks)
    assert document.notes[0] == "1 United Nations, Treaty Series, vol. 2225, No. 39574."
    assert all("Treaty Series" not in b.text for b in document.blocks)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_docx_zip_bomb_is_refused_before_reading(tmp_path, monkeypatch):
    from app.core.importing import docx_reader

    monkeypatch.setattr(docx_reader, "MAX_MEMBER_BYTES", 1_000_000)
    bomb = _zip({"word/document.xml": b"<w:document>" + b" " * 5_000_000 + b"</w:document>"})
    assert len(bomb) < 20_000
    with pytest.raises(UnreadableDocumentError, match="expands to more data"):
        read_document(write(tmp_path, "bomb.docx", bomb))


def test_docx_without_document_part_and_with_dtd(tmp_path):
    with pytest.raises(UnreadableDocumentError, match="not a Word document"):
        read_document(write(tmp_path, "x.docx", _zip({"other.xml": b"<a/>"})))
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>'
    with pytest.raises(UnreadableDocumentError, match="XML declarations"):
        read_document(write(tmp_path, "x.docx", _zip({"word/document.xml": evil})))


def _docx_part(part: str) -> bytes:
    with zipfile.ZipFile(GENRE / "ga_resolution.docx") as source:
        return source.read(part)


def _docx_with(
    tmp_path: Path, name: str, numbering: bytes | None = None, document: bytes | None = None
) -> Path:
    """The genre fixture with its numbering or document part replaced."""
    with zipfile.ZipFile(GENRE / "ga_resolution.docx") as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    if document is not None:
        parts["word/document.xml"] = document
    return write(tmp_path, name, _zip(parts))


@pytest.mark.parametrize("fmt", ["lowerLetter", "upperRoman", "decimal"])
def test_docx_list_numbering_is_clamped_before_it_is_printed(tmp_path, fmt):
    # a start of 9e9 in letters printed a marker of 346 million characters (17.6 GB)
    original = _docx_part("word/numbering.xml")
    huge = original.replace(
        b'<w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>',
        f'<w:start w:val="9000000000"/><w:numFmt w:val="{fmt}"/>'.encode(),
    )
    assert huge != original
    document = read_document(_docx_with(tmp_path, f"{fmt}.docx", numbering=huge))
    sub_markers = [b.marker for b in document.blocks if b.kind == "list" and b.level == 1]
    assert sub_markers and max(len(m) for m in sub_markers) < 1300  # Word's largest start, 32767
    assert "Criminalize trafficking in persons in all its forms" in " ".join(texts(document))


@pytest.mark.parametrize("value", ["0x10", "NaN", "", "-5", "99999999999", "1e3"])
def test_docx_numbering_values_word_never_writes_are_read_as_defaults(tmp_path, value):
    original = _docx_part("word/numbering.xml")
    numbering = original.replace(b'<w:start w:val="1"/>', f'<w:start w:val="{value}"/>'.encode())
    numbering = numbering.replace(b'w:ilvl="1"', f'w:ilvl="{value}"'.encode())
    body = _docx_part("word/document.xml")
    body = body.replace(b'<w:ilvl w:val="1"/>', f'<w:ilvl w:val="{value}"/>'.encode())
    document = read_document(_docx_with(tmp_path, "odd.docx", numbering=numbering, document=body))
    markers = [b.marker for b in document.blocks if b.kind == "list"]
    assert markers[0] in ("1.", "0.")  # a negative start is Word's smallest, 0
    assert "Criminalize trafficking in persons in all its forms" in " ".join(texts(document))


def test_pdf_running_headers_page_numbers_and_footnotes_removed():
    document = read_document(GENRE / "ga_resolution.pdf")
    text = "\n".join(texts(document))
    assert "1/2" not in text and "25-21644" not in text
    assert text.count("A/RES/80/9") == 0
    assert "Transnational Organized Crime and the Protocol" in text
    assert [n.split()[0] for n in document.notes] == ["1", "2", "3"]
    assert document.pages == 2


def _blank_pdf(tmp_path: Path, encrypt: bool = False) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if encrypt:
        writer.encrypt("secret")
    path = tmp_path / ("locked.pdf" if encrypt else "scan.pdf")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_scanned_pdf_without_text_layer(tmp_path):
    with pytest.raises(UnreadableDocumentError, match="no text layer; OCR is not supported"):
        read_document(_blank_pdf(tmp_path))


def test_a_scan_of_a_real_resolution_is_refused_as_having_no_text_layer(tmp_path):
    # page 1 of A/RES/78/267 rendered as an image: what a scanner's PDF holds
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(GENRE.parent / "un-ga" / "A_RES_78_267.pdf")
    try:
        image = document[0].render(scale=100 / 72).to_pil().convert("L")
    finally:
        document.close()
    scan = tmp_path / "A_RES_78_267-scan.pdf"
    image.save(scan, resolution=100)
    with pytest.raises(UnreadableDocumentError, match="no text layer; OCR is not supported") as raised:
        read_document(scan)
    assert "is empty" not in str(raised.value)


def test_encrypted_pdf(tmp_path):
    with pytest.raises(UnreadableDocumentError, match=r"password-protected|encrypted"):
        read_document(_blank_pdf(tmp_path, encrypt=True))


def test_damaged_pdf(tmp_path):
    data = (GENRE / "ga_resolution.pdf").read_bytes()[:600]
    with pytest.raises(UnreadableDocumentError):
        read_document(write(tmp_path, "cut.pdf", data))


def test_a_docx_whose_zip_header_names_an_unknown_version_is_refused_with_a_message():
    """Found by the reliability campaign (fuzzed input kept as a fixture): zipfile raised
    NotImplementedError("zip file version 23.5") out of the DOCX reader."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "damaged-zip-version.docx"
    with pytest.raises(UnreadableDocumentError, match="not a readable Word document"):
        read_document(fixture)
