"""The verbs that decide an item's kind: recommendation, commitment or fact, by the opening
of a paragraph (a resolution's operative verb, a declaration's first person, a convention's
"shall") and by its lead-in."""

from __future__ import annotations

import re

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

SHOULD = re.compile(
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
FUTURE_SELF = re.compile(
    r"\b(ICAT|[Ww]e|[Tt]he Group|[Tt]he Organization|[Tt]he Secretariat|[Tt]he Office|"
    r"[Oo]ur|[Tt]he Council|[Tt]he Commission)\b[^.;:]{0,80}?\bwill\b|\bwill be\b"
)

_ADVERBS = re.compile(
    r"^(?:(?:also|further|furthermore|strongly|again|once again|therefore|hereby|"
    r"accordingly|moreover),?\s+)+"
)

# A short phrase that sets the scene before the actor speaks ("Through this submission, ICAT
# calls on ...", "In this regard, ...").
_SCENE = re.compile(r"^(?:through|in|to|with|by|on|at|for) [a-z ]{2,40}?,\s+")


def _openings(text: str) -> tuple[str, ...]:
    """A paragraph's opening as it is, without its adverbs, and without its actor
    ("ICAT also calls on ..." -> "calls on ...", "The Group will ..." -> "will ..."), also after
    a short scene-setting phrase ("Through this submission, ICAT calls on ...")."""
    low = text.lower().lstrip()
    head = _without_actor(low)
    openings: tuple[str, ...] = (low, _ADVERBS.sub("", low), head, _ADVERBS.sub("", head))
    if _SCENE.match(low):  # when an actor speaks after it ("In support of this, establish ...": no one)
        after = _without_actor(_SCENE.sub("", low, count=1))
        if after != _SCENE.sub("", low, count=1):
            openings += (after, _ADVERBS.sub("", after))
    return openings


def _without_actor(low: str) -> str:
    return re.sub(
        r"^(the [a-z -]{2,60}?|[a-z]{2,12}|we|icat|it|they)\s+(?=((also|further|strongly) )?"
        r"[a-z]+s\b|will\b|commit)",
        "",
        low,
        count=1,
    )


def opens_with(text: str, phrases: tuple[str, ...]) -> str:
    """The operative phrase a paragraph opens with after its actor ("ICAT also calls on" -> "calls on")."""
    for candidate in _openings(text):
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
        if re.search(r"\b(facts?|attention to|notes? that|concern)\b", lead) and not SHOULD.search(first):
            return "fact", 0.6
        if is_commitment(lead_in):
            return "commitment", 0.75
        return "recommendation", 0.85
    if SHOULD.search(first) or is_imperative(first):
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
    # prepositions and conjunctions a finding opens with ("Because of a lack of ...", "Upon
    # arrival, ..."), never a verb in the base form
    "because",
    "upon",
    "though",
    "since",
    "despite",
    "during",
    "after",
    "before",
    "among",
    "across",
    "from",
    "through",
    "under",
    "between",
    "against",
    "according",
    "given",
    "due",
    "until",
    "whereas",
    "whether",
    "without",
    "within",
    "its",
    "their",
    "our",
    "no",
    "not",
    "only",
    "several",
    "other",
    "migrants",
}

# The last part of a hyphenated first word that makes it an adjective ("Gender-responsive
# identification ...", "Child-sensitive services ..."), not a verb ("Re-establish ...").
_ADJECTIVE_END = re.compile(
    r"-(?:[a-z]+(?:ive|al|ic|ous|able|ible|ful|less|based|related|led|driven|specific))$"
)


