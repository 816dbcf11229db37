"""Memory: a closed project's given back to the system, and a document's many spans kept out
of the cyclic garbage collector's way.

glibc keeps freed heap pages for reuse, so a closed 10 MB document's layout stayed in the
process (about 30 MB a cycle in bench/bench_speed.py); ``malloc_trim`` returns it. Elsewhere
this does nothing.

A document's spans are named tuples, which CPython's cyclic GC keeps tracking (it untracks only
exact tuples): 100,000 of them made at once triggered a full collection of the whole heap
(150-190 ms) during the open and another a few actions later. :func:`bulk_allocation` makes them
with the collector paused and then freezes what exists (frozen objects are never scanned);
:func:`thaw` hands everything back to the collector when a project closes.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Many long-lived objects made at once: no collection while they are made, and none
    that scans them afterwards (they are frozen with everything else alive now)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def thaw() -> None:
    """A project closed: what was frozen goes back to the collector (a closed project's
    cycles are collected again; the next full collection finds them)."""
    gc.unfreeze()


def release_memory() -> bool:
    """True when the C library was asked to return free memory."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return False
    return True
