"""Which file a path names: device and file number (inode; the file index on Windows).

A sync tool or a "restore from backup" may move another file over a project while it is
open; the open connection then keeps writing into the old, unlinked file. Comparing the
identity taken at open with the path's current one detects that before each write.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

Identity = tuple[int, ...]


def identity(path: Path) -> Identity | None:
    """The identity of the file at `path` now, or None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    ident: tuple[int, ...] = (st.st_dev, st.st_ino)
    if sys.platform == "win32" and not st.st_ino:  # file systems without a file index
        ident += (getattr(st, "st_birthtime_ns", 0) or int(st.st_ctime * 1e9), )
    return ident


def same_file(path: Path, opened: Identity | None) -> bool:
    return opened is not None and identity(path) == opened
