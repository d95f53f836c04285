"""Rebuild library/sources from the seed texts and record each item's span.

Usage: python scripts/build_library.py [--seeds DIR] [--check]

Reads the seed texts and their metadata (../shared by default), cleans each
text (see library/README.md), applies the hand-reviewed repairs in
library/curation/fixups/<id>.yaml, writes library/sources/<id>.yaml, then finds
every item of library/items/<id>.yaml in its source's full text and writes
its span. With --check nothing is written; differences are reported.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "library"

BULLET_START = re.compile(r"^(?:[•▪●◦]\s|[-–]\s|o\s|\(?[a-z]\)\s|\([ivx]+\)\s|\d{1,2}\.\s|[A-H]\.\s)")
NOTE_MARKER = re.compile(r"\^\[[ivxlcIVXLC]+\]")
LINK = re.compile(r"\[([^\]]+)\]\((?:#|https?://[^)]*)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
TERMINAL = (".", ":", ";", "?", "!")


def strip_markup(text: str) -> str:
    """Remove note markers, emphasis and empty link targets; keep the words."""
    text = NOTE_MARKER.sub("", text)
    text = LINK.sub(r"\1", text)
    text = BOLD.sub(r"\1", text)
    text = ITALIC.sub(r"\1", text)
    return text


def reflow(text: str) -> str:
    """Join the printed lines of a wrapped extraction back into paragraphs."""
    lines = [line.rstrip() for line in text.splitlines()]
    widths = sorted(len(line) for line in lines if line.strip())
    full = widths[int(len(widths) * 0.75)] if widths else 80
    paragraphs: list[str] = []
    current = ""
    previous_blank = False
    last_printed = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        starts_block = bool(BULLET_START.match(line)) or (line.isupper() and len(line) > 3)
        ended = current.endswith(TERMINAL)
        last_line_short = len(last_printed) < full * 0.85 if current else True
        heading_done = current.isupper() and previous_blank
        if current and (starts_block or heading_done or (previous_blank and ended and last_line_short)):
            paragraphs.append(current)
            current = ""
        if not current:
            current = line
        elif current.endswith("-") and not current.endswith(" -"):
            current += line
        else:
            current += " " + line
        last_printed = raw
        previous_blank = False
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def tidy(text: str) -> str:
    """Trim trailing spaces and collapse runs of blank lines."""
    lines = [line.rstrip() for line in text.splitlines()]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def apply_fixups(text: str, fixups: list[dict], source_id: str) -> str:
    """Apply the hand-reviewed repairs; each must match exactly once."""
    for fix in fixups:
        count = text.count(fix["find"])
        if count != 1:
            raise SystemExit(f"{source_id}: fixup {fix['find']!r} matches {count} times (want 1)")
        text = text.replace(fix["find"], fix.get("replace", ""))
    return text


def clean_seed(raw: str, entry: dict, fixups: dict) -> str:
    own = fixups.get(entry["id"], {})
    text = raw.replace("\r\n", "\n").replace("\f", "\n")
    text = apply_fixups(text, own.get("before", []), entry["id"])
    text = strip_markup(text)
    if entry.get("reflow"):
        text = reflow(text)
    text = tidy(text)
    text = apply_fixups(text, own.get("after", []), entry["id"])
    notes = own.get("notes")
    if notes:
        text = text.rstrip("\n") + "\n\nNotes\n\n" + "\n\n".join(n.strip() for n in notes) + "\n"
    return text


class LiteralDumper(yaml.SafeDumper):
    """Dump multi-line strings as literal blocks so the files diff well."""


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


LiteralDumper.add_representer(str, _str_presenter)


def dump(data: object) -> str:
    return yaml.dump(data, Dumper=LiteralDumper, sort_keys=False, allow_unicode=True, width=100)


def source_record(entry: dict, meta: dict, text: str) -> dict:
    date = str(meta["date"])
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    return {
        "schema_version": 1,
        "id": entry["id"],
        "title": " ".join(meta["title"].split()),
        "short_title": meta["short_title"],
        "issuer": meta["issuer"],
        "type": meta["type"],
        "date": date,
        "date_precision": precision,
        "date_note": " ".join(meta.get("date_note", "").split()),
        "context": meta.get("context", ""),
        "structure": " ".join(meta.get("structure", "").split()),
        "symbol": meta.get("symbol", ""),
        "url": meta.get("url", ""),
        "language": entry.get("language", "en"),
        "seed": entry["seed"],
        "text": text,
    }


def locate(items_doc: dict, text: str, source_id: str) -> list[str]:
    """Set every item's span; return one problem line per item not found once."""
    problems = []
    cursor = 0
    for item in items_doc.get("items", []):
        quote = item["text"]
        hits = [m.start() for m in re.finditer(re.escape(quote), text)]
        if not hits:
            problems.append(f"{source_id}: {item['id']}: text not found verbatim: {quote[:70]!r}")
            continue
        after = [h for h in hits if h >= cursor]
        start = after[0] if after else hits[0]
        if len(hits) > 1 and not after:
            problems.append(
                f"{source_id}: {item['id']}: text found {len(hits)} times, none after the previous item"
            )
        item["span"] = [start, start + len(quote)]
        cursor = start + len(quote)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)

    curation = yaml.safe_load((LIBRARY / "curation" / "sources.yaml").read_text("utf-8"))
    fixups = {
        path.stem: yaml.safe_load(path.read_text("utf-8")) or {}
        for path in sorted((LIBRARY / "curation" / "fixups").glob("*.yaml"))
    }
    metadata = {m["file"]: m for m in yaml.safe_load((args.seeds / "sources.yaml").read_text("utf-8"))}
    problems: list[str] = []
    for entry in curation:
        raw = (args.seeds / "seeds" / entry["seed"]).read_text("utf-8")
        text = clean_seed(raw, entry, fixups)
        record = source_record(entry, metadata[entry["seed"]], text)
        source_path = LIBRARY / "sources" / f"{entry['id']}.yaml"
        items_path = LIBRARY / "items" / f"{entry['id']}.yaml"
        items_doc = yaml.safe_load(items_path.read_text("utf-8")) if items_path.exists() else None
        if items_doc:
            problems += locate(items_doc, text, entry["id"])
        outputs = [(source_path, dump(record))]
        if items_doc:
            outputs.append((items_path, dump(items_doc)))
        for path, content in outputs:
            if args.check:
                if not path.exists() or path.read_text("utf-8") != content:
                    problems.append(f"{path.relative_to(ROOT)} differs from what the seeds and curation give")
            else:
                path.write_text(content, "utf-8")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
