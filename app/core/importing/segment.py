"""Blocks to candidate items: bullets, numbered and lettered paragraphs, operative paragraphs,
commitments and key facts, each with its section, printed locator, lead-in and kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.importing.draft import ACCEPTED, HEADING, LIST_ITEM, PARAGRAPH, REJECTED, Block, Candidate
from app.core.importing.genre import ANNEX, OPERATIVE, SKIPPED, Place, places
from app.core.importing.kinds import (
    RECOMMEND_VERBS,
    SHOULD,
    STATEMENT_VERBS,
    calls_on_actor,
    convention_kind,
    declaration_kind,
    guess_kind,
    is_commitment,
    is_imperative,
    is_preambular,
    opens_with,
    operative_kind,
    resolution_kind,
)
from app.core.importing.markers import split_marker
from app.core.importing.sentences import (
    is_anaphoric,
    is_fact_sentence,
    qualifies_previous,
    run_on_parts,
    split_sentences,
)

_SKIP_SECTIONS = re.compile(
    r"\b(resources|members|partners|references|bibliography|contents|acronyms|"
    r"abbreviations|further reading|annex(?:es)?|contacts?|about)\b",
    re.I,
)
_PROCEDURAL = re.compile(
    r"\b(remain seized|remains seized|provisional agenda|to remain actively seized|continue its "
    r"consideration of)\b",
    re.I,
)
_QUESTION = re.compile(r"\?\s*$|^[\w ]{1,40}:\s*(how|what|why|which|whether)\b", re.I)
_LEAD_ONLY = re.compile(
    r"^(?:[\w .,'()-]{0,80}?\b)?(?:also |further |strongly )?(?:calls? (?:up)?on|urges?|"
    r"recommends?|encourages?|invites?|requests?|appeals? to|decides?|commits?|"
    r"will|resolves?)\b(?:[^:;]{0,80}?)(?:\bto|\bthat[^:;]{0,40}|\b)?\s*[:;]?$",
    re.I,
)
# "Urges Member States to take all appropriate measures ..., and in this regard:": the paragraph
# makes its own call before it leads into its sub-paragraphs, so it is an item as well as a lead-in.
_OWN_CALL_THEN_LEAD = re.compile(
    r",?\s*(?:and\s+)?(?:in\s+(?:this|that)\s+regard|to\s+(?:this|that)\s+end)\s*:\s*$", re.I
)
_CALL_LEAD = re.compile(
    r"\b(call|calls|urge|urges|recommend|recommends|encourage|invite|request|should|"
    r"must|commit|will|following (actions|priorities|recommendations|measures|areas)|"
    r"to|by|facts?)\s*[:;]?\s*$|\bcalls? (up)?on\b|\brecommends?\b|\burges?\b",
    re.I,
)


@dataclass(slots=True)
class _State:
    section: str = ""
    number: str = ""  # the printed number of the section heading ("1", "IV", "A")
    sub: str = ""  # a lettered sub-heading ("a)")
    skip: bool = False
    bullets: int = 0
    paragraphs: int = 0
    para_lead: str = ""
    lead_at: int = 0  # how many candidates there were when para_lead was read
    context: str = ""  # the part's last lead-in ("we will:"), kept over its headings
    prefix: str = ""  # where the part stands: "annex", "annex, article 5"
    parents: dict[int, Block] = field(default_factory=dict)
    parent_leads: dict[int, str] = field(default_factory=dict)


def _locator_prefix(state: _State) -> str:
    if "article" in state.prefix:
        return ""  # "annex, article 2, (e)": an article's title is no part of a locator
    if state.number and state.sub:
        return f"section {state.number} {state.sub}"
    if state.number:
        return f"section {state.number}"
    if state.sub:
        return state.sub
    title = state.section.strip().rstrip(":")
    if title and len(title) <= 40:
        return title[0].upper() + title[1:].lower() if title.isupper() else title
    return ""


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def lead_only(text: str) -> bool:
    """ "Calls upon Member States to:" only introduces what follows; it is not an item itself."""
    stripped = text.strip()
    if not stripped.endswith((":", ";")):
        return False
    if _LEAD_ONLY.match(stripped) and len(stripped.split()) <= 14:
        return True
    operative = opens_with(stripped, RECOMMEND_VERBS) or is_commitment(stripped)
    after_to = re.sub(r"^.*?\bto\b", "", stripped)
    return (not is_imperative(stripped) and not operative) or len(after_to.split()) < 4


def _number_key(block: Block) -> tuple[str, str]:
    marker, _style, rest = (block.marker, "", block.text)
    inner_marker, _, inner_rest = split_marker(block.text)
    if marker in ("-", "•", "*") and inner_marker:
        marker, rest = inner_marker, inner_rest
    words = re.findall(r"\w+", rest.lower())[:3]
    return marker.strip(".)( "), " ".join(words)


def segment(blocks: tuple[Block, ...] | list[Block], offsets: list[int]) -> list[Candidate]:
    """Propose candidate items from a document's blocks (offsets: where each block's words start)."""
    state = _State()
    out: list[Candidate] = []
    later_keys: dict[tuple[str, str], list[int]] = {}
    for n, block in enumerate(blocks):
        if block.kind == LIST_ITEM and block.marker[:1] not in "[":
            later_keys.setdefault(_number_key(block), []).append(n)

    def add(
        text: str,
        start: int,
        kind: str,
        confidence: float,
        locator: str,
        lead: str,
        rule: str,
        status: str = ACCEPTED,
    ) -> None:
        out.append(
            Candidate(
                id=f"c{len(out) + 1}",
                text=text,
                kind=kind,
                span=(start, start + len(text)),
                section=state.section,
                locator=_join(state.prefix, locator),
                lead_in=lead,
                kind_confidence=confidence,
                rule=rule,
                status=status,
            )
        )

    where = places(blocks)
    for n, block in enumerate(blocks):
        start = offsets[n]
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        place = where[n]
        if place.role in SKIPPED or place.prefix != state.prefix:
            _restart(state, place)
            if place.role in SKIPPED:
                continue
        formal = place.role in (OPERATIVE, ANNEX)
        if formal and block.kind == HEADING and operative_kind(block.text):
            # a short operative paragraph without closing punctuation, taken for a heading
            block = Block(LIST_ITEM if block.marker else PARAGRAPH, block.text, block.marker, 0, block.page)
        if block.kind == HEADING:
            marker_value = block.marker.strip(".)(| ")
            if block.level >= 3 and block.marker:
                state.sub = block.marker
            else:
                state.section = f"{block.marker} {block.text}".strip()
                state.number = marker_value
                state.sub = ""
                state.skip = bool(_SKIP_SECTIONS.search(block.text)) and len(block.text) < 60
            state.bullets = state.paragraphs = 0
            if len(out) > state.lead_at:  # a lead-in followed by a heading leads into what is under it
                state.para_lead = ""
            state.parents.clear()
            state.parent_leads.clear()
            continue
        if block.marker.startswith("["):
            _facts(block, start, state, add, locator=f"endnote {block.marker.strip('[]')}", section="Notes")
            continue
        if block.kind == PARAGRAPH:
            text = block.text
            if is_preambular(text):
                continue
            if _continues_previous(blocks, n, out):
                previous = out[-1]
                merged = previous.text + "\n\n" + text
                out[-1] = Candidate(
                    **{
                        **_fields(previous),
                        "text": merged,
                        "span": (previous.span[0], previous.span[0] + len(merged)),
                    }
                )
                continue
            state.paragraphs += 1
            locator = _join(_locator_prefix(state), f"paragraph {state.paragraphs}")
            if text.rstrip().endswith(":"):
                sentences = split_sentences(text)
                s, e = sentences[-1] if sentences else (0, len(text))
                if not formal:  # a call made before the sentence that leads into the list
                    _calls_before_lead(text, sentences[:-1], start, add, locator)
                state.para_lead = state.context = text[s:e]
                state.lead_at = len(out)
                state.parents.clear()
                continue
            state.para_lead = ""
            if formal:
                _formal(text, start, place, add, locator, "operative paragraph")
                continue
            first = text[slice(*split_sentences(text)[0])] if split_sentences(text) else text
            if is_commitment(first) or is_commitment(text):
                add(text, start, "commitment", 0.8, locator, "", "commitment paragraph")
            elif opens_with(first, RECOMMEND_VERBS) or calls_on_actor(first):
                if not _PROCEDURAL.search(text):
                    add(text, start, "recommendation", 0.75, locator, "", "operative paragraph")
            else:
                _facts(block, start, state, add, locator=locator)
            continue
        # list items
        if state.skip or _QUESTION.search(block.text):
            continue
        key = _number_key(block)
        if not formal and key[0].isalnum() and any(m > n + 1 for m in later_keys.get(key, [])):
            continue  # a summary line repeated in full further on
        level = block.level
        for deeper in [lv for lv in state.parents if lv >= level]:
            state.parents.pop(deeper)
            state.parent_leads.pop(deeper, None)
        if level == 0:
            lead = state.para_lead
        else:
            parent = state.parents.get(level - 1)
            parent_lead = state.parent_leads.get(level - 1, "")
            own = (
                (
                    f"{parent.marker} {parent.text}"
                    if parent.marker and parent.marker[0] not in "•-–o*▪●◦"
                    else parent.text
                )
                if parent
                else ""
            )
            # (a numbered paragraph of a resolution says who speaks: its sub-paragraphs need only it)
            chained = parent is not None and lead_only(parent.text) and not formal
            lead = " ".join(p for p in (parent_lead if chained else "", own) if p) if parent else ""
            lead = lead or state.para_lead
        state.parents[level] = block
        state.parent_leads[level] = lead
        has_children = nxt is not None and nxt.kind == LIST_ITEM and nxt.level > level
        if has_children and (
            lead_only(block.text)
            or (formal and block.text.rstrip().endswith(":") and not _OWN_CALL_THEN_LEAD.search(block.text))
        ):
            continue
        if formal:
            locator = _item_locator(block, state)
            _formal(block.text, start, place, add, locator, "list item", lead, state.context)
            continue
        if _PROCEDURAL.search(block.text):
            continue
        kind, confidence = guess_kind(block.text, lead)
        if not _worth_item(block, lead, kind):
            continue
        add(block.text, start, kind, confidence, _item_locator(block, state), lead, "list item")
    return _renumber(out)


def _calls_before_lead(text: str, sentences: list[tuple[int, int]], start: int, add, locator: str) -> None:
    """Sentences of a lead-in paragraph that make a call or a commitment of their own
    ("Through this submission, ICAT calls on States to adopt ... In doing so, ICAT recommends
    that ... includes:"): items, the last sentence stays the lead-in of the list."""
    for s, e in sentences:
        sentence = text[s:e]
        if sentence.rstrip().endswith(":") or len(sentence.split()) < 8:
            continue
        if is_commitment(sentence):
            add(sentence, start + s, "commitment", 0.7, locator, "", "call before a lead-in")
        elif opens_with(sentence, RECOMMEND_VERBS) or calls_on_actor(sentence):
            add(sentence, start + s, "recommendation", 0.7, locator, "", "call before a lead-in")


def _restart(state: _State, place: Place) -> None:
    """A new part of the document: numbering, lead-ins and the locator prefix start again."""
    state.prefix = place.prefix
    state.bullets = state.paragraphs = 0
    state.para_lead = state.context = ""
    state.parents.clear()
    state.parent_leads.clear()


def _formal(
    text: str, start: int, place: Place, add, locator: str, rule: str, lead: str = "", context: str = ""
) -> None:
    """An operative paragraph of a resolution or of an annexed declaration or convention: an
    item whatever its verb. Statements of a declaration ("Recognize that ...") and procedural
    decisions ("Decides to include in the provisional agenda ...") are listed, not ticked.
    `context` is the lead-in of the part ("We therefore commit to urgently:")."""
    if place.first_person:
        kind, confidence = declaration_kind(text, lead, context)
    elif "article" in place.prefix:
        kind, confidence = convention_kind(text, lead)
    else:
        kind, confidence = resolution_kind(text, lead)
    status = ACCEPTED
    if (kind == "fact" and place.first_person) or _PROCEDURAL.search(text):
        status = REJECTED
    add(text, start, kind, confidence, locator, lead, rule, status)


def _fields(candidate: Candidate) -> dict:
    return {name: getattr(candidate, name) for name in Candidate.__dataclass_fields__}


def _renumber(candidates: list[Candidate]) -> list[Candidate]:
    return [Candidate(**{**_fields(c), "id": f"c{n}"}) for n, c in enumerate(candidates, 1)]


def _continues_previous(blocks, n: int, out: list[Candidate]) -> bool:
    """A plain paragraph between numbered item k and item k+1 continues item k, unless it
    introduces what follows ("We therefore commit to urgently:")."""
    if not out or n == 0 or out[-1].rule != "list item" or blocks[n].text.rstrip().endswith(":"):
        return False
    previous = next((b for b in reversed(blocks[:n]) if b.kind != PARAGRAPH), None)
    following = next((b for b in blocks[n + 1 :] if b.kind != PARAGRAPH), None)
    if previous is None or following is None or previous.kind != LIST_ITEM or following.kind != LIST_ITEM:
        return False
    if blocks[n - 1] is not previous or previous.text not in out[-1].text:
        return False
    a, b = previous.marker.strip(".)("), following.marker.strip(".)(")
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1 and previous.level == following.level


def _item_locator(block: Block, state: _State) -> str:
    value = block.marker.strip(".)( ")
    if block.marker and block.marker[0] not in "•-–o*▪●◦·\uf0b7\uf0a7":
        parent_numbers = [
            state.parents[lv].marker.strip(".)( ")
            for lv in sorted(state.parents)
            if lv < block.level and state.parents[lv].marker[:1] not in "•-–o*▪●◦"
        ]
        if value.isdigit():
            return f"para. {value}"
        if parent_numbers:
            head = parent_numbers[0]
            subs = "".join(f" ({p})" for p in [*parent_numbers[1:], value])
            return f"para. {head}{subs}" if head.isdigit() else f"({head}){subs}"
        return _join(_locator_prefix(state), f"({value})" if len(value) <= 4 else value)
    state.bullets += 1
    prefix = _locator_prefix(state)
    parents = [state.parents[lv] for lv in sorted(state.parents) if lv < block.level]
    if parents:
        return _join(prefix, f"bullet {_position(parents[-1], state)}, sub-bullet {state.bullets}")
    return _join(prefix, f"bullet {state.bullets}")


def _position(parent: Block, state: _State) -> str:
    value = parent.marker.strip(".)( ")
    return value if value and value not in "•-–o*▪●◦" else "…"


def _worth_item(block: Block, lead: str, kind: str) -> bool:
    """Keep calls, commitments and findings; drop bare names and lists of outputs."""
    text = block.text.strip()
    words = text.split()
    if len(words) < 3:
        return False
    if opens_with(text, RECOMMEND_VERBS + STATEMENT_VERBS) or is_imperative(text):
        return True
    if calls_on_actor(text) or kind == "commitment":
        return True
    if lead and _CALL_LEAD.search(lead):
        return True
    if len(words) <= 14 and not text.endswith((".", ";", ":")):
        return False
    return not (lead and re.match(r"^(a|an|the)\s+[a-z]", text))


def _facts(block: Block, start: int, state: _State, add, locator: str, section: str | None = None) -> None:
    """Sentences stating a finding or figure, each with the anaphoric sentences that follow it."""
    text = block.text
    groups: list[list[tuple[int, int]]] = []
    previous_fact = False
    for s, e in (part for span in split_sentences(text) for part in run_on_parts(text, *span)):
        sentence = text[s:e]
        if previous_fact and (
            (is_anaphoric(sentence) and not SHOULD.search(sentence)) or qualifies_previous(sentence)
        ):
            groups[-1].append((s, e))
            continue
        previous_fact = is_fact_sentence(sentence) and not is_anaphoric(sentence)
        if previous_fact:
            groups.append([(s, e)])
    saved = state.section
    if section is not None:
        state.section = section
    for group in groups:
        s, e = group[0][0], group[-1][1]
        add(text[s:e], start + s, "fact", 0.5, locator, "", "key fact")
    state.section = saved
