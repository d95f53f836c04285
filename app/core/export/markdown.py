"""The Markdown writer: live preview, clipboard and golden tests."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    NoteList,
    NotesSpace,
    Paragraph,
    Section,
    SourceList,
    TableOfContents,
    TitleBlock,
    UnknownNodeError,
)
from app.core.export.templates import Template

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Text shown literally by a Markdown renderer (no emphasis, links, HTML or list markers)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


class MarkdownWriter:
    """Renders a Document as CommonMark with footnotes (the [^n] extension)."""

    name = "md"
    extension = "md"

    def __init__(self, template: Template, tick: Callable[[], None] = lambda: None) -> None:
        self.template = template
        self.tick = tick

    def render(self, doc: Document) -> bytes:
        return self.text(doc).encode("utf-8")

    def text(self, doc: Document) -> str:
        self.doc = doc
        out: list[str] = []
        for block in doc.blocks:
            self._block(block, out)
        if doc.citation_style == "footnotes" and doc.notes:
            out.append("")
            out.extend(f"[^{n.number}]: {escape(n.text)}" for n in doc.notes)
        return "\n".join(out).strip() + "\n"

    def _block(self, block: object, out: list[str]) -> None:
        if isinstance(block, TitleBlock):
            self._title(out)
        elif isinstance(block, TableOfContents):
            out += ["", f"## {escape(block.title)}", ""]
            out += [f"- [{escape(h.text)}](#{h.anchor})" for h in self.doc.headings(block.levels)]
        elif isinstance(block, Section):
            self._heading(block.heading, out)
            for child in block.blocks:
                self._block(child, out)
        elif isinstance(block, Heading):
            self._heading(block, out)
        elif isinstance(block, Paragraph):
            out += ["", escape(block.text)]
        elif isinstance(block, KeyMessages):
            out.append("")
            out += [f"{n}. {escape(m)}" for n, m in enumerate(block.messages, 1)]
        elif isinstance(block, KeyFacts):
            out += ["", f"**{escape(block.title)}**", ""] if block.title else [""]
            for fact in block.facts:
                out.append(f"- {escape(' '.join(fact.paragraphs))}{self._mark(fact)}")
                if fact.note:
                    out.append(f"  *Note:* {escape(fact.note)}")
                self.tick()
        elif isinstance(block, ItemBlock):
            self._item(block, out)
        elif isinstance(block, NotesSpace):
            out += ["", f"*{escape(block.title)}:*", ""] + ["\\_" * 40 + "  " for _ in range(block.lines)]
        elif isinstance(block, SourceList):
            self._heading(block.heading, out)
            out.append("")
            for entry in block.entries:
                prefix = f"{entry.number}. " if block.numbered else "- "
                label = f"**{escape(entry.label)}:** " if entry.label else ""
                link = f" <{entry.url}>" if entry.url else ""
                out.append(f"{prefix}{label}{escape(entry.text)}{link}")
                out += [f"   {escape(detail)}" for detail in entry.details]
        elif isinstance(block, NoteList):
            self._heading(block.heading, out)
            out.append("")
            out += [f"{n.number}. {escape(n.text)}" for n in block.notes]
        else:
            raise UnknownNodeError("Markdown", block)

    def _title(self, out: list[str]) -> None:
        meta = self.doc.meta
        out += [f"# {escape(meta.title)}"]
        if meta.subtitle:
            out += ["", f"*{escape(meta.subtitle)}*"]
        details = [d for d in (meta.meeting, meta.date, meta.author, meta.organisation) if d]
        if details:
            out += ["", escape(" · ".join(details))]
        if meta.marking:
            out += ["", f"**{escape(meta.marking)}**"]
        if meta.audience_note:
            label = self.template.labels["prepared_for"]
            out += ["", f"*{escape(label)}:* {escape(meta.audience_note)}"]

    def _heading(self, heading: Heading, out: list[str]) -> None:
        out += ["", f"{'#' * (heading.level + 1)} {escape(heading.text)}"]

    def _mark(self, item: ItemBlock) -> str:
        ref = item.citation
        if ref is None:
            return ""
        if self.doc.citation_style == "inline":
            return f" ({escape(ref.text.removesuffix('.'))})"
        if self.doc.citation_style == "endnotes":
            return f" [{ref.number}]"
        return f"[^{ref.number}]"

    def _item(self, item: ItemBlock, out: list[str]) -> None:
        out.append("")
        if item.lead_in:
            out += [f"*{escape(item.lead_in)}*", ""]
        last = len(item.paragraphs) - 1
        for n, paragraph in enumerate(item.paragraphs):
            lines = escape(paragraph).split("\n")
            if n == last:
                lines[-1] += self._mark(item)
            out += [f"> {line}" if line else ">" for line in lines]
            if n != last:
                out.append(">")
        if item.note:
            out += ["", f"*Note:* {escape(item.note)}"]
        self.tick()
