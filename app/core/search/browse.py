"""The empty query served from the loaded Library alone: every item in order, tag counts as facets."""

from __future__ import annotations

from app.core.library import Library
from app.core.search.contract import Hit, Query, SearchResult


def is_browse(query: Query | None) -> bool:
    """True for a query that asks for nothing: no text, no filters, default modes."""
    return query is None or query == Query()


def browse(library: Library, limit: int | None = None, offset: int = 0) -> SearchResult:
    """What the engine answers for an empty Query, without opening the search index.

    Every item in library order with score 0 and no highlights; the facet counts are the
    number of items carrying each theme, audience and kind (taxonomy order, then kinds found
    only in items), each source's items (library order of sources) and each year's items."""
    items = library.items
    taxonomy = library.taxonomy
    themes = dict.fromkeys(taxonomy.theme_ids, 0)
    audiences = dict.fromkeys(taxonomy.audience_ids, 0)
    kinds = dict.fromkeys(taxonomy.kind_ids, 0)
    sources = dict.fromkeys(library.sources, 0)
    for item in items.values():
        for theme in set(item.themes):
            if theme in themes:
                themes[theme] += 1
        for audience in set(item.audiences):
            if audience in audiences:
                audiences[audience] += 1
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
        if item.source_id in sources:
            sources[item.source_id] += 1
    by_year: dict[str, int] = {}
    for source_id, count in sources.items():
        year = library.sources[source_id].year
        if year is not None:
            by_year[str(year)] = by_year.get(str(year), 0) + count
    offset = max(0, int(offset))
    ids = list(items)
    page = ids[offset:] if limit is None else ids[offset : offset + max(0, int(limit))]
    facets = {
        "themes": themes,
        "audiences": audiences,
        "kinds": kinds,
        "sources": sources,
        "years": dict(sorted(by_year.items())),
    }
    return SearchResult(
        total=len(ids), hits=tuple(Hit(item_id, 0.0) for item_id in page), facets=facets, query=Query()
    )
