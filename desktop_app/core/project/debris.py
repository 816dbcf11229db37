"""Temporary files that a killed program leaves behind, and how they are found again.

Every temporary file Biaozhu writes beside a target (an export, a backup, a new project)
is named ``.<name>.<pid>-<random>.part``: the process id tells a later run whether the
writer is still alive. :func:`clean_folder` removes the ones whose writer is gone; it runs
where such files are written again (the next export into that folder, the next backup or
open of that project), so nothing piles up.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
import time
from pathlib import Path

PART_SUFFIX = ".part"
_PART = re.compile(r"^\..+\.(\d+)-[0-9a-f]{8}(\.[^.]+)*\.part$")
STALE_SECONDS = 24 * 3600  # where a process id cannot be checked: older than this is debris
# what versions before issue 14 left (no process id): an export's temporary file
_OLD_PART = re.compile(r"^\..+\.[0-9a-f]{8}\.(xlsx|csv)\.part$")
OLD_STALE_SECONDS = 3600


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs (POSIX); on Windows, unknown means alive."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return True
    return True


def part_name(target: Path, suffix: str | None = None) -> Path:
    """A new temporary name beside `target` that :func:`clean_folder` recognises."""
    suffix = target.suffix if suffix is None else suffix
    return target.with_name(
        f".{target.stem}.{os.getpid()}-{secrets.token_hex(4)}{suffix}{PART_SUFFIX}")


def is_debris(path: Path) -> bool:
    """A temporary file of ours whose writer no longer runs (or, unknowable, a day old)."""
    m = _PART.match(path.name)
    if not m:
        if _OLD_PART.match(path.name):
            try:
                return time.time() - path.stat().st_mtime > OLD_STALE_SECONDS
            except OSError:
                return False
        return False
    pid = int(m.group(1))
    if pid == os.getpid():
        return False
    if sys.platform != "win32":
        return not pid_alive(pid)
    try:
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def clean_folder(folder: Path, stem: str | None = None) -> list[Path]:
    """Delete our dead temporary files in `folder` (only those for `stem` if given)."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    prefix = None if stem is None else f".{stem}."
    for entry in entries:
        if not entry.name.endswith(PART_SUFFIX) or (prefix and not entry.name.startswith(prefix)):
            continue
        path = Path(entry.path)
        try:
            if entry.is_file(follow_symlinks=False) and is_debris(path):
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed


def clean_empty_backups(project: Path) -> list[Path]:
    """0-byte ``<project>.*.bak`` files (a backup killed by an older version) are no backup."""
    removed: list[Path] = []
    for f in project.parent.glob(f"{glob_escape(project.name)}.*.bak"):
        try:
            if f.is_file() and f.stat().st_size == 0:
                f.unlink()
                removed.append(f)
        except OSError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
