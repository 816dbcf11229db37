"""Where resources, seeds, caches and user data live.

The one place that knows the difference between a source checkout, an installed wheel
and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def _find(name: str) -> Path:
    env = os.environ.get(f"BIAOZHU_{name.upper()}_DIR")
    candidates = [Path(env)] if env else []
    bundle = _bundle_root()
    if bundle:
        candidates.append(bundle / name)
    candidates += [
        _PACKAGE_DIR / "_data" / name,  # installed wheel
        _PACKAGE_DIR.parent / name,  # source checkout / editable install
    ]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError(f"Biaozhu's {name} folder is missing (looked in {candidates})")


def resources_dir() -> Path:
    return _find("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def seeds_dir() -> Path:
    return _find("seeds")


def _user_dir(kind: str) -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        path = base / "Biaozhu" / kind
    elif sys.platform == "darwin":
        sub = "Caches" if kind == "cache" else "Application Support"
        path = Path.home() / "Library" / sub / "Biaozhu"
    else:
        xdg = "XDG_CACHE_HOME" if kind == "cache" else "XDG_DATA_HOME"
        default = Path.home() / (".cache" if kind == "cache" else ".local/share")
        path = Path(os.environ.get(xdg) or default) / "biaozhu"
    return path


def cache_dir() -> Path:
    """The app's cache folder (jieba's cache lives here, not in the system temp folder)."""
    path = Path(os.environ.get("BIAOZHU_CACHE_DIR") or _user_dir("cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's data folder: logs, the demo project."""
    path = Path(os.environ.get("BIAOZHU_DATA_DIR") or _user_dir("data"))
    path.mkdir(parents=True, exist_ok=True)
    return path
