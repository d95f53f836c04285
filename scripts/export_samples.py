"""Build a sample brief with each template and render its pages to PNG for docs/images.

Needs LibreOffice (soffice) for the DOCX pages and pdftoppm (poppler-utils).
Run: .venv/bin/python scripts/export_samples.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.compose import BriefSpec  # noqa: E402
from app.core.workspace import Workspace  # noqa: E402

IMAGES = ROOT / "docs" / "images"
PAGES = {"meeting-brief": (1, 2), "training-handout": (1, 2), "full-dossier": (1, 2, 3)}


def sample(workspace: Workspace, template: str) -> BriefSpec:
    children = [i.id for i in workspace.library if "children" in i.themes]
    count = {"meeting-brief": 10, "training-handout": 12, "full-dossier": 40}[template]
    if template == "training-handout":   # preamble facts and actions: key-fact boxes per theme
        ids = [i.id for i in workspace.library.items_of("icat-child-2023")][:count]
    elif template == "full-dossier":
        ids = [i.id for i in workspace.library][::4][:count]
    else:
        ids = children[:count]
    return BriefSpec.make(
        title="Ending child trafficking by 2025",
        subtitle="Brief for the delegation" if template == "meeting-brief" else "Recommendations and facts",
        meeting="Side event, Conference of the Parties, Vienna",
        date="2025-10-14",
        author="Anti-trafficking desk",
        audience_note="Head of delegation and advisers." if template == "meeting-brief" else "",
        key_messages=("Invest in prevention and protection systems that reach every child.",
                      "Involve survivors in designing the responses meant for them.",
                      "Close the data gaps on child trafficking."),
        entries=tuple((i, "Raise in the opening statement." if n == 1 else "") for n, i in enumerate(ids)),
        template=template,
    )


MULTILINGUAL = {
    "fr": "Les États doivent protéger les enfants victimes de la traite et garantir leur accès à la justice.",
    "ru": "Государства должны защищать детей, ставших жертвами торговли людьми, и обеспечивать им доступ "
          "к правосудию.",
    "ar": "يجب على الدول حماية الأطفال ضحايا الاتجار بالبشر وضمان وصولهم إلى العدالة وسبل الانتصاف الفعالة "
          "دون تمييز من أي نوع.",
    "zh": "各国应保护人口贩运的儿童受害者，并确保他们能够诉诸司法和获得有效补救。",
}


def multilingual(workspace: Workspace) -> BriefSpec:
    items = [{"id": f"ml-{lang}", "text": text, "locator": f"para {n}", "themes": ["children"],
              "audiences": ["states"], "kind": "recommendation"}
             for n, (lang, text) in enumerate(MULTILINGUAL.items(), 1)]
    workspace.add_source({"id": "ml-sample", "title": "Déclaration commune — إعلان مشترك — 联合声明",
                          "short_title": "Déclaration 2024", "issuer": "Sample issuer (SI)",
                          "date": "2024-03-01",
                          "text": "\n\n".join(MULTILINGUAL.values())}, items)
    return BriefSpec.make(title="Protection des enfants — حماية الأطفال — 儿童保护",
                     subtitle="Защита детей", key_messages=("الأطفال أولاً.", "儿童优先。"),
                     entries=tuple((f"ml-{lang}", "") for lang in MULTILINGUAL), template="meeting-brief")


def render(pdf: Path, stem: str, pages: tuple[int, ...]) -> None:
    for page in pages:
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(pdf), str(IMAGES / f"{stem}-p{page}")], check=True)


def main() -> int:
    soffice = shutil.which("soffice")
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFPACK_HOME"] = str(Path(tmp) / "home")
        workspace = Workspace()
        for template, pages in PAGES.items():
            out = Path(tmp) / template
            docx_path, pdf_path = workspace.export_brief(sample(workspace, template), ["docx", "pdf"], out)
            render(pdf_path, f"{template}-pdf", pages)
            if soffice:
                subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                                "--convert-to", "pdf", "--outdir", str(out / "lo"), str(docx_path)],
                               check=True, capture_output=True)
                render(out / "lo" / pdf_path.name, f"{template}-docx", pages)
        out = Path(tmp) / "multilingual"
        docx_path, pdf_path = workspace.export_brief(multilingual(workspace), ["docx", "pdf"], out)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf_path),
                        str(IMAGES / "multilingual-pdf")], check=True)
        if soffice:
            subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out / "lo"), str(docx_path)],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                            str(out / "lo" / pdf_path.name), str(IMAGES / "multilingual-docx")], check=True)
        workspace.close()
    print(f"pages written to {IMAGES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
