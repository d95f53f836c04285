"""Build hook: copy the bundled data folders into the wheel under app/_bundled."""

import shutil
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
                shutil.copytree(source, target / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithBundledData})
