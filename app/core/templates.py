"""Export templates: each a folder with template.yaml (layout, citations, type) and reference.docx;
the printed labels per language."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app import paths
from app.core import locales
from app.core.brief import GROUPINGS, SUBGROUPINGS
from app.core.citations import DEFAULT_FORMAT, FORMS, STYLES
from app.core.errors import NotFoundError, ValidationError
from app.core.yamlio import load_yaml

MANIFEST = "template.yaml"
REFERENCE_DOCX = "reference.docx"
SECTIONS = ("title", "toc", "key_messages", "key_facts", "items", "sources", "annex")
KEY_FACTS = ("top", "per_group", "inline")
FONT_FAMILIES = ("sans", "serif")
PAGE_SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

DEFAULT_SIZES = {
    "body": 10.0,
    "title": 22.0,
    "subtitle": 13.0,
    "h1": 14.0,
    "h2": 11.5,
    "quote": 10.0,
    "small": 8.5,
    "footnote": 8.0,
    "header": 8.0,
}
DEFAULT_COLOURS = {
    "accent": "#1F4E79",
    "text": "#1A1A1A",
    "muted": "#5F6B76",
    "box": "#EEF3F8",
    "rule": "#B8C4CE",
}
DEFAULT_LANGUAGE = "en-GB"
LABELS_DIR = "labels"


class Labels(Mapping[str, str]):
    """The words a brief prints in one language; `labels("page", page=1, pages=3)` fills one in,
    with numbers, dates and lists written as the language writes them (app/core/locales.py).

    A label with plural forms is a mapping of CLDR categories in its file
    (`annex_quoted: {one: ..., few: ..., other: ...}`), kept here as "annex_quoted.one" ...;
    `labels.plural("annex_quoted", 3)` picks the form for the count."""

    def __init__(self, table: Mapping[str, str], language: str) -> None:
        self._table = dict(table)
        self.language = language

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, key: str, **values: object) -> str:
        shown = {
            name: locales.format_number(value, self.language)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
            for name, value in values.items()
        }
        return self._table[key].format_map(shown)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The form of `key` for `count` items in this language ({count} filled in)."""
        category = locales.plural_category(count, self.language)
        form = f"{key}.{category}" if f"{key}.{category}" in self._table else f"{key}.other"
        return self(form, count=count, **values)

    def date(self, iso: str, precision: str = "") -> str:
        """ "2025-06-16" -> "16 June 2025" / "16 juin 2025" / "2025年6月16日"; other text as typed."""
        return locales.format_iso_date(iso, self.language, precision)

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        """ "a, b and c" with the language's own words and punctuation."""
        return locales.format_list(items, self.language)

    @property
    def rtl(self) -> bool:
        """The brief's language is written right to left: page furniture, lists and notes mirror."""
        return locales.is_rtl(self.language)


@lru_cache(maxsize=8)
def _label_file(path: str) -> dict[str, str]:
    data = load_yaml(Path(path)) or {}
    if not isinstance(data, dict):
        raise ValidationError(f"{path} is not a mapping of labels.")
    table: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):  # plural forms by CLDR category
            table.update({f"{key}.{category}": str(form) for category, form in value.items()})
        else:
            table[str(key)] = str(value)
    return table


def base_labels(language: str) -> dict[str, str]:
    """English, overlaid with the language's own table (labels/<language>.yaml, then
    labels/<language-REGION>.yaml for what a region writes differently)."""
    folder = paths.export_templates_dir() / LABELS_DIR
    table = dict(_label_file(str(folder / "en.yaml")))
    first = locales.primary(language)
    for tag in dict.fromkeys((first, language.replace("_", "-"))):
        path = folder / f"{tag}.yaml"
        if tag != "en" and path.is_file():
            table.update(_label_file(str(path)))
    return table


