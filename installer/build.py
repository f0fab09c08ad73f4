"""Build the one-folder app with PyInstaller and say how big it is and what takes the space.

    python installer/build.py [--archive] [--setup]

The folder is installer/dist/PlanTogether (on macOS also installer/dist/PlanTogether.app).
``--archive`` also packs it: .tar.gz on Linux, .zip elsewhere. ``--setup`` (Windows, with Inno
Setup's ``iscc`` on the PATH) also makes installer/dist/PlanTogether-VERSION-setup.exe.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = HERE / "dist"
FOLDER = DIST / "PlanTogether"


def size(path: Path) -> int:
    """Bytes on disk; links (PyInstaller links shared libraries on Linux and macOS) count once."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def biggest(folder: Path, count: int = 15) -> list[tuple[int, str]]:
    """The largest parts: each file or folder two levels under _internal (e.g. PySide6/Qt)."""
    inside = folder / "_internal"
    parts: list[tuple[int, str]] = []
    for item in inside.iterdir() if inside.exists() else folder.iterdir():
        children = list(item.iterdir()) if item.is_dir() else []
        if item.is_dir() and size(item) > 20 * 2**20 and children:
            for child in children:
                parts.append((size(child), str(child.relative_to(folder))))
        else:
            parts.append((size(item), str(item.relative_to(folder))))
    return sorted(parts, reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--archive", action="store_true", help="also pack the folder")
    options.add_argument("--setup", action="store_true", help="also make the Windows installer")
    args = options.parse_args(argv)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(HERE / "build"),
        str(HERE / "plan-together.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    if sys.platform != "win32":  # one program serves the window and the command line
        (FOLDER / "plan-together").symlink_to("PlanTogether")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    total = size(FOLDER)
    print(f"\nPlan Together {version}: {FOLDER.relative_to(ROOT)} is {total / 2**20:.1f} MB")
    print("what takes the space:")
    for bytes_, name in biggest(FOLDER):
        print(f"  {bytes_ / 2**20:7.1f} MB  {name}")
    if args.archive:
        system = platform.system().lower()
        base = DIST / f"PlanTogether-{version}-{system}-{platform.machine().lower()}"
        kind = "gztar" if system == "linux" else "zip"
        packed = shutil.make_archive(str(base), kind, DIST, "PlanTogether")
        print(f"packed: {os.path.relpath(packed, ROOT)} ({size(Path(packed)) / 2**20:.0f} MB)")
    if args.setup:
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc is None:
            print("Inno Setup's iscc was not found: install Inno Setup 6 and put it on the PATH.")
            return 1
        script = HERE / "windows" / "plan-together.iss"
        subprocess.run([iscc, f"/DAppVersion={version}", str(script)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
