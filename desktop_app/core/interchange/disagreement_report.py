"""Two coders' disagreements in a project: reads their codings and hands them to
analysis/disagreements, over the same documents and codes as the agreement figures
(interchange/agreement_report)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.analysis.data import Coding
from desktop_app.core.analysis.disagreements import disagreements
from desktop_app.core.errors import BiaozhuError, InvalidRow
from desktop_app.core.interchange.agreement_report import (
    chosen_codes,
    coder_ids,
    compared_documents,
)
from desktop_app.core.messages import Message
from desktop_app.core.project import Project

__all__ = ["disagreement_report"]


def disagreement_report(project: Project, coders: list[str], codes: list[str | int] | None = None,
                        all_documents: bool = False) -> dict[str, Any]:
    """``{"coders": [A, B], "documents": n, "document_ids": [...], "disagreements": [...]}``;
    each disagreement: document_id, document_title, code_id, code, start, end, text (the
    passage, ``document_text[start:end]``), coded_by (the name of the coder who coded it),
    codings (that coder's coding ids there: what can be adopted), codes_a / codes_b (the code
    names each coder gave to the passage: the code itself on one side, whatever else the
    other coder put on that text on the other)."""
    ids = coder_ids(project, coders)
    if len(ids) != 2:
        raise BiaozhuError(Message("a comparison needs exactly two coders"))
    chosen = chosen_codes(project, codes)
    doc_ids = compared_documents(project, ids, all_documents)
    rows = [Coding(r["id"], r["document_id"], r["code_id"], r["coder_id"], r["start"], r["end"])
            for r in project.codings(None, None, ids)]  # crafted rows are never read
    found = disagreements(rows, ids[0], ids[1], {c["id"] for c in chosen}, set(doc_ids))
    titles = project.document_titles()
    names = project.code_names()
    out = []
    texts: dict[int, str | None] = {}
    for d in found:
        if d.document_id not in texts:
            try:
                texts[d.document_id] = project.document_text(d.document_id)
            except InvalidRow:  # a crafted or damaged document, named in the open report
                texts[d.document_id] = None
        text = texts[d.document_id]
        if text is None:
            continue
        own = [names[d.code_id]]
        other = [names[c] for c in d.other_codes]
        out.append({
            "document_id": d.document_id,
            "document_title": titles[d.document_id],
            "code_id": d.code_id,
            "code": names[d.code_id],
            "start": d.start,
            "end": d.end,
            "text": text[d.start:d.end],
            "coded_by": coders[d.coded_by],
            "codings": list(d.codings),
            "codes_a": own if d.coded_by == 0 else other,
            "codes_b": other if d.coded_by == 0 else own,
        })
    return {"coders": list(coders), "documents": len(doc_ids), "document_ids": doc_ids,
            "disagreements": out}
