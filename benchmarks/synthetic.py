"""A realistic synthetic library for benchmarks: policy English, tags, ~50 sources, via the Store."""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from pathlib import Path

from app import paths
from app.core.storage import Store
from app.core.taxonomy import Taxonomy
from app.core.yamlio import load_yaml

# Theme and audience popularity: a real corpus leans on a few tags.
_THEME_WEIGHTS = {
    "rights": 30,
    "children": 18,
    "accountability": 16,
    "cooperation": 14,
    "evidence": 10,
    "drivers": 10,
    "gender": 9,
    "migration": 9,
    "legal-frameworks": 12,
    "labour": 6,
    "business": 5,
    "technology": 4,
    "crisis": 4,
    "demand": 3,
    "survivors": 3,
    "non-punishment": 2,
    "organ-removal": 1,
}
_AUDIENCE_WEIGHTS = {
    "states": 40,
    "justice": 14,
    "services": 14,
    "international": 8,
    "civil-society": 8,
    "private-sector": 5,
    "humanitarian": 3,
}
_KINDS = (("recommendation", 70), ("fact", 20), ("commitment", 10))
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ran",
    "te",
    "vu",
    "si",
    "dor",
    "pel",
    "an",
    "is",
    "ur",
    "bel",
    "cor",
    "tav",
    "nim",
    "gar",
    "hes",
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[0-9]+|[.,;:]")


def _corpus_tokens() -> list[str]:
    tokens: list[str] = []
    for path in sorted((paths.library_dir() / "sources").glob("*.yaml")):
        tokens += _TOKEN.findall(str(load_yaml(path).get("text", "")))
    return tokens


class TextModel:
    """A word-bigram model of the bundled sources, with a tail of rarer names mixed in."""

    def __init__(self, rng: random.Random, rare_words: int = 4000) -> None:
        self.rng = rng
        tokens = _corpus_tokens()
        self.follow: dict[str, list[str]] = defaultdict(list)
        for a, b in itertools.pairwise(tokens):
            self.follow[a].append(b)
        self.starts = [b for a, b in itertools.pairwise(tokens) if a == "." and b[0].isupper()]
        self.rare = sorted(
            {
                "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
                for _ in range(rare_words)
            }
        )

    def sentence_stream(self):
        word = self.rng.choice(self.starts)
        while True:
            yield word
            if self.rng.random() < 0.02:
                yield self.rng.choice(self.rare)
            options = self.follow.get(word)
            word = self.rng.choice(options) if options else self.rng.choice(self.starts)

    def paragraph(self, low: int = 400, high: int = 800) -> str:
        target = self.rng.randint(low, high)
        out: list[str] = []
        length = 0
        for token in self.sentence_stream():
            if length >= target - 20 and token == ".":
                out.append(".")
                break
            if length >= high - 2:
                break
            glue = "" if token in ".,;:" or not out else " "
            out.append(glue + token)
            length += len(glue) + len(token)
        text = "".join(out).strip()
        if not text.endswith("."):
            text = text.rstrip(",;:") + "."
        return text[0].upper() + text[1:]


def _weighted_sample(rng: random.Random, weights: dict[str, int], count: int) -> list[str]:
    names = list(weights)
    chosen: list[str] = []
    while len(chosen) < count:
        pick = rng.choices(names, weights=[weights[n] for n in names])[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def build_library(home: Path, n_items: int, n_sources: int = 50, seed: int = 7) -> list[str]:
    """Write n_items synthetic items in n_sources user sources through the Store; return source ids."""
    rng = random.Random(seed)
    taxonomy = Taxonomy.load(paths.library_dir() / "taxonomy.yaml")
    themes = {t: w for t, w in _THEME_WEIGHTS.items() if t in taxonomy.theme_ids}
    audiences = {a: w for a, w in _AUDIENCE_WEIGHTS.items() if a in taxonomy.audience_ids}
    model = TextModel(rng)
    store = Store(home)
    n_sources = max(1, min(n_sources, n_items))
    source_ids = []
    for s in range(n_sources):
        count = n_items // n_sources + (1 if s < n_items % n_sources else 0)
        source_id = f"bench-{s:03d}"
        year = 2000 + rng.randint(0, 24)
        parts: list[str] = []
        items: list[dict] = []
        offset = 0
        for n in range(count):
            text = model.paragraph()
            if rng.random() < 0.01:
                text = text[:-1] + ", in line with the non-punishment principle."
            kind = rng.choices([k for k, _ in _KINDS], weights=[w for _, w in _KINDS])[0]
            items.append(
                {
                    "id": f"{source_id}-{n:06d}",
                    "source_id": source_id,
                    "kind": kind,
                    "text": text,
                    "section": f"Section {n // 40 + 1}",
                    "locator": f"para. {n + 1}",
                    "lead_in": "",
                    "themes": _weighted_sample(rng, themes, rng.choice((1, 1, 2, 2, 2, 3, 3, 4))),
                    "audiences": _weighted_sample(rng, audiences, rng.choice((1, 1, 2, 2, 3))),
                    "span": [offset, offset + len(text)],
                    "note": "",
                }
            )
            parts.append(text)
            offset += len(text) + 2
        source = {
            "id": source_id,
            "title": f"Synthetic recommendations {s + 1}",
            "short_title": f"Synthetic {s + 1}",
            "issuer": "Benchmark Council (BC)",
            "type": "report",
            "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "language": "en",
            "text": "\n\n".join(parts),
            "origin": "user",
        }
        store.save_user_source(source, items)
        source_ids.append(source_id)
    store.close()
    return source_ids
