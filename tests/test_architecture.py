"""The architecture's borders: a Qt-free core, one module per heavy library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules_importing(package: str) -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for path in APP.rglob("*.py") if package in _imports(path)
    )


def test_core_and_cli_import_no_qt():
    code = (
        "import sys, app.core, app.cli, app.core.workspace, pkgutil, importlib\n"
        "import app.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'app.core.'):\n"
        "    m.name.endswith('__main__') or importlib.import_module(m.name)\n"
        "for m in pkgutil.walk_packages(__import__('app.cli').cli.__path__, 'app.cli.'):\n"
        "    m.name.endswith('__main__') or importlib.import_module(m.name)\n"
        "app.cli.build_parser()\n"
        "bad = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported by the core or CLI: {result.stdout}"


def test_no_source_file_in_core_mentions_pyside():
    offenders = [p for p in _modules_importing("PySide6") if not p.startswith("app/gui/")]
    assert offenders == []


def test_each_heavy_library_is_imported_by_one_module():
    for package in ("tinydb", "docx", "reportlab", "filelock"):
        users = _modules_importing(package)
        assert len(users) <= 1, f"{package} is imported by {users}"
    assert _modules_importing("tinydb") == ["app/core/storage.py"]
    assert _modules_importing("filelock") == ["app/core/store_lock.py"]


def test_every_module_has_a_docstring():
    missing = [
        str(path.relative_to(ROOT))
        for path in APP.rglob("*.py")
        if path.stat().st_size and ast.get_docstring(ast.parse(path.read_text("utf-8"))) is None
    ]
    assert missing == []


def test_the_document_tree_does_not_depend_on_the_writers():
    """compose, the tree, templates and branding sit beside each other; export only renders them."""
    for name in ("compose.py", "document.py", "grouping.py", "templates.py", "branding.py", "brief.py",
                 "citations.py", "citation_notes.py"):
        tree = ast.parse((APP / "core" / name).read_text("utf-8"))
        modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        modules |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        assert not any(m.startswith("app.core.export") for m in modules), name
