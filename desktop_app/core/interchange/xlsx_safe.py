"""Writing user text into Excel safely (DESIGN.md pitfall 2).

- text is written as a string cell, never a formula (`=`, `+`, `-`, `@` stay literal);
- characters Excel forbids (C0 controls but tab/newline/CR; lone surrogates, U+FFFE, U+FFFF)
  are removed and counted;
- a cell holds at most 32,767 characters: longer text is cut with a visible marker;
- sheet titles: at most 31 characters, none of \\ * ? : / [ ].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.cell.cell import Cell, WriteOnlyCell

MAX_CELL = 32_767
CUT_MARKER = " …[truncated]"
# C0 controls Excel forbids, plus what XML 1.0 cannot hold (lone surrogates, U+FFFE/U+FFFF)
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_TITLE = re.compile(r"[\\*?:/\[\]]")


@dataclass
class CleanText:
    text: str
    removed: int = 0  # forbidden characters dropped
    truncated: bool = False


def clean_text(value: str) -> CleanText:
    text, removed = ILLEGAL.subn("", value)
    truncated = len(text) > MAX_CELL
    if truncated:
        text = text[: MAX_CELL - len(CUT_MARKER)] + CUT_MARKER
    return CleanText(text, removed, truncated)


def text_cell(ws, value: str) -> Cell:
    """A cell that Excel and LibreOffice show as the literal text.

    In write-only mode pass *every* string of a row through this: openpyxl reuses the last
    Cell object of a row for the plain values after it, so a bare "=..." would turn into a
    formula.
    """
    cell = WriteOnlyCell(ws)
    cell.value = clean_text(value).text
    cell.data_type = "s"  # a string, whatever it starts with
    return cell


def sheet_title(name: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet title made from any name."""
    title = _BAD_TITLE.sub("_", name).strip("'") or "Sheet"
    title = title[:31]
    taken = taken if taken is not None else set()
    base, n = title, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title)
    return title
