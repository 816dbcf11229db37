"""Where a document's jieba words begin and end, line by line, for whole-word keyword matching.

A line is segmented only when something asks about it. When the project's word index is up
to date for the document (same text, same dictionary), its stored tokens are used instead of
segmenting again; a stored line whose tokens do not spell the line (a hand-edited file) is
segmented afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.text.segmentation import Segmenter
from desktop_app.core.text.wordindex import SEP

if TYPE_CHECKING:
    from desktop_app.core.project import Project


def _cuts(tokens: list[str], start: int) -> set[int]:
    out = {start}
    pos = start
    for t in tokens:
        pos += len(t)
        out.add(pos)
    return out


class WordBounds:
    """Word boundaries (code point offsets) of one document's text."""

    def __init__(self, text: str, seg: Segmenter, stored: dict[int, str] | None = None) -> None:
        self.text = text
        self.seg = seg
        self._stored = stored or {}
        self._lines: dict[int, set[int]] = {}

    def _line(self, pos: int) -> set[int]:
        start = self.text.rfind("\n", 0, pos) + 1
        cuts = self._lines.get(start)
        if cuts is None:
            end = self.text.find("\n", start)
            line = self.text[start:] if end < 0 else self.text[start:end]
            tokens = self._stored.get(start, "").split(SEP)
            if "".join(tokens) != line:
                tokens = self.seg.words(line)
            cuts = self._lines[start] = _cuts(tokens, start)
        return cuts

    def whole_words(self, start: int, end: int) -> bool:
        """True when [start, end) begins and ends at word boundaries (one word or several)."""
        cuts = self._line(start)
        return start in cuts and end in cuts


def stored_tokens(project: Project, doc_id: int, seg: Segmenter) -> dict[int, str]:
    """The word index's tokens of a document by line start, when they are current, else {}."""
    row = project.conn.execute(
        "SELECT s.sha256 = d.sha256 AND s.dictionary = ? FROM documents d "
        "JOIN text_index_state s ON s.document_id = d.id WHERE d.id = ?", (seg.version, doc_id),
    ).fetchone()
    if not row or not row[0]:
        return {}
    return {int(start): tokens for start, tokens in project.conn.execute(
        "SELECT start, tokens FROM text_chunks WHERE document_id = ?", (doc_id,))
        if isinstance(start, int) and isinstance(tokens, str)}


def document_bounds(project: Project, doc_id: int, text: str, seg: Segmenter) -> WordBounds:
    return WordBounds(text, seg, stored_tokens(project, doc_id, seg))
