"""The nearest tagged items found through the word lists are the ones a full comparison finds."""

from __future__ import annotations

import random

from app import paths
from app.core.importing.tagging import MIN_SIMILARITY, SimilarItems
from app.core.library import BundledLibrary
from app.core.models import Item


def _every_item(similar: SimilarItems, text: str, k: int) -> list[tuple[float, str]]:
    """The plain way: compare the text with every item."""
    from collections import Counter

    from app.core.importing.tagging import tokens

    query = similar._vector(Counter(tokens(text)))
    if not query:
        return []
    scored = []
    for number, vector in enumerate(similar.vectors):
        small, large = (query, vector) if len(query) < len(vector) else (vector, query)
        sim = sum(w * large.get(t, 0.0) for t, w in small.items())
        if sim > MIN_SIMILARITY:
            scored.append((sim, number))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [(sim, similar.items[n].id) for sim, n in scored[:k]]


def _items() -> list[Item]:
    return list(BundledLibrary.load(paths.library_dir()).items)


def test_nearest_is_the_full_comparison_on_the_bundled_library():
    items = _items()
    similar = SimilarItems(items)
    rng = random.Random(7)
    words = " ".join(i.text for i in items).split()
    texts = [i.text for i in items[::7]]  # an item's own text: itself first
    texts += [" ".join(rng.sample(words, rng.randint(3, 60))) for _ in range(60)]  # word salads
    texts += ["", "the of and", "zzzz unknownword"]
    for text in texts:
        for k in (1, 5, 12):
            got = [(round(s, 12), i.id) for s, i in similar.nearest(text, k)]
            want = [(round(s, 12), i) for s, i in _every_item(similar, text, k)]
            assert got == want, text[:80]


def test_nearest_in_a_large_library_of_near_copies():
    """Many items sharing most words (as resolutions repeat each other), some short."""
    items = _items()
    rng = random.Random(11)
    copies = []
    for n in range(3000):
        base = items[n % len(items)]
        words = base.text.split()
        cut = rng.randint(1, len(words))
        text = " ".join(words[:cut] if n % 3 else rng.sample(words, min(len(words), 4)))
        copies.append(
            Item(
                id=f"copy-{n}",
                source_id=base.source_id,
                text=text,
                kind=base.kind,
                themes=base.themes,
                audiences=base.audiences,
                locator=base.locator,
            )
        )
    similar = SimilarItems(copies)
    for base in items[::5]:
        for k in (1, 5):
            got = [(round(s, 12), i.id) for s, i in similar.nearest(base.text, k)]
            want = [(round(s, 12), i) for s, i in _every_item(similar, base.text, k)]
            assert got == want
