"""Refresh the catalogues: `python resources/translations/update.py`.

Runs pyside6-lupdate over the package's sources (new strings appear as unfinished in the .ts files;
translate them with pyside6-linguist or by hand) and pyside6-lrelease to rebuild the .qm files,
which are committed so the app needs no build step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PKG = HERE.parent.parent / "desktop_app"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    # the GUI's strings, and the core's messages marked with N_() (core/messages.py)
    sources = sorted(str(p.relative_to(PKG)) for p in PKG.rglob("*.py") if "_data" not in p.parts)
    ts = [str(HERE / f"biaozhu_{lang}.ts") for lang in LANGS]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-tr-function-alias", "QT_TR_NOOP+=Message", "-locations", "none",
                    "-no-obsolete", "-ts", *ts], cwd=PKG,
                   check=True)
    for lang, path in zip(LANGS, ts, strict=True):
        subprocess.run([tool("pyside6-lrelease"), path, "-qm", str(HERE / f"biaozhu_{lang}.qm")],
                       check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
