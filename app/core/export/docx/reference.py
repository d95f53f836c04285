"""The reference.docx of a template, built from its manifest: page, fonts and every style the
Word writer uses (scripts/make_reference_docx.py writes it into export_templates/)."""

from __future__ import annotations

import io

from app.core.export.docx import wordml as dx
from app.core.export.docx.pydocx import (
    RT,
    WD_LINE_SPACING,
    WD_STYLE_TYPE,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
    Mm,
    Pt,
    RGBColor,
    XmlPart,
    etree,
    parse_xml,
)
from app.core.export.docx.pydocx import (
    Document as WordDocument,
)
from app.core.export.docx.styles import BUILT_IN, FONT_FALLBACKS, FONT_NAMES, STYLES, StyleSpec
from app.core.templates import Template

W = dx.W_TAG


def build_reference_docx(template: Template) -> bytes:
    """A reference.docx with every style the writer uses, set from the template's manifest."""
    document = WordDocument()
    body = document.element.body
    for child in list(body):
        if child.tag != f"{W}sectPr":
            body.remove(child)
    section = document.sections[0]
    width_mm, height_mm = template.page_mm
    top, right, bottom, left = template.margins_mm
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = section.footer_distance = Mm(min(top, bottom) / 2)
    text_width = Mm(width_mm - left - right)
    styles = document.styles.element
    # fonts named directly, not through the theme (a theme font wins over a named one)
    for fonts in styles.iter(f"{W}rFonts"):
        for attribute in [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")]:
            del fonts.attrib[attribute]
    by_name = {s.name.lower(): s for s in document.styles}
    for spec in STYLES:
        style = by_name.get(spec.name.lower())
        if style is None:
            kind = WD_STYLE_TYPE.CHARACTER if spec.kind == "character" else WD_STYLE_TYPE.PARAGRAPH
            style = document.styles.add_style(spec.name, kind)
            style.element.set(f"{W}styleId", spec.style_id)
            by_name[spec.name.lower()] = style
        if spec.name.lower() in BUILT_IN:
            style.element.attrib.pop(f"{W}customStyle", None)
        if spec.base:
            style.base_style = by_name[spec.base.lower()]
        style.hidden = False
        style.quick_style = spec.kind == "paragraph"
        _apply(style, spec, template, text_width)
    for ics in styles.iter(f"{W}iCs"):  # Arabic and Hebrew have no italics: never slant them
        ics.set(f"{W}val", "0")
    latent = styles.find(f"{W}latentStyles")
    if latent is not None:
        styles.remove(latent)
    _font_table(document, template)
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == dx.THUMBNAIL:
            del package.rels[rel_id]
    document.core_properties.title = template.name
    document.core_properties.comments = dx.cut_at_word(template.description)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _font_table(document, template: Template) -> None:
    """Name the bundled families in the font table with a fallback for machines without them."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            table = rel.target_part
            break
    else:
        return
    element = parse_xml(table.blob) if not isinstance(table, XmlPart) else table.element
    for family in dict.fromkeys((template.font, template.heading_font)):
        fallback, kind = FONT_FALLBACKS[family]
        element.append(
            parse_xml(
                f'<w:font {dx.NS} w:name="{FONT_NAMES[family]}"><w:altName w:val="{fallback}"/>'
                f'<w:charset w:val="00"/><w:family w:val="{kind}"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    if not isinstance(table, XmlPart):
        table._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _apply(style, spec: StyleSpec, template: Template, text_width) -> None:
    font = style.font
    font.name = FONT_NAMES[template.heading_font if spec.font == "heading" else template.font]
    if spec.size:
        font.size = Pt(template.sizes[spec.size])
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.colour:
        font.color.rgb = RGBColor.from_string(template.colours[spec.colour].lstrip("#").upper())
    if spec.superscript:
        font.superscript = True
    if spec.caps:
        font.all_caps = True
    rpr = style.element.get_or_add_rPr()
    for name in ("spacing", "kern"):  # python-docx's Title is letter-spaced
        for old in rpr.findall(f"{W}{name}"):
            rpr.remove(old)
    # right-to-left and complex-script text takes its weight and size from bCs and szCs
    bold = rpr.find(f"{W}b")
    if bold is not None:
        for old in rpr.findall(f"{W}bCs"):
            rpr.remove(old)
        bold.addnext(parse_xml(f'<w:bCs {dx.NS} w:val="{bold.get(f"{W}val", "1")}"/>'))
    size = rpr.find(f"{W}sz")
    if size is not None:
        for old in rpr.findall(f"{W}szCs"):
            rpr.remove(old)
        size.addnext(parse_xml(f'<w:szCs {dx.NS} w:val="{size.get(f"{W}val")}"/>'))
    italic = rpr.find(f"{W}i")
    if italic is not None:
        # right-to-left text follows iCs; Arabic and Hebrew have no italics, so never slant them
        for old in rpr.findall(f"{W}iCs"):
            rpr.remove(old)
        italic.addnext(parse_xml(f'<w:iCs {dx.NS} w:val="0"/>'))
    fonts = rpr.get_or_add_rFonts()
    fonts.set(f"{W}cs", "Noto Naskh Arabic")
    fonts.set(f"{W}eastAsia", "Microsoft YaHei")
    if spec.kind == "character":
        return
    fmt = style.paragraph_format
    scale = template.spacing
    if spec.before is not None:
        fmt.space_before = Pt(spec.before * scale)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after * scale)
    if spec.indent_mm or spec.hanging_mm:
        fmt.left_indent = Mm(spec.indent_mm + spec.hanging_mm)
    if spec.hanging_mm:
        fmt.first_line_indent = Mm(-spec.hanging_mm)
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.line_pt:
        fmt.line_spacing = Pt(spec.line_pt)
    elif spec.size:
        # lines as tall as the PDF's (1.38 times the size; Word's single spacing for Noto is 1.36)
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        factor = 1.32 if spec.font == "heading" else 1.38
        fmt.line_spacing = Pt(round(template.sizes[spec.size] * factor, 1))
    if spec.align:
        fmt.alignment = {"center": 1, "right": 2}[spec.align]
    if spec.tab_right:
        # Word's Header and Footer bring a centre tab that the page number would hit
        fmt.tab_stops.clear_all()
        leader = {"dots": WD_TAB_LEADER.DOTS, "lines": WD_TAB_LEADER.LINES}.get(
            spec.leader, WD_TAB_LEADER.SPACES
        )
        fmt.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, leader)
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(f"{W}pBdr"):  # python-docx's blue rule under Title
        ppr.remove(old)
    successors = (
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:bidi",
        "w:spacing",
        "w:ind",
        "w:jc",
        "w:outlineLvl",
        "w:rPr",
    )
    rule = template.colours["rule"].lstrip("#")
    accent = template.colours["accent"].lstrip("#")
    if spec.border:
        sides = {
            "left": [("left", accent, 18, 8)],
            "bottom": [("bottom", rule, 6, 2)],
            "box": [(s, rule, 6, 4) for s in ("top", "left", "bottom", "right")],
        }[spec.border]
        inner = "".join(
            f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'
            for side, colour, size, space in sides
        )
        ppr.insert_element_before(parse_xml(f"<w:pBdr {dx.NS}>{inner}</w:pBdr>"), *successors)
    if spec.shading:
        fill = template.colours[spec.shading].lstrip("#")
        ppr.insert_element_before(
            parse_xml(f'<w:shd {dx.NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'), *successors[1:]
        )
    if spec.name == "TOC Heading":
        ppr.insert_element_before(parse_xml(f'<w:outlineLvl {dx.NS} w:val="9"/>'), "w:rPr")
