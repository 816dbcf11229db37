"""Code point <-> UTF-16 offset conversion.

Biaozhu stores code point offsets (Python ``str`` indices). Qt counts UTF-16 code units, in
which a character outside the BMP (𠮷, 😀) takes two. The GUI converts at its boundary with
this map and nowhere else.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _may_be_astral(text: str) -> bool:
    """False when `text` cannot hold a character outside the BMP, told without reading it:
    CPython keeps a string in 1, 2 or 4 bytes a character, the fewest its largest character
    needs, so a string of fewer than 4 bytes a character has none (a 10 MB text of Chinese
    is 2 bytes a character; the scan for astral characters took 9-20 ms)."""
    n = len(text)
    if n < 4096:
        return True
    try:
        return sys.getsizeof(text) >= 4 * n
    except TypeError:  # not CPython
        return True


class OffsetMap:
    """Converts offsets for one text in O(log k), k = number of astral characters."""

    __slots__ = ("_cp", "_u16", "length", "length_utf16")

    def __init__(self, text: str) -> None:
        self._cp = [m.start() for m in _ASTRAL.finditer(text)] if _may_be_astral(text) else []
        # UTF-16 index of the k-th astral character = its code point index + k
        self._u16 = [cp + k for k, cp in enumerate(self._cp)]
        self.length = len(text)
        self.length_utf16 = len(text) + len(self._cp)

    @property
    def trivial(self) -> bool:
        return not self._cp

    def to_utf16(self, cp: int) -> int:
        if not self._cp:
            return cp
        return cp + bisect_left(self._cp, cp)

    def to_code_point(self, u16: int) -> int:
        """UTF-16 index -> code point index; an index inside a surrogate pair rounds down."""
        if not self._cp:
            return u16
        k = bisect_left(self._u16, u16)  # astral characters starting before u16
        if k and self._u16[k - 1] + 1 == u16:  # inside a surrogate pair: round down
            return self._cp[k - 1]
        return u16 - k
