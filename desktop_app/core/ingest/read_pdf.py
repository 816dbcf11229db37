"""PDF: the text layer of every page, in reading order (columns left to right), with pypdfium2.

PDFium gives text rectangles (runs of characters on one line) with their boxes. A page is
cut into columns where a vertical gutter runs between rectangles (recursively, so three
columns work too; a headline across the columns cuts the page into bands), each column is
read top to bottom, and the lines go to :mod:`layout` for clean-up. No OCR: pages without
a text layer are reported, a PDF without any text is refused with a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.layout import Cleaned, LayoutOptions, Line, clean_pages
from desktop_app.core.messages import Message

MAX_PAGES = 5000


@dataclass
class _Frag:
    """A run of characters on one line without a wide gap (x0..x1, baseline y0, top y1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float  # font size: a Chinese character's width


def _is_cjk(ch: str) -> bool:
    return ch > "\u2e7f"


def _gutter(frags: list[_Frag]) -> float | None:
    """An x where a vertical gap separates two side-by-side groups of text, or None."""
    if len(frags) < 4:
        return None
    lo = min(f.x0 for f in frags)
    hi = max(f.x1 for f in frags)
    width = hi - lo
    if width < 50:
        return None
    bins = int(width) + 1
    cover = [0] * (bins + 1)
    for f in frags:
        cover[max(0, int(f.x0 - lo))] += 1
        cover[min(bins, int(f.x1 - lo) + 1)] -= 1
    running = 0
    for i in range(bins + 1):
        running += cover[i]
        cover[i] = running
    tolerance = max(1, len(frags) // 10)
    size = median(f.size for f in frags)
    best: tuple[int, int, int] | None = None  # (max cover, -width, middle)
    i, end = int(width * 0.15), int(width * 0.85)
    while i < end:
        if cover[i] <= tolerance:
            j = i
            while j < end and cover[j] <= tolerance:
                j += 1
            if j - i >= max(4.0, 0.8 * size):
                cand = (max(cover[i:j]), -(j - i), (i + j) // 2)
                best = cand if best is None or cand < best else best
            i = j
        else:
            i += 1
    if best is None:
        return None
    g = lo + best[2]
    left = [f for f in frags if f.x1 <= g]
    right = [f for f in frags if f.x0 >= g]
    if len(left) < 2 or len(right) < 2:
        return None
    # side by side, not one above the other
    top = min(max(f.y1 for f in left), max(f.y1 for f in right))
    bottom = max(min(f.y0 for f in left), min(f.y0 for f in right))
    extent = min(max(f.y1 for f in left) - min(f.y0 for f in left),
                 max(f.y1 for f in right) - min(f.y0 for f in right))
    return g if extent > 0 and top - bottom >= 0.5 * extent else None


def _columns(frags: list[_Frag], depth: int = 0) -> list[list[_Frag]]:
    """The fragments cut into columns, in reading order."""
    g = _gutter(frags) if depth < 4 else None
    if g is None:
        return [frags] if frags else []
    spanning = sorted((f for f in frags if f.x0 < g < f.x1), key=lambda f: -f.y0)
    rest = [f for f in frags if not f.x0 < g < f.x1]
    out: list[list[_Frag]] = []
    bands: list[list[_Frag]] = [[] for _ in range(len(spanning) + 1)]
    for f in rest:
        k = sum(1 for s in spanning if s.y0 > f.y0)
        bands[k].append(f)
    for k, band in enumerate(bands):
        if k:
            out.append([spanning[k - 1]])
        out += _columns([f for f in band if f.x1 <= g], depth + 1)
        out += _columns([f for f in band if f.x0 >= g], depth + 1)
    return out


def _lines(column: list[_Frag], page_lo: float, page_hi: float) -> list[Line]:
    """One column's fragments grouped into lines, top to bottom."""
    size = median(f.size for f in column) if column else 0.0
    rows: list[list[_Frag]] = []
    for f in sorted(column, key=lambda f: (-f.y0, f.x0)):
        if rows and abs(rows[-1][0].y0 - f.y0) <= 0.4 * size:
            rows[-1].append(f)
        else:
            rows.append([f])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda f: f.x0)
        text = row[0].text
        for b in row[1:]:
            sep = "" if _is_cjk(text[-1]) or _is_cjk(b.text[0]) else " "
            text += sep + b.text
        lines.append(Line(text.strip(), row[0].x0, row[-1].x1, 0, 0, size, row[0].y0))
    if len(lines) >= 3:  # most lines of a column run from edge to edge: a stray line does not count
        rights = sorted((ln.right for ln in lines), reverse=True)
        lefts = sorted(ln.left for ln in lines)
        col_left, col_right = lefts[len(lefts) // 3], rights[len(rights) // 3]
    else:  # a headline or a short block: measured against the page's text width
        col_left, col_right = page_lo, page_hi
    for ln in lines:
        ln.col_left, ln.col_right = col_left, col_right
    return lines


_BREAKS = re.compile(rb"[\r\n ]\x00")


def _units(units: list[int]) -> bytes:
    return b"".join(u.to_bytes(2, "little") for u in units)


def _page_fragments(textpage) -> list[_Frag]:
    """The page's characters cut into fragments where PDFium breaks a line or puts a space
    for a gap (columns side by side on one line are two fragments). One call per character
    for its code; the geometry only at each fragment's first and last character."""
    import ctypes

    import pypdfium2.raw as c

    raw = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_unicode, is_generated = c.FPDFText_GetUnicode, c.FPDFText_IsGenerated
    frags: list[_Frag] = []

    def fragment(first: int, last: int, utf16: bytes) -> None:
        text = utf16.decode("utf-16-le", "replace").replace("\x00", "").strip()
        if not text:
            return
        c.FPDFText_GetCharOrigin(raw, first, x, y)
        c.FPDFText_GetCharBox(raw, first, left, right, bottom, top)
        size = c.FPDFText_GetFontSize(raw, first) or 10.0
        x0, baseline = min(left.value, x.value), y.value
        c.FPDFText_GetCharBox(raw, last, left, right, bottom, top)
        x1 = max(right.value, x0)
        frags.append(_Frag(x0, baseline, x1, baseline + size, text, size))

    n = c.FPDFText_CountChars(raw)
    buffer = (ctypes.c_ushort * (n + 1))()
    written = c.FPDFText_GetText(raw, 0, n, buffer) if n > 0 else 0
    data = bytes(buffer)[: 2 * max(written - 1, 0)]
    if len(data) == 2 * n:  # one UTF-16 unit per character index: cut with C-speed searches
        start = 0
        for m in _BREAKS.finditer(data):
            k = m.start()
            if k % 2:
                continue
            i = k // 2
            if data[k] == 32 and is_generated(raw, i) != 1:
                continue  # a space the PDF holds: part of the text
            if i > start:
                fragment(start, i - 1, data[2 * start:k])
            start = i + 1
        if start < n:
            fragment(start, n - 1, data[2 * start:])
        return frags
    units: list[int] = []  # PDFium left characters out of its text: one at a time
    first = last = -1
    for i in range(n):
        u = get_unicode(raw, i)
        if u in (10, 13) or (u == 32 and is_generated(raw, i) == 1) or u in (0, 0xFFFE, 0xFFFF):
            if units:
                fragment(first, last, _units(units))
                units = []
            continue
        if not units:
            first = i
        last = i
        units.append(u if u < 0x10000 else 0xFFFD)
    if units:
        fragment(first, last, _units(units))
    return frags


def page_lines(textpage) -> list[Line]:
    """A page's lines in reading order."""
    frags = _page_fragments(textpage)
    if not frags:
        return []
    lo, hi = min(f.x0 for f in frags), max(f.x1 for f in frags)
    return [ln for col in _columns(frags) for ln in _lines(col, lo, hi)]


def read_pdf(data: bytes, name: str, options: LayoutOptions) -> tuple[Cleaned, list[Message], dict[str, str]]:
    """(cleaned text, warnings, attributes) of a PDF's text layer, or ImportRefused."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if e.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ImportRefused(Message("{file}: the PDF is protected by a password; open it with the password and save a copy without one, then import that", file=name)) from None
        if e.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise ImportRefused(Message("{file}: the PDF uses an encryption that cannot be read", file=name)) from None
        raise ImportRefused(Message("{file}: the PDF file is damaged or not a PDF ({detail})", file=name, detail=str(e))) from None
    warnings: list[Message] = []
    attributes: dict[str, str] = {}
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ImportRefused(Message("{file}: the PDF file is damaged (it has no pages)", file=name))
        if n_pages > MAX_PAGES:
            raise ImportRefused(Message("{file}: too many pages ({n}; at most {max})", file=name, n=n_pages, max=MAX_PAGES))
        try:
            meta = pdf.get_metadata_dict(skip_empty=True)
        except Exception:  # a broken Info dictionary is no reason to refuse the text
            meta = {}
        for key, attr in (("Title", "title"), ("Author", "author"), ("Subject", "subject")):
            value = str(meta.get(key, "")).strip()
            if value:
                attributes[attr] = value
        pages: list[list[Line]] = []
        empty: list[int] = []
        for index in range(n_pages):
            try:
                page = pdf[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError:
                raise ImportRefused(Message("{file}: the PDF file is damaged (page {n} cannot be read)", file=name, n=index + 1)) from None
            try:
                lines = page_lines(textpage)
            finally:
                textpage.close()
                page.close()
            if not lines:
                empty.append(index + 1)
            pages.append(lines)
    finally:
        pdf.close()
    if len(empty) == n_pages:
        raise ImportRefused(Message("{file}: the PDF has no text layer (scanned pages?); run OCR on it first (e.g. with OCRmyPDF) and import the result", file=name))
    for n in empty:
        warnings.append(Message("{file}: page {n} has no text layer (scanned?)", file=name, n=n))
    return clean_pages(pages, options), warnings, attributes
