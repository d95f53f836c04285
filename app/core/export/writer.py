"""The base every writer shares: one visit per node type, one citation policy, safe links."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.citations import Styled
from app.core.document import Document, ItemBlock, UnknownNodeError
from app.core.templates import Labels, Template

# Only these become links; anything else (javascript:, file:, a UNC path) is printed as text.
_SAFE_URL = re.compile(r"^(?:https?://[^\s<>\"]+|mailto:[^\s<>\"]+)$", re.IGNORECASE)


def safe_url(url: str) -> bool:
    """True for http, https and mailto links."""
    return bool(_SAFE_URL.match(url.strip()))


@dataclass(frozen=True, slots=True)
class Mark:
    """How an item's citation shows where the quote ends.

    kind "footnote"/"endnote": a note number; "inline": the short citation in brackets."""

    kind: str
    number: int
    styled: Styled


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Writer:
    """Renders a Document: `visit(node)` calls `visit_<node type>` (`visit_quote_group` ...)."""

    name = ""
    extension = ""

    def __init__(self, template: Template, tick: Callable[[], None] = lambda: None) -> None:
        self.template = template
        self.tick = tick
        self.doc: Document | None = None

    def render(self, doc: Document) -> bytes:
        raise NotImplementedError

    # -- dispatch ----------------------------------------------------------
    def visit(self, node: object) -> None:
        method = getattr(self, "visit_" + _snake(type(node).__name__), None)
        if method is None:
            raise UnknownNodeError(self.name.upper() or type(self).__name__, node)
        method(node)

    def visit_all(self, nodes: tuple[object, ...]) -> None:
        for node in nodes:
            self.visit(node)

    def visit_section(self, section) -> None:
        self.visit(section.heading)
        self.visit_all(section.blocks)

    # -- what every format prints alike --------------------------------------
    @property
    def tree(self) -> Document:
        """The document tree being rendered (render sets it)."""
        assert self.doc is not None, "render() sets the document first"
        return self.doc

    @property
    def labels(self) -> Labels:
        return self.tree.labels

    def mark(self, item: ItemBlock) -> Mark | None:
        """The one citation policy: notes by number, inline citations as their short text."""
        ref = item.citation
        if ref is None or self.doc is None:
            return None
        style = self.doc.citation_style
        if style == "inline":
            text = ref.styled.text.removesuffix(".")
            return Mark(
                "inline",
                ref.number,
                Styled(text, tuple((a, min(b, len(text))) for a, b in ref.styled.italic if a < len(text))),
            )
        return Mark(style.removesuffix("s"), ref.number, ref.styled)

    def context(self, item: ItemBlock) -> str:
        """The editorial bracket printed before a quote that leans on text around it."""
        return self.labels("context", text=item.context) if item.context else ""

    def page_label(self, page: int | str, pages: int | str) -> str:
        return self.labels("page", page=page, pages=pages)
