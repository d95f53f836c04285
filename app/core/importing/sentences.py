"""Sentences and the verbs that decide an item's kind: recommendation, commitment or fact."""

from __future__ import annotations

import re

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

# Operative verbs of resolutions and recommendations, third person, as they open a paragraph.
RECOMMEND_VERBS = (
    "calls upon",
    "calls on",
    "urges",
    "recommends",
    "encourages",
    "invites",
    "requests",
    "appeals",
    "demands",
    "exhorts",
    "stresses the need",
    "stresses the importance",
    "emphasizes the need",
    "emphasizes the importance",
    "underlines the need",
    "underlines the importance",
    "strongly encourages",
    "further encourages",
    "also encourages",
    "also urges",
    "further urges",
    "also calls upon",
    "further calls upon",
    "also invites",
    "further invites",
    "also requests",
    "further requests",
    "also recommends",
    "further recommends",
    "reiterates its call",
    "strongly urges",
    "calls for",
    "stresses",
    "emphasizes",
    "underlines",
    "underscores",
)
COMMIT_VERBS = (
    "decides",
    "resolves",
    "commits",
    "pledges",
    "undertakes",
    "agrees",
    "will",
    "commit",
    "we commit",
    "we will",
    "we pledge",
    "we undertake",
    "we resolve",
    "also decides",
    "further decides",
)
STATEMENT_VERBS = (
    "reaffirms",
    "reiterates",
    "recognizes",
    "recognises",
    "welcomes",
    "notes",
    "takes note",
    "acknowledges",
    "condemns",
    "strongly condemns",
    "expresses",
    "affirms",
    "recalls",
    "commends",
    "appreciates",
    "is concerned",
    "is deeply concerned",
    "deplores",
    "regrets",
    "considers",
    "believes",
    "observes",
)
# Preambular paragraphs of resolutions open with a participle or an adjective of attitude.
PREAMBULAR_OPENINGS = re.compile(
    r"^(?:[A-Z][a-z]+ing|Deeply|Gravely|Seriously|Bearing in mind|Mindful|Aware|Conscious|Convinced|"
    r"Concerned|Alarmed|Guided|Determined|Having|Desirous|Cognizant|Fully|Taking note|Taking into account|"
    r"Noting|Recalling|Reaffirming|Recognizing|Recognising|Welcoming|Acknowledging|Emphasizing|Stressing|"
    r"Underlining|Expressing|Encouraged|Appreciating|Reiterating|Affirming|Considering|Further|Also)\b"
)
_SHOULD = re.compile(
    r"\b(should|must|shall|need to|needs to|ought to|is needed|are needed|is required|"
    r"are required|is essential|is crucial|is vital|is critical|is paramount|is important|"
    r"it is crucial|it is essential|it is vital|it is important)\b",
    re.I,
)
_MODAL_CALL = re.compile(r"\b(should|must|shall|need to|ought to)\b", re.I)
_ACTORS = re.compile(
    r"\b(States?|Member States|Governments?|parties|stakeholders|businesses|companies|"
    r"authorities|the international community|donors|all actors|everyone|all)\b"
)
# What the issuing body itself will do: "ICAT will ...", "We will ...", "Support will be given".
_FUTURE_SELF = re.compile(
    r"\b(ICAT|[Ww]e|[Tt]he Group|[Tt]he Organization|[Tt]he Secretariat|[Tt]he Office|"
    r"[Oo]ur|[Tt]he Council|[Tt]he Commission)\b[^.;:]{0,80}?\bwill\b|\bwill be\b"
)
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


_ADVERBS = re.compile(
    r"^(?:(?:also|further|furthermore|strongly|again|once again|therefore|hereby|"
    r"accordingly|moreover),?\s+)+"
)


def opens_with(text: str, phrases: tuple[str, ...]) -> str:
    """The operative phrase a paragraph opens with after its actor ("ICAT also calls on" -> "calls on")."""
    low = text.lower().lstrip()
    head = re.sub(
        r"^(the [a-z -]{2,60}?|[a-z]{2,12}|we|icat|it|they)\s+(?=((also|further|strongly) )?"
        r"[a-z]+s\b|will\b|commit)",
        "",
        low,
        count=1,
    )
    for candidate in (low, _ADVERBS.sub("", low), head, _ADVERBS.sub("", head)):
        for phrase in phrases:
            if (
                candidate.startswith(phrase + " ")
                or candidate.startswith(phrase + ",")
                or candidate == phrase
            ):
                return phrase
    return ""


def is_preambular(text: str) -> bool:
    """A resolution's preambular paragraph: opens with a participle, ends with a comma."""
    stripped = text.rstrip()
    return (
        bool(PREAMBULAR_OPENINGS.match(stripped))
        and stripped.endswith((",", ";")) is True
        and stripped.endswith(",")
    )


def guess_kind(text: str, lead_in: str = "", default: str = "recommendation") -> tuple[str, float]:
    """The kind of an item from its verbs and its lead-in, with a confidence."""
    first = text.strip()
    if is_commitment(first[:200]):
        return "commitment", 0.8
    if opens_with(first, RECOMMEND_VERBS):
        return "recommendation", 0.9
    if opens_with(first, STATEMENT_VERBS):
        return "fact", 0.6
    if lead_in:
        lead = lead_in.lower()
        if re.search(r"\b(facts?|attention to|notes? that|concern)\b", lead) and not _SHOULD.search(first):
            return "fact", 0.6
        if opens_with(lead_in, COMMIT_VERBS) or _FUTURE_SELF.search(lead_in):
            return "commitment", 0.75
        return "recommendation", 0.85
    if _SHOULD.search(first) or is_imperative(first):
        return "recommendation", 0.7
    return default, 0.4


