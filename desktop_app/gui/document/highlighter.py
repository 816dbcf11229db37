"""Coding highlights: a QSyntaxHighlighter over elementary intervals.

Overlapping codings are cut into elementary intervals (spans.Intervals); an interval with
one code gets a tint of its colour, one with several a mixed tint plus an underline.
The document itself is never changed (no mergeCharFormat, no ExtraSelections).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop_app.gui.document.spans import Intervals, mix, tint


class CodingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.intervals = Intervals([])
        self._formats: dict[tuple, QTextCharFormat] = {}

    def rehighlight_range(self, start: int, end: int) -> None:
        """Repaint the blocks holding UTF-16 positions [start, end)."""
        doc = self.document()
        block = doc.findBlock(start)
        last = doc.findBlock(max(start, end - 1))
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()

    def format_for(self, key: tuple) -> QTextCharFormat:
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            colours = [c for _, c in key]
            if len(colours) == 1:
                fmt.setBackground(QColor(*tint(colours[0])))
            else:
                fmt.setBackground(QColor(*tint(mix(colours), 0.55)))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(colours[-1]).darker(130))
            fmt.setProperty(QTextCharFormat.Property.UserProperty, [k for k, _ in key])
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        block = self.currentBlock()
        pos = block.position()
        # not len(text): Python counts code points, the block's positions are UTF-16 units
        # (a line with a 𠮷 or 😀 is longer in Qt), so the end of such a line went unpainted
        end = pos + block.length() - 1
        for s, e, key in self.intervals.between(pos, end):
            self.setFormat(s - pos, e - s, self.format_for(key))
