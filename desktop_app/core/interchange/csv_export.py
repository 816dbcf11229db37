"""The coded segments as CSV (UTF-8 with BOM, so that Excel reads Chinese).

Same columns as the workbook's Segments sheet, without the `truncated` flag. A CSV file
cannot mark text as text: a spreadsheet opening it evaluates a cell beginning with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return as a formula (LibreOffice ran
``=cmd|' /C calc'!A0``). So by default every text cell is made safe as OWASP advises (a
leading ``'`` before those characters; control characters such as NUL, ESC and BEL removed):
:func:`spreadsheet_safe`. ``raw=True`` (``biaozhu export --raw``) writes every text exactly as
stored, for scripts (``passage == text[start:end]``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.interchange.common import (
    ExportError,
    ExportSummary,
    Ticker,
    atomic_target,
    check_lang,
    check_target,
    count_codings,
    document_groups,
    label,
    open_readonly,
    select,
    snapshot,
    unique_headers,
)
from desktop_app.core.messages import Message
from desktop_app.core.text.normalise import CONTROL_CHARS

__all__ = ["export_csv", "spreadsheet_safe"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet shows as text (numbers stay numbers)."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARS.sub("", value)
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def export_csv(
    project_path: str | Path,
    out_path: str | Path,
    *,
    coders: list[str] | None = None,
    codes: list[str | int] | None = None,
    attributes: dict[str, str] | None = None,
    lang: str = "zh",
    progress: Callable[[int, int], bool | None] | None = None,
    raw: bool = False,
) -> ExportSummary:
    """Write one row per coding to a .csv file; see :func:`export_workbook` for the rest.

    Text cells are made safe for spreadsheets unless `raw` (see the module docstring)."""
    check_lang(lang)
    project_path = Path(project_path)
    cell = (lambda v: v) if raw else spreadsheet_safe
    with open_readonly(project_path) as project, snapshot(project):
        out = check_target(out_path, ".csv", project_path)
        sel = select(project, coders, codes, attributes)
        ticker = Ticker(progress, count_codings(project, sel) + len(sel.documents))
        summary = ExportSummary(path=out, sheets=[], warnings=list(project.problems))
        codes_by_id = {c["id"]: c for c in sel.codes}
        attrs = sel.attribute_names
        fixed = [label(k, lang) for k in ("coding_id", "document_id", "document", "code", "path",
                                          "coder", "start", "end", "passage", "memo", "created",
                                          "updated")]
        headers = fixed[:3] + unique_headers(fixed, attrs) + fixed[3:]
        with atomic_target(out) as tmp:
            try:
                with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                    w = csv.writer(f)
                    w.writerow([cell(h) for h in headers])
                    for doc, text, rows in document_groups(project, sel):
                        values = doc["attributes"]
                        head = [doc["id"], doc["title"], *(values.get(a, "") for a in attrs)]
                        for gid, code_id, coder_id, start, end, memo, created, updated in rows:
                            code = codes_by_id[code_id]
                            w.writerow([cell(v) for v in (
                                gid, *head, code["name"], code["path"],
                                sel.coder_names.get(coder_id, ""), start, end,
                                text[start:end], memo, created, updated)])
                            summary.rows += 1
                            ticker.step()
                        ticker.step()
            except OSError as e:
                raise ExportError(Message("{file}: cannot be written ({detail})", file=out, detail=e.strerror or e)) from None
            ticker.finish()
    return summary
