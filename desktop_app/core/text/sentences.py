"""Sentences and paragraphs as code point spans [start, end) of a text.

A sentence ends after 。！？； (and their half-width forms ! ? ;, common in the seeds), with
any closing quotes or brackets that follow, or at a line end. A paragraph is a line.
Leading and trailing whitespace is left out of every span; empty units are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right

SENTENCE_END = "。！？；!?;"
_CLOSERS = "”’」』）)】〕》〉\"'"
_SENTENCE = re.compile(rf"[^\n{SENTENCE_END}]*(?:[{SENTENCE_END}]+[{re.escape(_CLOSERS)}]*|\n|$)")
_PARAGRAPH = re.compile(r"[^\n]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            out.append((s, e))
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            out.append((s, e))
    return out


def span_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span holding `pos` (spans sorted and disjoint), or None."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def _unit_at(text: str, pos: int, spans_of) -> tuple[int, int] | None:
    """The unit around `pos`, looking only at its line (fast on long documents)."""
    if not text:
        return None
    pos = max(0, min(pos, len(text) - 1))
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    found = span_at(spans_of(line), pos - line_start)
    if found is None:  # whitespace between units: take the nearest one on the line
        spans = spans_of(line)
        if not spans:
            return None
        rel = pos - line_start
        found = min(spans, key=lambda s: min(abs(s[0] - rel), abs(s[1] - 1 - rel)))
    return (line_start + found[0], line_start + found[1])


def sentence_at(text: str, pos: int) -> tuple[int, int] | None:
    return _unit_at(text, pos, sentence_spans)


def paragraph_at(text: str, pos: int) -> tuple[int, int] | None:
    return _unit_at(text, pos, paragraph_spans)


def enclosing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of spans covering [start, end) (the span itself when none touch)."""
    first = span_at(spans, start)
    last = span_at(spans, max(start, end - 1))
    s = first[0] if first else start
    e = last[1] if last else end
    return (min(s, start), max(e, end))
