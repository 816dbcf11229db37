"""Writing a retrieval report: the file type from the name (.docx, .html, .pdf), written to a
temporary file renamed over the target only when complete (common.atomic_target)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.interchange.common import ExportError, atomic_target, check_target
from desktop_app.core.interchange.retrieval import Retrieval
from desktop_app.core.messages import Message

REPORT_SUFFIXES = (".docx", ".html", ".pdf")


def report_suffix(out: str | os.PathLike) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ExportError(Message("{file}: a report is .docx, .html or .pdf", file=out))
    return suffix


def write_report(report: Retrieval, out: str | os.PathLike, lang: str = "zh",
                 project_path: Path | None = None, title: str | None = None) -> Path:
    suffix = report_suffix(out)
    target = check_target(out, suffix, project_path)
    with atomic_target(target) as tmp:
        if suffix == ".docx":
            from desktop_app.core.interchange.report_docx import write_docx

            write_docx(report, tmp, lang, title)
        elif suffix == ".html":
            from desktop_app.core.interchange.report_html import render_html

            tmp.write_text(render_html(report, lang, title), encoding="utf-8")
        else:
            from desktop_app.core.interchange.report_pdf import write_pdf

            write_pdf(report, tmp, lang, title)
    return target
