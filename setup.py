"""Build hook: copy the bundled data folders into the wheel under app/_bundled, and compile the
window's translations (.ts -> .qm) into it."""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("library", "export_templates", "resources")


class BuildWithBundledData(build_py):
    """Ship library/, export_templates/ and resources/ inside the package."""

    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "app" / "_bundled"
        for name in BUNDLED:
            source = root / name
            if source.is_dir():
                shutil.copytree(
                    source,
                    target / name,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )
        build_translations(root, target / "resources" / "translations")


def build_translations(root: Path, target: Path) -> None:
    """The window's catalogues (.qm) beside their sources, compiled with PySide6's lrelease.

    Where the build environment has no PySide6 (an isolated build with only setuptools), the
    wheel carries the .ts sources and the app compiles them into its cache on first start; a
    build that must ship them compiled (the frozen app) runs in an environment with PySide6
    installed, or calls `python -m app.gui.catalogues resources/translations TARGET` itself."""
    sys.path.insert(0, str(root))
    from app.gui.catalogues import build_catalogues, lrelease

    if lrelease() is None:
        print("warning: no lrelease here; the window's translations are compiled on first start")
        return
    for path in build_catalogues(root / "resources" / "translations", target):
        print(f"compiled {path.name}")


setup(cmdclass={"build_py": BuildWithBundledData})
