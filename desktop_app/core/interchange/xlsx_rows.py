"""A write-only sheet that also takes rows already turned into XML markup.

openpyxl's write-only sheet spends about 10 µs per cell making, typing and serialising a
Cell object; the Segments sheet of 100,000 codings has about 1.5 million cells. This sheet
builds such rows as ``<row>`` markup text with the same markup openpyxl writes (strings as
inline strings — never a formula —, numbers, booleans, style ids) and writes that text
straight into the sheet's stream, in order with the rows openpyxl itself writes (a header):
the stream is a file of ours that libxml2 writes into through lxml, and its buffer is
flushed before each batch of ours. Parsing each row into an element and having lxml write
it again cost about 25 µs a row. Without lxml (openpyxl can run without it) the rows are
parsed and written as elements, as before. A row given to ``append`` that holds only what
markup writes as openpyxl would (numbers, booleans, text and number cells: see
:func:`as_fast_row`) takes the same way; any other goes to openpyxl.

Callers clean the text first and count what they removed (xlsx_safe, Cells.clean); this
sheet removes anything XML 1.0 cannot hold all the same, so the file stays readable.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from typing import IO, Any

from openpyxl import LXML
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import fromstring

from desktop_app.core.interchange.xlsx_safe import ILLEGAL

BATCH_CHARS = 1 << 16  # markup written in batches of about this many characters
_C0_NOT_XML = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))


class FastRow:
    """Values (str, :class:`Fixed`, int, float, bool or None) with a style id (0 = none) per
    column, and the row's height in points (None: the default)."""

    __slots__ = ("values", "styles", "height")

    def __init__(self, values: Sequence[Any], styles: Sequence[int],
                 height: float | None = None) -> None:
        self.values = values
        self.styles = styles
        self.height = height


class FastRowSheet(WriteOnlyWorksheet):
    # False: every fast row goes through lxml as a parsed element (the way without lxml;
    # the tests compare the two ways' workbooks)
    raw_rows = LXML

    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        self._cells: list[str] = []  # '<c r="A' for column A, ...
        self._styles: dict[int, str] = {0: ""}
        self._file: IO[bytes] | None = None  # the sheet's stream while it is written
        self._batch: list[str] = []
        self._batch_chars = 0
        self._next_row = 1  # the number the next row appended gets

    def append_fast(self, row: FastRow) -> None:
        self._get_writer()
        rows: Any = getattr(self, "_rows", None)
        if rows is None:
            rows = self._rows = self._write_rows()
            next(rows)
        rows.send(row)

    def append(self, row: Any) -> None:
        """openpyxl's append; a row that :func:`as_fast_row` can take is written as markup
        instead (what openpyxl would write, without its cell objects and lxml calls)."""
        fast = (as_fast_row(row) if self.raw_rows and self._next_row not in self.row_dimensions
                else None)
        if fast is None:
            super().append(row)
        else:
            self.append_fast(fast)

    def _get_writer(self) -> None:
        writer: Any = getattr(self, "_writer", None)  # openpyxl's, untyped
        if writer is None and self.raw_rows:
            # openpyxl's own writer, but streaming into a file object of ours
            path = sheet_writer.create_temporary_file()
            self._file = open(path, "wb")  # noqa: SIM115 - closed in close()/discard()
            writer = sheet_writer.WorksheetWriter(self, out=self._file)
            self._writer = writer
            writer.write_top()
        else:
            super()._get_writer()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._release_file()

    def _release_file(self) -> None:
        """Close our stream file; the writer then names it by path, as openpyxl expects."""
        file, self._file = self._file, None
        if file is not None:
            with contextlib.suppress(OSError):
                file.close()
            self._writer.out = file.name

    def _write_rows(self):  # noqa: ANN202 - a generator, like the method it replaces
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        raw = self._file is not None and hasattr(xf, "flush")
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    if isinstance(row, FastRow):
                        markup = self._row_markup(row, row_idx)
                        if raw:
                            self._batch.append(markup)
                            self._batch_chars += len(markup)
                            if self._batch_chars > BATCH_CHARS:
                                self._write_batch(xf)
                        else:
                            xf.write(fromstring(markup))
                    else:
                        if self._batch:
                            self._write_batch(xf)
                        self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
                    self._next_row = row_idx
            except GeneratorExit:
                if self._batch:
                    self._write_batch(xf)
        self._writer.xf.send(None)

    def _write_batch(self, xf: Any) -> None:
        """Our markup into the stream, after what lxml has buffered."""
        data = xml_bytes("".join(self._batch))
        self._batch.clear()
        self._batch_chars = 0
        xf.flush()
        assert self._file is not None  # raw rows are written only into a file of ours
        self._file.write(data)

    def _row_markup(self, row: FastRow, idx: int) -> str:
        cells, styles = self._cells, self._styles
        while len(cells) < len(row.values):
            cells.append(f'<c r="{get_column_letter(len(cells) + 1)}')
        n = str(idx)
        parts = [f'<row r="{n}" ht="{row.height}" customHeight="1">' if row.height
                 else f'<row r="{n}">']
        for cell, value, style in zip(cells, row.values, row.styles, strict=False):
            s = styles.get(style)
            if s is None:
                s = styles[style] = f' s="{style}"'
            kind = type(value)
            if kind is Fixed:
                parts.append(f'{cell}{n}"{s}{value.markup}')
            elif value is None or value == "":
                if style:
                    parts.append(f'{cell}{n}"{s}/>')
            elif kind is str:
                parts.append(f'{cell}{n}"{s}{_text_markup(value)}')
            elif kind is bool:
                parts.append(f'{cell}{n}"{s} t="b"><v>{int(value)}</v></c>')
            else:
                number = value if kind is int else safe_string(value)  # as openpyxl writes it
                parts.append(f'{cell}{n}"{s} t="n"><v>{number}</v></c>')
        parts.append("</row>")
        return "".join(parts)


