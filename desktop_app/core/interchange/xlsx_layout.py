"""How exported text will look in a spreadsheet: column widths, wrapped lines, row heights.

Excel and LibreOffice give a row without an explicit height one line, so a wrapped passage
shows as one clipped line; this estimates the height it needs instead. Widths are in
Excel's unit (about one Latin digit); a CJK (wide) character takes two.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

# East Asian wide and full-width ranges (CJK, kana, hangul, full-width forms, CJK Ext. B+)
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)
LINE_POINTS = 15.5  # one line of 11 pt text (CJK fonts run a little taller than Calibri)
PADDING_POINTS = 3.0
MAX_ROW_POINTS = 409.0  # Excel's limit
MAX_LINES = int((MAX_ROW_POINTS - PADDING_POINTS) // LINE_POINTS)


ASCII_UNITS = 0.8  # Latin letters and spaces of a proportional font are narrower than a digit


def text_units(text: str) -> int:
    """Width of `text` in column units: wide characters count two."""
    return len(text) + len(_WIDE.findall(text))


def wrap_units(text: str) -> float:
    """About text_units, for wrapping, fast on 100,000 passages: from the UTF-8 length.

    ASCII is one byte and counts a little under one unit (proportional Latin letters);
    CJK and full-width characters are three or four bytes and count two.
    """
    n = len(text)
    wide = (len(text.encode("utf-8", "surrogatepass")) - n) / 2  # exact for ASCII + CJK
    return ASCII_UNITS * (n - wide) + 2 * wide


def line_count(text: str | None, width: float, most: int | None = None) -> int:
    """Lines `text` wraps to in a column `width` units wide (a line break starts a new one),
    at most `most` (and never more than fit in Excel's highest row)."""
    if not text:
        return 1
    per_line = max(width - 1.5, 1.0)  # the cell's inner margins
    if "\n" in text:
        parts = text.split("\n")
    elif 2 * len(text) <= per_line:
        return 1
    else:
        parts = [text]
    lines = sum(max(1, math.ceil(wrap_units(part) / per_line)) for part in parts)
    return min(lines, MAX_LINES, most or MAX_LINES)


def row_height(lines: int) -> float | None:
    """Points for a row of `lines` lines; None for one line (the default height)."""
    if lines <= 1:
        return None
    return min(MAX_ROW_POINTS, round(lines * LINE_POINTS + PADDING_POINTS, 1))


def wrapped_height(cells: Iterable[tuple[str | None, float]]) -> float | None:
    """The row height for the tallest of (text, column width) wrapped cells."""
    return row_height(max((line_count(t, w) for t, w in cells), default=1))


def content_width(values: Iterable[str | None], low: float, high: float) -> float:
    """A column width for `values`: the widest one plus a margin, kept within [low, high]."""
    widest = max((text_units(v) for v in values if v), default=0)
    return float(min(high, max(low, widest + 2)))


def visible_units(widths: list[float], hidden: Iterable[int]) -> float:
    """The width of the columns not hidden (1-based column numbers)."""
    gone = set(hidden)
    return sum(w for i, w in enumerate(widths, 1) if i not in gone)


__all__ = ["content_width", "line_count", "row_height", "text_units", "visible_units",
           "wrapped_height"]
