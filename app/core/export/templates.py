"""Export templates: each a folder with template.yaml (layout, citations, type) and reference.docx."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.core.citations import FORMS, STYLES
from app.core.errors import NotFoundError, ValidationError
from app.core.yamlio import load_yaml

MANIFEST = "template.yaml"
REFERENCE_DOCX = "reference.docx"
SECTIONS = ("title", "toc", "key_messages", "key_facts", "items", "sources", "annex")
GROUPINGS = ("theme", "source", "audience", "ordered")
KEY_FACTS = ("top", "per_group", "inline")
PAGE_SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

DEFAULT_SIZES = {"body": 10.0, "title": 22.0, "subtitle": 13.0, "h1": 14.0, "h2": 11.5, "quote": 10.0,
                 "small": 8.5, "footnote": 8.0, "header": 8.0}
DEFAULT_COLOURS = {"accent": "#1F4E79", "text": "#1A1A1A", "muted": "#5F6B76", "box": "#EEF3F8",
                   "rule": "#B8C4CE"}
DEFAULT_LABELS = {"contents": "Contents", "key_messages": "Key messages", "key_facts": "Key facts",
                  "sources": "Sources", "annex": "Annex: the sources", "notes": "Notes",
                  "notes_space": "Notes", "other": "Other", "items": "Recommendations",
                  "mixed_items": "Selected texts", "prepared_for": "Prepared for"}


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Template:
    """A template's manifest, checked; `reference_docx` holds its Word styles."""

    id: str
    name: str
    description: str
    folder: Path
    sections: tuple[str, ...]
    grouping: str = "theme"
    key_facts: str = "top"
    citation_style: str = "footnotes"
    citation_form: str = "full"
    cover_page: bool = False
    page_size: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0)  # top right bottom left
    notes_lines: int = 0
    toc_levels: int = 2
    docx_font: str = "Calibri"
    docx_heading_font: str = "Calibri"
    sizes: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SIZES))
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    spacing: float = 1.0          # scales the space around paragraphs

    @property
    def reference_docx(self) -> Path:
        return self.folder / REFERENCE_DOCX

    @property
    def page_mm(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size]

    @property
    def info(self) -> TemplateInfo:
        return TemplateInfo(self.id, self.name, self.description)


def _choice(data: dict, key: str, allowed: tuple[str, ...], default: str, where: str) -> str:
    value = str(data.get(key, default))
    if value not in allowed:
        raise ValidationError(f"{where}: {key} is {value!r}.", hint=f"Use one of: {', '.join(allowed)}.")
    return value


def parse_template(folder: Path) -> Template:
    """Read and check a template folder's manifest."""
    where = f"Template {folder.name}"
    path = folder / MANIFEST
    if not path.is_file():
        raise NotFoundError(f"{where} has no {MANIFEST}.", hint="Each template folder needs a manifest.")
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: {MANIFEST} is not a mapping.")
    sections = tuple(str(s) for s in data.get("sections") or ())
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown or "items" not in sections:
        raise ValidationError(f"{where}: sections {list(sections)} are not valid.",
                              hint=f"List 'items' and any of: {', '.join(SECTIONS)}.")
    citation = data.get("citation") or {}
    page = data.get("page") or {}
    fonts = data.get("fonts") or {}
    colours = {**DEFAULT_COLOURS, **{str(k): str(v) for k, v in (data.get("colours") or {}).items()}}
    bad = [k for k, v in colours.items() if not _COLOUR.match(v)]
    if bad:
        raise ValidationError(f"{where}: colour(s) {', '.join(bad)} are not #RRGGBB values.")
    sizes = {**DEFAULT_SIZES, **{str(k): float(v) for k, v in (data.get("sizes") or {}).items()}}
    margins = tuple(float(m) for m in page.get("margins_mm", (20, 20, 20, 20)))
    if len(margins) != 4:
        raise ValidationError(f"{where}: page.margins_mm needs four values (top, right, bottom, left).")
    return Template(
        id=folder.name,
        name=str(data.get("name") or folder.name),
        description=" ".join(str(data.get("description") or "").split()),
        folder=folder,
        sections=sections,
        grouping=_choice(data, "grouping", GROUPINGS, "theme", where),
        key_facts=_choice(data, "key_facts", KEY_FACTS, "top", where),
        citation_style=_choice(citation, "style", STYLES, "footnotes", where),
        citation_form=_choice(citation, "form", FORMS, "full", where),
        cover_page=bool(data.get("cover_page", False)),
        page_size=_choice(page, "size", tuple(PAGE_SIZES), "A4", where),
        margins_mm=margins,  # type: ignore[arg-type]
        notes_lines=int(data.get("notes_lines", 0)),
        toc_levels=int(data.get("toc_levels", 2)),
        docx_font=str(fonts.get("docx_body", "Calibri")),
        docx_heading_font=str(fonts.get("docx_heading", fonts.get("docx_body", "Calibri"))),
        sizes=sizes,
        colours=colours,
        labels={**DEFAULT_LABELS, **{str(k): str(v) for k, v in (data.get("labels") or {}).items()}},
        spacing=float(data.get("spacing", 1.0)),
    )


def template_dirs() -> list[Path]:
    """Where templates are looked for: the user's own folder first, then the bundled ones."""
    user = paths.user_data_dir() / "export_templates"
    return [user, paths.export_templates_dir()]


def list_templates(dirs: list[Path] | None = None, problems: list[str] | None = None) -> list[Template]:
    """Every usable template; a broken one is left out and described in `problems`."""
    found: dict[str, Template] = {}
    for root in dirs or template_dirs():
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and (folder / MANIFEST).is_file() and folder.name not in found:
                try:
                    found[folder.name] = parse_template(folder)
                except (ValidationError, NotFoundError) as exc:
                    if problems is not None:
                        problems.append(str(exc))
    return list(found.values())


def load_template(template_id: str, dirs: list[Path] | None = None) -> Template:
    for root in dirs or template_dirs():
        folder = root / template_id
        if (folder / MANIFEST).is_file():
            return parse_template(folder)
    names = ", ".join(t.id for t in list_templates(dirs))
    raise NotFoundError(f"No export template named {template_id!r}.", hint=f"Choose one of: {names}.")
