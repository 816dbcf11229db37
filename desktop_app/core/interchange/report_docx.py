"""A retrieval report as .docx (python-docx): a heading per code and per document, each
passage as a quote (its context in grey) followed by its source, offsets, coder and memo."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from desktop_app.core.interchange.report_text import source_line, word
from desktop_app.core.interchange.retrieval import Retrieval
from desktop_app.core.interchange.xlsx_safe import ILLEGAL

GREY = RGBColor(0x88, 0x88, 0x88)
EAST_ASIAN_FONT = "SimSun"


def _clean(text: str) -> str:
    """What XML can hold (the same characters Excel forbids)."""
    return ILLEGAL.sub("", text)


def _styles(doc) -> tuple:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    quote = doc.styles["Quote"] if "Quote" in [s.name for s in doc.styles] else \
        doc.styles.add_style("Quote", WD_STYLE_TYPE.PARAGRAPH)
    source = doc.styles.add_style("Passage Source", WD_STYLE_TYPE.PARAGRAPH)
    source.font.size = Pt(9)
    source.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    return quote, source


def write_docx(report: Retrieval, path: Path, lang: str = "zh", title: str | None = None) -> None:
    doc = Document()
    quote, source = _styles(doc)
    doc.add_heading(_clean(title or word("report", lang)), level=0)
    if report.attributes:
        filt = "; ".join(f"{k} = {' / '.join(v)}" for k, v in report.attributes.items())
        doc.add_paragraph(_clean(f"{word('filters', lang)}: {filt}"))
    if not report.groups:
        doc.add_paragraph(word("none", lang))
    for g in report.groups:
        doc.add_heading(_clean(f"{g.name} ({g.count} {word('passages', lang)})"), level=1)
        for d in g.documents:
            doc.add_heading(_clean(d.title), level=2)
            for p in d.passages:
                para = doc.add_paragraph(style=quote)
                if p.before:
                    para.add_run(_clean(p.before)).font.color.rgb = GREY
                para.add_run(_clean(p.text)).bold = True
                if p.after:
                    para.add_run(_clean(p.after)).font.color.rgb = GREY
                line = source_line(d.title, p.start, p.end, p.coder, lang)
                if p.memo:
                    line += f"\n{word('memo', lang)}: {p.memo}"
                doc.add_paragraph(_clean(line), style=source)
    doc.save(str(path))
