"""The Segments rows written as markup straight into the sheet's stream: the workbook is the
one the rows parsed and written by lxml give, and nothing XML cannot hold gets in."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from lxml import etree
from openpyxl import Workbook
from openpyxl.cell.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from desktop_app.core.interchange import xlsx_rows
from desktop_app.core.interchange.xlsx_cells import Cells
from desktop_app.core.interchange.xlsx_export import export_workbook
from desktop_app.core.interchange.xlsx_rows import FastRow, FastRowSheet, create_fast_sheet, fixed
from desktop_app.core.project.codings import NewCoding
from tests.core.export_helpers import build_two_coder_project, rows

# the export's clock (About sheet, document properties): not what is compared
_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")
_TEXT_STAMP = re.compile(_STAMP.pattern.decode())


def _project(path: Path) -> Path:
    """Several documents, attributes, memos, multi-line passages, spaces, CR, markup."""
    p = build_two_coder_project(path)
    try:
        text = "  前导空格\r\n第二行 <b>&amp;</b> ]]>\r第三行\t\n\n尾随空格  " * 4
        d = p.add_document(" 标题 <x> ", text, attributes={"region": " 湖州 ", "year": "2020"})
        p.add_document("bad\x01title\ufffe", "控制\x01字符\ufffe与𠮷" * 3)
        p.add_codings([
            NewCoding(d, "居民增收", 0, len(text), memo="\r\n  多行\r备忘 <i> & 😀 "),
            NewCoding(d, "社会保障", 0, 12),
            NewCoding(d, "子编码", 5, 40, memo="   "),
            NewCoding(d, "城乡融合", 30, 31),
        ])
        bad = p.documents()[-1]["id"]
        p.add_codings([NewCoding(bad, "居民增收", 0, 12, memo="m\x0bemo")])
    finally:
        p.close()
    return path


def _export(project: Path, out: Path, raw: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(FastRowSheet, "raw_rows", raw)
    return export_workbook(project, out, lang="en")


def _parts(path: Path) -> dict[str, bytes]:
    """Every part of the package as canonical XML (character references and encodings
    written alike), timestamps masked."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            out[name] = _STAMP.sub(b"T", data)
    return out


def _cells(path: Path) -> dict[str, list]:
    """What openpyxl reads back: each cell's value, type and style, rows' heights, columns."""
    wb = openpyxl.load_workbook(path)
    got: dict[str, list] = {}
    for ws in wb.worksheets:
        cells = [
            (c.coordinate, _TEXT_STAMP.sub("T", c.value) if isinstance(c.value, str) else c.value,
             c.data_type, repr(c.font), repr(c.fill), repr(c.alignment),
             c.number_format, repr(c.border), repr(c.protection))
            for row in ws.iter_rows() for c in row
        ]
        heights = {i: (d.height, d.customHeight) for i, d in ws.row_dimensions.items()}
        columns = {k: (d.width, d.hidden, d.outline_level) for k, d in ws.column_dimensions.items()}
        got[ws.title] = [cells, heights, columns, ws.freeze_panes, ws.auto_filter.ref,
                         ws.print_title_rows]
    return got


def test_raw_rows_give_the_workbook_that_parsed_rows_give(tmp_path, monkeypatch):
    project = _project(tmp_path / "p.biaozhu")
    parsed = _export(project, tmp_path / "parsed.xlsx", False, monkeypatch)
    raw = _export(project, tmp_path / "raw.xlsx", True, monkeypatch)
    assert (raw.rows, raw.removed_characters, raw.truncated_cells) == (
        parsed.rows, parsed.removed_characters, parsed.truncated_cells)
    assert raw.removed_characters > 0
    a, b = _parts(parsed.path), _parts(raw.path)
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    assert _cells(parsed.path) == _cells(raw.path)
    # the raw sheet holds its text as UTF-8, not as character references
    with zipfile.ZipFile(raw.path) as z:
        segments = z.read("xl/worksheets/sheet1.xml")
    assert "前导空格".encode() in segments and b"<!--" not in segments
    got = rows(openpyxl.load_workbook(raw.path)["Segments"])
    col = {h: i for i, h in enumerate(got[0])}
    memos = {r[col["memo"]] for r in got[1:]}
    assert "\r\n  多行\r备忘 <i> & 😀 " in memos and "   " in memos and "memo" in memos


