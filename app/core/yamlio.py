"""Reading the bundled YAML files fast (libyaml when present)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is 5-10x faster at start-up; the pure-Python loader is the fallback.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; errors name the file."""
    from app.core.errors import ValidationError

    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name} is not valid YAML.", detail=str(exc)) from exc
