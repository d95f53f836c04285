"""`make dist`: freeze Briefpack with PyInstaller and package it for the machine it runs on
(Linux: a folder, a .tar.gz and a .deb; Windows and macOS: the folder or app, zipped)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

# System libraries Qt's xcb platform plugin and the fonts need; PyInstaller ships Qt itself but,
# rightly, not these (they belong to the desktop the app runs on).
DEB_DEPENDS = (
    "libc6 (>= 2.31), libegl1, libgl1, libglib2.0-0, libfontconfig1, libfreetype6, "
    "libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, "
    "libxcb-keysyms1, libxcb-shape0"
)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def compile_translations(target: Path) -> list[Path]:
    """The window's catalogues (.qm): the frozen app has no lrelease to compile them later."""
    from app.gui.catalogues import build_catalogues

    return build_catalogues(ROOT / "resources" / "translations", target)


def icon_for_freezer(work: Path) -> str:
    """Windows and macOS take a raster icon (PyInstaller converts a PNG with Pillow); Linux desktops
    use the SVG the .deb installs, so nothing is needed there."""
    if sys.platform.startswith("linux"):
        return ""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs one)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "briefpack.svg")).render(painter)
    painter.end()
    png = work / "briefpack.png"
    image.save(str(png))
    return str(png)


def build_record(work: Path) -> Path:
    """build.json: what Help > About and `--version` say about this build."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = ""
    record = {
        "kind": "self-contained build",
        "date": time.strftime("%Y-%m-%d"),
        "platform": f"{sys.platform}-{platform.machine()}",
    }
    if commit:
        record["commit"] = commit
    target = work / "build.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return target


def freeze(dist: Path, work: Path) -> Path:
    qm_dir = work / "qm"
    compile_translations(qm_dir)
    env = dict(
        os.environ,
        BRIEFPACK_QM_DIR=str(qm_dir),
        BRIEFPACK_BUILD_FILE=str(build_record(work)),
        BRIEFPACK_ICON=icon_for_freezer(work),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "briefpack.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return dist / "briefpack"


def machine() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def make_tarball(folder: Path, dist: Path) -> Path:
    target = dist / f"briefpack-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:  # 9 takes much longer for ~1 % less
        tar.add(folder, arcname=f"briefpack-{__version__}")
    return target


def make_deb(folder: Path, dist: Path, work: Path) -> Path:
    """A .deb: the folder in /usr/lib/briefpack, both commands on the PATH (relative links, so a
    package unpacked into any root works), the desktop entry, icon and .briefpack MIME type."""
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    lib = root / "usr" / "lib" / "briefpack"
    shutil.copytree(folder, lib, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command in ("briefpack", "briefpack-gui"):
        (bin_dir / command).symlink_to(f"../lib/briefpack/{command}")
    share = root / "usr" / "share"
    placed = (
        (HERE / "linux" / "briefpack.desktop", share / "applications" / "briefpack.desktop"),
        (HERE / "linux" / "briefpack-mime.xml", share / "mime" / "packages" / "briefpack.xml"),
        (
            ROOT / "resources" / "icons" / "briefpack.svg",
            share / "icons" / "hicolor" / "scalable" / "apps" / "briefpack.svg",
        ),
        (ROOT / "LICENSE", share / "doc" / "briefpack" / "copyright"),
    )
    for source, target in placed:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: briefpack\nVersion: {__version__}\nSection: editors\nPriority: optional\n"
        f"Architecture: {machine()}\nInstalled-Size: {folder_size(root) // 1024}\n"
        f"Depends: {DEB_DEPENDS}\nMaintainer: Briefpack developers <briefpack@localhost>\n"
        "Description: offline briefing-pack builder\n"
        " Tagged anti-trafficking recommendations, quoted exactly and cited, assembled into\n"
        " briefs for Word and PDF. Works offline; carries its own Python and Qt.\n",
        encoding="utf-8",
    )
    # the desktop's MIME and menu caches are refreshed by dpkg triggers of shared-mime-info and
    # desktop-file-utils, so the package needs no maintainer scripts
    target = dist / f"briefpack_{__version__}_{machine()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def make_zip(folder: Path, dist: Path) -> Path:
    base = dist / f"briefpack-{__version__}-{sys.platform}-{platform.machine()}"
    app = dist / "Briefpack.app"
    return Path(shutil.make_archive(str(base), "zip", dist, app.name if app.exists() else folder.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "dist-work", help="scratch folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = freeze(args.dist, args.work)
    frozen = time.perf_counter() - started
    packages: list[Path] = []
    if sys.platform.startswith("linux"):
        packages.append(make_tarball(folder, args.dist))
        if shutil.which("dpkg-deb"):
            packages.append(make_deb(folder, args.dist, args.work))
        else:
            print("dpkg-deb is not installed: no .deb made (the folder and .tar.gz are)", file=sys.stderr)
    else:
        packages.append(make_zip(folder, args.dist))
    report = {
        "version": __version__,
        "platform": f"{sys.platform}-{platform.machine()}",
        "freeze_seconds": round(frozen, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
        "folder": str(folder),
        "folder_mb": round(folder_size(folder) / 1e6, 1),
        "packages": {p.name: round(p.stat().st_size / 1e6, 1) for p in packages},
    }
    (args.dist / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
