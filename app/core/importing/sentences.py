"""Sentences of a paragraph, and the sentences that state a finding worth quoting as a fact."""

from __future__ import annotations

import re

from app.core.importing.kinds import FUTURE_SELF, RECOMMEND_VERBS, SHOULD, is_imperative, opens_with

_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "para",
    "paras",
    "no",
    "nos",
    "vol",
    "art",
    "arts",
    "cf",
    "ibid",
    "op",
    "pp",
    "p",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "inc",
    "ltd",
    "co",
    "u.s",
    "u.k",
    "u.n",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "fig",
    "approx",
    "ch",
    "sect",
    "v",
    "vs",
    "al",
}


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


_FIGURE = re.compile(
    r"\d|\b(one|two|three|four|five|half|third|quarter|majority|minority|million|billion|"
    r"per cent|percent|doubled|tripled)\b",
    re.I,
)


_TREND = re.compile(
    r"\b(remains?|continues?|continued|persists?|increas\w*|ris(e|es|ing)|spiked|grow\w*|"
    r"worsen\w*|aggravat\w*|exacerbat\w*|fuel\w*|enabl\w*|lack\w*|limited|low|high|most|"
    r"often|accounts? for|make up|makes up|faces?|suffers?|at (\w+ )?risk|overlooked|"
    r"insufficient|failing|undermin\w*|hamper\w*|affect\w*|exposed|compounded)\b",
    re.I,
)


_PROBLEM = re.compile(
    r"\b(vulnerab\w*|risks?|exploit\w*|abuse|violence|victim\w*|impunity|trauma\w*|"
    r"smuggl\w*|discriminat\w*|inequalit\w*|poverty|crimes?|criminal\w*|challeng\w*|"
    r"gaps?|conflicts?|crises|crisis|disasters?|corruption|debt|desperation|punish\w*)\b",
    re.I,
)


_EVIDENCE = re.compile(
    r"\b(according to|data|reports?|reported|found|detected|identified|estimat\w*|"
    r"surveys?|stud(y|ies)|evidence|record|noted|review|globally|worldwide)\b",
    re.I,
)


_FIRST_PERSON = re.compile(r"\b(we|our|us|ICAT)\b(?!\s+(Toolkit|members))")


_HYPOTHETICAL = re.compile(r"\b(would|could)\b", re.I)


_ANAPHORA = re.compile(
    r"^(This|These|That|Those|Such|They|It|Its|Their|He|She|Them)\b|^[^.]{0,120}\b(this|these) "
    r"(trend|trends|situation|phenomenon|risk|risks|pattern|patterns|crime)\b"
)


_REFERENCE = re.compile(r"^(See|Cf\.|Ibid|Source|Available at|For more|For further|https?://)", re.I)


# What the law binds a party to is a fact worth quoting ("States parties ... are obligated to
# ensure ...", "the Protocol ... requires States to take into account ...").
_OBLIGATION = re.compile(r"\b(obligat\w*|obliges?|obliged|requires|prohibit\w*|entitled to)\b", re.I)


# A non-restrictive relative clause (", which need to be addressed ..."): a call made there is
# about the thing named, and does not turn the sentence's finding into a call.
_RELATIVE_CLAUSE = re.compile(r",\s+which\b[^,;]*")


# A sentence that qualifies the one before it rather than stating something of its own
# ("Though no cases could be directly attributed, ...").
_QUALIFIES = re.compile(r"^(Though|Although|Even though|Even so|Nevertheless|Nonetheless|Still|But)\b")


# A semicolon followed by a capitalised word ("...(GLOTIP 2022); According to ILO, ..."): the
# note runs two findings together, each with its own attribution.
_RUN_ON = re.compile(r";\s+(?=[A-Z][a-z])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph, abbreviations respected."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip('"”’)]')
        last_word = re.findall(r"([A-Za-z][A-Za-z.]*)\.$", before)
        if last_word and last_word[-1].lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if re.search(r"\b[A-Z]\.$", before) and not re.search(r"\b[A-Z]{2,}\.$", before):
            continue  # an initial: "Maria G. Giammarinaro"
        spans.append((start, _trim_end(text, start, match.end())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def fact_score(sentence: str) -> int:
    """How strongly a sentence reads as a quotable finding; 0 for calls, references, announcements."""
    stripped = sentence.strip()
    words = stripped.split()
    if len(words) < 6 or len(words) > 130 or _REFERENCE.match(stripped) or stripped.endswith((":", "?")):
        return 0
    main = _RELATIVE_CLAUSE.sub("", stripped)
    if SHOULD.search(main) or FUTURE_SELF.search(stripped) or _HYPOTHETICAL.search(stripped):
        return 0
    if _FIRST_PERSON.search(stripped) or opens_with(stripped, RECOMMEND_VERBS):
        return 0
    if is_imperative(stripped):
        return 0
    if re.search(
        r"\b(this submission|this report|this paper|the present report|the following|below|"
        r"this document|the above|this section)\b",
        stripped,
        re.I,
    ):
        return 0
    score = 2 if _FIGURE.search(stripped) else 0
    score += 1 if _TREND.search(stripped) else 0
    score += 1 if _PROBLEM.search(stripped) else 0
    score += 1 if _EVIDENCE.search(stripped) else 0
    score += 1 if _OBLIGATION.search(stripped) else 0
    return score


def is_fact_sentence(sentence: str) -> bool:
    """A sentence that states a finding or a figure worth quoting (not a call, not a reference)."""
    return fact_score(sentence) >= 2


def is_anaphoric(sentence: str) -> bool:
    return bool(_ANAPHORA.match(sentence.strip()))


def qualifies_previous(sentence: str) -> bool:
    """A sentence that qualifies the finding before it and says nothing quotable of its own."""
    stripped = sentence.strip()
    return bool(_QUALIFIES.match(stripped)) and not is_fact_sentence(stripped) and not SHOULD.search(stripped)


def run_on_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut where a semicolon joins two findings that each stand as a sentence
    ("Children account for 35% ... (GLOTIP 2022); According to ILO, 3.3 million ...")."""
    parts: list[tuple[int, int]] = []
    begin = start
    for match in _RUN_ON.finditer(text, start, end):
        head = text[begin : match.start()]
        tail = text[match.end() : end]
        if is_fact_sentence(head) and is_fact_sentence(tail):
            parts.append((begin, match.start()))
            begin = match.end()
    parts.append((begin, end))
    return parts
