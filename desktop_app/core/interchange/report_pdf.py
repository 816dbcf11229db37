"""Retrieval reports and coded documents as PDF, with reportlab and its built-in CID font
STSong-Light: Chinese renders offline without any font file (the viewer supplies the
glyphs from Adobe's CJK set), so it works the same in a source checkout and the bundle.
Characters outside that set (e.g. rare Extension B ideographs) depend on the viewer's font.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from desktop_app.core.interchange.report_text import source_line, word
from desktop_app.core.interchange.retrieval import Retrieval
from desktop_app.core.interchange.xlsx_safe import ILLEGAL

FONT = "STSong-Light"


def markup(text: str) -> str:
    """reportlab paragraph markup of plain text (escaped, line breaks kept)."""
    return escape(ILLEGAL.sub("", text), quote=False).replace("\n", "<br/>")


def styles():
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = getSampleStyleSheet()
    cjk = {"fontName": FONT, "wordWrap": "CJK"}
    return {
        "title": ParagraphStyle("t", parent=base["Title"], **cjk),
        "h1": ParagraphStyle("h1", parent=base["Heading1"], **cjk),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], **cjk),
        "body": ParagraphStyle("b", parent=base["BodyText"], leading=16, **cjk),
        "quote": ParagraphStyle("q", parent=base["BodyText"], leftIndent=18, leading=16,
                                borderPadding=(0, 0, 0, 6), **cjk),
        "source": ParagraphStyle("s", parent=base["BodyText"], leftIndent=18, fontSize=8,
                                 textColor="#555555", **cjk),
    }


def _build(path: Path, story: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def write_pdf(report: Retrieval, path: Path, lang: str = "zh", title: str | None = None) -> None:
    from reportlab.platypus import Paragraph

    st = styles()
    story = [Paragraph(markup(title or word("report", lang)), st["title"])]
    if report.attributes:
        filt = "; ".join(f"{k} = {' / '.join(v)}" for k, v in report.attributes.items())
        story.append(Paragraph(markup(f"{word('filters', lang)}: {filt}"), st["body"]))
    if not report.groups:
        story.append(Paragraph(markup(word("none", lang)), st["body"]))
    for g in report.groups:
        story.append(Paragraph(
            f'<font color="{escape(g.colour)}">■</font> '
            + markup(f"{g.name} ({g.count} {word('passages', lang)})"), st["h1"]))
        for d in g.documents:
            story.append(Paragraph(markup(d.title), st["h2"]))
            for p in d.passages:
                story.append(Paragraph(
                    f'<font color="#888888">{markup(p.before)}</font><b>{markup(p.text)}</b>'
                    f'<font color="#888888">{markup(p.after)}</font>', st["quote"]))
                line = source_line(d.title, p.start, p.end, p.coder, lang)
                if p.memo:
                    line += f"\n{word('memo', lang)}: {p.memo}"
                story.append(Paragraph(markup(line), st["source"]))
    _build(path, story)
