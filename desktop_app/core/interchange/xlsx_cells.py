"""The cells of an exported workbook: user text as literal string cells (cleaned and cut
as Excel needs, with counts of what changed) and styles resolved once per workbook."""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray

from desktop_app.core.interchange.xlsx_safe import ILLEGAL, MAX_CELL, clean_text


class Cells:
    """Makes the cells of one workbook: safe text, cached styles, counts of what was changed."""

    def __init__(self) -> None:
        self._styles: dict[str, StyleArray] = {}
        self.removed = 0
        self.truncated = 0
        self.cut = False  # whether the last text() was cut
        self.bold = Font(bold=True)
        self.header_fill = PatternFill(fill_type="solid", fgColor="DDE3EA")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        self.left = Alignment(horizontal="left", vertical="top")

    def clean(self, value: str | None) -> str | None:
        """`value` as Excel can hold it (xlsx_safe.clean_text), counting what changed."""
        self.cut = False
        if value is None or value == "":
            return None
        value = str(value)
        if len(value) <= MAX_CELL and not ILLEGAL.search(value):
            return value  # the usual case, checked in one pass
        clean = clean_text(value)
        self.removed += clean.removed
        if clean.truncated:
            self.truncated += 1
            self.cut = True
        return clean.text

    def text(self, ws: Any, value: str | None, style: StyleArray | None = None
             ) -> WriteOnlyCell | None:
        """A string cell holding `value` literally (cleaned and cut if need be)."""
        text = self.clean(value)
        if text is None:
            return None
        cell = WriteOnlyCell(ws)
        # What xlsx_safe.text_cell does, minus openpyxl's second check of the cleaned text.
        cell._value = text
        cell.data_type = "s"  # a string, whatever it starts with
        if style is not None:
            cell._style = StyleArray(style)
        return cell

    def style(self, ws: Any, key: str, **attrs: Any) -> StyleArray:
        """The style ids of font/fill/alignment `attrs`, resolved once per workbook.

        Setting cell.font etc. hashes the style objects for every cell, which was a third of
        the export's time; copying the resolved ids is what openpyxl itself stores.
        """
        found = self._styles.get(key)
        if found is None:
            template = WriteOnlyCell(ws)  # style ids are per workbook: any of its sheets
            for name, value in attrs.items():
                setattr(template, name, value)
            found = self._styles[key] = StyleArray(template._style)
        return found

    def style_id(self, ws: Any, style: StyleArray) -> int:
        """The workbook-wide id of a style, as the sheet XML's `s` attribute holds it."""
        return int(ws.parent._cell_styles.add(style))

    def colour_style(self, ws: Any, colour: str, top: bool = False) -> StyleArray:
        """A cell filled with `colour`, its text black or white to stay readable."""
        key = f"{colour}/top" if top else colour
        style = self._styles.get(key)
        if style is None:
            rgb = colour.lstrip("#").upper()
            if not re.fullmatch(r"[0-9A-F]{6}", rgb):
                rgb = "FFFFFF"
            r, g, b = (int(rgb[i: i + 2], 16) for i in (0, 2, 4))
            dark = 0.299 * r + 0.587 * g + 0.114 * b < 140
            extra = {"alignment": self.top} if top else {}
            style = self.style(ws, key, fill=PatternFill(fill_type="solid", fgColor=rgb),
                               font=Font(color="FFFFFF" if dark else "000000"), **extra)
        return style

    def header(self, ws: Any, value: str) -> WriteOnlyCell:
        style = self.style(ws, "header", font=self.bold, fill=self.header_fill)
        cell = self.text(ws, value, style)
        if cell is None:
            cell = WriteOnlyCell(ws)
            cell._style = StyleArray(style)
        return cell

    def number(self, ws: Any, value: float | int | None, fmt: str | None = None) -> Any:
        if fmt is None or value is None:
            return value
        cell = WriteOnlyCell(ws, value)
        cell.number_format = fmt
        return cell

    def styled_number(self, ws: Any, value: float | int, style: StyleArray) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value)
        cell._style = StyleArray(style)
        return cell

    def wrapped(self, ws: Any, value: str | None) -> WriteOnlyCell | None:
        return self.text(ws, value, self.style(ws, "wrap", alignment=self.wrap))

    def coloured(self, ws: Any, value: str | None, colour: str, top: bool = False
                 ) -> WriteOnlyCell:
        style = self.colour_style(ws, colour, top)
        cell = self.text(ws, value, style)
        if cell is None:
            cell = WriteOnlyCell(ws)
            cell._style = StyleArray(style)
        return cell
