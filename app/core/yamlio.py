"""Reading the bundled YAML files fast (libyaml when present)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.errors import ValidationError


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; errors name the file."""
    # Imported here: a warm start reads the bundled library from its cache and needs no YAML.
    import yaml

    # libyaml is 5-10x faster; the pure-Python loader is the fallback.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=loader)
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name} is not valid YAML.", detail=str(exc)) from exc
