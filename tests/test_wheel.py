"""The installed wheel finds its bundled library outside the checkout (built and installed
offline from a local wheelhouse; skipped, saying why, when neither it nor the index can serve)."""

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


# Wheels of the build backend and of the runtime requirements, kept between runs: filled once
# while the package index is reachable, then the test builds and installs with --no-index.
WHEELHOUSE = Path(os.environ.get("BRIEFPACK_WHEELHOUSE", ROOT / ".venv" / "wheelhouse"))
BUILD_REQUIREMENTS = ["setuptools>=77", "wheel"]
# Fail at once rather than retry for minutes when there is no network.
ONLINE = ["--retries", "0", "--timeout", "15"]


def _pip(python: Path | str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-m", "pip", *args], capture_output=True, text=True)


def _from_wheelhouse(python: Path | str, step: list[str], fill: list[str]) -> None:
    """Run a pip step offline from the wheelhouse; fill the wheelhouse from the index first when
    it lacks something (skipped, with the reason, when the index is unreachable too)."""
    offline = ["--no-index", "--find-links", str(WHEELHOUSE)]
    if _pip(python, *step, *offline).returncode == 0:
        return
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    filled = _pip(sys.executable, "wheel", "--quiet", *ONLINE, "-w", str(WHEELHOUSE), *fill)
    if filled.returncode != 0:
        pytest.skip(
            f"the package index is unreachable and {WHEELHOUSE} lacks wheels for {' '.join(fill)}; "
            "run the tests once with the index reachable to fill it"
        )
    result = _pip(python, *step, *offline)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_wheel_installs_and_checks_its_library_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    _from_wheelhouse(
        sys.executable, ["wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)], BUILD_REQUIREMENTS
    )
    wheel = next(dist.glob("briefpack-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert any(n.startswith("app/_bundled/library/items/") for n in names)
    assert any(n.startswith("app/_bundled/library/sources/") for n in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    requirements = _requirements(wheel)
    # the command line needs no Qt: the wheel without its dependencies, then all but PySide6
    _from_wheelhouse(python, ["install", "--quiet", "--no-deps", str(wheel)], BUILD_REQUIREMENTS)
    _from_wheelhouse(python, ["install", "--quiet", *requirements], requirements)

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["BRIEFPACK_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [str(env_dir / "bin" / "briefpack"), "library", "check"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "library OK" in result.stdout
    assert "items in 5 sources" in result.stdout
