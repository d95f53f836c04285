"""Search over the whole library: the Query/Hit/SearchResult contract and the engine behind it."""

from app.core.search.engine import SearchIndex
from app.core.search.model import FACET_GROUPS, MODES, Hit, Query, SearchResult
from app.core.search.syntax import parse, without_field_filter

__all__ = [
    "FACET_GROUPS", "MODES", "Hit", "Query", "SearchIndex", "SearchResult", "parse", "without_field_filter",
]
