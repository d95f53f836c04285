"""Regenerate each bundled template's reference.docx from its template.yaml."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.export.docx.reference import build_reference_docx  # noqa: E402
from app.core.templates import list_templates  # noqa: E402


def main() -> int:
    for template in list_templates([ROOT / "export_templates"]):
        template.reference_docx.write_bytes(build_reference_docx(template))
        print(f"wrote {template.reference_docx.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
