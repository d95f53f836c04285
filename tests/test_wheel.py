"""The installed wheel finds its bundled library outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _requirements(wheel: Path) -> list[str]:
    """Runtime requirements from the wheel's metadata, without the Qt bindings (the CLI needs none)."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode("utf-8")
    requirements = []
    for line in metadata.splitlines():
        if line.startswith("Requires-Dist:") and "extra ==" not in line:
            requirement = line.split(":", 1)[1].strip()
            if not requirement.lower().startswith("pyside6"):
                requirements.append(requirement)
    return requirements


@pytest.mark.slow
def test_wheel_installs_and_checks_its_library_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, cwd=tmp_path)
    wheel = next(dist.glob("briefpack-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert any(n.startswith("app/_bundled/library/items/") for n in names)
    assert any(n.startswith("app/_bundled/library/sources/") for n in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *_requirements(wheel)], check=True)

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["BRIEFPACK_HOME"] = str(tmp_path / "home")
    result = subprocess.run([str(env_dir / "bin" / "briefpack"), "library", "check"], cwd=outside, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "library OK" in result.stdout
    assert "items in 5 sources" in result.stdout