_NOT_VERBS = {
    "the",
    "a",
    "an",
    "all",
    "any",
    "each",
    "every",
    "this",
    "these",
    "that",
    "those",
    "such",
    "children",
    "states",
    "member",
    "women",
    "girls",
    "victims",
    "trafficking",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "national",
    "international",
    "gender",
    "child",
    "there",
    "it",
    "we",
    "they",
    "data",
    "while",
    "when",
    "although",
    "as",
    "if",
    "to",
    "of",
    "some",
    "many",
    "most",
    "more",
    "new",
    "both",
    "either",
    "one",
    "two",
}


def is_imperative(text: str) -> bool:
    """A bullet that opens with a verb in the base form ("Develop ...", "Ensure ...")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text[:60])
    if not words:
        return False
    first = words[0]
    low = first.lower()
    if low in _NOT_VERBS or not first[0].isupper() or first.isupper():
        return False
    after = text[len(first) : len(first) + 1]
    if after == "," or (low.endswith("ly") and low not in ("apply", "supply", "rely", "comply", "multiply")):
        return False
    return not low.endswith(("ing", "ed", "ion", "ity", "ness", "ies", "ment")) and not (
        low.endswith("s") and not low.endswith("ss")
    )


def fact_score(sentence: str) -> int:
    """How strongly a sentence reads as a quotable finding; 0 for calls, references, announcements."""
    stripped = sentence.strip()
    words = stripped.split()
    if len(words) < 6 or len(words) > 130 or _REFERENCE.match(stripped) or stripped.endswith((":", "?")):
        return 0
    if _SHOULD.search(stripped) or _FUTURE_SELF.search(stripped) or _HYPOTHETICAL.search(stripped):
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
    return score


def is_fact_sentence(sentence: str) -> bool:
    """A sentence that states a finding or a figure worth quoting (not a call, not a reference)."""
    return fact_score(sentence) >= 2


def is_anaphoric(sentence: str) -> bool:
    return bool(_ANAPHORA.match(sentence.strip()))


def calls_on_actor(text: str) -> bool:
    """ "States ... should ..." — a sentence that asks a named actor to act."""
    match = _MODAL_CALL.search(text)
    return match is not None and bool(_ACTORS.search(text[max(0, match.start() - 90) : match.start()]))


def is_commitment(text: str) -> bool:
    """What the issuing body undertakes itself: "Decides ...", "We commit ...", "ICAT will ...",
    "Attention will be paid ..." (but not "States will be encouraged to ..." said of others)."""
    first = text.strip()
    own = opens_with(first, COMMIT_VERBS) or _FUTURE_SELF.search(first)
    return bool(own) and not calls_on_actor(first)


_LEADING_ADVERBS = (
    r"^(?:(?:we|also|further|furthermore|again|once again|strongly|firmly|hereby|therefore|accordingly|"
    r"equally|moreover|in this regard|in this context|in that regard|thus|solemnly|fully|reiterate)"
    r"[,:]?\s+)*"
)
_OPERATIVE_KINDS = (
    (
        "commitment",
        re.compile(
            _LEADING_ADVERBS + r"(?:decides?|resolves?|commits?|pledges?|undertakes?|agrees?|adopts?|"
            r"approves?|proclaims?|declares?|establish(?:es)?|dedicates?|determines? to|will|shall|"
            r"are determined|is determined|remains? (?:firmly |fully )?committed|reaffirms? (?:its|our) "
            r"(?:strong |firm |full )?commitments?)\b",
            re.I,
        ),
    ),
    (
        "recommendation",
        re.compile(
            _LEADING_ADVERBS + r"(?:calls? (?:up)?on|calls? for|urges?|encourages?|invites?|requests?|"
            r"recommends?|appeals?|demands?|exhorts?|asks?|(?:stress|emphasi[sz]e|underline|underscore|"
            r"reiterate|highlight)s? (?:again )?(?:the (?:urgent |critical |pressing )?(?:need|importance|"
            r"necessity|urgency)|(?:its|our) (?:call|request|appeal))|reiterates? (?:its|our) call)\b",
            re.I,
        ),
    ),
    (
        "fact",
        re.compile(
            _LEADING_ADVERBS + r"(?:recogni[sz]es?|notes?|takes? note|acknowledges?|reaffirms?|recalls?|"
            r"welcomes?|expresses?|condemns?|deplores?|emphasi[sz]es?|stress(?:es)?|underlines?|"
            r"underscores?|affirms?|commends?|appreciates?|considers?|believes?|reiterates?|observes?|"
            r"regrets?|highlights?|is (?:deeply |gravely |seriously )?concerned|are (?:deeply |gravely )?"
            r"concerned|remains? (?:deeply )?concerned|is alarmed|are alarmed|reasserts?|confirms?|"
            r"takes? into account|bears? in mind|is mindful|are mindful|is aware|are aware)\b",
            re.I,
        ),
    ),
)


def operative_kind(text: str) -> tuple[str, float] | None:
    """The kind of an operative paragraph of a resolution ("Calls upon States to ...") or of a
    declaration in the first person ("We commit to ...", "Call upon ...", "Recognize that ..."),
    from the verb it opens with; None when it opens with no operative verb."""
    opening = text.strip()[:200]
    for kind, pattern in _OPERATIVE_KINDS:
        if pattern.match(opening):
            return kind, 0.85
    return None
