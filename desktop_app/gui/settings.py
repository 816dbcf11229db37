"""Settings kept between runs (coder name, language, recent projects, window layout).

An INI file in the platform's settings folder (``paths.settings_file()``: %APPDATA%\\Biaozhu,
~/Library/Application Support/Biaozhu, ~/.config/biaozhu), or in BIAOZHU_DATA_DIR when that is
set, so tests (which point that folder elsewhere) never touch the real settings.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings

from desktop_app.core.paths import settings_file

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def get(key: str, default: Any = None) -> Any:
    return settings().value(key, default)


def put(key: str, value: Any) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def last_folder() -> str:
    """Where file dialogs start: the last folder used, else the user's documents folder."""
    from PySide6.QtCore import QStandardPaths

    last = str(get("dialogs/last_folder", "") or "")
    if last and os.path.isdir(last):
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else os.path.expanduser("~")


def remember_folder(path: str | None) -> None:
    """The folder of a file the user chose: the next dialog starts there."""
    if path:
        folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
        put("dialogs/last_folder", folder)


def suggested_path(name_or_path: str) -> str:
    """A save dialog's proposal: a bare name goes into the last folder used; a path inside
    the program's own data folder (the demo project's) too, under its name."""
    from desktop_app.core.paths import data_dir

    if not name_or_path:
        return last_folder()
    full = os.path.abspath(name_or_path)
    if os.path.dirname(name_or_path) and not full.startswith(str(data_dir().resolve()) + os.sep):
        return name_or_path
    return os.path.join(last_folder(), os.path.basename(name_or_path))


def coder_name() -> str | None:
    """The coder: BIAOZHU_CODER wins (scripted and headless runs), then the saved name."""
    name = os.environ.get("BIAOZHU_CODER") or get("coder") or ""
    return str(name).strip() or None


def recent_projects() -> list[str]:
    value = get("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if os.path.exists(str(v))]


def add_recent(path: str, last: str | None = None) -> None:
    """`path` first among the recent projects; `last`: also the project the next start
    opens (one write of the file for both)."""
    path = os.path.abspath(path)
    items = [p for p in recent_projects() if os.path.abspath(p) != path]
    s = settings()
    s.setValue("recent", [path, *items][:MAX_RECENT])
    if last is not None:
        s.setValue("last_project", last)
    s.sync()