def is_imperative(text: str) -> bool:
    """A bullet that opens with a verb in the base form ("Develop ...", "Ensure ...")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text[:60])
    if not words:
        return False
    first = words[0]
    low = first.lower()
    if low in _NOT_VERBS or not first[0].isupper() or first.isupper():
        return False
    if "-" in low and (low.split("-", 1)[0] in _NOT_VERBS or _ADJECTIVE_END.search(low)):
        return False
    after = text[len(first) : len(first) + 1]
    if after == "," or (low.endswith("ly") and low not in ("apply", "supply", "rely", "comply", "multiply")):
        return False
    return not low.endswith(("ing", "ed", "ion", "ity", "ness", "ies", "ment")) and not (
        low.endswith("s") and not low.endswith("ss")
    )


def calls_on_actor(text: str) -> bool:
    """ "States ... should ..." — a sentence that asks a named actor to act."""
    match = _MODAL_CALL.search(text)
    return match is not None and bool(_ACTORS.search(text[max(0, match.start() - 90) : match.start()]))


_LEADING_ADVERBS = (
    r"^(?:(?:we|also|further|furthermore|again|once again|strongly|firmly|hereby|therefore|accordingly|"
    r"equally|moreover|in this regard|in this context|in that regard|thus|solemnly|fully|reiterate)"
    r"[,:]?\s+)*"
)

# What the speaking body undertakes itself, as a paragraph opens: the one list for a
# resolution ("Decides", "Pledges"), a declaration in the first person ("We commit", "Will")
# and a seed ("ICAT commits"), after the actor and adverbs.
_COMMITMENT_VERBS = (
    r"(?:decides?|resolves?|commits?|pledges?|undertakes?|agrees?|adopts?|approves?|proclaims?|"
    r"declares?|establish(?:es)?|dedicates?|determines? to|will|shall|are determined|is determined|"
    r"remains? (?:firmly |fully )?committed|"
    r"(?:reaffirms?|stress(?:es)?|reiterates?|express(?:es)?|underlines?) (?:its|our) "
    r"(?:continued |strong |firm |full |unwavering )?(?:commitments?|determination|resolve))\b"
)
_COMMITMENT = re.compile(_LEADING_ADVERBS + _COMMITMENT_VERBS, re.I)


def is_commitment(text: str) -> bool:
    """What the issuing body undertakes itself: "Decides ...", "We commit ...", "ICAT will ...",
    "Attention will be paid ..." (but not "States will be encouraged to ..." said of others)."""
    first = text.strip()[:300]
    own = any(_COMMITMENT.match(opening) for opening in _openings(first)) or FUTURE_SELF.search(first)
    return bool(own) and not calls_on_actor(first)


_RECOMMENDATION = re.compile(
    _LEADING_ADVERBS + r"(?:calls? (?:up)?on|calls? for|urges?|encourages?|invites?|requests?|"
    r"recommends?|appeals?|demands?|exhorts?|asks?|(?:stress(?:es)?|emphasi[sz]es?|underlines?|"
    r"underscores?|reiterates?|highlights?|recogni[sz]es?|acknowledges?|notes?|reaffirms?) "
    r"(?:again |also |further )?"
    r"(?:the (?:urgent |critical |pressing )?(?:need|importance|necessity|urgency)|(?:its|our) "
    r"(?:call|request|appeal))|reiterates? (?:its|our) call)\b",
    re.I,
)
_STATEMENT = re.compile(
    _LEADING_ADVERBS + r"(?:recogni[sz]es?|notes?|takes? note|acknowledges?|reaffirms?|recalls?|"
    r"welcomes?|express(?:es)?|condemns?|deplores?|emphasi[sz]es?|stress(?:es)?|underlines?|"
    r"underscores?|affirms?|commends?|appreciates?|considers? that|believes?|reiterates?|observes?|"
    r"regrets?|highlights?|is (?:deeply |gravely |seriously )?concerned|are (?:deeply |gravely )?"
    r"concerned|remains? (?:deeply )?concerned|is alarmed|are alarmed|reasserts?|confirms?|"
    r"takes? into account|bears? in mind|is mindful|are mindful|is aware|are aware)\b",
    re.I,
)


# A call after a statement in the same paragraph: "Takes note of the report ..., and
# encourages Member States to ...", "Welcomes ..., and in this connection stresses the
# importance of ..."
_LATER_CALL = re.compile(
    r"(?:,|;|\band)\s+(?:in (?:this|that) (?:regard|context|connection),?\s+)?(?:also |further |strongly )?"
    r"(?:calls? (?:up)?on|calls? for|urges?|encourages?|invites?|requests?|recommends?|appeals? to|"
    r"(?:stress(?:es)?|emphasi[sz]es?|underlines?|underscores?|highlights?) the (?:urgent )?"
    r"(?:need|importance))\b",
    re.I,
)
_STATED_CALL = re.compile(r"^[^;]{0,60}?\bthat\b[^;]{0,300}?\b(?:should|must)\b", re.I)


def operative_kind(text: str) -> tuple[str, float] | None:
    """The kind of an operative paragraph of a resolution ("Calls upon States to ...") or of a
    declaration in the first person ("We commit to ...", "Call upon ...", "Recognize that ..."),
    from the verb it opens with; None when it opens with no operative verb. A statement that
    goes on to ask for action ("Takes note ..., and encourages States to ...", "Stresses that
    ... should ...") is a recommendation."""
    opening = text.strip()[:200]
    if _COMMITMENT.match(opening):
        return "commitment", 0.85
    if _RECOMMENDATION.match(opening):
        return "recommendation", 0.85
    if _STATEMENT.match(opening):
        if _LATER_CALL.search(text) or _STATED_CALL.search(text):
            return "recommendation", 0.7
        return "fact", 0.85
    return None


def nearest_lead(lead_in: str) -> str:
    """The lead-in nearest an item, without its printed number: "we will: 44. Encourage ...
    to:" -> "Encourage ... to"."""
    nearest = re.split(r":\s+", lead_in.strip().rstrip(":"))[-1]
    return re.sub(r"^\(?\w{1,4}[.)]\s+", "", nearest)


def resolution_kind(text: str, lead_in: str = "") -> tuple[str, float]:
    """The kind of an operative paragraph of a resolution: its verb, else (a sub-paragraph such
    as "(g) To invite ...") the verb of its lead-in ("58. Decides:")."""
    lead = nearest_lead(lead_in)
    return operative_kind(text) or (operative_kind(lead) if lead else None) or guess_kind(text, lead_in)


def declaration_kind(text: str, lead_in: str = "", context: str = "") -> tuple[str, float]:
    """The kind of a paragraph of a declaration in the first person: its verb first ("Call
    upon" a recommendation, "Recognize" a fact, "Commit" a commitment), then its lead-in's; an
    action with no such verb ("Strengthen ...", "Scale up ...") is what the signatories will
    do, as is anything under "We commit to:" (`context`, the lead-in of the part)."""
    by_verb = operative_kind(text)
    if by_verb:
        return by_verb
    # the nearest lead-in speaks for the item: "we will: 44. Encourage ... to:" then "(a) Reduce ..."
    nearest = nearest_lead(lead_in)
    by_lead = operative_kind(nearest) if nearest else None
    if by_lead and by_lead[0] == "recommendation":
        return by_lead
    if is_commitment(lead_in) or is_commitment(context) or is_imperative(text):
        return "commitment", 0.75
    return guess_kind(text, lead_in)


# An annexed convention: what States Parties "shall" do binds them (a commitment), what they
# are encouraged to do is a recommendation, definitions and permissions state the law.
_DEFINITION = re.compile(
    r"\bshall (?:mean|be understood|refer to|be construed|be interpreted|(?:also )?apply)\b"
    r"|^Nothing in this\b|\bshall not (?:be construed|be interpreted|affect|prejudice|apply)\b",
    re.I,
)
_ENCOURAGED = re.compile(r"\b(?:are|is) (?:also )?(?:encouraged|invited|urged)\b|\bshould\b", re.I)
_OBLIGATION = re.compile(r"\bshall\b", re.I)


def convention_kind(text: str, lead_in: str = "") -> tuple[str, float]:
    """The kind of a paragraph of a convention's article, from its modal verb (the paragraph's
    own, else its lead-in's: "The requested State Party shall:" then "(a) Provide ...")."""
    for words in (text[:400], lead_in[-200:]):
        if not words:
            continue
        if _DEFINITION.search(words) or re.match(r"^[“\"][^”\"]{1,80}[”\"] (?:shall )?means?\b", words):
            return "fact", 0.7
        if _ENCOURAGED.search(words):
            return "recommendation", 0.7
        if _OBLIGATION.search(words):
            return "commitment", 0.7
        if re.search(r"\bmay\b", words):
            return "fact", 0.6
    return operative_kind(text) or guess_kind(text, lead_in)
