"""Source metadata read off a document: title, issuer, date, UN symbol, URL, type, language."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter

from app.core.importing.draft import HEADING, ReadDocument, SourceDraft
from app.core.importing.markers import is_all_caps
from app.core.text import fold

_MONTHS = {
    m.lower(): n
    for n, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH},?\s*((?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),\s*((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
SYMBOL = re.compile(
    r"\b(?:A/HRC|A/CONF\.\d+|A/C\.\d|A|S|E/CN\.\d+|E|CEDAW/C|CRC/C|CCPR/C|CTOC/COP|HRC|UNW|ECE|"
    r"CERD/C|CMW/C|E/ESCAP|E/ECA)(?:/(?:RES|DEC|PRST|INF|WG\.\d+))?/\d+(?:\.\d+)?"
    r"(?:/(?:L\.\d+|\d+(?:\.\d+)?|RES/\d+))*(?:/(?:Add|Corr|Rev)\.\d+)*\b"
)
_DRAFT_LINE = re.compile(r":\*{0,2}\s*(?:revised\s+)?draft (?:resolution|decision)\b", re.I)
_SESSION = re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session)\b")
_AGENDA = re.compile(r"\bAgenda items? (\d+(?:\s*\([a-z]\))?(?:(?:,| and) \d+(?:\s*\([a-z]\))?)*)\s*(.*)$")
_COMMITTEES = {
    "A/C.1": "First Committee",
    "A/C.2": "Second Committee",
    "A/C.3": "Third Committee",
    "A/C.4": "Fourth Committee",
    "A/C.5": "Fifth Committee",
    "A/C.6": "Sixth Committee",
}
_URL = re.compile(r"https?://[^\s)\]>\"]+")
_RESOLUTION_NUMBER = re.compile(r"^(\d{1,3}/\d{1,4})\.\s+(\S.*)$")
_NOT_TITLE = re.compile(
    r"^(united nations|general assembly|security council|human rights council|distr\b|"
    r"original:|agenda item|[a-z-]+ session|resolution adopted|\[on the report|page \d|"
    r"economic and social council|advance unedited|check against delivery)",
    re.I,
)
_ICAT = re.compile(r"inter-?agency coordination group against trafficking in persons", re.I)
_TYPES = (
    (re.compile(r"\bresolution adopted by\b|/RES/", re.I), "resolution"),
    (re.compile(r"\breport of the\b|\breport on\b", re.I), "report"),
    (re.compile(r"\b(plan of action|action plan)\b", re.I), "plan of action"),
    (re.compile(r"\bjoint statement\b|\bstatement\b", re.I), "statement"),
    (re.compile(r"\bcall (for|to) (accelerated )?action\b", re.I), "call to action"),
    (re.compile(r"\bsubmission\b|\bcontribution to\b", re.I), "submission"),
    (re.compile(r"\bdeclaration\b", re.I), "declaration"),
    (re.compile(r"\bguidelines?\b", re.I), "guidelines"),
)
_SMALL = set(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "against",
        "from",
        "into",
    ]
)


def find_dates(text: str) -> list[tuple[str, str]]:
    """("2023-11-08", "day") etc. for every date printed in the text, in order."""
    found: list[tuple[int, str, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), match.group(2), match.group(1)), "day"))
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), match.group(1), match.group(2)), "day"))
    for match in _ISO.finditer(text):
        found.append((match.start(), _iso(match.group(1), int(match.group(2)), match.group(3)), "day"))
    covered = {pos for pos, _, _ in found}
    for match in _MONTH_YEAR.finditer(text):
        if not any(abs(match.start() - pos) <= 3 for pos in covered):
            found.append((match.start(), f"{match.group(2)}-{_MONTHS[match.group(1).lower()]:02d}", "month"))
    found.sort()
    return [(iso, precision) for _, iso, precision in found if iso]


def _iso(year: str, month: str | int, day: str) -> str:
    number = month if isinstance(month, int) else _MONTHS[month.lower()]
    try:
        return _dt.date(int(year), int(number), int(day)).isoformat()
    except ValueError:
        return ""


def _title_case(text: str, body: str) -> str:
    """An all-capitals title in title case, keeping acronyms the body also prints in capitals."""
    words = []
    acronyms = set(re.findall(r"\b[A-Z]{2,}\b", body))
    for n, word in enumerate(text.split()):
        bare = re.sub(r"\W", "", word)
        if bare in acronyms:
            words.append(word)
        elif n and word.lower() in _SMALL:
            words.append(word.lower())
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


def _language(text: str) -> str:
    words = Counter(re.findall(r"[a-zà-ÿ]+", fold(text[:20000])))
    scores = {
        "en": sum(words[w] for w in ("the", "and", "of", "to", "in", "is")),
        "fr": sum(words[w] for w in ("le", "la", "les", "des", "et", "est", "du")),
        "es": sum(words[w] for w in ("el", "los", "las", "del", "y", "que", "por")),
    }
    return max(scores, key=lambda k: scores[k]) if any(scores.values()) else "en"


def read_metadata(document: ReadDocument) -> SourceDraft:
    """Prefill the source's citation facts from what the document prints."""
    blocks = list(document.blocks)
    head_blocks = blocks[:14]
    head = "\n".join(b.text for b in head_blocks)
    furniture = "\n".join(document.furniture)
    body = "\n".join(b.text for b in blocks)
    found: list[str] = []

    outside = re.sub(r"\([^()]*\)|\[[^\]]*\]", "", head)
    symbols = Counter(SYMBOL.findall(furniture)) or Counter(SYMBOL.findall(outside))
    ranked = sorted(symbols.items(), key=lambda kv: ("/RES/" not in kv[0], -kv[1]))
    symbol = ranked[0][0] if ranked else ""

    title = ""
    for n, block in enumerate(head_blocks):
        match = _RESOLUTION_NUMBER.match(block.text)
        if match:
            title = match.group(2).strip().rstrip(";")
            break
        if _DRAFT_LINE.search(block.text) and n + 1 < len(head_blocks):
            # "Italy and Turkmenistan: draft resolution", then the title
            title = head_blocks[n + 1].text.strip()
            break
    if not title:
        heading_run: list[str] = []
        for block in head_blocks[:8]:
            text = block.text.strip()
            if (
                block.kind != HEADING
                or _NOT_TITLE.match(text)
                or re.match(r"^\d{2}-\d{5}\b", text)
                or (find_dates(text) and len(text) < 40)
                or SYMBOL.fullmatch(text)
                or (_ICAT.search(text) and len(text) < 70)
            ):
                if heading_run:
                    break
                continue
            heading_run.append(text)
            if not is_all_caps(text):
                break
        title = " ".join(heading_run)
    prop_title = str(document.properties.get("title") or "").strip()
    if not title and prop_title:
        title = prop_title
    if title and is_all_caps(title):
        title = _title_case(title, body)
    if title:
        found.append("title")

    dates = find_dates(re.sub(r"\s+", " ", head)) + find_dates(furniture)
    adopted = re.search(r"adopted by the [\w ]+? on (\d{1,2} \w+ \d{4})", " ".join(head.split()))
    if adopted:
        dates = find_dates(adopted.group(1)) + dates
    date = ""
    if dates:
        days = [d for d in dates if d[1] == "day"]
        date = (days or dates)[0][0]
        found.append("date")
    elif document.properties.get("created"):
        date = str(document.properties["created"])[:10]

    issuer = ""
    committee = next((name for prefix, name in _COMMITTEES.items() if symbol.startswith(prefix + "/")), "")
    if committee:
        issuer = f"United Nations General Assembly, {committee}"
    elif symbol.startswith("A/HRC"):
        issuer = "Human Rights Council"
    elif symbol.startswith("A/"):
        issuer = "United Nations General Assembly"
    elif symbol.startswith("S/"):
        issuer = "United Nations Security Council"
    elif symbol.startswith("E/"):
        issuer = "Economic and Social Council"
    elif _ICAT.search(head):
        issuer = "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)"
    elif document.properties.get("author"):
        issuer = str(document.properties["author"]).strip()
    if re.search(r"\breport of the special rapporteur\b", head, re.I):
        issuer = (
            "Special Rapporteur on trafficking in persons, especially women and children"
            if re.search(r"trafficking in persons", head, re.I)
            else issuer
        )
    if issuer:
        found.append("issuer")

    kind = ""
    first = "\n".join(b.text for b in head_blocks[:4])
    for pattern, name in _TYPES:
        if pattern.search(title) or pattern.search(symbol) or pattern.search(first):
            kind = name
            break
    urls = _URL.findall(head) + _URL.findall(furniture)
    url = urls[0].rstrip(".,;") if urls else ""
    if symbol:
        found.append("symbol")
    short = symbol or _short_title(title, date)
    context = _context(head_blocks)
    if context:
        found.append("context")
    return SourceDraft(
        title=title,
        short_title=short,
        issuer=issuer,
        date=date,
        symbol=symbol,
        url=url,
        type=kind or "document",
        language=_language(body),
        context=context,
        found=tuple(found),
    )


def _short_title(title: str, date: str) -> str:
    words = title.split()
    short = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return f"{short} {date[:4]}".strip() if date else short


def _context(blocks: list) -> str:
    """ "Seventy-ninth session, agenda item 27: Advancement of women", from a UN document's heading."""
    session = agenda = None
    for block in blocks:
        flat = " ".join(block.text.split())
        session = session or _SESSION.search(flat)
        agenda = agenda or _AGENDA.search(flat)
    parts = [session.group(1)] if session else []
    if agenda:
        subject = re.split(r"\s+Resolution adopted\b|\s+\[", agenda.group(2))[0].strip(" .")[:160]
        parts.append(f"agenda item {agenda.group(1)}" + (f": {subject}" if subject else ""))
    return ", ".join(parts)
