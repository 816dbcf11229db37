"""Coding highlights: formats set on exactly the blocks that hold codings.

Overlapping codings are cut into elementary intervals (spans.Intervals); an interval with
one code gets a tint of its colour, one with several the first code's tint underlined in the
last one's colour. The
formats go onto each block's layout (``QTextLayout.setFormats``, as QSyntaxHighlighter does
internally) — but only onto blocks an interval touches: a block with nothing to colour costs
nothing, so a plain 10 MB document runs no Python per block. A document is painted where
the view shows it, and the rest as it comes into view (the view calls :meth:`paint_visible`
when it scrolls, resizes or zooms): opening a document with 100,000 codings paints one
screen, not 35,000 blocks (0.6 s of idle slices before). :meth:`finish` paints every block
(for a reader of the formats). The document itself is never changed (no mergeCharFormat, no
ExtraSelections).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from desktop_app.gui.document.spans import Intervals, tint

AT_ONCE = 400  # blocks painted at once without a view to say which are visible


class CodingHighlighter(QObject):
    def __init__(self, document: QTextDocument | None,
                 visible: Callable[[], tuple[int, int]] | None = None) -> None:
        super().__init__(document)
        self._doc: QTextDocument | None = document
        self.visible = visible  # UTF-16 range the view shows, painted first
        self.intervals = Intervals([])
        self._formats: dict[tuple, QTextCharFormat] = {}
        self.memo_marks: list[int] = []  # UTF-16 starts of codings that have a memo
        self._memo_count: Counter[int] = Counter()  # codings with a memo at each start
        self._painted: set[int] = set()  # block numbers that carry formats now
        self._fresh: set[int] = set()  # blocks painted since the spans last changed wholesale
        self._bold: set[int] = set()  # blocks with a memo mark (a font change) now
        self.relayouts = 0  # counts blocks laid out again (their lines may have moved)
        # repaint(block): show a block's new colours without laying it out again, when no
        # font changed (the view repaints just its rectangle; a relayout repaints the whole
        # viewport). None: relayout every changed block.
        # (the block, and the UTF-16 range of the document that changed in it, or None)
        self.repaint: Callable[[QTextBlock, tuple[int, int] | None], None] | None = None

    def set_memo_marks(self, spans) -> None:
        self._memo_count = Counter(s.start for s in spans if s.memo)
        self.memo_marks = sorted(self._memo_count)

    def update_memo_marks(self, removed, added) -> None:
        """Follow a few changed codings (no pass over all of them: 100,000 on a document)."""
        for s in removed:
            if s.memo:
                self._memo_count[s.start] -= 1
                if self._memo_count[s.start] <= 0:
                    del self._memo_count[s.start]
                    i = bisect_left(self.memo_marks, s.start)
                    if i < len(self.memo_marks) and self.memo_marks[i] == s.start:
                        del self.memo_marks[i]
        for s in added:
            if s.memo:
                self._memo_count[s.start] += 1
                if self._memo_count[s.start] == 1:
                    insort(self.memo_marks, s.start)

    def document(self) -> QTextDocument | None:
        return self._doc

    def setDocument(self, document: QTextDocument | None) -> None:  # noqa: N802 (Qt's name)
        self._doc = document
        self._painted.clear()
        self._bold.clear()
        self._fresh.clear()

    def finish(self) -> None:
        """Paint every block not painted yet, on screen or not (before reading formats)."""
        doc = self._doc
        if doc is None:
            return
        wanted = set(self._blocks_with_intervals(doc)) | self._painted
        self._paint_many(doc, sorted(wanted - self._fresh))

    # -- painting ----------------------------------------------------------------------------

    def rehighlight(self) -> None:
        """The spans changed wholesale: paint the blocks on screen now (each block holding a
        coding gets its formats, one that no longer does loses them); the others when they
        come into view."""
        self._fresh.clear()
        self.paint_visible()

    def invalidate_range(self, start: int, end: int) -> None:
        """The codings of UTF-16 positions [start, end) changed: the blocks there on screen
        are painted now, the others when they come into view."""
        doc = self._doc
        if doc is None:
            return
        first = doc.findBlock(start).blockNumber()
        last = doc.findBlock(max(start, end - 1)).blockNumber()
        self._fresh.difference_update(range(first, last + 1))
        self.paint_visible()

    def paint_visible(self) -> None:
        """Paint the blocks on screen not painted since the last wholesale change."""
        doc = self._doc
        if doc is None or not (len(self.intervals) or self._painted):
            return  # nothing to colour, nothing to clear: no work per block
        first, last = self._visible_blocks(doc)
        fresh = self._fresh
        if all(n in fresh for n in range(first, last + 1)):
            return  # a scroll back to what was shown: every block on screen is as it should be
        start = doc.findBlockByNumber(first).position()
        end_block = doc.findBlockByNumber(last)
        end = end_block.position() + end_block.length()
        # the blocks there that hold a coding, or held one: not every block on screen
        wanted = set(self._blocks_with_intervals(doc, start, end))
        wanted.update(n for n in self._painted if first <= n <= last)
        todo = sorted(wanted - fresh)
        if todo:
            self._paint_many(doc, todo)
        # the others there hold no coding and held none: as they should be, until the spans
        # change (which takes them out of this set again)
        fresh.update(range(first, last + 1))

    def rehighlight_range(self, start: int, end: int) -> None:
        """Repaint the blocks holding UTF-16 positions [start, end)."""
        doc = self._doc
        if doc is None:
            return
        block = doc.findBlock(start)
        last = doc.findBlock(max(start, end - 1))
        while block.isValid():
            self._paint(block, changed=(start, end))
            if block == last:
                break
            block = block.next()

    def rehighlightBlock(self, block: QTextBlock) -> None:  # noqa: N802
        self._paint(block)

    def _paint_many(self, doc: QTextDocument, numbers: list[int]) -> None:
        """Paint blocks (ascending numbers): drawn again where only colours changed, each run
        of neighbours with a font change (a memo mark) laid out again once."""
        run: list[int] = []  # [first position, end position] of the run marked dirty
        for n in numbers:
            block = doc.findBlockByNumber(n)
            had_mark = n in self._bold
            if not self._paint(block, mark=False):
                continue
            if self.repaint is not None and not had_mark and n not in self._bold:
                self.repaint(block, None)
                continue
            pos, end = block.position(), block.position() + block.length()
            if run and run[1] == pos:
                run[1] = end
            else:
                if run:
                    doc.markContentsDirty(run[0], run[1] - run[0])
                    self.relayouts += 1
                run = [pos, end]
        if run:
            doc.markContentsDirty(run[0], run[1] - run[0])
            self.relayouts += 1

    def _blocks_with_intervals(self, doc: QTextDocument, start: int = 0,
                               end: int | None = None) -> list[int]:
        """Numbers of the blocks an interval touches (within UTF-16 [start, end)), in order,
        each once."""
        out: list[int] = []
        covered = -1  # every block before this UTF-16 position is listed already
        pairs = ((a, b) for a, b, _ in self.intervals.between(start, 1 << 62 if end is None
                                                              else end))
        for s, e in pairs:
            if e <= covered:
                continue
            block = doc.findBlock(max(s, covered))
            while block.isValid() and block.position() < e:
                out.append(block.blockNumber())
                covered = block.position() + block.length()
                block = block.next()
        return out

    def _visible_blocks(self, doc: QTextDocument) -> tuple[int, int]:
        if self.visible is None:
            return 0, AT_ONCE
        a, b = self.visible()
        return doc.findBlock(a).blockNumber(), doc.findBlock(max(a, b - 1)).blockNumber()

    def _paint(self, block: QTextBlock, mark: bool = True,
               changed: tuple[int, int] | None = None) -> bool:
        """Set the block's formats; False when there was nothing to do. `mark`: relayout it
        now (else the caller marks a run of blocks at once); `changed`: the UTF-16 range whose
        colours changed (only its lines are drawn again)."""
        if not block.isValid():
            return False
        self._fresh.add(block.blockNumber())
        pos = block.position()
        # not len(block.text()) in code points: the block's positions are UTF-16 units
        end = pos + block.length() - 1
        ranges = []
        for s, e, key in self.intervals.between(pos, end):
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = s - pos, e - s, self.format_for(key)
            ranges.append(r)
        marks = self.memo_marks
        for i in range(bisect_left(marks, pos), bisect_left(marks, end)):
            # a coding with a memo: its first character overlined and bold
            under = next((x.format for x in ranges if x.start <= marks[i] - pos < x.start + x.length),
                         QTextCharFormat())
            fmt = QTextCharFormat(under)
            fmt.setFontOverline(True)
            fmt.setFontWeight(QFont.Weight.Bold)
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = marks[i] - pos, 1, fmt
            ranges.append(r)
        n = block.blockNumber()
        if not ranges and n not in self._painted:
            return False  # nothing was there, nothing to do
        block.layout().setFormats(ranges)
        if ranges:
            self._painted.add(n)
        else:
            self._painted.discard(n)
        # a memo mark is bold: the glyphs' widths change and the block must be laid out
        # again; colours and underlines alone only need the block drawn again
        bold = n in self._bold
        if marks and bisect_left(marks, pos) < bisect_left(marks, end):
            self._bold.add(n)
            bold = True
        else:
            self._bold.discard(n)
        if mark:
            if bold or self.repaint is None:
                self._doc.markContentsDirty(pos, block.length())  # type: ignore[union-attr]
                self.relayouts += 1
            else:
                self.repaint(block, changed)
        return True

    def format_for(self, key: tuple) -> QTextCharFormat:
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            colours = [c for _, c in key]
            if len(colours) == 1:
                fmt.setBackground(QColor(*tint(colours[0])))
            else:
                # not a muddy average: the first code's tint, the other's colour underneath
                # (the margin's brackets show each coding's extent)
                fmt.setBackground(QColor(*tint(colours[0], 0.5)))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(colours[-1]).darker(120))
                fmt.setFontUnderline(True)
            fmt.setProperty(QTextCharFormat.Property.UserProperty, [k for k, _ in key])
            self._formats[key] = fmt
        return fmt
