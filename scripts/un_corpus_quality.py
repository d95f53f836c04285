"""Measure import on real UN General Assembly documents; print a Markdown report.

Usage: python scripts/un_corpus_quality.py [--corpus DIR] [--all] [--forms pdf,txt] [--details]
                                           [--kinds FILE] [--list SYMBOL]

Each document of ../shared/corpus/un-ga (the 20 marked `curated` in its manifest, or all 60
with --all) is read in each form (`pdf/` as published, `txt/` a PDF extraction) through the
real path (read_document, build_draft), without a title given, and its candidates are scored
against `reference/<symbol>.json` (app/core/importing/paragraph_quality.py): operative
paragraphs found, found paragraphs whose items are the reference's words in order. Kinds are
scored against the hand-annotated sample (tests/fixtures/un-ga/kinds.yaml). --list prints
one document's candidates (to annotate or to look at).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.importing.draft import ImportDraft  # noqa: E402
from app.core.importing.paragraph_quality import ParagraphScore, ProposedText, score_paragraphs  # noqa: E402
from app.core.importing.readers import read_document  # noqa: E402
from app.core.importing.review import build_draft  # noqa: E402
from app.core.importing.tagging import Tagger, TagRules  # noqa: E402
from app.core.taxonomy import Taxonomy  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from import_quality import commit_id, machine  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "un-ga"
KINDS = ROOT / "tests" / "fixtures" / "un-ga" / "kinds.yaml"
FORMS = {"pdf": ("pdf", ".pdf"), "txt": ("txt", ".txt")}


def file_name(symbol: str) -> str:
    return symbol.replace("/", "_")


def tagger() -> Tagger:
    taxonomy = Taxonomy.load(ROOT / "library" / "taxonomy.yaml")
    return Tagger(TagRules.load(ROOT / "library" / "tag_rules.yaml", taxonomy), taxonomy)


def read(corpus: Path, symbol: str, form: str, tags: Tagger) -> tuple[ImportDraft, float]:
    folder, suffix = FORMS[form]
    started = time.perf_counter()
    document = read_document(corpus / folder / f"{file_name(symbol)}{suffix}")
    draft = build_draft(document, tags)
    return draft, time.perf_counter() - started


def score(corpus: Path, entry: dict, draft: ImportDraft) -> ParagraphScore:
    reference = json.loads((corpus / "reference" / f"{file_name(entry['symbol'])}.json").read_text("utf-8"))
    title = re.sub(r"^\d{1,3}/\d{1,4}\.\s*", "", reference.get("title", "")).rstrip(";")
    pdf = corpus / "pdf" / f"{file_name(entry['symbol'])}.pdf"
    pages = _pages(pdf)
    proposed = [ProposedText(c.text, c.lead_in, c.kind, c.locator) for c in draft.candidates]
    return score_paragraphs(reference["operative_paragraphs"], proposed, (entry["symbol"], title, pages))


def _pages(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def kind_sample(path: Path) -> dict[tuple[str, str], str]:
    """(symbol, locator) -> kind, from the hand annotations."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        (str(d["symbol"]), str(r["locator"])): str(r["kind"]) for d in data["documents"] for r in d["items"]
    }


def pct(value: float) -> str:
    return f"{value * 100:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--all", action="store_true", help="all 60 documents, not only the curated 20")
    parser.add_argument("--forms", default="pdf,txt")
    parser.add_argument("--details", action="store_true", help="list missed and inexact paragraphs")
    parser.add_argument("--kinds", type=Path, default=KINDS)
    parser.add_argument("--list", metavar="SYMBOL", help="print one document's candidates")
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").is_file():
        print(f"No corpus in {args.corpus}.", file=sys.stderr)
        return 2
    manifest = json.loads((args.corpus / "manifest.json").read_text("utf-8"))
    tags = tagger()
    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    if args.list:
        for form in forms:
            draft, _ = read(args.corpus, args.list, form, tags)
            print(
                f"## {args.list} ({form}): {draft.source.title!r} {draft.source.date} {draft.source.symbol}"
            )
            for c in draft.candidates:
                print(f"- [{c.kind}] {c.locator} | {c.text[:150]}")
        return 0
    entries = [e for e in manifest if args.all or e.get("curated")]
    annotated = kind_sample(args.kinds)
    lines = [
        f"Run on {time.strftime('%Y-%m-%d')} at commit {commit_id()}; {machine()}.",
        "",
        "| document | form | paragraphs | found | recall % | verbatim % of found | items | title read "
        "| kinds right (sample) | read+segment s |",
        "|---|---|---:|---:|---:|---:|---:|---|---|---:|",
    ]
    totals = {form: ParagraphScore() for form in forms}
    kinds = {form: [0, 0] for form in forms}
    titles = {form: 0 for form in forms}
    seconds = {form: 0.0 for form in forms}
    details: list[str] = []
    for entry in entries:
        symbol = entry["symbol"]
        for form in forms:
            draft, took = read(args.corpus, symbol, form, tags)
            result = score(args.corpus, entry, draft)
            totals[form].add(result)
            seconds[form] += took
            titles[form] += bool(draft.source.title)
            right = total = 0
            for candidate in draft.candidates:
                wanted = annotated.get((symbol, candidate.locator))
                if wanted:
                    total += 1
                    right += wanted == candidate.kind
            kinds[form][0] += right
            kinds[form][1] += total
            kind_cell = f"{right}/{total}" if total else "-"
            lines.append(
                f"| {symbol} | {form} | {result.paragraphs} | {result.found} | {pct(result.recall)} | "
                f"{pct(result.verbatim_rate)} | {len(draft.candidates)} | "
                f"{'yes' if draft.source.title else 'no'} | {kind_cell} | {took:.2f} |"
            )
            if args.details:
                for number in result.missed:
                    details.append(f"- {symbol} {form}: missed paragraph {number}")
                for number, want, got in result.inexact:
                    details.append(
                        f"- {symbol} {form}: paragraph {number}\n  - reference: {want}\n  - ours: {got}"
                    )
    for form in forms:
        total = totals[form]
        right, count = kinds[form]
        lines.append(
            f"| **all** | {form} | {total.paragraphs} | {total.found} | **{pct(total.recall)}** | "
            f"**{pct(total.verbatim_rate)}** | {total.items} | {titles[form]}/{len(entries)} | "
            f"{right}/{count} ({pct(right / count if count else 0)} %) | {seconds[form]:.2f} |"
        )
    print("\n".join([*lines, "", *details] if details else lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
