"""Measuring an import against a curated item list: recall, exact text, kinds and tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

MATCH_RATIO = 0.9


def _norm(text: str) -> str:
    return " ".join(text.split())


def similarity(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH_RATIO or matcher.quick_ratio() < MATCH_RATIO:
        return matcher.quick_ratio() * 0.99
    return matcher.ratio()


@dataclass(slots=True)
class GoldItem:
    """A curated item: the answer key."""

    id: str
    text: str
    kind: str = ""
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportedItem:
    """An item as the importer proposed it (text, kind, tags), to compare with a curated one."""

    text: str
    kind: str = ""
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()


@dataclass(slots=True)
class Score:
    """Counts for one document (add them up for a corpus)."""

    gold: int = 0
    proposed: int = 0
    found: int = 0
    exact: int = 0
    kind_agree: int = 0
    precise: int = 0  # proposals that match some gold item
    tag_pairs: list[tuple[set[str], set[str]]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    inexact: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def exact_rate(self) -> float:
        """Exact text among all gold items (an item not found is not exact)."""
        return self.exact / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.precise / self.proposed if self.proposed else 0.0

    @property
    def kind_rate(self) -> float:
        return self.kind_agree / self.found if self.found else 0.0

    def _pairs(self, part: str) -> list[tuple[set[str], set[str]]]:
        """Tag pairs of the found items; part "themes", "audiences" (prefixed "@") or "all"."""
        if part == "all":
            return self.tag_pairs
        audience = part == "audiences"

        def keep(tags: set[str]) -> set[str]:
            return {t for t in tags if t.startswith("@") == audience}

        return [(keep(s), keep(g)) for s, g in self.tag_pairs]

    def tag_scores(self, part: str = "all") -> tuple[float, float, float]:
        """Micro precision, recall and F1 of suggested tags on the found items."""
        pairs = self._pairs(part)
        tp = sum(len(s & g) for s, g in pairs)
        suggested = sum(len(s) for s, _ in pairs)
        wanted = sum(len(g) for _, g in pairs)
        p = tp / suggested if suggested else 0.0
        r = tp / wanted if wanted else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def jaccard(self, part: str = "all") -> float:
        """Mean per-item Jaccard index of suggested and curated tags (1.0 when both are empty)."""
        pairs = self._pairs(part)
        if not pairs:
            return 0.0
        return sum(len(s & g) / len(s | g) if s | g else 1.0 for s, g in pairs) / len(pairs)

    def add(self, other: Score) -> None:
        for name in ("gold", "proposed", "found", "exact", "kind_agree", "precise"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.tag_pairs += other.tag_pairs
        self.missed += other.missed
        self.inexact += other.inexact


def compare(proposals: list[ImportedItem], gold: list[GoldItem]) -> Score:
    """Match each gold item to its most similar proposal (ratio >= 0.9 counts as found)."""
    score = Score(gold=len(gold), proposed=len(proposals))
    matched_proposals: set[int] = set()
    for item in gold:
        best, best_ratio = -1, 0.0
        for n, proposal in enumerate(proposals):
            if proposal.text == item.text:
                best, best_ratio = n, 1.0
                break
            ratio = similarity(proposal.text, item.text)
            if ratio > best_ratio:
                best, best_ratio = n, ratio
        if best < 0 or best_ratio < MATCH_RATIO:
            score.missed.append(item.id)
            continue
        proposal = proposals[best]
        matched_proposals.add(best)
        score.found += 1
        if proposal.text == item.text:
            score.exact += 1
        else:
            score.inexact.append((item.id, item.text, proposal.text))
        if proposal.kind == item.kind:
            score.kind_agree += 1
        score.tag_pairs.append(
            (
                set(proposal.themes) | {f"@{a}" for a in proposal.audiences},
                set(item.themes) | {f"@{a}" for a in item.audiences},
            )
        )
    score.precise = len(matched_proposals)
    return score
