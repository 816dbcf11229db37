"""The exported workbook as a reader sees it: row heights, folded columns, print scale, chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop_app.core.interchange.xlsx_export import export_workbook
from desktop_app.core.interchange.xlsx_layout import line_count, row_height, text_units
from desktop_app.core.project import create_project
from tests.core.export_helpers import build_two_coder_project

A4_LANDSCAPE_UNITS = 149  # width units that print at full size between 0.4 in margins

LONG = "推进城乡基本公共服务均等化，完善城乡居民基本养老保险制度。" * 6


def _export(path: Path, tmp_path: Path, lang: str = "en"):
    out = tmp_path / f"out-{lang}.xlsx"
    export_workbook(path, out, lang=lang)
    return load_workbook(out)


def _headers(ws) -> dict[str, int]:
    return {c.value: i for i, c in enumerate(next(ws.iter_rows(max_row=1)), 1)}


def _visible_width(ws) -> float:
    total = 0.0
    for i in range(1, ws.max_column + 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        if not dim.hidden:
            total += dim.width or 8.43
    return total


@pytest.fixture
def long_project(tmp_path: Path) -> Path:
    path = tmp_path / "long.biaozhu"
    p = create_project(path, coder="alice")
    text = "短句。" + LONG + "\n第二段𠮷。"
    doc = p.add_document("政策文件", text,
                         attributes={f"attr{i}": "值" * 12 for i in range(8)})
    p.add_coding(doc, "居民增收", 0, 3)
    p.add_coding(doc, "社会保障", 3, 3 + len(LONG), memo="备忘" * 30)
    p.close()
    return path


def test_a_long_title_takes_two_lines_at_most(tmp_path):
    path = tmp_path / "t.biaozhu"
    p = create_project(path, coder="alice")
    doc = p.add_document("一个很长很长的文档标题，长到一行放不下，需要折行显示" * 3, "短句。")
    p.add_coding(doc, "居民增收", 0, 3)
    p.close()
    ws = _export(path, tmp_path)["Segments"]
    assert ws.row_dimensions[2].height == row_height(2)


def test_wrapped_passages_get_the_height_they_need(long_project, tmp_path):
    ws = _export(long_project, tmp_path)["Segments"]
    col = _headers(ws)
    short_row, long_row = 2, 3
    assert ws.cell(long_row, col["passage"]).value == LONG
    assert ws.cell(long_row, col["passage"]).alignment.wrap_text
    assert ws.row_dimensions[short_row].height is None  # one line: the default height
    height = ws.row_dimensions[long_row].height
    width = ws.column_dimensions[get_column_letter(col["passage"])].width
    lines = line_count(LONG, width)
    assert lines >= 6 and height == row_height(lines)
    assert height >= lines * 15  # every line has room
    for c in range(1, ws.max_column + 1):  # the row reads from the top
        assert ws.cell(long_row, c).alignment.vertical == "top"


def test_segments_fold_technical_columns_and_print_legibly(long_project, tmp_path):
    wb = _export(long_project, tmp_path)
    ws = wb["Segments"]
    col = _headers(ws)
    hidden = {name for name, i in col.items() if ws.column_dimensions[get_column_letter(i)].hidden}
    assert {"document id", "start", "end", "created", "updated", "truncated", "code path"} <= hidden
    assert {"coding id", "document title", "code", "coder", "passage", "memo"}.isdisjoint(hidden)
    for name in hidden:  # folded in an outline group, a click away
        assert ws.column_dimensions[get_column_letter(col[name])].outline_level == 1
    assert ws.cell(2, col["start"]).value == 0  # still in the sheet for scripts
    # eight attributes: the last ones fold too, so one page wide prints at >= 70 %
    assert any(name.startswith("attr") for name in hidden)
    for sheet in wb.worksheets:
        if sheet.title in ("Segments", "Codebook", "About"):  # Documents: every attribute
            scale = min(1.0, A4_LANDSCAPE_UNITS / _visible_width(sheet))
            assert scale >= 0.7, (sheet.title, scale)


def test_two_coder_export_prints_legibly_and_keeps_a_code_path_with_children(tmp_path):
    path = tmp_path / "p.biaozhu"
    build_two_coder_project(path).close()
    wb = _export(path, tmp_path, lang="zh")
    ws = wb["编码片段"]
    col = _headers(ws)
    # a codebook with a child code: the path says something, so it is shown
    assert not ws.column_dimensions[get_column_letter(col["编码路径"])].hidden
    for sheet in wb.worksheets[:3]:
        assert A4_LANDSCAPE_UNITS / _visible_width(sheet) >= 0.7, sheet.title


def test_chart_bars_take_each_codes_colour(tmp_path):
    path = tmp_path / "p.biaozhu"
    p = build_two_coder_project(path)
    colours = [c["colour"].lstrip("#").upper() for c in p.codes()]
    p.close()
    [chart] = _export(path, tmp_path)["Code × document"]._charts
    points = chart.series[0].dPt
    assert [pt.idx for pt in points] == list(range(len(colours)))
    assert [pt.graphicalProperties.solidFill.srgbClr for pt in points] == colours
    assert chart.x_axis.scaling.orientation == "maxMin"


def test_about_definitions_have_room_and_numbers_align_left(tmp_path):
    path = tmp_path / "p.biaozhu"
    build_two_coder_project(path).close()
    ws = _export(path, tmp_path)["About"]
    rows = list(ws.iter_rows())
    numbers = [r[1] for r in rows if len(r) > 1 and isinstance(r[1].value, int)]
    assert numbers and all(c.alignment.horizontal == "left" for c in numbers)
    width = ws.column_dimensions["B"].width
    defs = [r for r in rows if len(r) > 1 and r[1].alignment.wrap_text and r[1].value]
    assert len(defs) >= 5
    for r in defs:
        lines = line_count(r[1].value, width)
        assert ws.row_dimensions[r[1].row].height == row_height(lines), r[1].value[:20]


def test_line_estimates():
    assert text_units("收入abc") == 7
    assert line_count("", 10) == line_count(None, 10) == 1
    assert line_count("收" * 24, 50) == 1 and line_count("收" * 25, 50) == 2
    assert line_count("a\nb\nc", 50) == 3
    assert line_count("收" * 10_000, 50) * 15.5 <= 409
    assert line_count("收" * 100, 10, most=2) == 2
    assert row_height(1) is None and row_height(2) == 34.0 and row_height(1000) == 409