def _sheet(values: list, tmp_path: Path, fast_first: bool = False) -> list[tuple]:
    wb = Workbook(write_only=True)
    ws = create_fast_sheet(wb, "S")
    if not fast_first:
        ws.append(["header", 1])
    for i, v in enumerate(values):
        ws.append_fast(FastRow([v, i, fixed("重复"), None, 1.5, True], [0, 0, 0, 0, 0, 0]))
        if i == 1:
            ws.append(["plain row between", None, 3])  # openpyxl's rows keep their place
    wb.save(tmp_path / "s.xlsx")
    return [tuple(r) for r in openpyxl.load_workbook(tmp_path / "s.xlsx")["S"].iter_rows(values_only=True)]


def test_what_xml_cannot_hold_never_reaches_the_file(tmp_path):
    dirty = "a\x01b\ufffec\ud800d\uffff𠮷\x1f e\t\r\n"
    cells = Cells()
    cleaned = cells.clean(dirty)
    assert cleaned == "abcd𠮷 e\t\r\n" and cells.removed == 5
    # cleaned as the export does, and also left dirty (the sheet's own check removes it)
    got = _sheet([cleaned, dirty, "末"], tmp_path)
    assert got[0][:2] == ("header", 1)
    assert [r[0] for r in got[1:]] == [cleaned, cleaned, "plain row between", "末"]
    assert got[1][1:] == (0, "重复", None, 1.5, True)
    assert got[3] == ("plain row between", None, 3, None, None, None)
    assert _sheet(["x", "y", "z"], tmp_path, fast_first=True) == [
        ("x", 0, "重复", None, 1.5, True), ("y", 1, "重复", None, 1.5, True),
        ("plain row between", None, 3, None, None, None), ("z", 2, "重复", None, 1.5, True)]


def test_xml_bytes_removes_only_what_xml_forbids():
    assert xlsx_rows.xml_bytes("𠮷\t\n\r a") == "𠮷\t\n\r a".encode()
    for bad in ("\x00", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ud800", "\udfff", "\ufffe",
                "\uffff"):
        assert xlsx_rows.xml_bytes(f"a{bad}b") == b"ab", repr(bad)


def test_many_rows_are_written_in_batches_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_rows, "BATCH_CHARS", 200)
    values = [f"第{i}行 " * (i % 7) for i in range(300)]
    got = _sheet(values, tmp_path)
    expected = [v or None for v in values]
    assert [r[0] for r in got[1:] if r[0] != "plain row between"] == expected
    assert [r[1] for r in got[1:] if r[0] != "plain row between"] == list(range(300))


def _plain_rows_sheet(path: Path, raw: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    monkeypatch.setattr(FastRowSheet, "raw_rows", raw)
    wb = Workbook(write_only=True)
    ws = create_fast_sheet(wb, "S")
    cells = Cells()
    bold = cells.style(ws, "bold", font=Font(bold=True), alignment=Alignment(wrap_text=True))
    ws.row_dimensions[3].height = 34.0
    for row in [
        [1, 2.5, 0.1 + 0.2, 1 / 3, True, None, -7, 0, 0.0, False],
        [cells.text(ws, " 文本 <&> 𠮷\r\n", bold), cells.styled_number(ws, 3, bold),
         cells.number(ws, 0.123456, "0.00"), cells.header(ws, "头"), cells.wrapped(ws, "多\n行")],
        [cells.text(ws, "has a height")],  # row 3: its dimension goes with openpyxl's row
        ["=1+1"], ["plain text"], [datetime(2026, 1, 2, 3, 4, 5)],  # openpyxl's
        [float("nan")], [float("inf")], [12_345_678_901_234_567],
        [cells.header(ws, "")], [WriteOnlyCell(ws, None)], [cells.coloured(ws, None, "#123456")],
        [cells.coloured(ws, "色", "#123456"), 4],
    ]:
        ws.append(row)
    wb.save(path)
    return _parts(path)


def test_plain_rows_as_markup_are_what_openpyxl_writes(tmp_path, monkeypatch):
    by_openpyxl = _plain_rows_sheet(tmp_path / "a.xlsx", False, monkeypatch)
    taken = []
    as_fast_row = xlsx_rows.as_fast_row

    def counted(row: Any) -> Any:
        fast = as_fast_row(row)
        taken.append(fast is not None)
        return fast

    monkeypatch.setattr(xlsx_rows, "as_fast_row", counted)
    as_markup = _plain_rows_sheet(tmp_path / "b.xlsx", True, monkeypatch)
    assert by_openpyxl == as_markup
    assert taken == [True, True] + [False] * 9 + [True]  # row 3 is not offered
