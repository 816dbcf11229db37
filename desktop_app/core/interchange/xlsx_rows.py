"""A write-only sheet that also takes rows already turned into XML elements.

openpyxl's write-only sheet spends about 10 µs per cell making, typing and serialising a
Cell object; the Segments sheet of 100,000 codings has about 1.5 million cells. This sheet
writes such rows as one ``<row>`` element each, built here with the same markup openpyxl
writes (strings as inline strings — never a formula —, numbers, booleans, style ids), and
hands every other row to openpyxl unchanged. Callers clean the text first (xlsx_safe).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import fromstring


class FastRow:
    """Values (str, int, float, bool or None) with a style id (0 = none) per column, and
    the row's height in points (None: the default)."""

    __slots__ = ("values", "styles", "height")

    def __init__(self, values: Sequence[Any], styles: Sequence[int],
                 height: float | None = None) -> None:
        self.values = values
        self.styles = styles
        self.height = height


class FastRowSheet(WriteOnlyWorksheet):
    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        self._letters: list[str] = []

    def append_fast(self, row: FastRow) -> None:
        self._get_writer()
        rows: Any = getattr(self, "_rows", None)
        if rows is None:
            rows = self._rows = self._write_rows()
            next(rows)
        rows.send(row)

    def _write_rows(self):  # noqa: ANN202 - a generator, like the method it replaces
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    if isinstance(row, FastRow):
                        xf.write(self._row_element(row, row_idx))
                    else:
                        self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def _row_element(self, row: FastRow, idx: int) -> Any:
        # Markup built as text and parsed by libxml2 in one call: several times faster than
        # building the elements one by one from Python.
        letters = self._letters
        while len(letters) < len(row.values):
            letters.append(get_column_letter(len(letters) + 1))
        n = str(idx)
        parts = [f'<row r="{n}" ht="{row.height}" customHeight="1">' if row.height
                 else f'<row r="{n}">']
        for letter, value, style in zip(letters, row.values, row.styles, strict=False):
            s = f' s="{style}"' if style else ""
            if value is None or value == "":
                if style:
                    parts.append(f'<c r="{letter}{n}"{s}/>')
            elif isinstance(value, str):
                space = ' xml:space="preserve"' if value != value.strip() else ""
                parts.append(f'<c r="{letter}{n}"{s} t="inlineStr"><is><t{space}>'
                             f"{_escape(value)}</t></is></c>")
            elif isinstance(value, bool):
                parts.append(f'<c r="{letter}{n}"{s} t="b"><v>{int(value)}</v></c>')
            else:
                parts.append(f'<c r="{letter}{n}"{s} t="n"><v>{value!r}</v></c>')
        parts.append("</row>")
        return fromstring("".join(parts))


def _escape(text: str) -> str:
    """Text content for XML; CR as a reference, or the parser would turn it into LF."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def create_fast_sheet(wb: Any, title: str) -> FastRowSheet:
    """Like ``wb.create_sheet(title)`` for a write-only workbook, with :meth:`append_fast`."""
    ws = FastRowSheet(parent=wb, title=title)
    wb._add_sheet(sheet=ws)
    return ws
