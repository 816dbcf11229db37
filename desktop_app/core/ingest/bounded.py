"""Reading an input file without trusting it: regular files only, never blocking, a byte limit.

``os.stat().st_size`` is 0 for devices and FIFOs and may change while we read, so the limit
is enforced on the bytes actually read (streamed), and the message gives the real size
when it is known.
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path

from desktop_app.core.errors import ImportRefused
from desktop_app.core.messages import Message

MAX_BYTES = 200 * 1024 * 1024  # one input file
_CHUNK = 1 << 20


def display_name(path: str | bytes | os.PathLike) -> str:
    """A file name fit for messages, logs and the project file: valid UTF-8 always (bytes
    that are not UTF-8, kept by Python as surrogate escapes, become U+FFFD)."""
    raw = os.fsencode(path)
    return os.fsdecode(raw).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_valid_name(path: str | bytes | os.PathLike) -> bool:
    """Whether the file name is valid UTF-8 (no surrogate escapes)."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def base_name(path: str | bytes | os.PathLike) -> str:
    return display_name(os.path.basename(os.fsdecode(path)))


def _mb(size: int) -> str:
    """Megabytes for a message, rounded up to a tenth: a file just over the limit never
    shows as the limit itself."""
    tenths = math.ceil(size * 10 / 2**20)
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def too_large(name: str, size: int, limit: int) -> ImportRefused:
    return ImportRefused(Message("{file}: too large ({size} MB; at most {max} MB)", file=name,
                                 size=_mb(size), max=_mb(limit)))


def check_regular(path: Path, name: str) -> os.stat_result:
    """Refuse anything that is not a regular file, before opening it (a FIFO would block)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ImportRefused(Message("{file}: no such file", file=name)) from None
    except OSError as e:
        raise ImportRefused(Message("{file}: cannot be read ({detail})", file=name,
                                    detail=e.strerror or type(e).__name__)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ImportRefused(Message("{file}: is a folder, not a file", file=name))
    if not stat.S_ISREG(st.st_mode):
        raise ImportRefused(Message("{file}: is not a regular file (a device, pipe or socket); not read", file=name))
    return st


def read_bounded(path: Path, name: str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, at most `limit` of them, or ImportRefused (not a regular file, too
    large, unreadable). Opened non-blocking and checked again on the open descriptor, so a
    file swapped for a FIFO between the check and the open cannot hang the import."""
    st = check_regular(path, name)
    if st.st_size > limit:
        raise too_large(name, st.st_size, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise ImportRefused(Message("{file}: cannot be read ({detail})", file=name,
                                    detail=e.strerror or type(e).__name__)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ImportRefused(Message("{file}: is not a regular file (a device, pipe or socket); not read", file=name))
        chunks: list[bytes] = []
        total = 0
        want = min(st.st_size, limit) + 1  # the whole file in one read (no join of copies)
        while True:
            try:
                chunk = os.read(fd, max(want, _CHUNK))
            except BlockingIOError:  # pragma: no cover - regular files do not block
                raise ImportRefused(Message("{file}: is not a regular file (a device, pipe or socket); not read", file=name)) from None
            except OSError as e:
                raise ImportRefused(Message("{file}: cannot be read ({detail})", file=name,
                                            detail=e.strerror or type(e).__name__)) from None
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                try:
                    real = max(os.fstat(fd).st_size, total)
                except OSError:  # pragma: no cover
                    real = total
                raise too_large(name, real, limit)
            chunks.append(chunk)
            want = 0  # grown since the stat: the rest a chunk at a time
    finally:
        os.close(fd)
    return b"".join(chunks)
