"""A coded document as HTML or PDF: its text with the highlights of its codings (codes'
colours, overlaps mixed) and a margin naming the codes of each paragraph, in code colours."""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

from desktop_app.core.interchange.common import ExportError, atomic_target, check_target
from desktop_app.core.interchange.report_text import word
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.text.sentences import paragraph_spans


@dataclass
class Piece:
    text: str
    colours: list[str]  # of the codes covering it (none: not coded)


@dataclass
class Line:
    pieces: list[Piece]
    codes: list[tuple[str, str]]  # (name, colour) of the codings touching the paragraph


def _mix(colours: list[str]) -> str:
    """The average of #RRGGBB colours, lightened to stay readable behind text."""
    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in colours]
    avg = [sum(x[k] for x in rgb) // len(rgb) for k in range(3)]
    light = [255 - (255 - v) * 45 // 100 for v in avg]
    return "#" + "".join(f"{v:02X}" for v in light)


def coded_lines(project: Project, doc_id: int, coders: list[int] | None = None) -> list[Line]:
    text = project.document_text(doc_id)
    rows = project.codings(doc_id, coders=coders)
    out = []
    for ps, pe in paragraph_spans(text):
        inside = [r for r in rows if r["start"] < pe and ps < r["end"]]
        cuts = sorted({ps, pe, *(max(ps, r["start"]) for r in inside),
                       *(min(pe, r["end"]) for r in inside)})
        pieces = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            cover = [r["colour"] for r in inside if r["start"] < b and a < r["end"]]
            pieces.append(Piece(text[a:b], cover))
        seen: dict[str, str] = {}
        for r in inside:
            seen.setdefault(r["code"], r["colour"])
        out.append(Line(pieces, list(seen.items())))
    return out


def document_html(title: str, lines: list[Line], lang: str = "zh") -> str:
    rows = []
    for line in lines:
        body = "".join(
            f'<span style="background:{_mix(p.colours)}{";text-decoration:underline" if len(p.colours) > 1 else ""}">'
            f"{escape(p.text)}</span>" if p.colours else escape(p.text) for p in line.pieces)
        margin = " ".join(f'<span class="code" style="border-color:{escape(c)};color:{escape(c)}">'
                          f"{escape(n)}</span>" for n, c in line.codes)
        rows.append(f'<tr><td class="text">{body}</td><td class="margin">{margin}</td></tr>')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title>'
            "<style>body{font-family:'Noto Serif CJK SC',SimSun,serif;margin:2em;}"
            "td{vertical-align:top;padding:.3em .6em;line-height:1.8;white-space:pre-wrap}"
            "td.margin{width:12em;font-size:85%}"
            ".code{border-left:4px solid;padding-left:.3em;margin-right:.3em;display:inline-block}"
            f"</style></head><body><h1>{escape(title)}</h1>"
            f"<p>{escape(word('coded_document', lang))}</p><table>" + "\n".join(rows)
            + "</table></body></html>\n")


def _pdf(title: str, lines: list[Line], path: Path) -> None:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from desktop_app.core.interchange.report_pdf import markup, styles

    st = styles()
    rows = []
    for line in lines:
        body = "".join(f'<font backColor="{_mix(p.colours)}">{markup(p.text)}</font>'
                       if p.colours else markup(p.text) for p in line.pieces)
        margin = "<br/>".join(f'<font color="{escape(c)}">▌</font>{markup(n)}' for n, c in line.codes)
        rows.append([Paragraph(body, st["body"]), Paragraph(margin, st["source"])])
    story = [Paragraph(markup(title), st["title"])]
    if rows:
        table = Table(rows, colWidths=[13 * cm, 4 * cm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    SimpleDocTemplate(str(path)).build(story)


def export_document(project: Project, doc_id: int, out: str | os.PathLike, lang: str = "zh",
                    coders: list[int] | None = None) -> Path:
    suffix = Path(out).suffix.lower()
    if suffix not in (".html", ".pdf"):
        raise ExportError(Message("{file}: a coded document is written as .html or .pdf", file=out))
    target = check_target(out, suffix, project.path)
    title = project.document(doc_id)["title"]
    lines = coded_lines(project, doc_id, coders)
    with atomic_target(target) as tmp:
        if suffix == ".html":
            tmp.write_text(document_html(title, lines, lang), encoding="utf-8")
        else:
            _pdf(title, lines, tmp)
    return target
