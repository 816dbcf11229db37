"""Document attributes from a sheet (.csv or .xlsx): the first column names the document (its
file name, with or without the extension, or its title), the header row names the attributes.

Rows that match no document, or several, are reported; empty cells set nothing. Everything
that matches goes in as one action.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import BiaozhuError, ImportRefused
from desktop_app.core.ingest.bounded import base_name, read_bounded
from desktop_app.core.ingest.decoding import decode_bytes
from desktop_app.core.messages import Message

if TYPE_CHECKING:
    from desktop_app.core.project import Project

MAX_SHEET_BYTES = 50 * 1024 * 1024


@dataclass
class SheetResult:
    documents: int = 0  # documents that got attributes
    values: int = 0  # attribute values set
    unmatched: list[Message] = field(default_factory=list)


def read_sheet(path: Path) -> list[list[str]]:
    """The sheet's rows as strings (the first sheet of a workbook)."""
    name = base_name(path)
    data = read_bounded(path, name, MAX_SHEET_BYTES)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = decode_bytes(data, name).text
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds on damaged files
            raise ImportRefused(Message("{file}: not a valid .xlsx file ({detail})", file=name, detail=type(e).__name__)) from None
        try:
            ws = wb.worksheets[0]
            return [["" if v is None else str(v).strip() for v in row]
                    for row in ws.iter_rows(values_only=True)]
        finally:
            wb.close()
    raise ImportRefused(Message("{file}: use a .csv or .xlsx sheet", file=name))


def apply_sheet(project: Project, path: str | Path) -> SheetResult:
    path = Path(path)
    rows = [r for r in read_sheet(path) if any(r)]
    name = base_name(path)
    if len(rows) < 2 or len(rows[0]) < 2:
        raise BiaozhuError(Message("{file}: needs a header row and a first column naming the documents", file=name))
    header = rows[0]
    keys: dict[str, list[int]] = {}
    for d in project.documents():
        names = {d["title"]}
        if d["source_file"]:
            names |= {d["source_file"], Path(d["source_file"]).stem}
        for n in names:
            keys.setdefault(n, []).append(d["id"])
    result = SheetResult()
    todo: list[tuple[int, dict[str, str]]] = []
    for number, row in enumerate(rows[1:], start=2):
        ref = row[0]
        ids = sorted(set(keys.get(ref, [])))
        if len(ids) != 1:
            text = (Message("row {n}: '{ref}' matches no document", n=number, ref=ref) if not ids else
                    Message("row {n}: '{ref}' matches several documents ({ids})", n=number, ref=ref,
                            ids=", ".join(map(str, ids))))
            result.unmatched.append(text)
            continue
        values = {h.strip(): v for h, v in zip(header[1:], row[1:], strict=False) if h.strip() and v}
        if values:
            todo.append((ids[0], values))
    if todo:
        with project.action(Message("Set attributes from {file}", file=name)):
            for doc_id, values in todo:
                for key, value in values.items():
                    project.set_attribute(doc_id, key, value)
                result.values += len(values)
        result.documents = len({d for d, _ in todo})
    return result
