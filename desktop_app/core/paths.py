"""Where resources, seeds, caches, settings and user data live.

The one place that knows the difference between a source checkout, an installed wheel
and a PyInstaller bundle, and between the platforms' conventions for user folders:

=========  ==========================================  ==================================
platform   settings (settings.ini)                     data (demo, logs) / cache
=========  ==========================================  ==================================
Windows    ``%APPDATA%\\Biaozhu`` (roams with the user)  ``%LOCALAPPDATA%\\Biaozhu``,
                                                       ``...\\Biaozhu\\cache`` (this machine)
macOS      ``~/Library/Application Support/Biaozhu``   the same / ``~/Library/Caches/Biaozhu``
                                                       (logs: ``~/Library/Logs/Biaozhu``)
Linux      ``$XDG_CONFIG_HOME/biaozhu`` (~/.config)     ``$XDG_DATA_HOME/biaozhu`` (~/.local/
                                                       share) / ``$XDG_CACHE_HOME/biaozhu``
=========  ==========================================  ==================================

``BIAOZHU_DATA_DIR``, ``BIAOZHU_CACHE_DIR`` and ``BIAOZHU_CONFIG_DIR`` override them (tests,
portable use); with ``BIAOZHU_DATA_DIR`` alone, settings and logs live in that folder too, so
one variable isolates a run from the user's own folders. The folders are computed by
:func:`user_folders`, a pure function of the platform, the environment and the home folder,
so every platform's answer can be checked on any machine.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import NamedTuple
from urllib.parse import quote

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
APP = "Biaozhu"
SETTINGS_NAME = "settings.ini"


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


# -- the user's folders ------------------------------------------------------------------------


class UserFolders(NamedTuple):
    """The platform's folders for Biaozhu (before any BIAOZHU_* override)."""

    config: PurePath  # settings.ini
    data: PurePath  # the demo project, the dictionary the user edits
    cache: PurePath  # jieba's cache: may be deleted at any time
    logs: PurePath  # biaozhu.log and its rotations


def _env_path(env: Mapping[str, str], name: str, flavour: type[PurePath],
              absolute_only: bool = False) -> PurePath | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    path = flavour(value)
    if absolute_only and not path.is_absolute():
        return None  # the XDG spec: relative paths are invalid and must be ignored
    return path


def user_folders(platform: str, env: Mapping[str, str], home: PurePath,
                 flavour: type[PurePath] | None = None) -> UserFolders:
    """Biaozhu's folders on `platform` (a ``sys.platform`` value) for a user whose home folder
    is `home`, given the environment `env`. Pure: nothing is created or looked at. The paths
    are of `flavour`, by default the platform's own (PureWindowsPath for win32); the app
    passes the native Path (so a simulated platform still gives usable paths)."""
    P = flavour or (PureWindowsPath if platform == "win32" else PurePosixPath)
    home = P(home)
    if platform == "win32":
        roaming = _env_path(env, "APPDATA", P) or home / "AppData" / "Roaming"
        local = _env_path(env, "LOCALAPPDATA", P) or home / "AppData" / "Local"
        return UserFolders(config=roaming / APP, data=local / APP, cache=local / APP / "cache",
                           logs=local / APP / "logs")
    if platform == "darwin":
        library = home / "Library"
        support = library / "Application Support" / APP
        return UserFolders(config=support, data=support, cache=library / "Caches" / APP,
                           logs=library / "Logs" / APP)
    config = _env_path(env, "XDG_CONFIG_HOME", P, True) or home / ".config"
    data = _env_path(env, "XDG_DATA_HOME", P, True) or home / ".local" / "share"
    cache = _env_path(env, "XDG_CACHE_HOME", P, True) or home / ".cache"
    return UserFolders(config=config / "biaozhu", data=data / "biaozhu", cache=cache / "biaozhu",
                       logs=data / "biaozhu" / "logs")


def _platform_folders() -> UserFolders:
    return user_folders(sys.platform, os.environ, Path.home(), flavour=Path)


def _made(path: str | PurePath) -> Path:
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True)
    return p


def _override(name: str) -> str | None:
    return os.environ.get(name, "").strip() or None


def cache_dir() -> Path:
    """The app's cache folder (jieba's cache lives here, not in the system temp folder)."""
    return _made(_override("BIAOZHU_CACHE_DIR") or _platform_folders().cache)


def data_dir() -> Path:
    """The user's data folder: the demo project, the log folder (with BIAOZHU_DATA_DIR)."""
    return _made(_override("BIAOZHU_DATA_DIR") or _platform_folders().data)


def config_dir() -> Path:
    """The folder of settings.ini: BIAOZHU_CONFIG_DIR, else BIAOZHU_DATA_DIR, else the
    platform's settings folder."""
    chosen = _override("BIAOZHU_CONFIG_DIR") or _override("BIAOZHU_DATA_DIR")
    return _made(chosen or _platform_folders().config)


def log_dir() -> Path:
    """Where biaozhu.log goes: ``<BIAOZHU_DATA_DIR>/logs`` when that is set, else the
    platform's log folder. Not created here (logging copes with an unwritable home)."""
    data = _override("BIAOZHU_DATA_DIR")
    return Path(data) / "logs" if data else Path(_platform_folders().logs)


def settings_file() -> Path:
    """settings.ini in :func:`config_dir`. A settings.ini that an earlier version kept in the
    data folder is copied over the first time (the coder name and recent projects stay)."""
    path = config_dir() / SETTINGS_NAME
    if not path.exists():
        legacy = data_dir() / SETTINGS_NAME
        if legacy.is_file() and legacy != path:
            try:
                shutil.copy2(legacy, path)
            except OSError:
                pass  # start with fresh settings rather than not at all
    return path


# -- paths handed to SQLite ----------------------------------------------------------------------


def _without_extended_prefix(text: str) -> str:
    """``\\\\?\\C:\\x`` -> ``C:\\x`` and ``\\\\?\\UNC\\server\\share`` -> ``\\\\server\\share``
    (Path.resolve() may return the long form; its slashes must not be turned around)."""
    for prefix in ("\\\\?\\", "//?/"):
        if text.startswith(prefix):
            rest = text[len(prefix):]
            if rest[:4].upper() in ("UNC\\", "UNC/"):
                return "\\\\" + rest[4:]
            return rest
    return text


def sqlite_uri(path: str | os.PathLike, windows: bool | None = None, **query: str) -> str:
    """A ``file:`` URI for SQLite that names `path` (absolute), with `query` parameters.

    Unlike :meth:`pathlib.Path.as_uri`, a Windows UNC path (``\\\\server\\share\\p.biaozhu``) keeps
    an empty authority (``file:////server/share/p.biaozhu``): SQLite refuses any authority but
    ``localhost``, and ``Path.resolve()`` turns a mapped network drive (``Z:``) into such a
    UNC path. Drive letters become ``file:///C:/...``; every other character outside the
    unreserved set (CJK, spaces, ``#``, ``?``, ``%``) is percent-encoded as UTF-8.
    """
    windows = os.name == "nt" if windows is None else windows
    text = os.fspath(path)
    if windows:
        if os.name == "nt":
            text = os.path.abspath(text)
        text = _without_extended_prefix(text)
        posix = PureWindowsPath(text).as_posix()  # C:/Users/..., //server/share/...
        if not posix.startswith("/"):
            posix = "/" + posix  # /C:/Users/...
    else:
        posix = os.path.abspath(text)
    uri = "file://" + quote(posix, safe="/:")
    if query:
        uri += "?" + "&".join(f"{k}={quote(str(v), safe='')}" for k, v in query.items())
    return uri
