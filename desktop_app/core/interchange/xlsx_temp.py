"""openpyxl's write-only sheets stream into temporary files: put ours beside the export.

openpyxl names them ``openpyxl.*`` in the system temp folder and removes them only when the
process exits normally, so each killed export left its sheets there (639 MB after 20 kills).
Inside :func:`temp_files_beside` an export's sheet files are made beside its target under
the names :mod:`desktop_app.core.project.debris` recognises, and the next export into that
folder removes those of a process that is gone. Other callers (and threads) of openpyxl keep
its own behaviour.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl.worksheet import _writer as sheet_writer

from desktop_app.core.project.debris import part_name

_local = threading.local()
_original = sheet_writer.create_temporary_file


def _create(suffix: str = "") -> str:
    target: Path | None = getattr(_local, "target", None)
    if target is None:
        return _original(suffix)
    path = part_name(target, suffix=f".sheet{suffix or '.xml'}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    sheet_writer.ALL_TEMP_FILES.append(str(path))
    return str(path)


sheet_writer.create_temporary_file = _create


@contextmanager
def temp_files_beside(target: Path) -> Iterator[None]:
    """Sheets written by this thread inside the block stream to files beside `target`."""
    previous = getattr(_local, "target", None)
    _local.target = target
    try:
        yield
    finally:
        _local.target = previous
