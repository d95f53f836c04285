"""The campaign's edge cases (issue "trust at the edges"): repairs on a read-only folder and a full
disk, quarantine names, export file names, scripts in PDF, markup from pack files, the offline suite.

Used by scripts/reliability_campaign.py. Each part runs cases until its count or its deadline
(time.monotonic()) is reached, and returns {"cases": n, "failures": k, "examples": [...]} with
what it checked; a part that cannot run here says so in "skipped".
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# an unescaped tag in Markdown (the writer's own anchors and autolinks aside)
RAW_HTML = re.compile(r"(?<!\\)<(?!a id=\"h-|/a>|https://|http://|mailto:)[a-z/!?]", re.I)
WEB = ("http://", "https://", "mailto:")
DEVICES = ["CON", "con", "PRN", "AUX", "NUL", "nul.txt", "aux.txt", "COM1", "LPT9", "com0"]


def _result(cases: int, failures: list[str], **more) -> dict:
    return {"cases": cases, "failures": len(failures), "examples": failures[:8], **more}


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True
    )
    return probe.returncode == 0


# -- repair on a read-only folder and on a full disk ------------------------------------------
DAMAGE = [b'{"packs": {"1": {"id": ', b"", b"\x00" * 300, b'{"packs": 42}', b"[]", b"\xff\xfe garbage"]


def run_hard_disks(work: Path, rounds: int, deadline: float, log=print) -> dict:
    """A damaged packs.json on a read-only bind mount and on a full tmpfs, each started twice:
    the command line must answer (exit 0, no traceback), say the folder is read-only, and leave
    the damaged file as it was with no copy added."""
    if not namespaces_work():
        return {**_result(0, []), "skipped": "no private mount namespace here (unshare -rm)"}
    from reliability_campaign import build_home

    template = work / "disks-template"
    build_home(template)
    failures: list[str] = []
    starts = 0
    for n in range(rounds):
        if time.monotonic() > deadline:
            break
        damage = DAMAGE[n % len(DAMAGE)]
        for kind in ("read-only", "full"):
            case = work / "disks" / f"{n:03d}-{kind}"
            disk = case / "disk"
            disk.mkdir(parents=True)
            home = disk / "home"
            (case / "damage").write_bytes(damage)
            if kind == "read-only":
                shutil.copytree(template, home)
                (home / "store" / "packs.json").write_bytes(damage)
                setup = f"mount --bind -o ro {_quote(str(home))} {_quote(str(home))}"
            else:
                setup = (
                    f"mount -t tmpfs -o size=4m tmpfs {_quote(str(disk))} && "
                    f"cp -a {_quote(str(template))} {_quote(str(home))} && "
                    f"cp {case}/damage {_quote(str(home / 'store' / 'packs.json'))}; "
                    f"(head -c 100000000 /dev/zero > {_quote(str(disk))}/filler 2>/dev/null; "
                    f"truncate -s -300K {_quote(str(disk))}/filler)"
                )
            cli = f"{_quote(sys.executable)} -m app.cli --home {_quote(str(home))}"
            listing = (
                f"{_quote(sys.executable)} -c 'import pathlib,sys; s=pathlib.Path(sys.argv[1]); "
                f'print(sorted(p.name for p in s.rglob("*")))\' {_quote(str(home / "store"))}'
            )
            script = (
                f"{setup}\n{listing} > {case}/before\n"
                f"for n in 1 2; do {cli} pack list > {case}/out.$n 2> {case}/err.$n; "
                f"echo $? > {case}/rc.$n; "
                f"done\n{listing} > {case}/after\n"
                f"cat {_quote(str(home / 'store' / 'packs.json'))} > {case}/packs.json"
            )
            env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
            subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, timeout=300, capture_output=True)
            for start in (1, 2):
                starts += 1
                err = (case / f"err.{start}").read_text(errors="replace")
                code = (case / f"rc.{start}").read_text().strip()
                if code != "0" or "Traceback" in err or "read-only" not in err:
                    failures.append(f"{kind} {damage[:12]!r} start {start}: exit {code}, {err[-200:]!r}")
            if (case / "packs.json").read_bytes() != damage:
                failures.append(f"{kind} {damage[:12]!r}: the damaged packs.json was changed")
            if (case / "before").read_text() != (case / "after").read_text():
                failures.append(f"{kind} {damage[:12]!r}: files added or removed in the store")
            shutil.rmtree(case, ignore_errors=True)
    log(f"  read-only and full disks: {starts} starts, {len(failures)} failures")
    return _result(starts, failures)


# -- quarantine names ------------------------------------------------------------------------------
def run_quarantine_names(work: Path, repairs: int, deadline: float, log=print) -> dict:
    """Repairs of the same file in quick succession (many within one second): each must leave
    its own set-aside copy, none overwritten."""
    from reliability_campaign import build_home

    from app.core.workspace import Workspace

    home = work / "quarantine-home"
    build_home(home)
    store = home / "store"
    good = (store / "packs.json").read_bytes()
    done, records = 0, 0
    started = time.monotonic()
    logging.disable(logging.CRITICAL)  # each repair is logged: thousands of lines
    for n in range(repairs):
        if time.monotonic() > deadline:
            break
        if n % 2:  # a file that does not parse: renamed aside
            (store / "packs.json").write_bytes(b'{"packs": ' + str(n).encode())
        else:  # a record of the wrong shape: set aside in store/quarantine/
            data = json.loads(good)
            table = data["packs"]
            table[sorted(table)[0]] = [n, "wrong shape"]
            (store / "packs.json").write_text(json.dumps(data))
            records += 1
        ws = Workspace(home)
        ws.packs.summaries()
        ws.close()
        done += 1
    logging.disable(logging.NOTSET)
    seconds = time.monotonic() - started
    corrupt = list(store.glob("packs.json.corrupt-*"))
    quarantined = list((store / "quarantine").glob("*")) if (store / "quarantine").is_dir() else []
    failures = []
    renamed_lost = (done - records) - len(corrupt)
    records_lost = records - len(quarantined)
    failures += ["a renamed copy overwritten"] * max(renamed_lost, 0)
    failures += ["a quarantined record overwritten"] * max(records_lost, 0)
    log(f"  quarantine names: {done} repairs in {seconds:.1f} s, {len(failures)} copies lost")
    return _result(done, failures, per_second=round(done / max(seconds, 0.001), 1))


# -- export file names -------------------------------------------------------------------------------
def _title(rng: random.Random) -> str:
    pieces = [
        "😀",
        "👩‍👩‍👧‍👦",
        "🇺🇳",
        "儿童保护",
        "बाल तस्करी",
        "ადამიანი",
        "שלום",
        "حماية",
        "é",
        "a",
        " ",
        ".",
        "/",
        "\\",
        ":",
        "*",
        "?",
        '"',
        "<",
        ">",
        "|",
        "\x00",
        "\t",
        "\u202e",
        "\u200d",
        "\ufe0f",
    ]
    way = rng.choice(["device", "pieces", "long", "dots"])
    if way == "device":
        return rng.choice(DEVICES) + rng.choice(["", ".", " ", "  .", ".docx"])
    if way == "long":
        return rng.choice(pieces[:9]) * rng.randint(40, 200)
    if way == "dots":
        tail = rng.choice([".", " ", ". .", "...."]) * rng.randint(1, 5)
        return rng.choice(["Brief", "CON", "...", " "]) + tail
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))


def run_names(work: Path, count: int, seed: int, deadline: float, log=print) -> dict:
    """Titles of emoji, CJK, Devanagari, device names, separators and trailing dots: the file name
    fits 150 bytes of UTF-8 and UTF-16, no device name or trailing dot or space is kept, and
    the export writes its files (every tenth to Word and PDF as well, the rest to Markdown)."""
    from app.core.brief import MAX_TITLE_CHARS
    from app.core.compose import BriefSpec
    from app.core.errors import BriefpackError
    from app.core.export import file_stem
    from app.core.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace(work / "names-home")
    items = [i.id for i in list(ws.library)[:2]]
    failures: list[str] = []
    done = refused = 0
    for n in range(count):
        if time.monotonic() > deadline:
            break
        title = _title(rng)
        out = work / "names" / f"{n:04d}"
        out.mkdir(parents=True)
        formats = ["docx", "pdf", "md"] if n % 10 == 0 else ["md"]
        try:
            stem = file_stem(title)
            spec = BriefSpec.make(title=title, entries=tuple((i, "") for i in items))
            files = ws.exports.export_brief(spec, formats, out)
            names = [p.name for p in files]
        except BriefpackError as exc:  # a title of spaces, dots and controls: "The brief needs a title"
            too_long = len(title.strip()) > MAX_TITLE_CHARS and "at most" in exc.user_message
            if "title" not in exc.user_message or (any(ch.isalnum() for ch in title) and not too_long):
                failures.append(f"{title[:40]!r}: refused: {exc.user_message}")
            refused += 1
            done += 1
            shutil.rmtree(out)
            continue
        except Exception as exc:  # what this part counts
            failures.append(f"{title[:40]!r}: {type(exc).__name__}: {exc}")
            done += 1
            continue
        problem = ""
        if not (0 < len(stem.encode("utf-8")) <= 150 and len(stem.encode("utf-16-le")) <= 150):
            problem = f"stem of {len(stem.encode())} bytes"
        elif stem.rstrip(". ") != stem or re.search(r'[<>:"/\\|?*\x00-\x1f]', stem):
            problem = f"stem {stem!r}"
        elif stem.split(".")[0].upper() in {d.split(".")[0].upper() for d in DEVICES}:
            problem = f"device name kept: {stem!r}"
        elif sorted(p.name for p in out.iterdir()) != sorted(names):
            problem = f"files {sorted(p.name for p in out.iterdir())} for {names}"
        if problem:
            failures.append(f"{title[:40]!r}: {problem}")
        shutil.rmtree(out)
        done += 1
    ws.close()
    log(
        f"  export file names: {done} titles ({refused} refused: no letter, or over the title limit), "
        f"{len(failures)} failures"
    )
    return _result(done, failures, refused=refused)


# -- scripts in PDF ----------------------------------------------------------------------------------
def _visible_bmp() -> list[str]:
    invisible = re.compile("[\u200d\ufe0e\ufe0f]")
    return [
        chr(c)
        for c in range(0x21, 0x10000)
        if unicodedata.category(chr(c))[0] in "LMNPS" and not invisible.match(chr(c))
    ]


def run_pdf_scripts(work: Path, count: int, seed: int, deadline: float, log=print) -> dict:
    """Random text from every visible character of the Basic Multilingual Plane, with emoji and
    other characters above U+FFFF, in a title, a quote and a note: every BMP character must come
    back from the PDF's text (as typed, or its compatibility form: shaped Arabic), and every
    character above U+FFFF must be printed by name or plain form and reported."""
    from pypdf import PdfReader

    from app.core.compose import BriefSpec
    from app.core.workspace import Workspace

    rng = random.Random(seed)
    pool = _visible_bmp()
    astral = ["😀", "🧭", "👩", "𝐀", "𠀀", "🇺", "𓀀"]
    ws = Workspace(work / "scripts-home")
    failures: list[str] = []
    checked = done = 0
    for n in range(count):
        if time.monotonic() > deadline:
            break
        words = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(40)]
        extra = rng.choice(astral)
        text = " ".join(words[:30]) + f" {extra}"
        ws.edits.add_source(
            {"id": f"s{n}", "title": f"S{n}", "text": text},
            [{"id": f"i{n}", "text": text, "locator": "p1", "themes": ["children"]}],
        )
        out = work / "scripts" / f"{n:04d}"
        out.mkdir(parents=True)
        try:
            files = ws.exports.export_brief(
                BriefSpec.make(title=" ".join(words[30:35]), entries=((f"i{n}", " ".join(words[35:])),)),
                ["pdf"],
                out,
            )
            extracted = "".join(page.extract_text() or "" for page in PdfReader(str(files[0])).pages)
        except Exception as exc:  # what this part counts
            failures.append(f"case {n}: {type(exc).__name__}: {exc}")
            done += 1
            continue
        got = set(unicodedata.normalize("NFKC", extracted)) | set(extracted)
        # text is stored in NFC: a few compatibility ideographs become characters above U+FFFF
        typed = {ch for ch in unicodedata.normalize("NFC", "".join(words)) if ord(ch) <= 0xFFFF}
        lost = sorted(
            ch for ch in typed if ch not in got and not set(unicodedata.normalize("NFKC", ch)) <= got
        )
        checked += len(typed)
        if lost:
            failures.append(f"case {n}: {len(lost)} lost: " + " ".join(f"U+{ord(c):04X}" for c in lost[:6]))
        plain = unicodedata.normalize("NFKC", extra) != extra  # printed as its plain form, not named
        if not plain and not any("shown by name" in p for p in files.problems):
            failures.append(f"case {n}: {extra!r} not reported")
        shutil.rmtree(out)
        done += 1
    ws.close()
    log(f"  scripts in PDF: {done} PDFs, {checked} characters, {len(failures)} failures")
    return _result(done, failures, characters=checked)


# -- markup from pack files ---------------------------------------------------------------------------
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "javascript:alert(1)",
    "file:///etc/passwd",
    r"\\server\share\doc",
    "data:text/html,<b>x</b>",
    "<javascript:alert(1)>",
    "<!-- x -->",
    "![p](http://example.org/p.png)",
    "**bold** _em_ `code`",
    'https://example.org/a"><img src=x>',
    "vbscript:x",
    "<a href='javascript:x'>a</a>",
    "&lt;b&gt;",
]


def run_injection(work: Path, count: int, seed: int, valid_pack: bytes, deadline: float, log=print) -> dict:
    """Pack files whose title, notes, key messages and source URLs carry markup and links of any
    scheme, imported and built: no raw HTML in the Markdown (file and preview), and only http,
    https and mailto links in the Word file and the PDF."""
    from pypdf import PdfReader

    from app.core.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace(work / "injection-home")
    failures: list[str] = []
    done = 0
    for n in range(count):
        if time.monotonic() > deadline:
            break
        data = json.loads(valid_pack)
        pack = data["pack"]
        pack["title"] = rng.choice(HOSTILE) + f" {n}"
        pack["key_messages"] = [rng.choice(HOSTILE)]
        for entry in pack["entries"][:5]:
            entry["note"] = rng.choice(HOSTILE)
        # a source and an item the library does not have: the pack file's own copies are used
        source = {
            **pack["sources"][0],
            "id": f"hostile-{n}",
            "title": rng.choice(HOSTILE),
            "url": rng.choice(HOSTILE),
            "origin": "user",
        }
        item = {
            **pack["items"][0],
            "id": f"hostile-{n}-1",
            "source_id": source["id"],
            "origin": "user",
            "text": rng.choice(HOSTILE) + " States should act.",
            "locator": rng.choice(HOSTILE),
        }
        pack["sources"].append(source)
        pack["items"].append(item)
        pack["entries"].append(
            {**pack["entries"][0], "item_id": item["id"], "note": rng.choice(HOSTILE), "embedded": True}
        )
        path = work / "injection" / f"{n:04d}.briefpack"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data))
        out = work / "injection" / f"{n:04d}"
        out.mkdir()
        try:
            imported = ws.packs.import_file(path, copy=True)
            built = ws.packs.build(imported.pack.id, ["md", "docx", "pdf"], out)
            paths = list(built.paths)
            md = next(p for p in paths if p.suffix == ".md").read_text()
            preview = ws.exports.preview_markdown(ws.packs.spec(imported.pack))  # what the window shows
            with zipfile.ZipFile(next(p for p in paths if p.suffix == ".docx")) as archive:
                rels = " ".join(
                    archive.read(name).decode() for name in archive.namelist() if name.endswith(".rels")
                )
            links = re.findall(r'<Relationship [^>]*TargetMode="External"[^>]*>', rels)
            targets = [re.search(r' Target="([^"]*)"', link) for link in links]
            uris = [
                str(a.get_object()["/A"].get("/URI", ""))
                for page in PdfReader(str(next(p for p in paths if p.suffix == ".pdf"))).pages
                for a in page.get("/Annots", []) or []
                if "/A" in a.get_object()
            ]
        except Exception as exc:  # what this part counts
            failures.append(f"case {n}: {type(exc).__name__}: {str(exc)[:200]}")
            done += 1
            continue
        for where, text in (("md", md), ("preview", preview)):
            if RAW_HTML.search(text):
                failures.append(f"case {n}: raw HTML in {where}: {RAW_HTML.search(text).group(0)!r}")
        bad = [t.group(1) for t in targets if t and not t.group(1).replace("&amp;", "&").startswith(WEB)]
        bad += [u for u in uris if u and not u.startswith(WEB)]
        if bad:
            failures.append(f"case {n}: links {bad[:3]}")
        shutil.rmtree(out)
        done += 1
    ws.close()
    log(f"  markup from pack files: {done} pack files, {len(failures)} failures")
    return _result(done, failures)


# -- the offline test suite -----------------------------------------------------------------------
def run_offline_suite(work: Path, tests: list[str], deadline: float, log=print) -> dict:
    """The given test files (the whole suite by default) with no network at all (unshare -n):
    every test passes or is skipped with its reason; none fails."""
    if not (shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"]).returncode == 0):
        return {**_result(0, []), "skipped": "unshare -n is not available here"}
    report = work / "offline.xml"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("BRIEFPACK_HOME", "PYTHONPATH"):  # the wheel test checks the app outside the checkout
        env.pop(name, None)
    timeout = None if deadline == float("inf") else max(30.0, deadline - time.monotonic())
    try:
        subprocess.run(
            [
                "unshare",
                "-n",
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={report}",
                *tests,
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {**_result(0, ["the offline run did not finish in its share of the budget"])}
    text = report.read_text()
    suite = re.search(r"<testsuite [^>]*", text)
    counts = {k: int(v) for k, v in re.findall(r'(tests|failures|errors|skipped)="(\d+)"', suite.group(0))}
    failed = re.findall(r'<testcase [^>]*name="([^"]*)"[^>]*>\s*<(?:failure|error)', text)
    log(
        f"  offline suite: {counts['tests']} tests, {counts['failures'] + counts['errors']} failed, "
        f"{counts['skipped']} skipped"
    )
    return _result(
        counts["tests"],
        failed or ["?"] * (counts["failures"] + counts["errors"]),
        skipped_tests=counts["skipped"],
        files=tests,
    )
