"""Reader fuzzing for the reliability campaign: damaged and hostile DOCX, PDF, text, Markdown
and .briefpack inputs, each read in a worker process with a time and memory limit.

Used by scripts/reliability_campaign.py; `python scripts/reliability_fuzz.py --count 200`
runs this part alone. An input is "refused" when the reader answers with Briefpack's own error
(a message for the user), "unhandled" for any other exception, and a "hang" past the time limit.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TIME_LIMIT = 45.0  # seconds per input (the issue called 45 s a hang)
MEMORY_LIMIT = 3 * 1024**3

# Values Word never writes, seen to break list numbering: not numbers, huge, negative, hex.
BAD_NUMBERS = [
    "0x10",
    "NaN",
    "",
    "-1",
    "9e9",
    "9000000000",
    "99999999999999999999",
    "abc",
    "1.5",
    "-0",
    "٣",
    "1e3",
    "+7",
    " 4 ",
    "2147483648",
    "-2147483649",
]
BAD_LEVELS = ["9", "10", "-3", "1e3", "x", "", "255", "99999"]
BAD_FORMATS = [
    "upperRoman",
    "lowerRoman",
    "upperLetter",
    "lowerLetter",
    "ordinal",
    "cardinalText",
    "chicago",
    "bogus",
    "",
]


# -- making inputs ------------------------------------------------------------------------
def _docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(FIXTURES / "genre" / "ga_resolution.docx") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes], stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _flip(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def docx_input(rng: random.Random) -> bytes:
    parts = _docx_parts()
    way = rng.choice(
        ["numbering", "numbering", "numbering", "bytes", "part-bytes", "truncate", "utf8", "missing", "xml"]
    )
    if way == "numbering":
        numbering = parts["word/numbering.xml"].decode()
        numbering = re.sub(
            r'(<w:start w:val=")[^"]*', lambda m: m.group(1) + rng.choice(BAD_NUMBERS), numbering
        )
        numbering = re.sub(
            r'(<w:numFmt w:val=")[^"]*', lambda m: m.group(1) + rng.choice(BAD_FORMATS), numbering
        )
        numbering = re.sub(
            r'(w:ilvl=")[^"]*', lambda m: m.group(1) + rng.choice(["0", *BAD_LEVELS]), numbering
        )
        parts["word/numbering.xml"] = numbering.encode()
        document = parts["word/document.xml"].decode()
        if rng.random() < 0.5:  # numbered paragraphs pointing at odd levels and lists
            document = document.replace(
                "<w:p><w:r>",
                f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{rng.choice(BAD_LEVELS)}"/><w:numId '
                f'w:val="{rng.choice(["1", "0", "7", "x", ""])}"/></w:numPr></w:pPr><w:r>',
                3,
            )
        parts["word/document.xml"] = document.encode()
        return _zip(parts)
    if way == "bytes":
        return _flip(_zip(parts), rng, rng.randint(1, 40))
    if way == "part-bytes":  # damage inside a compressed part: zlib errors on decompression
        raw = bytearray(_zip(parts))
        for _ in range(rng.randint(1, 20)):
            start = rng.randrange(60, len(raw) - 200)
            raw[start] ^= 0xFF
        return bytes(raw)
    if way == "truncate":
        raw = _zip(parts)
        return raw[: rng.randrange(len(raw))]
    if way == "utf8":
        name = rng.choice(
            ["word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml"]
        )
        parts[name] = _flip(parts[name], rng, rng.randint(1, 10)) + b"\xff\xfe\xc3"
        return _zip(parts, stored=rng.random() < 0.5)
    if way == "missing":
        parts.pop(rng.choice(sorted(parts)))
        return _zip(parts)
    document = parts["word/document.xml"].decode()  # xml: nesting, entities, huge attributes
    trick = rng.choice(["deep", "entity", "attr"])
    if trick == "deep":
        document = document.replace("<w:body>", "<w:body>" + "<w:p>" * 5000, 1)
    elif trick == "entity":
        document = (
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            + document.split("?>", 1)[1].replace("The General Assembly", "&b;&b;&b;")
        )
    else:
        document = document.replace('xml:space="preserve"', 'xml:space="' + "x" * 200000 + '"', 1)
    parts["word/document.xml"] = document.encode()
    return _zip(parts)


def pdf_input(rng: random.Random) -> bytes:
    name = rng.choice(
        [
            "genre/ga_resolution.pdf",
            "genre/ga_resolution.lo.pdf",
            "un-ga/A_RES_80_227.pdf",
            "un-ga/A_RES_79_152.pdf",
        ]
    )
    data = (FIXTURES / name).read_bytes()
    way = rng.choice(["bytes", "bytes", "truncate", "xref", "streams"])
    if way == "bytes":
        return _flip(data, rng, rng.randint(1, 200))
    if way == "truncate":
        return data[: rng.randrange(len(data))]
    if way == "xref":
        return re.sub(
            rb"\d{10} \d{5} [nf]",
            lambda m: bytes(rng.choice(b"0123456789x ") for _ in range(18)),
            data,
            count=rng.randint(1, 50),
        )
    return re.sub(
        rb"/Length \d+",
        lambda m: b"/Length " + str(rng.choice([0, 1, 99999999, -5])).encode(),
        data,
        count=rng.randint(1, 10),
    )


def text_input(rng: random.Random, large: bool = False) -> bytes:
    base = (FIXTURES / "genre" / "ga_resolution.txt").read_bytes()
    size = rng.choice([400_000, 1_000_000, 4_000_000]) if large else rng.randint(0, 30_000)
    way = rng.choice(["random", "long-word", "brackets", "short-lines", "real", "encodings", "dots"])
    if way == "random":
        data = bytes(rng.randrange(256) for _ in range(min(size, 200_000)))
    elif way == "long-word":
        data = b"a" * size
    elif way == "brackets":
        data = (b"(" * (size // 2)) + (b"[" * (size // 2))
    elif way == "short-lines":
        data = b"a\n" * (size // 2)
    elif way == "dots":
        data = b"1. 2. e.g. i.e. (a) (b) " * (size // 24 + 1)
    elif way == "encodings":
        data = "Ünïcödé — “quotes” ‏עברית‏ العربية 中文 😀 ".encode(rng.choice(["utf-8", "utf-16", "utf-32"]))
        data = data * (size // len(data) + 1)
    else:
        data = base * (size // len(base) + 1)
    return data[:size] if size else data


def markdown_input(rng: random.Random, large: bool = False) -> bytes:
    size = rng.choice([105_000, 400_000, 809_000]) if large else rng.randint(0, 20_000)
    pieces = [
        "# ",
        "## ",
        "*",
        "**",
        "_",
        "[",
        "](",
        ")",
        "`",
        "```\n",
        "> ",
        "- ",
        "1. ",
        "\n",
        "\n\n",
        "|",
        "<!--",
        "-->",
        "<b>",
        "![",
        "\\",
        "word ",
        "Recommendation: States should act. ",
    ]
    way = rng.choice(["mix", "brackets", "emphasis", "headings", "links", "table"])
    if way == "brackets":
        text = "[" * (size // 2) + "]" * (size // 2)
    elif way == "emphasis":
        text = "*_" * (size // 2)
    elif way == "headings":
        text = "#" * size
    elif way == "links":
        text = "[a](" * (size // 4)
    elif way == "table":
        text = ("| a | b |\n|---|---|\n" + "| x | y |\n" * (size // 10))[:size]
    else:
        text = "".join(rng.choice(pieces) for _ in range(max(1, size // 6)))
    return text.encode("utf-8")


def briefpack_input(rng: random.Random, valid: bytes) -> bytes:
    data = json.loads(valid)
    way = rng.choice(["junk", "junk", "bytes", "truncate", "deep", "many", "dupes", "types", "urls"])
    if way == "bytes":
        return _flip(valid, rng, rng.randint(1, 30))
    if way == "truncate":
        return valid[: rng.randrange(len(valid))]
    if way == "deep":
        return b"[" * rng.choice([20, 1000, 100000]) + b"]" * rng.choice([0, 20])
    if way == "many":
        n = rng.choice([6000, 60000, 600000])
        return json.dumps({**data, "pack": {**data["pack"], "entries": [{} for _ in range(n)]}}).encode()
    if way == "dupes":
        text = valid.decode()
        return text.replace('"title":', '"title": "x", "title":', 1).encode()
    junk = [
        None,
        0,
        -1,
        1e308,
        "",
        "x" * 10000,
        [],
        {},
        [[[]]],
        True,
        "../../etc/passwd",
        "javascript:alert(1)",
    ]
    target = data["pack"]
    if way == "urls":
        for source in target.get("sources", []):
            source["url"] = rng.choice(
                [
                    "javascript:alert(1)",
                    "file:///etc/passwd",
                    "\\\\server\\share",
                    "<img src=x onerror=alert(1)>",
                ]
            )
        return json.dumps(data).encode()
    for _ in range(rng.randint(1, 4)):
        nested = [
            v for name in ("entries", "items") if isinstance(target.get(name), list) for v in target[name][:3]
        ]
        where = rng.choice([target, *nested])
        if isinstance(where, dict) and where:
            where[rng.choice(sorted(where))] = rng.choice(junk)
    return json.dumps(data).encode()


def make_inputs(folder: Path, count: int, seed: int, valid_pack: bytes) -> list[tuple[str, str]]:
    """Write `count` fuzzed inputs (plus the issue's named cases) into folder; (kind, path) each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shares = [("docx", 0.32), ("pdf", 0.18), ("txt", 0.2), ("md", 0.2), ("briefpack", 0.1)]
    plan = [kind for kind, share in shares for _ in range(int(count * share))]
    plan += ["txt"] * (count - len(plan))
    bomb = (
        b'{"format":"briefpack","schema_version":1,"pack":{"id":"x","title":"t","items":[],'
        b'"sources":[],"entries":[' + b",".join([b"{}"] * 3_000_000) + b"]}}"
    )
    named = [("briefpack", bomb, "bomb-3m-objects")]
    for n in range(3):
        named.append(("txt", text_input(random.Random(seed + n), large=True), f"large-text-{n}"))
        named.append(("md", markdown_input(random.Random(seed + 10 + n), large=True), f"large-md-{n}"))
    inputs: list[tuple[str, str]] = []
    makers = {
        "docx": docx_input,
        "pdf": pdf_input,
        "txt": text_input,
        "md": markdown_input,
        "briefpack": lambda r: briefpack_input(r, valid_pack),
    }
    for n, kind in enumerate(plan):
        path = folder / f"{n:05d}.{kind}"
        path.write_bytes(makers[kind](rng))
        inputs.append((kind, str(path)))
    for kind, data, name in named:
        path = folder / f"{name}.{kind}"
        path.write_bytes(data)
        inputs.append((kind, str(path)))
    return inputs


# -- reading them -------------------------------------------------------------------------------
WORKER = r"""
import json, resource, sys, time, traceback
resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
from app.core.errors import BriefpackError
from app.core.importing.readers import read_document
from app.core.importing.review import build_draft
from app.core.workspace import Workspace
ws = Workspace(sys.argv[1])
tagger = ws.imports.tagger()
print("ready", flush=True)
for line in sys.stdin:
    kind, path = json.loads(line)
    started = time.perf_counter()
    try:
        if kind == "briefpack":
            ws.packs.import_file(path, copy=True)
        else:
            build_draft(read_document(path), tagger)
        outcome, detail = "ok", ""
    except BriefpackError as exc:
        outcome, detail = "refused", exc.user_message[:200]
    except BaseException as exc:  # what the campaign is looking for
        outcome = "unhandled"
        detail = f"{type(exc).__name__}: {str(exc)[:200]} @ {traceback.extract_tb(exc.__traceback__)[-1]}"
    print(json.dumps([outcome, detail, round(time.perf_counter() - started, 3)]), flush=True)
""".replace("MEMORY", str(MEMORY_LIMIT))


class Reader:
    """One worker process; restarted after a hang or a crash."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFPACK_HOME": str(self.home)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(self.home)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        self.proc.stdout.readline()

    def read(self, kind: str, path: str, limit: float) -> tuple[str, str, float]:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        import selectors

        self.proc.stdin.write(json.dumps([kind, path]) + "\n")
        self.proc.stdin.flush()
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        started = time.monotonic()
        ready = selector.select(timeout=limit)
        selector.close()
        if not ready:
            self.stop()
            return "hang", f"still reading after {limit:.0f} s", time.monotonic() - started
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            return "unhandled", f"the reading process died (exit {code})", time.monotonic() - started
        outcome, detail, seconds = json.loads(line)
        return outcome, detail, seconds

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def run_fuzz(
    work: Path, count: int, seed: int, valid_pack: bytes, log=print, deadline: float = float("inf")
) -> dict:
    inputs = make_inputs(work / "inputs", count, seed, valid_pack)
    # the named cases first (the 3,000,000-object pack, the large texts), then the rest
    inputs = inputs[-7:] + inputs[:-7]
    reader = Reader(work / "reader-home")
    results: dict = {"inputs": len(inputs), "by_kind": {}, "unhandled": [], "hangs": [], "slowest": []}
    timings = []
    try:
        for n, (kind, path) in enumerate(inputs, 1):
            if time.monotonic() > deadline:
                results["inputs"] = n - 1
                break
            outcome, detail, seconds = reader.read(kind, path, TIME_LIMIT)
            counts = results["by_kind"].setdefault(kind, {"ok": 0, "refused": 0, "unhandled": 0, "hang": 0})
            counts[outcome] += 1
            timings.append((seconds, Path(path).name, outcome))
            if outcome == "unhandled":
                results["unhandled"].append({"input": path, "error": detail})
            elif outcome == "hang":
                results["hangs"].append({"input": path, "size": os.path.getsize(path)})
            if n % 500 == 0:
                log(f"  fuzz: {n}/{len(inputs)} read")
    finally:
        reader.stop()
    results["slowest"] = [
        {"input": name, "seconds": round(s, 2), "outcome": o}
        for s, name, o in sorted(timings, reverse=True)[:8]
    ]
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefpack-fuzz"))
    args = parser.parse_args()
    from reliability_campaign import valid_pack_bytes

    print(json.dumps(run_fuzz(args.work, args.count, args.seed, valid_pack_bytes(args.work)), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
