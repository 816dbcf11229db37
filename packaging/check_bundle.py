"""Check a built bundle against its budgets: run its self-test and read the figures.

    python packaging/check_bundle.py [--dist dist] [--max-mb 180] [--max-start 1.5]

Runs ``Biaozhu --self-test`` (the program inside Biaozhu.app on macOS) offscreen with
throw-away data and cache folders, prints its report, and fails (exit 1, one ``BUDGET
EXCEEDED`` or ``CHECK FAILED`` line each) when a step failed, when the bundle is larger than
``--max-mb`` megabytes (10^6 bytes), or when the median start-to-window time the self-test
measured is above ``--max-start`` seconds. Also checks what only the built files show: a
Windows program built for the GUI subsystem (no console window) and, on macOS, an Info.plist
that declares the .biaozhu file type. The GitHub Actions workflow runs it on every platform.
"""

from __future__ import annotations

import argparse
import os
import plistlib
import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Biaozhu"
MAX_MB = 180.0
MAX_START_S = 1.5
SELFTEST_TIMEOUT = 900

_START = re.compile(r"^ok   start to window: median (\d+) ms", re.M)
_SIZE = re.compile(r"^ok   bundle size: ([\d.]+) MB", re.M)
_ALL_OK = re.compile(r"^all steps ok", re.M)

# PE optional header: Subsystem, 2 = Windows GUI, 3 = console
PE_GUI, PE_CONSOLE = 2, 3


@dataclass
class Figures:
    start_ms: int | None
    size_mb: float | None
    all_ok: bool


def read_figures(report: str) -> Figures:
    """The figures of a self-test report (its own lines, not translated text)."""
    start, size = _START.search(report), _SIZE.search(report)
    return Figures(int(start.group(1)) if start else None, float(size.group(1)) if size else None,
                   bool(_ALL_OK.search(report)))


def budget_problems(fig: Figures, folder_mb: float, max_mb: float, max_start_s: float) -> list[str]:
    """One line per broken budget or missing figure (empty: all held)."""
    problems = []
    if not fig.all_ok:
        problems.append("CHECK FAILED: the self-test did not pass (see its FAIL lines above)")
    if fig.start_ms is None:
        problems.append("CHECK FAILED: the self-test printed no start-to-window time")
    elif fig.start_ms > max_start_s * 1000:
        problems.append(f"BUDGET EXCEEDED: start to window {fig.start_ms / 1000:.2f} s "
                        f"> {max_start_s:g} s")
    if fig.size_mb is None:
        problems.append("CHECK FAILED: the self-test printed no bundle size")
    size = max(folder_mb, fig.size_mb or 0.0)
    if size > max_mb:
        problems.append(f"BUDGET EXCEEDED: bundle {size:.1f} MB > {max_mb:g} MB")
    return problems


def pe_subsystem(exe: Path) -> int:
    """The Subsystem field of a Windows executable's PE header."""
    with open(exe, "rb") as f:
        head = f.read(4096)
    if head[:2] != b"MZ":
        raise ValueError(f"{exe}: not a Windows executable")
    pe = struct.unpack_from("<I", head, 0x3C)[0]
    if head[pe:pe + 4] != b"PE\0\0":
        raise ValueError(f"{exe}: no PE header")
    optional = pe + 24  # after the signature and the 20-byte file header
    return struct.unpack_from("<H", head, optional + 68)[0]


def plist_problems(plist: dict) -> list[str]:
    """What the .app's Info.plist lacks for double-clicked projects to open in Biaozhu."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from macos_plist import PROJECT_EXTENSION, PROJECT_UTI

    problems = []
    types = [t for t in plist.get("UTExportedTypeDeclarations", [])
             if t.get("UTTypeIdentifier") == PROJECT_UTI]
    tags = types[0].get("UTTypeTagSpecification", {}) if types else {}
    if PROJECT_EXTENSION not in tags.get("public.filename-extension", []):
        problems.append(f"CHECK FAILED: Info.plist exports no {PROJECT_UTI} type for "
                        f".{PROJECT_EXTENSION}")
    if not any(PROJECT_UTI in d.get("LSItemContentTypes", [])
               for d in plist.get("CFBundleDocumentTypes", [])):
        problems.append(f"CHECK FAILED: Info.plist claims no document type {PROJECT_UTI}")
    if not plist.get("NSHighResolutionCapable"):
        problems.append("CHECK FAILED: Info.plist lacks NSHighResolutionCapable")
    return problems


def shipped(dist: Path, platform: str = sys.platform) -> tuple[Path, Path]:
    """(what is zipped and shipped, the program to start in it)."""
    if platform == "darwin":
        app = dist / f"{NAME}.app"
        return app, app / "Contents" / "MacOS" / NAME
    folder = dist / NAME
    return folder, folder / (f"{NAME}.exe" if platform == "win32" else NAME)


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_self_test(exe: Path, tmp: Path) -> tuple[int, str]:
    """Exit code and report of ``exe --self-test`` with throw-away folders."""
    report = tmp / "selftest.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen",
           "BIAOZHU_DATA_DIR": str(tmp / "data"), "BIAOZHU_CACHE_DIR": str(tmp / "cache"),
           "BIAOZHU_SELFTEST_REPORT": str(report)}
    done = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=SELFTEST_TIMEOUT)
    text = report.read_text(encoding="utf-8") if report.is_file() else done.stdout
    if done.stderr.strip():
        text += "\n[stderr]\n" + done.stderr.strip()[-3000:]
    return done.returncode, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--max-mb", type=float, default=MAX_MB)
    parser.add_argument("--max-start", type=float, default=MAX_START_S, help="seconds")
    args = parser.parse_args(argv)
    folder, exe = shipped(args.dist.resolve())
    if not exe.is_file():
        print(f"check_bundle.py: {exe} does not exist; build it with packaging/build.py")
        return 1
    problems: list[str] = []
    if sys.platform == "win32":
        subsystem = pe_subsystem(exe)
        print(f"{exe.name}: PE subsystem {subsystem} ({'GUI' if subsystem == PE_GUI else 'console'})")
        if subsystem != PE_GUI:
            problems.append("CHECK FAILED: the program opens a console window (console=True?)")
    if sys.platform == "darwin":
        with open(folder / "Contents" / "Info.plist", "rb") as f:
            problems += plist_problems(plistlib.load(f))
    with tempfile.TemporaryDirectory(prefix="biaozhu-check-") as tmp:
        code, report = run_self_test(exe, Path(tmp))
    print(report.rstrip())
    fig = read_figures(report)
    if code != 0 and fig.all_ok:
        fig.all_ok = False
    size_mb = folder_bytes(folder) / 1e6
    problems += budget_problems(fig, size_mb, args.max_mb, args.max_start)
    start = f"{fig.start_ms / 1000:.2f} s" if fig.start_ms is not None else "?"
    print(f"{folder.name}: {size_mb:.1f} MB (budget {args.max_mb:g} MB); start to window "
          f"{start} (budget {args.max_start:g} s); self-test exit code {code}")
    for line in problems:
        print(line)
    if not problems:
        print("bundle check ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
