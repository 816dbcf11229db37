"""Clean text out of page layout (pure: lines in, text and a report out).

A PDF breaks every line at the column edge, repeats running headers and footers, prints
page numbers and may space Chinese from digits ("2004 年"). Each rule here can be switched
off (:class:`LayoutOptions`); :func:`clean_pages` says what it changed, as messages.

A line carries its geometry (left/right edge, the column's edges, a character size, and
its height on the page) in PDF points; a line without geometry (size 0) is never joined.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.messages import Message


@dataclass
class Line:
    text: str
    left: float = 0.0
    right: float = 0.0
    col_left: float = 0.0
    col_right: float = 0.0
    size: float = 0.0  # a character's width (points)
    y: float = 0.0  # height on the page (larger is higher)


@dataclass(frozen=True)
class LayoutOptions:
    join_lines: bool = True
    drop_running: bool = True
    drop_page_numbers: bool = True
    cjk_spacing: bool = True

    @classmethod
    def keep_layout(cls) -> LayoutOptions:
        return cls(False, False, False, False)


@dataclass
class Cleaned:
    text: str
    report: list[Message] = field(default_factory=list)


_SENTENCE_END = re.compile(r"[。！？!?…]['\"”’」』）)]*$")
_LIST_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节条部分]"
    r"|\d+[、.．](?!\d)|[①-⑳●■◆▲•·\-–—]\s*)")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—\s]*\d{1,4}[-–—\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$", re.IGNORECASE)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_SPACE = re.compile(
    rf"(?<=[{_CJK}])[ \u00a0]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0]+(?=[{_CJK}])")
_ASCII_WORD = re.compile(r"[A-Za-z]")
_EDGE = 2  # lines at the top and at the bottom of a page that may be headers/footers


def _key(text: str) -> str:
    """A running header's identity: its text without spaces, every number one sign."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edge_lines(page: Sequence[Line]) -> set[int]:
    """Indexes of the lines at the top and the bottom of a page (by height when known)."""
    if not page:
        return set()
    order = sorted(range(len(page)), key=lambda i: -page[i].y) if any(
        ln.y for ln in page) else list(range(len(page)))
    return set(order[:_EDGE]) | set(order[-_EDGE:])


def _drop_edges(pages: list[list[Line]], options: LayoutOptions) -> tuple[list[list[Line]], int, int]:
    running = numbers = 0
    repeated: set[str] = set()
    if options.drop_running and len(pages) >= 2:
        counts: Counter[str] = Counter()
        for page in pages:
            counts.update({_key(page[i].text) for i in _edge_lines(page)})
        need = max(2, math.ceil(0.6 * len(pages)))
        repeated = {k for k, c in counts.items() if c >= need and k and k.strip("#")}
    out: list[list[Line]] = []
    for page in pages:
        edges = _edge_lines(page)
        kept = []
        for i, line in enumerate(page):
            if i in edges and options.drop_page_numbers and _PAGE_NUMBER.match(line.text.strip()):
                numbers += 1
            elif i in edges and _key(line.text) in repeated:
                running += 1
            else:
                kept.append(line)
        out.append(kept)
    return out, running, numbers


def _is_full(line: Line) -> bool:
    return line.right >= line.col_right - 1.5 * line.size


def _indented(line: Line) -> bool:
    return line.left > line.col_left + 1.2 * line.size


def _joins(a: Line, b: Line, indents: bool) -> bool:
    """Whether `b` continues the paragraph `a` ends with (a line break made by layout).
    With `indents` (the document starts its paragraphs indented) a full line that ends a
    sentence still continues unless the next line is indented; without, it ends the paragraph."""
    if a.size <= 0 or b.size <= 0 or not a.text or not b.text:
        return False
    if not _is_full(a) or (not indents and _SENTENCE_END.search(a.text)):
        return False
    return not (_indented(b) or _LIST_START.match(b.text))


def clean_pages(pages: Sequence[Sequence[Line]], options: LayoutOptions = LayoutOptions()) -> Cleaned:
    """The text of pages of lines (in reading order), with the layout taken out as asked."""
    kept, running, numbers = _drop_edges([[ln for ln in p if ln.text.strip()] for p in pages], options)
    lines = [ln for page in kept for ln in page]
    measured = [ln for ln in lines if ln.size > 0]
    indents = sum(1 for ln in measured if _indented(ln)) >= max(2, len(measured) // 20)
    paragraphs: list[str] = []
    joined = 0
    prev: Line | None = None
    for line in lines:
        text = line.text.strip(" \u3000\u00a0\t")
        if prev is not None and options.join_lines and _joins(prev, line, indents):
            sep = " " if _ASCII_WORD.match(paragraphs[-1][-1:]) and _ASCII_WORD.match(text[:1]) else ""
            paragraphs[-1] += sep + text
            joined += 1
        else:
            paragraphs.append(text)
        prev = line
    text = "\n".join(paragraphs)
    spaces = 0
    if options.cjk_spacing:
        text, spaces = _CJK_SPACE.subn("", text)
    report: list[Message] = []
    if joined:
        report.append(Message("joined %n broken line(s)", n=joined))
    if running:
        report.append(Message("removed %n running header/footer line(s)", n=running))
    if numbers:
        report.append(Message("removed %n page number(s)", n=numbers))
    if spaces:
        report.append(Message("removed %n layout space(s) between Chinese and Latin letters or digits", n=spaces))
    return Cleaned(text, report)


def remove_cjk_spacing(text: str) -> tuple[str, int]:
    """Spaces between a Chinese character and an ASCII letter or digit taken out."""
    return _CJK_SPACE.subn("", text)
