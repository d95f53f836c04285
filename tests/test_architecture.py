"""The architecture's borders: no cycles, a Qt-free core, the front ends through the facade, one name each."""

from __future__ import annotations

import ast
import re
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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in APP.rglob("*.py")}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The nodes under `if TYPE_CHECKING:` (imported for type hints, never at run time)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped.update(id(n) for n in ast.walk(child))
    return skipped


def _app_imports(path: Path) -> set[str]:
    """The app modules a module imports at run time, at its top or inside a function."""
    return _imports_in(path.read_text("utf-8"), _module_name(path), path.name == "__init__.py")


def _imports_in(source: str, me: str, package: bool = False) -> set[str]:
    tree = ast.parse(source)
    skipped = _type_checking_only(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = me.split(".")[: len(me.split(".")) - node.level + package]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:  # "from app.core import hashing" imports the module hashing
                found.add(f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module)
    return {name for name in found if name in MODULES and name != me}


def _dependencies(name: str, imports: set[str]) -> set[str]:
    """What importing a module runs: what it imports, and the packages of those (importing
    app.core.packs.pack runs app/core/packs/__init__.py first), less its own packages (being
    imported already)."""
    own = {".".join(name.split(".")[:n]) for n in range(1, name.count(".") + 2)}
    packages = {".".join(m.split(".")[:n]) for m in imports for n in range(2, m.count(".") + 1)}
    return {m for m in imports | packages if m in MODULES and m not in own}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return groups


def test_no_import_cycles():
    """No two modules import each other, directly or round a loop, even from inside a function
    (a deferred import hides a cycle; it does not remove it)."""
    graph = {name: _dependencies(name, _app_imports(path)) for name, path in MODULES.items()}
    assert _cycles(graph) == []


def test_the_cycle_check_sees_imports_inside_functions():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from app.core.library import Library\n"
        "def f():\n    from app.core import hashing\n    from . import text\n"
    )
    assert _imports_in(source, "app.core.models") == {"app.core.hashing", "app.core.text"}
    assert _dependencies("app.core.storage", {"app.core.packs.pack"}) == {
        "app.core.packs.pack",
        "app.core.packs",
    }
    graph = {
        "app.core.a": {"app.core.b"},
        "app.core.b": {"app.core.c"},
        "app.core.c": {"app.core.a"},
        "app.core.d": {"app.core.a"},
    }
    assert _cycles(graph) == [["app.core.a", "app.core.b", "app.core.c"]]


# What the window and the command line may take from the core: the facade, the types its methods
# take and return, pure edits of those values, and the few helpers an entry point needs itself.
FRONT_END_MAY_IMPORT = {
    # the facade
    "app.core.workspace",
    # types and constants
    "app.core.errors",
    "app.core.models",
    "app.core.taxonomy",
    "app.core.library",
    "app.core.brief",
    "app.core.locales",
    "app.core.preferences",
    "app.core.store_repair",
    "app.core.search",
    "app.core.search.contract",
    "app.core.packs",
    "app.core.packs.pack",
    "app.core.packs.store",
    "app.core.packs.snapshots",
    "app.core.importing.draft",
    "app.core.importing.readers",
    "app.core.export",
    # pure edits and text made from values
    "app.core.packs.edits",
    "app.core.packs.merge",
    "app.core.importing",
    "app.core.importing.review",
    "app.core.citations",
    "app.core.search.syntax",
    "app.core.phrases",
    # what an entry point sets up itself: its log, crash files written atomically
    "app.core.logs",
    "app.core.atomic",
    # reading many documents in worker processes: the front end shows the progress itself
    "app.core.importing.bulk",
    "app.core.importing.commit",
}


def test_front_ends_use_the_facade():
    """The GUI and the CLI reach the core through the Workspace, its types and pure edits."""
    offenders = []
    for name, path in MODULES.items():
        if name.startswith(("app.gui", "app.cli")):
            used = {m for m in _app_imports(path) if m.startswith("app.core")}
            offenders += [f"{name} imports {m}" for m in sorted(used - FRONT_END_MAY_IMPORT)]
    assert offenders == []


