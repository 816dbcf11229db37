"""Refresh the catalogues: `python resources/translations/update.py`.

Runs pyside6-lupdate over the GUI sources (new strings appear as unfinished in the .ts files;
translate them with pyside6-linguist or by hand) and pyside6-lrelease to rebuild the .qm files,
which are committed so the app needs no build step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent.parent / "desktop_app" / "gui"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    sources = sorted(str(p.relative_to(GUI)) for p in GUI.glob("*.py"))
    ts = [str(HERE / f"biaozhu_{lang}.ts") for lang in LANGS]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *ts], cwd=GUI,
                   check=True)
    for lang, path in zip(LANGS, ts, strict=True):
        subprocess.run([tool("pyside6-lrelease"), path, "-qm", str(HERE / f"biaozhu_{lang}.qm")],
                       check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
