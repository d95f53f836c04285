"""The Markdown writer: live preview, clipboard and golden tests."""

from __future__ import annotations

import re

from app.core.citations import Styled
from app.core.document import (
    Document,
    Heading,
    ItemBlock,
    KeyFacts,
    KeyMessages,
    NoteList,
    NotesSpace,
    Paragraph,
    QuoteGroup,
    SourceList,
    TableOfContents,
    TitleBlock,
)
from app.core.export.writer import Writer, safe_url

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")
# A line that would start a list or a heading underline: "- ", "+ ", "=", "4. ", "4) ".
_LINE_START = re.compile(r"^(\s*)(?:([+\-=])|(\d+)([.)]))", re.MULTILINE)


def escape(text: str) -> str:
    """Text shown literally by a Markdown renderer (no emphasis, links, HTML or list markers)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_unlisted, text)


def _unlisted(match: re.Match[str]) -> str:
    # Only punctuation can be escaped: "4\. Decides", not "\4. Decides" (whose backslash shows).
    indent, sign, number, mark = match.groups()
    return f"{indent}\\{sign}" if sign else f"{indent}{number}\\{mark}"


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def link(url: str) -> str:
    """An autolink for http, https and mailto; any other address as plain text."""
    url = url.strip()
    if safe_url(url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
    return escape(url)


def styled(text: Styled) -> str:
    return "".join(
        f"*{escape(piece)}*" if italic and piece.strip() else escape(piece) for piece, italic in text.runs()
    )


class MarkdownWriter(Writer):
    """Renders a Document as CommonMark with footnotes (the [^n] extension)."""

    name = "md"
    extension = "md"

    def render(self, doc: Document) -> bytes:
        return self.text(doc).encode("utf-8")

    def text(self, doc: Document) -> str:
        self.doc = doc
        self.out: list[str] = []
        self.visit_all(doc.blocks)
        if doc.citation_style == "footnotes" and doc.notes:
            self.out.append("")
            for note in doc.notes:
                url = f" {link(note.url)}" if note.url else ""
                self.out.append(f"[^{note.number}]: {styled(note.styled)}{url}")
        return "\n".join(self.out).strip() + "\n"

    def visit_title_block(self, block: TitleBlock) -> None:
        brief = self.tree.meta.brief
        out = self.out
        if self.tree.meta.marking:
            out += [f"**{escape(self.tree.meta.marking)}**", ""]
        out.append(f"# {escape(brief.title)}")
        if brief.subtitle:
            out += ["", f"*{escape(brief.subtitle)}*"]
        details = [d for d in (brief.meeting, brief.date, brief.author, brief.organisation, block.scope) if d]
        if details:
            out += ["", escape(" · ".join(details))]
        if brief.audience_note:
            out += ["", f"*{escape(self.labels['prepared_for'])}* {escape(brief.audience_note)}"]

    def visit_table_of_contents(self, block: TableOfContents) -> None:
        self.out += ["", f"## {escape(block.title)}", ""]
        for heading in self.tree.headings(block.levels):
            indent = "  " * (heading.level - 1)
            self.out.append(f"{indent}- [{escape(heading.text)}](#{heading.anchor})")

    def visit_heading(self, heading: Heading) -> None:
        # an explicit anchor, so the contents links resolve in every renderer
        self.out += [
            "",
            f'<a id="{heading.anchor}"></a>',
            "",
            f"{'#' * (heading.level + 1)} {escape(heading.text)}",
        ]

    def visit_paragraph(self, block: Paragraph) -> None:
        self.out += ["", escape(block.text)]

    def visit_key_messages(self, block: KeyMessages) -> None:
        self.out.append("")
        self.out += [f"{n}. **{escape(m)}**" for n, m in enumerate(block.messages, 1)]

    def visit_key_facts(self, block: KeyFacts) -> None:
        self.out += ["", f"**{escape(block.title)}**", ""] if block.title else [""]
        for fact in block.facts:
            context = f"{escape(self.context(fact))} " if fact.context else ""
            source = f" — *{escape(fact.source_label)}*" if fact.source_label else ""
            self.out.append(f"- {context}{escape(' '.join(fact.paragraphs))}{self._mark(fact)}{source}")
            if fact.note:
                self.out.append(f"  *{escape(self.labels['note'])}* {escape(fact.note)}")
            self.tick()

    def visit_quote_group(self, group: QuoteGroup) -> None:
        self.out += ["", f"*{escape(group.attribution)}*"]
        if group.lead_in:
            self.out += ["", escape(group.lead_in)]
        for item in group.items:
            self._quote(item)

    def _mark(self, item: ItemBlock) -> str:
        mark = self.mark(item)
        if mark is None:
            return ""
        if mark.kind == "inline":
            return f" ({styled(mark.styled)})"
        if mark.kind == "endnote":
            return f" [{mark.number}]"
        return f"[^{mark.number}]"

    def _quote(self, item: ItemBlock) -> None:
        self.out.append("")
        last = len(item.paragraphs) - 1
        for n, paragraph in enumerate(item.paragraphs):
            lines = escape(paragraph).split("\n")
            if n == 0 and item.context:
                lines[0] = f"{escape(self.context(item))} {lines[0]}"
            if n == last:
                lines[-1] += self._mark(item)
            self.out += [f"> {line}" if line else ">" for line in lines]
            if n != last:
                self.out.append(">")
        if item.note:
            self.out += ["", f"*{escape(self.labels['note'])}* {escape(item.note)}"]
        self.tick()

    def visit_notes_space(self, block: NotesSpace) -> None:
        self.out += ["", f"*{escape(block.title)}:*", ""] + ["\\_" * 40 + "  " for _ in range(block.lines)]

    def visit_source_list(self, block: SourceList) -> None:
        self.visit(block.heading)
        self.out.append("")
        for entry in block.entries:
            prefix = f"{entry.number}. " if block.numbered else "- "
            label = f"**{escape(entry.label)}:** " if entry.label else ""
            url = f" {link(entry.url)}" if entry.url else ""
            self.out.append(f"{prefix}{label}{styled(entry.styled)}{url}")
            indent = " " * len(prefix)
            # each detail on a line of its own inside the entry
            self.out += [
                f"{indent}{escape(detail)}  " if n < len(entry.details) - 1 else f"{indent}{escape(detail)}"
                for n, detail in enumerate(entry.details)
            ]
            if entry.details:
                self.out[-len(entry.details) - 1] += "  "

    def visit_note_list(self, block: NoteList) -> None:
        self.visit(block.heading)
        self.out.append("")
        for note in block.notes:
            url = f" {link(note.url)}" if note.url else ""
            self.out.append(f"{note.number}. {styled(note.styled)}{url}")
