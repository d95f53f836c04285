"""The Linux package as a user installs it: the .deb unpacked into a throw-away root, then the
installed `briefpack` and `briefpack-gui` run from outside the checkout, with none of our Python on
the PATH. `.ci/run` builds the package (`make dist`) and names it in BRIEFPACK_DEB."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app import __version__
from tests.export.conftest import pick
from tests.export.helpers import paragraphs, pdf_pages, squash

PACKAGE = os.environ.get("BRIEFPACK_DEB", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PACKAGE, reason="no package named in BRIEFPACK_DEB (`make dist` builds one; "
                                           ".ci/run builds it and runs these tests)"),
]


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """The package unpacked as dpkg would install it, into its own root."""
    target = tmp_path_factory.mktemp("installed")
    subprocess.run(["dpkg-deb", "-x", PACKAGE, str(target)], check=True)
    return target


def run(root: Path, tmp_path: Path, *command: str, **env: str) -> subprocess.CompletedProcess:
    """A command of the package, as a user runs it: the package's bin first on a system PATH (no
    virtual environment), a home and a data folder of its own, started outside the checkout."""
    home = tmp_path / "user"
    home.mkdir(exist_ok=True)
    clean = {"PATH": f"{root}/usr/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
             "BRIEFPACK_HOME": str(home / "briefpack-data"), **env}
    return subprocess.run(list(command), cwd=home, env=clean, capture_output=True, text=True, timeout=180)


def test_the_package_declares_its_commands_desktop_entry_and_file_type():
    fields = subprocess.run(["dpkg-deb", "-f", PACKAGE, "Package", "Version", "Depends"], check=True,
                            capture_output=True, text=True).stdout
    assert "Package: briefpack" in fields and f"Version: {__version__}" in fields
    assert "libxcb-cursor0" in fields   # Qt's xcb plugin needs it and Debian does not pull it in
    size = Path(PACKAGE).stat().st_size
    assert size <= 120 * 1000 * 1000, f"the package is {size / 1e6:.0f} MB (goal: 120 MB at most)"


def test_files_are_where_the_desktop_looks(root):
    for command in ("briefpack", "briefpack-gui"):
        link = root / "usr" / "bin" / command
        assert link.is_symlink() and not Path(os.readlink(link)).is_absolute()
        assert link.resolve() == (root / "usr" / "lib" / "briefpack" / command).resolve()
        assert os.access(link.resolve(), os.X_OK)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(root / "usr" / "share" / "applications" / "briefpack.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "briefpack-gui %f" and desktop["Icon"] == "briefpack"
    assert "application/x-briefpack" in desktop["MimeType"]
    mime = (root / "usr" / "share" / "mime" / "packages" / "briefpack.xml").read_text(encoding="utf-8")
    assert 'type="application/x-briefpack"' in mime and 'pattern="*.briefpack"' in mime
    assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "briefpack.svg").is_file()
    if shutil.which("desktop-file-validate"):
        desktop_file = root / "usr" / "share" / "applications" / "briefpack.desktop"
        checked = subprocess.run(["desktop-file-validate", str(desktop_file)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def installed_files(root: Path) -> dict[str, int]:
    """Every file of the installation with its modification time: what running it must not change."""
    return {str(path): path.lstat().st_mtime_ns for path in (root / "usr").rglob("*")}


def test_the_installed_command_checks_the_library_and_builds_a_brief(root, tmp_path, workspace):
    before = installed_files(root)
    version = run(root, tmp_path, "briefpack", "--version")
    assert version.returncode == 0 and f"briefpack {__version__} (self-contained build" in version.stdout
    checked = run(root, tmp_path, "briefpack", "library", "check")
    assert checked.returncode == 0, checked.stderr
    assert "library OK" in checked.stdout
    ids = pick(workspace, 6)
    out = tmp_path / "out"
    built = run(root, tmp_path, "briefpack", "build", "--items", *ids, "--title", "Border officials",
                "--format", "docx,pdf", "-o", str(out))
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in out.iterdir()) == ["Border officials.docx", "Border officials.pdf"]
    word = squash(" ".join(text for _style, text in paragraphs(out / "Border officials.docx")))
    pdf = squash(" ".join(pdf_pages(out / "Border officials.pdf")))
    for item_id in ids:
        quote = squash(workspace.item(item_id).text)
        assert quote in word, f"{item_id} is not quoted whole in the DOCX"
        assert quote in pdf, f"{item_id} is not quoted whole in the PDF"
    assert installed_files(root) == before, "the command wrote inside its installation folder"


def test_the_installed_window_starts_and_opens_a_pack_file(root, tmp_path, workspace):
    from app.core.packs import add_items, new_pack

    pack = workspace.packs.save(add_items(new_pack("Shared with me"), pick(workspace, 3)))
    shared = workspace.packs.export_file(pack.id, tmp_path / "Shared with me.briefpack")
    before = installed_files(root)
    started = run(root, tmp_path, "briefpack-gui", "--smoke-test", str(shared), QT_QPA_PLATFORM="offscreen")
    assert started.returncode == 0, started.stderr
    assert "items shown" in started.stdout
    listed = run(root, tmp_path, "briefpack", "pack", "list")
    assert "Shared with me" in listed.stdout, listed.stdout + listed.stderr
    french = run(root, tmp_path, "briefpack-gui", "--smoke-test", QT_QPA_PLATFORM="offscreen", LANGUAGE="fr")
    assert french.returncode == 0, french.stderr
    assert "window language fr: 2 catalogue(s)" in french.stdout   # Briefpack's and Qt's
    assert installed_files(root) == before, "the window wrote inside its installation folder"
