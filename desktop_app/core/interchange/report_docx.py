"""A retrieval report as .docx (python-docx): a heading per code and per document, each
passage as a quote (its context in grey) followed by its source, offsets, coder and memo."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from lxml import etree

from desktop_app.core.interchange.report_text import source_line, word
from desktop_app.core.interchange.retrieval import Retrieval
from desktop_app.core.interchange.xlsx_safe import ILLEGAL

GREY = "888888"
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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PIECES = re.compile(r"(\n|\t)")


class _Writer:
    """Builds the body's XML directly (python-docx's add_paragraph/add_run look for the
    place of every new element by scanning its siblings: 10,000 passages took a minute)."""

    def __init__(self, doc) -> None:
        self.body = doc.element.body
        self.end = self.body.find(qn("w:sectPr"))

    def paragraph(self, style_id: str | None = None, text: str | None = None):
        p = OxmlElement("w:p")
        if style_id:
            ppr = etree.SubElement(p, _W + "pPr")
            etree.SubElement(ppr, _W + "pStyle").set(_W + "val", style_id)
        if self.end is not None:
            self.end.addprevious(p)
        else:
            self.body.append(p)
        if text:
            self.run(p, text)
        return p

    def run(self, p, text: str, bold: bool = False, colour: str | None = None) -> None:
        r = etree.SubElement(p, _W + "r")
        if bold or colour:
            rpr = etree.SubElement(r, _W + "rPr")
            if bold:
                etree.SubElement(rpr, _W + "b")
            if colour:
                etree.SubElement(rpr, _W + "color").set(_W + "val", colour)
        for piece in _PIECES.split(_clean(text)):
            if piece == "\n":
                etree.SubElement(r, _W + "br")
            elif piece == "\t":
                etree.SubElement(r, _W + "tab")
            elif piece:
                t = etree.SubElement(r, _W + "t")
                t.text = piece
                t.set(_SPACE, "preserve")


def write_docx(report: Retrieval, path: Path, lang: str = "zh", title: str | None = None) -> None:
    doc = Document()
    quote, source = _styles(doc)
    w = _Writer(doc)
    h1, h2 = doc.styles["Heading 1"].style_id, doc.styles["Heading 2"].style_id
    w.paragraph(doc.styles["Title"].style_id, title or word("report", lang))
    if report.attributes:
        filt = "; ".join(f"{k} = {' / '.join(v)}" for k, v in report.attributes.items())
        w.paragraph(None, f"{word('filters', lang)}: {filt}")
    if not report.groups:
        w.paragraph(None, word("none", lang))
    for g in report.groups:
        w.paragraph(h1, f"{g.name} ({g.count} {word('passages', lang)})")
        for d in g.documents:
            w.paragraph(h2, d.title)
            for p in d.passages:
                para = w.paragraph(quote.style_id)
                if p.before:
                    w.run(para, p.before, colour=GREY)
                w.run(para, p.text, bold=True)
                if p.after:
                    w.run(para, p.after, colour=GREY)
                line = source_line(d.title, p.start, p.end, p.coder, lang)
                if p.memo:
                    line += f"\n{word('memo', lang)}: {p.memo}"
                w.paragraph(source.style_id, line)
    doc.save(str(path))
