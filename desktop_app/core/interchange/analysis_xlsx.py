"""Analysis tables to files: any matrix to Excel (with totals and a heat fill), the co-word
table to Excel, and its edge list as CSV (Source, Target, Weight) for Gephi."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop_app.core.analysis.cowords import CowordTable
from desktop_app.core.analysis.matrix import Matrix
from desktop_app.core.interchange.common import atomic_target, check_target, save_workbook
from desktop_app.core.interchange.labels import pick
from desktop_app.core.interchange.xlsx_safe import clean_text, sheet_title, text_cell

TOTAL = {"zh": "合计", "en": "Total"}
MEASURE_NAMES = {
    "codings": ("编码片段数", "codings"), "chars": ("编码字符数", "coded characters"),
    "percent": ("占文档字符 %", "% of characters"), "overlap": ("共现（重叠）", "co-occurrence (overlap)"),
    "sentence": ("共现（同句）", "co-occurrence (same sentence)"),
    "paragraph": ("共现（同段）", "co-occurrence (same paragraph)"),
}


def measure_name(measure: str, lang: str) -> str:
    return pick(MEASURE_NAMES.get(measure, (measure, measure)), lang)


def _heat(value: float, top: float) -> PatternFill | None:
    if top <= 0 or value <= 0:
        return None
    level = int(255 - 150 * min(1.0, value / top))
    return PatternFill(fill_type="solid", fgColor=f"FF{level:02X}{level:02X}")


def matrix_xlsx(matrix: Matrix, out: str | os.PathLike, lang: str = "zh",
                title: str | None = None, project_path: Path | None = None) -> Path:
    target = check_target(out, ".xlsx", project_path)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(title or measure_name(matrix.measure, lang))
    ws.append([clean_text(x).text for x in
               (measure_name(matrix.measure, lang), *matrix.column_labels, TOTAL[lang])])
    for cell in ws[1]:
        cell.data_type = "s"  # user text stays text (= + - @)
    top = matrix.maximum()
    for i, label in enumerate(matrix.row_labels):
        ws.append([clean_text(label).text, *matrix.cells[i], matrix.row_totals[i]])
        ws.cell(row=i + 2, column=1).data_type = "s"
        for j, v in enumerate(matrix.cells[i]):
            fill = _heat(v, top)
            if fill is not None:
                ws.cell(row=i + 2, column=j + 2).fill = fill
    ws.append([TOTAL[lang], *matrix.column_totals, matrix.total])
    ws.freeze_panes = "B2"
    return save_workbook(wb, target)


def cowords_xlsx(table: CowordTable, out: str | os.PathLike, lang: str = "zh",
                 project_path: Path | None = None) -> Path:
    target = check_target(out, ".xlsx", project_path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title("共词" if lang == "zh" else "Co-words"))
    heads = ("词 1", "词 2", "共现句数") if lang == "zh" else ("Word 1", "Word 2", "Sentences")
    ws.append([text_cell(ws, h) for h in heads])
    for p in table.pairs:
        ws.append([text_cell(ws, p.source), text_cell(ws, p.target), p.weight])
    ws2 = wb.create_sheet(sheet_title("词频" if lang == "zh" else "Words"))
    ws2.append([text_cell(ws2, h) for h in (("词", "句数") if lang == "zh" else ("Word", "Sentences"))])
    for w, n in sorted(table.words.items(), key=lambda kv: (-kv[1], kv[0])):
        ws2.append([text_cell(ws2, w), n])
    return save_workbook(wb, target)


def edge_list_csv(table: CowordTable, out: str | os.PathLike,
                  project_path: Path | None = None) -> Path:
    """Gephi's edge list: Source, Target, Weight (UTF-8 with BOM so Excel reads Chinese)."""
    target = check_target(out, ".csv", project_path)
    with atomic_target(target) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Source", "Target", "Weight"])
            for p in table.pairs:
                w.writerow([p.source, p.target, p.weight])
    return target
