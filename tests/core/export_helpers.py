"""Shared by the export tests: a two-coder project and reading workbooks back."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from desktop_app.core.project import Project, create_project
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.normalise import normalise

TEXT_A = normalise(
    "𠮷野家的共同富裕\r\n=SUM(A1) 城乡融合😀发展，+1 社会保障\r\n@mention -减负 𠀀 数字化改革。" * 3
)[0]
TEXT_B = normalise("湖州八里店镇推进无差别城乡。\r\n居民增收😀😀，社会保障体系加快健全。𠮷")[0]
TEXT_C = "没有编码的文档。"
ATTRS_A = {"region": "嘉兴", "a/b:c[1]": "=1+2", "x" * 40: "-3"}


def build_two_coder_project(path: Path) -> Project:
    """Three documents (one uncoded), codes with a child, overlapping codings by alice and bob."""
    p = create_project(path, coder="alice")
    a = p.add_document("=HYPERLINK(\"http://x\")", TEXT_A, source_file="a.txt",
                       encoding="UTF-8", attributes=ATTRS_A)
    b = p.add_document("湖州 𠮷", TEXT_B, attributes={"region": "湖州"})
    p.add_document("空", TEXT_C)
    p.add_code("子编码", parent="社会保障", colour="#123456")
    p.add_codings([
        NewCoding(a, "居民增收", 0, 8, memo="=cmd|' /C calc'!A0"),
        NewCoding(a, "城乡融合", 3, 20, memo="+memo"),
        NewCoding(a, "社会保障", 5, 12),
        NewCoding(a, "社会保障", 10, 30),
        NewCoding(a, "子编码", 25, 40, memo="@memo"),
        NewCoding(a, "数字化改革", 60, 70),
        NewCoding(b, "居民增收", 0, 5),
        NewCoding(b, "社会保障", 4, 15),
        NewCoding(b, "居民增收", 14, 20),
    ])
    p.coder = "bob"
    p.add_codings([
        NewCoding(a, "居民增收", 2, 9),
        NewCoding(a, "城乡融合", 0, 20),
        NewCoding(a, "社会保障", 5, 12, memo="-minus"),
        NewCoding(a, "数字化改革", 41, 50),
    ])
    p.coder = "alice"
    return p


def rows(ws: Any) -> list[tuple]:
    """A sheet's rows without the trailing empty ones openpyxl may add."""
    out = [tuple(r) for r in ws.iter_rows(values_only=True)]
    while out and all(v is None for v in out[-1]):
        out.pop()
    return out


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if n.startswith("xl/worksheets/sheet")}


def db_rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