def label_languages() -> list[str]:
    """The languages with a label table of their own (English first)."""
    folder = paths.export_templates_dir() / LABELS_DIR
    return ["en", *sorted(p.stem for p in folder.glob("*.yaml") if p.stem != "en")]


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
    subgrouping: str = ""
    key_facts: str = "top"
    key_facts_limit: int = 0  # at most this many facts in the box at the top; the rest go with their theme
    citation_style: str = "footnotes"
    citation_form: str = "full"
    citation_format: str = DEFAULT_FORMAT
    language: str = DEFAULT_LANGUAGE
    page_target: int = 0  # pages the template is meant to fill (0: no target)
    cover_page: bool = False
    page_size: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0)  # top right bottom left
    notes_lines: int = 0
    toc_levels: int = 2
    font: str = "sans"  # "sans" or "serif": the bundled Noto family for body text
    heading_font: str = "sans"
    sizes: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SIZES))
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    # labels the template words its own way, by language ("en", "fr" ...; see _label_overrides)
    label_overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    # the template's name and description in other languages: {"fr": {"name": ..., "description": ...}}
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    spacing: float = 1.0  # scales the space around paragraphs

    def labels(self, language: str = "") -> Labels:
        """The label table for `language` (the template's own language by default)."""
        language = language or self.language
        table = base_labels(language)
        for tag in dict.fromkeys((locales.primary(language), language.replace("_", "-"))):
            table.update(self.label_overrides.get(tag, {}))
        return Labels(table, language)

    @property
    def reference_docx(self) -> Path:
        return self.folder / REFERENCE_DOCX

    @property
    def page_mm(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size]

    @property
    def info(self) -> TemplateInfo:
        return TemplateInfo(self.id, self.name, self.description)

    def info_in(self, language: str) -> TemplateInfo:
        """Its name and description in `language` where the manifest gives them, else as written."""
        words = self.translations.get(locales.primary(language), {}) if language else {}
        return TemplateInfo(
            self.id,
            words.get("name") or self.name,
            " ".join((words.get("description") or self.description).split()),
        )


def _choice(data: dict, key: str, allowed: tuple[str, ...], default: str, where: str) -> str:
    value = str(data.get(key, default))
    if value not in allowed:
        raise ValidationError(f"{where}: {key} is {value!r}.", hint=f"Use one of: {', '.join(allowed)}.")
    return value


def _label_overrides(data: object, language: str, where: str) -> dict[str, dict[str, str]]:
    """A manifest's `labels:` by language. `{fr: {key: text}, es: {...}}` words labels per
    language; a flat `{key: text}` (the older form) words them in the template's own language
    only, so an English override never turns up in a French brief."""
    if not data:
        return {}
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: labels is not a mapping.")
    flat = {str(k): str(v) for k, v in data.items() if not isinstance(v, dict)}
    out: dict[str, dict[str, str]] = {}
    if flat:
        out[locales.primary(language)] = flat
    for tag, table in data.items():
        if isinstance(table, dict):
            out.setdefault(str(tag).replace("_", "-"), {}).update({str(k): str(v) for k, v in table.items()})
    return out


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
        raise ValidationError(
            f"{where}: sections {list(sections)} are not valid.",
            hint=f"List 'items' and any of: {', '.join(SECTIONS)}.",
        )
    citation = data.get("citation") or {}
    page = data.get("page") or {}
    fonts = data.get("fonts") or {}
    colours = {**DEFAULT_COLOURS, **{str(k): str(v) for k, v in (data.get("colours") or {}).items()}}
    bad = [k for k, v in colours.items() if not _COLOUR.match(v)]
    if bad:
        raise ValidationError(f"{where}: colour(s) {', '.join(bad)} are not #RRGGBB values.")
    sizes = {**DEFAULT_SIZES, **{str(k): float(v) for k, v in (data.get("sizes") or {}).items()}}
    # notes at least body size minus 1 pt; key messages a step above the body
    sizes.setdefault("note", sizes["body"] - 1)
    sizes.setdefault("key", sizes["body"] + 1)
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
        subgrouping=_choice(data, "subgrouping", SUBGROUPINGS, "", where),
        key_facts=_choice(data, "key_facts", KEY_FACTS, "top", where),
        key_facts_limit=int(data.get("key_facts_limit", 0)),
        citation_style=_choice(citation, "style", STYLES, "footnotes", where),
        citation_form=_choice(citation, "form", FORMS, "full", where),
        citation_format=str(citation.get("format") or DEFAULT_FORMAT),
        language=str(data.get("language") or DEFAULT_LANGUAGE),
        page_target=int(data.get("page_target", 0)),
        cover_page=bool(data.get("cover_page", False)),
        page_size=_choice(page, "size", tuple(PAGE_SIZES), "A4", where),
        margins_mm=margins,
        notes_lines=int(data.get("notes_lines", 0)),
        toc_levels=int(data.get("toc_levels", 2)),
        font=_choice(fonts, "body", FONT_FAMILIES, "sans", where),
        heading_font=_choice(fonts, "heading", FONT_FAMILIES, "sans", where),
        sizes=sizes,
        colours=colours,
        label_overrides=_label_overrides(
            data.get("labels"), str(data.get("language") or DEFAULT_LANGUAGE), where
        ),
        spacing=float(data.get("spacing", 1.0)),
        translations={
            str(lang): {str(k): str(v) for k, v in (words or {}).items()}
            for lang, words in (data.get("translations") or {}).items()
        },
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
