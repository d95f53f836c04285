"""Build the sample briefs of docs/EXPORT.md with every template and render their pages to PNG.

Six packs (the README's three journeys, a mixed-source pack, an Arabic and Chinese pack, every item
of the library) x three templates x two renderings (the PDF writer; the Word file converted by
LibreOffice): one contact sheet of pages each, in docs/images/samples/.

Needs LibreOffice (soffice), pdftoppm (poppler-utils), ImageMagick (montage) and a CJK font for
LibreOffice (Debian: fonts-wqy-microhei), as a Chinese reader has one.
Run: .venv/bin/python scripts/export_samples.py [--keep DIR]

With --languages: the delegate's brief (children + law enforcement) in each of the six UN
languages x three templates x two renderings, in docs/images/samples/languages/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.compose import BriefSpec  # noqa: E402
from app.core.search import Query  # noqa: E402
from app.core.workspace import Workspace  # noqa: E402

IMAGES = ROOT / "docs" / "images" / "samples"
TEMPLATES = ("meeting-brief", "training-handout", "full-dossier")
MAX_PAGES = 6  # pages on one sheet; longer briefs show their first five and their last page

MULTILINGUAL = {
    "ar": "يجب على الدول حماية الأطفال ضحايا الاتجار بالبشر وضمان وصولهم إلى العدالة وسبل الانتصاف الفعالة "
    "دون تمييز من أي نوع.",
    "zh": "各国应保护人口贩运的儿童受害者，并确保他们能够诉诸司法和获得有效补救。各国还应加强数据收集。",
    "ar2": "ندعو جميع الدول إلى تعزيز التعاون عبر الحدود لملاحقة المتاجرين بالبشر.",
    "zh2": "联合国系统各实体将继续支持各国执行《巴勒莫议定书》。",
}


def _search(workspace: Workspace, **query) -> list[str]:
    return [hit.item_id for hit in workspace.search(Query(**query)).hits]


def packs(workspace: Workspace) -> dict[str, BriefSpec]:
    """The sample packs, as the GUI and CLI would make them."""
    key_messages = (
        "Invest in prevention and protection systems that reach every child.",
        "Involve survivors in designing the responses meant for them.",
    )
    children = _search(workspace, themes=("children",), audiences=("justice",))
    migration = _search(workspace, themes=("migration",))
    migration_justice = _search(workspace, themes=("migration",), audiences=("justice",))
    library = list(workspace.library)
    mixed: list[str] = []
    for source_id in sorted(workspace.library.sources):
        of_source = [i for i in library if i.source_id == source_id]
        with_lead = [i.id for i in of_source if i.lead_in][:2]
        mixed += with_lead + [i.id for i in of_source if i.id not in with_lead][:2]
    items = [
        {
            "id": f"ml-{lang}",
            "text": text,
            "locator": f"para {n}",
            "themes": ["children"],
            "audiences": ["states"],
            "kind": "recommendation" if n % 2 else "fact",
        }
        for n, (lang, text) in enumerate(MULTILINGUAL.items(), 1)
    ]
    workspace.edits.add_source(
        {
            "id": "ml-sample",
            "title": "إعلان مشترك — 联合声明",
            "short_title": "إعلان 2024 — 声明",
            "issuer": "Sample issuer (SI)",
            "date": "2024-03-01",
            "language": "ar",
            "text": "\n\n".join(MULTILINGUAL.values()),
        },
        items,
    )

    def spec(
        title: str, ids: list[str], themes: tuple[str, ...] = (), audiences: tuple[str, ...] = (), **extra
    ) -> BriefSpec:
        return BriefSpec.make(
            title=title,
            meeting="Side event, Conference of the Parties, Vienna",
            date="2025-10-14",
            author="Anti-trafficking desk",
            key_messages=key_messages,
            entries=tuple(
                (i, "Raise in the opening statement." if n == 1 else "") for n, i in enumerate(ids)
            ),
            themes=themes,
            audiences=audiences,
            **extra,
        )

    return {
        "delegate": spec("Children and law enforcement", children, ("children",), ("justice",)),
        "trainer": spec("Trafficking and migration", migration, ("migration",)),
        "desk-officer": spec(
            "Migration and law enforcement", migration_justice, ("migration",), ("justice",)
        ),
        "mixed-sources": spec("Five ICAT documents", mixed),
        "arabic-chinese": spec(
            "حماية الأطفال — 儿童保护", [f"ml-{lang}" for lang in MULTILINGUAL] + children[:2], ("children",)
        ),
        "all-items": spec("Every recommendation, commitment and fact", [i.id for i in library]),
    }


# The delegate's own words in each language (a brief's title and key messages are the user's).
LANGUAGE_BRIEFS = {
    "ar": (
        "الأطفال وإنفاذ القانون",
        ("الاستثمار في نظم حماية تصل إلى كل طفل.", "إشراك الناجين في تصميم الاستجابات."),
    ),
    "zh": ("儿童与执法", ("投资于惠及每个儿童的保护系统。", "让幸存者参与设计应对措施。")),
    "en": (
        "Children and law enforcement",
        (
            "Invest in protection systems that reach every child.",
            "Involve survivors in designing the responses.",
        ),
    ),
    "fr": (
        "Enfants et services de détection et de répression",
        (
            "Investir dans des systèmes de protection qui atteignent chaque enfant.",
            "Associer les survivants à la conception des réponses.",
        ),
    ),
    "ru": (
        "Дети и правоохранительные органы",
        (
            "Инвестировать в системы защиты, охватывающие каждого ребенка.",
            "Привлекать пострадавших к разработке мер реагирования.",
        ),
    ),
    "es": (
        "Niños y fuerzas del orden",
        (
            "Invertir en sistemas de protección que lleguen a todos los niños.",
            "Hacer participar a los supervivientes en el diseño de las respuestas.",
        ),
    ),
}


def language_packs(workspace: Workspace) -> dict[str, BriefSpec]:
    """The delegate's brief in each of the six languages: the same quotes, the brief's own words."""
    children = _search(workspace, themes=("children",), audiences=("justice",))[:8]
    return {
        language: BriefSpec.make(
            title=title,
            date="2025-06-16",
            author="Anti-trafficking desk",
            key_messages=messages,
            entries=tuple(
                (i, "Raise in the opening statement." if n == 1 else "") for n, i in enumerate(children)
            ),
            themes=("children",),
            audiences=("justice",),
            language=language,
        )
        for language, (title, messages) in LANGUAGE_BRIEFS.items()
    }


def sheet(pdf: Path, target: Path, work: Path) -> int:
    """All pages (at most MAX_PAGES) of a PDF on one PNG; returns the page count."""
    stem = work / target.stem
    subprocess.run(["pdftoppm", "-r", "45", "-png", str(pdf), str(stem)], check=True)
    pages = sorted(work.glob(f"{target.stem}-*.png"))
    shown = pages if len(pages) <= MAX_PAGES else [*pages[: MAX_PAGES - 1], pages[-1]]
    subprocess.run(
        [
            "montage",
            *map(str, shown),
            "-tile",
            "3x",
            "-geometry",
            "+6+6",
            "-background",
            "#9aa3ab",
            "+dither",
            "-colors",
            "48",
            f"PNG8:{target}",  # 48 colours: a third of the size, text as sharp
        ],
        check=True,
    )
    for page in pages:
        page.unlink()
    return len(pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the exported files in this folder")
    parser.add_argument(
        "--languages",
        action="store_true",
        help="the delegate's brief in the six UN languages (docs/images/samples/languages)",
    )
    args = parser.parse_args()
    images = IMAGES / "languages" if args.languages else IMAGES
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm") or not shutil.which("montage"):
        print("needs soffice, pdftoppm and montage", file=sys.stderr)
        return 2
    images.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["BRIEFPACK_HOME"] = str(work / "home")
        workspace = Workspace()
        out = args.keep or work / "out"
        out.mkdir(parents=True, exist_ok=True)
        docx_files = []
        chosen = language_packs(workspace) if args.languages else packs(workspace)
        for name, spec in chosen.items():
            for template in TEMPLATES:
                folder = out / f"{name}-{template}"
                fit = name == "delegate" and template == "meeting-brief"
                files = workspace.exports.export_brief(
                    BriefSpec.make(**{**spec.__dict__, "template": template}),
                    ["docx", "pdf"],
                    folder,
                    fit=fit,
                )
                docx, pdf = files
                pages = sheet(pdf, images / f"{name}-{template}-pdf.png", work)
                named = work / "docx" / f"{name}-{template}.docx"  # one name each for LibreOffice's output
                named.parent.mkdir(exist_ok=True)
                shutil.copy(docx, named)
                docx_files.append((named, name, template))
                print(f"{name:15} {template:17} {pages:3} pages  {'; '.join(files.problems)[:120]}")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/lo",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                *(str(d) for d, _, _ in docx_files),
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )
        for docx, name, template in docx_files:
            sheet(work / "lo" / f"{docx.stem}.pdf", images / f"{name}-{template}-docx.png", work)
            (work / "lo" / f"{docx.stem}.pdf").unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