def test_the_front_ends_allowed_list_names_modules_that_exist():
    """A module renamed or removed leaves no stale name allowed in its place."""
    assert sorted(FRONT_END_MAY_IMPORT - MODULES.keys()) == []


# Several writers, one per format, and the base they share: the same kind of thing in each package.
SHARED_MODULE_NAMES = {"__init__", "writer"}


def test_no_two_modules_share_a_name():
    """A module's name says what it is: two files of one name in different packages would be two
    things read as one (as were two session.py, three model.py and two service.py)."""
    places: dict[str, list[str]] = {}
    for name in MODULES:
        path = MODULES[name]
        places.setdefault(path.stem, []).append(str(path.relative_to(ROOT)))
    shared = {stem: paths for stem, paths in places.items() if len(paths) > 1}
    assert {stem: paths for stem, paths in shared.items() if stem not in SHARED_MODULE_NAMES} == {}


def test_no_two_classes_share_a_name():
    """One class name, one thing, across the whole app (a query word is a Word, not a Term)."""
    places: dict[str, list[str]] = {}
    for name, path in MODULES.items():
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.ClassDef):
                places.setdefault(node.name, []).append(name)
    assert {cls: names for cls, names in places.items() if len(names) > 1} == {}


def _modules_importing(package: str) -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in APP.rglob("*.py") if package in _imports(path))


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
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "", f"Qt imported by the core or CLI: {result.stdout}"


def test_no_source_file_in_core_mentions_pyside():
    offenders = [p for p in _modules_importing("PySide6") if not p.startswith("app/gui/")]
    assert offenders == []


def test_each_heavy_library_is_imported_by_one_module():
    """One module imports each: the rest of its package takes the names from it, so the library's
    reach is one file to read (and to replace)."""
    assert _modules_importing("tinydb") == ["app/core/storage.py"]
    assert _modules_importing("filelock") == ["app/core/store_lock.py"]
    assert _modules_importing("reportlab") == ["app/core/export/pdf/rl.py"]
    assert _modules_importing("docx") == ["app/core/export/docx/pydocx.py"]
    assert _modules_importing("lxml") == ["app/core/export/docx/pydocx.py"]


def test_the_core_leaves_the_garbage_collector_to_the_entry_points():
    """One policy (app/gc_policy.py), applied by the window and the command line: a collector
    paused or frozen inside the core would reach every program using it, worker threads too."""
    assert [m for m in _modules_importing("gc") if m.startswith("app/core/")] == []
    assert _modules_importing("gc") == ["app/gc_policy.py"]


def test_every_module_has_a_docstring():
    missing = [
        str(path.relative_to(ROOT))
        for path in APP.rglob("*.py")
        if path.stat().st_size and ast.get_docstring(ast.parse(path.read_text("utf-8"))) is None
    ]
    assert missing == []


def test_the_document_tree_does_not_depend_on_the_writers():
    """compose, the tree, templates and branding sit beside each other; export only renders them."""
    for name in (
        "compose.py",
        "document.py",
        "grouping.py",
        "templates.py",
        "branding.py",
        "brief.py",
        "citations.py",
        "citation_notes.py",
    ):
        tree = ast.parse((APP / "core" / name).read_text("utf-8"))
        modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        modules |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        assert not any(m.startswith("app.core.export") for m in modules), name


PATH_IN_DOCS = re.compile(r"`((?:app|tests|scripts|benchmarks|packaging)/[^`<>* ]+)`")


def test_the_documents_name_modules_that_exist():
    """A module renamed or moved is renamed in docs/ too (app/_bundled/ is made by a build)."""
    missing = []
    for doc in sorted((ROOT / "docs").glob("*.md")):
        for path in PATH_IN_DOCS.findall(doc.read_text("utf-8")):
            if not path.startswith("app/_bundled/") and not (ROOT / path).exists():
                missing.append(f"{doc.name}: {path}")
    assert missing == []
