"""Inter-coder agreement of a project: reads the codings and hands them to analysis/agreement.

Documents: those in which every listed coder made at least one coding (of any code), unless
`all_documents`. Codes: the ones asked for, else every code (tree order).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from desktop_app.core.analysis.agreement import UNITS, AgreementCounter
from desktop_app.core.errors import BiaozhuError, InvalidRow
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.project.validation import VALID_CODING
from desktop_app.core.text.sentences import paragraph_spans, sentence_spans

__all__ = ["agreement_report", "chosen_codes", "coder_ids", "compared_documents"]


def coder_ids(project: Project, coders: list[str]) -> list[int]:
    """The ids of the named coders (at least two, each once); a clear error otherwise."""
    ids: list[int] = []
    for name in coders:
        cid = project.coder_id(name, create=False)
        if cid is None:
            known = ", ".join(c["name"] for c in project.coders()) or "none"
            raise BiaozhuError(Message("there is no coder '{name}' (coders: {names})", name=name, names=known))
        if cid in ids:
            raise BiaozhuError(Message("coder '{name}' is listed twice", name=name))
        ids.append(cid)
    if len(ids) < 2:
        raise BiaozhuError(Message("agreement needs at least two coders"))
    return ids


def chosen_codes(project: Project, codes: list[str | int] | None) -> list[dict[str, Any]]:
    """The code rows asked for (in the order asked), else every code in tree order."""
    all_codes = project.codes()
    if not codes:
        return all_codes
    wanted: list[int] = []
    for ref in codes:
        cid = project.resolve_code(ref)
        if cid not in wanted:
            wanted.append(cid)
    chosen = [c for c in all_codes if c["id"] in wanted]
    chosen.sort(key=lambda c: wanted.index(c["id"]))
    return chosen


def compared_documents(project: Project, ids: list[int], all_documents: bool = False) -> list[int]:
    """The documents compared (in list order): those in which every coder of `ids` made at
    least one coding, or every document when `all_documents`."""
    marks = ",".join("?" * len(ids))
    coded = defaultdict(set)
    for doc, coder in project.conn.execute(
            f"SELECT DISTINCT document_id, coder_id FROM codings WHERE coder_id IN ({marks})", ids):
        coded[doc].add(coder)
    return [d for (d,) in project.conn.execute("SELECT id FROM documents ORDER BY position, id")
            if all_documents or len(coded.get(d, ())) == len(ids)]


def agreement_report(project: Project, coders: list[str], codes: list[str | int] | None = None,
                     unit: str = "char", all_documents: bool = False) -> dict[str, Any]:
    """The figures as a JSON-able dict (see the issue's shape): unit, coders, documents,
    codes (per code: code, code_id, units, percent_agreement, cohen_kappa,
    krippendorff_alpha) and overall."""
    if unit not in UNITS:
        raise BiaozhuError(Message("unknown unit '{unit}'; use char, sentence or paragraph", unit=unit))
    ids = coder_ids(project, coders)
    names = list(coders)
    chosen = chosen_codes(project, codes)
    code_ids = [c["id"] for c in chosen]
    counter = AgreementCounter(code_ids, ids)
    marks = ",".join("?" * len(ids))
    doc_ids = compared_documents(project, ids, all_documents)
    code_set = set(code_ids)
    for doc_id in doc_ids:
        spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for code, coder, s, e in project.conn.execute(
                f'SELECT g.code_id, g.coder_id, g.start, g."end" FROM codings g WHERE g.document_id=? '
                f"AND g.coder_id IN ({marks}) AND {VALID_CODING}", (doc_id, *ids)):
            if code in code_set:
                spans[code, coder].append((s, e))
        try:
            if unit == "char":
                counter.add_document(project.document_length(doc_id), spans)
            else:
                text = project.document_text(doc_id)
                units = sentence_spans(text) if unit == "sentence" else paragraph_spans(text)
                counter.add_document(len(text), spans, units)
        except InvalidRow:
            continue  # a crafted or damaged document, named in the open report
    return {
        "unit": unit,
        "coders": names,
        "documents": len(doc_ids),
        "document_ids": doc_ids,
        "codes": [{"code": c["name"], "code_id": c["id"], **counter.tallies[c["id"]].figures()}
                  for c in chosen],
        "overall": counter.overall().figures(),
    }


HEADERS = ("code_id", "code", "units", "percent_agreement", "cohen_kappa", "krippendorff_alpha")


def write_agreement_xlsx(report: dict[str, Any], out_path: str, project_path: Any = None) -> Any:
    """The report as a one-sheet workbook (the same figures as the JSON), written atomically."""
    from pathlib import Path

    from openpyxl import Workbook

    from desktop_app.core.interchange.common import atomic_target, check_target
    from desktop_app.core.interchange.xlsx_cells import Cells
    from desktop_app.core.interchange.xlsx_export import save

    out = check_target(out_path, ".xlsx", None if project_path is None else Path(project_path))
    wb = Workbook(write_only=True)
    cells = Cells()
    ws = wb.create_sheet("agreement")
    ws.append([cells.header(ws, h) for h in HEADERS])
    rows = [*report["codes"], {"code": "(overall)", "code_id": None, **report["overall"]}]
    for r in rows:
        ws.append([r["code_id"], cells.text(ws, r["code"]), r["units"],
                   cells.number(ws, r["percent_agreement"], "0.00"),
                   cells.number(ws, r["cohen_kappa"], "0.000"),
                   cells.number(ws, r["krippendorff_alpha"], "0.000")])
    info = wb.create_sheet("about")
    info.append([cells.header(info, "unit"), report["unit"]])
    info.append([cells.header(info, "coders"), cells.text(info, ", ".join(report["coders"]))])
    info.append([cells.header(info, "documents"), report["documents"]])
    with atomic_target(out) as tmp:
        save(wb, tmp)
    return out
