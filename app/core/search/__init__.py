"""Search over the whole library: the Query/Hit/SearchResult contract and the engine behind it.

The engine (SQLite FTS5, the query parser) loads on first use of SearchIndex, parse or
without_field_filter: the contract types alone are cheap to import."""

import importlib
from typing import TYPE_CHECKING, Any

from app.core.search.contract import FACET_GROUPS, MODES, Hit, Query, SearchResult

if TYPE_CHECKING:
    from app.core.search.engine import SearchIndex
    from app.core.search.syntax import parse, without_field_filter

__all__ = [
    "FACET_GROUPS",
    "MODES",
    "Hit",
    "Query",
    "SearchIndex",
    "SearchResult",
    "parse",
    "without_field_filter",
]

_LAZY = {
    "SearchIndex": "app.core.search.engine",
    "parse": "app.core.search.syntax",
    "without_field_filter": "app.core.search.syntax",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
