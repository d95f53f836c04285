"""Where the bundled data and the user's data folder are, in a checkout or a wheel."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED_IN_WHEEL = _PACKAGE_DIR / "_bundled"
_CHECKOUT_ROOT = _PACKAGE_DIR.parent

HOME_ENV = "BRIEFPACK_HOME"


def _bundled(name: str) -> Path:
    """Find a bundled folder: inside the installed package first, else the checkout."""
    for base in (_BUNDLED_IN_WHEEL, _CHECKOUT_ROOT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Briefpack's bundled '{name}' folder is missing (looked in {_BUNDLED_IN_WHEEL} and "
        f"{_CHECKOUT_ROOT}); reinstall Briefpack."
    )


def library_dir() -> Path:
    """The bundled library: sources, items, taxonomy."""
    return _bundled("library")


def export_templates_dir() -> Path:
    """The bundled export templates, one folder each."""
    return _bundled("export_templates")


def resources_dir() -> Path:
    """Icons, fonts and other resources."""
    return _bundled("resources")


def user_data_dir() -> Path:
    """The user's data folder; BRIEFPACK_HOME overrides the platform default."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        path = user_data_path("Briefpack", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