def as_fast_row(row: Any) -> FastRow | None:
    """A row of an openpyxl append as a FastRow, when openpyxl would write each of its
    values as FastRow does: None, numbers, booleans, and write-only cells holding text,
    a number or a boolean with a style. None for anything else (plain text, which openpyxl
    may take for a formula; dates; empty styled cells; links, comments): openpyxl writes it."""
    if not isinstance(row, (list, tuple)):
        return None
    values: list[Any] = []
    styles: list[int] = []
    for item in row:
        kind = type(item)
        if isinstance(item, Cell):
            if item.hyperlink is not None or item.comment is not None:
                return None
            value, kind, data_type = item._value, type(item._value), item.data_type
            if not ((data_type == "s" and kind is str and value)
                    or (data_type == "n" and kind in (int, float) and _plain_number(value))
                    or (data_type == "b" and kind is bool)):
                return None
            values.append(value)
            styles.append(item.style_id if item.has_style else 0)
        elif item is None or kind is bool or (kind in (int, float) and _plain_number(item)):
            values.append(item)
            styles.append(0)
        else:
            return None
    return FastRow(values, styles)


def _plain_number(value: float) -> bool:
    """Written the same by FastRow and openpyxl (which writes %.16g: large integers lose
    digits, NaN and infinities are written empty)."""
    return abs(value) < 1e15 if type(value) is int else math.isfinite(value)


class Fixed:
    """A text that many rows repeat (a title, a code's name): its markup is made once."""

    __slots__ = ("markup",)

    def __init__(self, text: str) -> None:
        self.markup = _text_markup(text)


def fixed(text: str | None) -> Fixed | None:
    """A non-empty `text` as a :class:`Fixed` value; None for no text."""
    return Fixed(text) if text else None


def _text_markup(text: str) -> str:
    """The rest of a string cell after its style: an inline string, spaces kept."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _escape(text: str) -> str:
    """Text content for XML; CR as a reference, or the parser would turn it into LF."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def xml_bytes(text: str) -> bytes:
    """`text` in UTF-8 without what XML 1.0 cannot hold (xlsx_safe.ILLEGAL): what a
    caller's cleaning missed never makes the file unreadable. About five times faster than
    searching the text with ILLEGAL."""
    if "\ufffe" in text or "\uffff" in text:
        return ILLEGAL.sub("", text).encode("utf-8")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return ILLEGAL.sub("", text).encode("utf-8")
    if len(data.translate(None, _C0_NOT_XML)) != len(data):
        return ILLEGAL.sub("", text).encode("utf-8")
    return data


def create_fast_sheet(wb: Any, title: str) -> FastRowSheet:
    """Like ``wb.create_sheet(title)`` for a write-only workbook, with :meth:`append_fast`."""
    ws = FastRowSheet(parent=wb, title=title)
    wb._add_sheet(sheet=ws)
    return ws


def discard_sheet(ws: Any) -> None:
    """Close a write-only sheet's streams after a failure or cancel and delete its temp file.

    openpyxl's write-only sheets stream into files that it removes only when the process
    exits; a GUI exporting many times must not pile them up.
    """
    writer = getattr(ws, "_writer", None)
    if writer is None:
        return
    for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
        try:
            if stream is not None:
                stream.close()
        except Exception:  # noqa: BLE001 - half-written stream; it is being thrown away
            pass
    if isinstance(ws, FastRowSheet):
        ws._release_file()
    try:
        writer.cleanup()
    except (OSError, ValueError, TypeError):
        pass


__all__ = ["FastRow", "FastRowSheet", "Fixed", "as_fast_row", "create_fast_sheet", "discard_sheet",
           "fixed"]
