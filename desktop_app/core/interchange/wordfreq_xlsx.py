"""Word frequency tables to Excel: one sheet per choice."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.common import check_target, save_workbook
from desktop_app.core.interchange.xlsx_safe import sheet_title, text_cell
from desktop_app.core.messages import Message
from desktop_app.core.text.frequencies import FreqTable


def export_xlsx(path: str | os.PathLike, tables: Sequence[FreqTable],
                project_path: str | os.PathLike | None = None) -> Path:
    """Write one sheet per table (word, count, documents, per mille); returns the path.

    A name without an extension gets ``.xlsx``; any other extension, a missing folder or
    the project file itself is refused. The workbook goes to a temporary file renamed over
    the target at the end, so a failure never leaves a half-written file.
    """
    if not tables:
        raise BiaozhuError(Message("nothing to export"))
    out = Path(path)
    if not out.suffix:  # typed in a file dialog without the extension
        out = out.with_name(out.name + ".xlsx")
    out = check_target(out, ".xlsx", None if project_path is None else Path(project_path))
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    for t in tables:
        ws = wb.create_sheet(sheet_title(t.title, taken))
        ws.append([text_cell(ws, h) for h in ("词 Word", "次数 Count", "文档数 Documents", "‰")])
        for d in t.to_dicts():
            ws.append([text_cell(ws, d["word"]), d["count"], d["documents"], d["per_mille"]])
    return save_workbook(wb, out)
