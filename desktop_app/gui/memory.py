"""Give memory a closed project freed back to the system.

glibc keeps freed heap pages for reuse, so a closed 10 MB document's layout stayed in the
process (about 30 MB a cycle in bench/bench_speed.py); ``malloc_trim`` returns it. Elsewhere
this does nothing.
"""

from __future__ import annotations

import ctypes
import sys


def release_memory() -> bool:
    """True when the C library was asked to return free memory."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return False
    return True
