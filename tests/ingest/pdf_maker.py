"""PDFs made in the tests: reportlab with its built-in Chinese CID font (STSong-Light), one
or two columns, running headers, page numbers; image-only, encrypted and truncated ones."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
_ASCII_RUN = re.compile(r"[A-Za-z0-9.%]+|.", re.DOTALL)


def embedded_font() -> str | None:
    """A TrueType Chinese font of this machine registered for embedding (as most real PDFs
    carry their fonts), or None. Noto CJK is CFF-based, which reportlab cannot embed."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return None
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout
    paths = sorted({line.split(":")[0].strip() for line in out.splitlines()},
                   key=lambda p: ("wqy" not in p.lower(), p))  # Droid Sans Fallback has no digits
    for path in paths:
        if "wqy" in path.lower() or (path.lower().endswith(".ttf") and "fallback" not in path.lower()):
            from reportlab.pdfbase.ttfonts import TTFont

            try:
                pdfmetrics.registerFont(TTFont("EmbeddedCJK", path, subfontIndex=0))
            except Exception:
                continue
            return "EmbeddedCJK"
    return None


def wrap(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Break a paragraph at the column width as a typesetter does (never inside a Latin
    word or a number)."""
    lines, line = [], ""
    for token in _ASCII_RUN.findall(text):
        if line and pdfmetrics.stringWidth(line + token, font, size) > width:
            lines.append(line)
            line = token
        else:
            line += token
    if line:
        lines.append(line)
    if len(lines) > 1 and len(lines[-1]) == 1:
        # no orphan: and PDFium leaves out a text object of one Chinese character drawn in
        # reportlab's non-embedded CID font (checked: "区" alone on a line is not extracted)
        lines[-2:] = [lines[-2][:-1], lines[-2][-1] + lines[-1]]
    return lines


def make_pdf(path: Path, paragraphs: Sequence[str], columns: int = 1, header: str | None = None,
             page_numbers: bool = True, size: float = 10.5, encrypt: str | None = None,
             headings: Sequence[str] = (), lines_per_page: int | None = None,
             font: str = FONT) -> Path:
    """Paragraphs typeset with a first-line indent of two characters; headings centred."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    w, h = A4
    margin, gutter, leading = 60.0, 24.0, size * 1.6
    col_w = (w - 2 * margin - gutter * (columns - 1)) / columns
    top, bottom = h - margin - 20, margin + 20
    page_no = 1
    items: list[tuple[str, float, bool]] = []  # (text, x offset, heading)
    for para in paragraphs:
        if para in headings:
            items.append((para, (col_w - pdfmetrics.stringWidth(para, font, size)) / 2, True))
            continue
        first, *rest = wrap(para, col_w - 2 * size, size, font) or [""]
        items.append((first, 2 * size, False))
        rest_text = para[len(first):]
        for ln in wrap(rest_text, col_w, size, font):
            items.append((ln, 0.0, False))

    def furniture() -> None:
        c.setFont(font, 9)
        if header:
            c.drawString(margin, h - margin, header)
        if page_numbers:
            c.drawCentredString(w / 2, margin - 10, f"- {page_no} -")
        c.setFont(font, size)

    furniture()
    col, y, count = 0, top, 0
    for text, dx, _heading in items:
        if y < bottom or (lines_per_page and count >= lines_per_page):
            col += 1
            y, count = top, 0
            if col >= columns:
                c.showPage()
                page_no += 1
                furniture()
                col = 0
        c.drawString(margin + col * (col_w + gutter) + dx, y, text)
        y -= leading
        count += 1
    c.showPage()
    c.save()
    return path


def make_image_pdf(path: Path, pages: int = 1, text_page: str | None = None) -> Path:
    """Pages that are only a picture (a scan); with `text_page`, a first page with text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(img).rectangle((40, 40, 360, 80), fill=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    if text_page:
        c.setFont(FONT, 12)
        c.drawString(72, 700, text_page)
        c.showPage()
    for _ in range(pages):
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 72, 300, 400, 300)
        c.showPage()
    c.save()
    return path
