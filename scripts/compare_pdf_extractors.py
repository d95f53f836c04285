"""Compare PDF text extractors on real UN documents: words kept whole, and time; Markdown table.

Usage: python scripts/compare_pdf_extractors.py [--corpus DIR] [--limit N]

For each PDF of ../shared/corpus/un-ga/pdf, the text each library extracts is split into
words and every word is looked up in the vocabulary of the same document's `txt/` form (the
text another tool extracted from it, so an independent witness of the words printed). A word
found in neither is a word the library split ("th ose", "natio nal") or glued ("upongovernments",
"30july"). Figures are per 1,000 words, over all documents, with the time to read every page
(best of 3 for the first 10 documents, once for the rest).

Libraries: pypdfium2 (PDFium, as Briefpack's reader uses it: the characters it reports, lines
rebuilt from their baselines), pypdfium2's plain page text, pdfplumber (pdfminer.six) and
pypdf in its layout mode and its plain mode. pdfplumber is not a dependency: install it in the
environment to include it.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "un-ga"
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def briefpack(path: Path) -> str:
    import pypdfium2 as pdfium

    from app.core.importing.pdf_reader import _page_chars, letter_spacing, page_lines

    document = pdfium.PdfDocument(path)
    pages = [_page_chars(page.get_textpage()) for page in document]
    markers: set[int] = set()
    lines = [
        line.text
        for page, cut in zip(pages, letter_spacing(pages), strict=True)
        for line in page_lines(page, cut, markers)
    ]
    document.close()
    return "\n".join(lines)


def pdfium_plain(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def pdfplumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)


def pypdf_plain(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


LIBRARIES: dict[str, Callable[[Path], str]] = {
    "pypdfium2, lines rebuilt by Briefpack": briefpack,
    "pypdfium2, page text": pdfium_plain,
    "pdfplumber": pdfplumber_text,
    "pypdf, layout mode": pypdf_layout,
    "pypdf, plain mode": pypdf_plain,
}


def vocabulary(text: str) -> set[str]:
    words = {w.casefold() for w in WORD.findall(text)}
    # a compound broken at a line end in the witness ("sports-" / "related") counts whole and in parts
    words |= {w.casefold() for w in WORD.findall(re.sub(r"-\s*\n\s*", "-", text))}
    words |= {w.casefold() for w in WORD.findall(re.sub(r"-\s*\n\s*", "", text))}
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    pdfs = sorted((args.corpus / "pdf").glob("*.pdf"))[: args.limit or None]
    if not pdfs:
        print(f"No PDFs in {args.corpus / 'pdf'}.", file=sys.stderr)
        return 2
    available = {}
    for name, function in LIBRARIES.items():
        try:
            function(pdfs[0])
        except ImportError:
            print(f"({name} is not installed; left out)", file=sys.stderr)
            continue
        available[name] = function
    totals = {name: Counter() for name in available}
    unknown_examples: dict[str, Counter[str]] = {name: Counter() for name in available}
    for n, pdf in enumerate(pdfs):
        witness = vocabulary((args.corpus / "txt" / f"{pdf.stem}.txt").read_text("utf-8"))
        for name, function in available.items():
            runs = 3 if n < 10 else 1
            best = float("inf")
            for _ in range(runs):
                started = time.perf_counter()
                text = function(pdf)
                best = min(best, time.perf_counter() - started)
            words = WORD.findall(text)
            unknown = [w for w in words if w.casefold() not in witness]
            totals[name].update(words=len(words), unknown=len(unknown), ms=round(best * 1000))
            unknown_examples[name].update(unknown)
    print(f"{len(pdfs)} PDFs of {args.corpus.name}\n")
    print("| library | words | not in the witness /1000 | total s | examples |")
    print("|---|---:|---:|---:|---|")
    for name, total in totals.items():
        rate = 1000 * total["unknown"] / max(1, total["words"])
        examples = ", ".join(f"“{w}”" for w, _ in unknown_examples[name].most_common(6))
        print(f"| {name} | {total['words']} | {rate:.2f} | {total['ms'] / 1000:.1f} | {examples} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
