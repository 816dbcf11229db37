"""Build the standalone app with PyInstaller: dist/Biaozhu/ (and dist/Biaozhu.app on macOS).

    python packaging/build.py [--dist DIR] [--work DIR] [--clean]

Makes the .ico/.icns icons first when needed, runs PyInstaller on packaging/biaozhu.spec,
checks that jieba's lac_small model stayed out, and prints the folder's size and the time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "biaozhu.spec"
NAME = "Biaozhu"


def folder_size(path: Path) -> int:
    """Bytes of the regular files under `path` (symlinks not followed or counted twice)."""
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def executable(dist: Path) -> Path:
    """The program to start inside the built folder."""
    return dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def build(dist: Path, work: Path, clean: bool = False, quiet: bool = False) -> Path:
    """Run PyInstaller; returns the built folder. Raises CalledProcessError when it fails."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from make_icons import make_icons

    env = dict(os.environ)
    if sys.platform in ("win32", "darwin"):
        make_icons()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
           "ERROR" if quiet else "INFO", "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    subprocess.run([*cmd, str(SPEC)], check=True, cwd=ROOT, env=env)
    folder = dist / NAME
    leaked = [p for p in folder.rglob("lac_small")]
    if leaked:
        raise RuntimeError(f"jieba's lac_small model was bundled: {leaked[0]}")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        folder = build(args.dist.resolve(), args.work.resolve(), args.clean, args.quiet)
    except (subprocess.CalledProcessError, RuntimeError) as e:
        print(f"build.py: build failed: {e}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - t0
    size = folder_size(folder)
    print(f"built {folder} in {seconds:.0f} s: {size / 1e6:.1f} MB "
          f"({size / 2**20:.1f} MiB); start it with {executable(args.dist.resolve())}")
    if sys.platform == "darwin":
        print(f"macOS app: {args.dist.resolve() / (NAME + '.app')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
