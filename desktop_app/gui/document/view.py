"""The text view of one pane: read-only text, coding highlights, a margin of stripes.

All positions inside Qt are UTF-16; :meth:`DocumentView.selection_span` and
:meth:`DocumentView.select_span` convert to and from code point offsets (DESIGN.md).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from heapq import heappop, heappush
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.highlighter import CodingHighlighter
from desktop_app.gui.document.qt_blocks import qt_text
from desktop_app.gui.document.spans import Intervals, Span, changed_range
from desktop_app.gui.widgets.scroll_bars import opaque_scroll_bars


def _start(s: Span) -> int:
    return s.start


def _key(s: Span) -> tuple[int, int, int]:
    """The order of codings as the core reads them, a page at a time."""
    return s.start, s.end, s.coding_id


class ScreenLines(NamedTuple):
    """The text lines on screen, top to bottom (viewport coordinates, UTF-16 starts)."""

    key: tuple
    starts: list[int]
    tops: list[int]
    bottoms: list[int]
    end: int  # the UTF-16 position after the last line's text


LANE_WIDTH = 7
MAX_LANES = 8
# the selection: a charcoal no code colour comes near (codes are light-to-mid hues), white text
SELECTION_COLOUR = "#303030"
# a text this long or shorter keeps each block's shaped glyphs (QTextLayout.setCacheEnabled):
# Qt otherwise shapes every line on screen again at each paint, a third of a full repaint; the
# glyphs take about 38 bytes a character (9.5 MB here), so longer texts are shaped as painted
CACHED_CHARS = 250_000


def bracket_lanes(spans: list[Span]) -> tuple[dict[Span, int], int]:
    """Each coding its own column in the margin: the leftmost column free at its start.
    Codings inside, overlapping or touching each other get different columns. Returns (lane
    of each span, lanes used); depths beyond MAX_LANES share the last column. (The margin
    is as wide as this needs; on screen, columns are dealt again by pixel rows, see
    :func:`screen_lanes`.)"""
    lanes: dict[Span, int] = {}
    ends: list[int] = []  # the end of the last coding in each lane
    for s in spans:  # sorted by start
        lane = next((i for i, e in enumerate(ends) if e < s.start), len(ends))
        if lane == len(ends):
            ends.append(s.end)
        else:
            ends[lane] = s.end
        lanes[s] = min(lane, MAX_LANES - 1)
    return lanes, min(len(ends), MAX_LANES)


def bracket_depth(spans: Sequence[Span]) -> int:
    """How many columns :func:`bracket_lanes` needs (the most codings overlapping or touching
    at one place), at most MAX_LANES; without building the mapping (fast on 100,000)."""
    ends: list[int] = []  # a heap of the ends of the codings still open
    best = 0
    for s in spans:  # sorted by start
        while ends and ends[0] < s.start:
            heappop(ends)
        heappush(ends, s.end)
        if len(ends) > best:
            best = len(ends)
            if best >= MAX_LANES:
                return MAX_LANES
    return best


def screen_lanes(stripes: list[tuple[Span, int, int]], lanes: int) -> list[int]:
    """Columns for brackets on screen, (span, top, bottom) sorted by span: the leftmost column
    whose last bracket ended above this one's top (two codings on one line never share)."""
    bottoms: list[int] = []
    out = []
    last = max(1, lanes) - 1
    for _, top, bottom in stripes:
        for lane, b in enumerate(bottoms):
            if b + 2 < top:
                bottoms[lane] = bottom
                break
        else:
            lane = len(bottoms)
            bottoms.append(bottom)
        out.append(lane if lane < last else last)
    return out


class StripeMargin(QWidget):
    """One bracket per coding (the way MAXQDA draws them), in its code's colour, beside the
    lines it covers: a bar with a cap at each end, so nested and adjacent codings show apart."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._colours: dict[str, QColor] = {}  # a code's colour -> its bracket's, darker
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.view.margin_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, QColor("#F4F4F2"))
        h = self.height()
        y0, y1 = area.top(), area.bottom()
        colours = self._colours
        cap = LANE_WIDTH - 2
        fill = painter.fillRect
        for span, lane, top, bottom in self.view.visible_stripes():
            if bottom < y0 or top > y1:
                continue  # outside the part Qt asked for
            colour = colours.get(span.colour)
            if colour is None:
                colour = colours[span.colour] = QColor(span.colour).darker(115)
            x = 3 + lane * LANE_WIDTH
            top, bottom = top + 1, max(top + 3, bottom - 1)
            fill(x, top, 3, bottom - top, colour)
            if top > 1:  # the coding starts on screen: a cap pointing at the text
                fill(x, top, cap, 2, colour)
            if bottom < h - 1:
                fill(x, bottom - 2, cap, 2, colour)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            y = event.pos().y()
            under = [s for s, _, top, bottom in self.view.visible_stripes() if top <= y <= bottom]
            text = self.view.describe(under)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class DocumentView(QPlainTextEdit):
    """Read-only text of one document with highlights. objectName ``documentPane``."""

    shortcutPressed = Signal(str)  # '1'..'9' pressed while text is selected
    spanClicked = Signal(int)  # code point offset of a plain click (no selection made)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPane")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # always there: a scroll bar that appears once a long text is set narrows the view,
        # and Qt wraps every line of the text again (13 ms on 10 MB)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        opaque_scroll_bars(self)
        self.setCenterOnScroll(False)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() + 1))
        self.setFont(font)
        self.document().setDocumentMargin(8)
        self.omap = OffsetMap("")
        self.spans: list[Span] = []
        self._lane_count = 0  # bracket columns in the margin
        self._spans_version = 0  # counts changes of self.spans (the margin's cache key)
        self._stripes: tuple[tuple, list] | None = None
        self._lines: ScreenLines | None = None
        # what a tooltip says about codings: fn(coding ids) -> lines (the pane sets it)
        self.describe_codings: Callable[[list[int]], list[str]] | None = None
        self._anchor = 0  # the first visible character (UTF-16), kept across re-wraps
        self._anchoring = False
        self._max_len = 0
        # while a long document's codings are still being read (a page at a time, after the
        # first): the (start, end, id) of the last span read, in UTF-16; None when all are here
        self._frontier: tuple[int, int, int] | None = None
        # read all the rest now (the pane sets it): a place past the frontier is needed
        self.load_rest: Callable[[], None] | None = None
        self._code_names: dict[int, str] = {}
        self.highlighter = CodingHighlighter(self.document(), self._visible_range)
        self.highlighter.repaint = self._repaint_block
        self.margin = StripeMargin(self)
        self.updateRequest.connect(self._on_update_request)
        self._update_margin_width()
        self._press_pos: QPoint | None = None
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_COLOUR))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        self.setPalette(pal)
        self.verticalScrollBar().valueChanged.connect(self._remember_anchor)
        self._jumping = False  # select_span scrolls twice: paint what shows after the second
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content -----------------------------------------------------------------------------

    def set_text(self, text: str, spans: list[Span], code_names: dict[int, str],
                 omap: OffsetMap | None = None, complete: bool = True) -> None:
        """Show a text and its codings; `complete` False: `spans` are the first of them, in
        order, and the rest come through :meth:`add_loaded`."""
        self.omap = omap or OffsetMap(text)
        self._code_names = code_names
        self.highlighter.setDocument(None)
        self.setPlainText(qt_text(text))
        if len(text) <= CACHED_CHARS:  # before any block is laid out: the first layout keeps
            block = self.document().begin()
            while block.isValid():
                block.layout().setCacheEnabled(True)
                block = block.next()
        self._set_spans_only(spans)
        self._frontier = None if complete or not spans else _key(spans[-1])
        self.highlighter.setDocument(self.document())
        self._need_screen()
        self.highlighter.rehighlight()  # now, not on Qt's next event-loop turn
        self._anchor = 0
        self._update_margin_width()

    def _repaint_block(self, block, changed: tuple[int, int] | None = None) -> None:
        """Draw a block again (its colours changed, not its line breaks): its rectangle, or
        only the lines holding `changed` (UTF-16 positions), when it is on screen. Found by
        walking down from the first visible block (asking Qt for the geometry of a block far
        below lays out every block in between); new formats leave the block without lines,
        and its bounding rectangle lays it out again, as the paint would."""
        if not block.isVisible():
            return
        n = block.blockNumber()
        b = self.firstVisibleBlock()
        if n < b.blockNumber():
            return  # above the view: drawn when it shows
        vp = self.viewport()
        y = self.blockBoundingGeometry(b).translated(self.contentOffset()).top()
        layout = self.document().documentLayout()
        while b.isValid() and y < vp.height():
            height = layout.blockBoundingRect(b).height()
            if b.blockNumber() == n:
                top, bottom = y, y + height
                lines = block.layout()
                if changed is not None and lines is not None and lines.lineCount():
                    pos, length = block.position(), block.length()
                    a = min(max(changed[0] - pos, 0), length - 1)
                    z = min(max(changed[1] - pos - 1, a), length - 1)
                    first, last = lines.lineForTextPosition(a), lines.lineForTextPosition(z)
                    if first.isValid() and last.isValid():
                        top = y + first.y()
                        bottom = y + last.y() + last.height()
                vp.update(QRect(0, int(top), vp.width(), int(bottom - top) + 2))
                return
            y += height
            b = b.next()

    def _visible_range(self) -> tuple[int, int]:
        """UTF-16 positions of the text the viewport shows."""
        first = self.firstVisibleBlock().position()
        last = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height()))
        return first, max(first + 1, last.position())

    def set_spans(self, spans: list[Span], code_names: dict[int, str]) -> None:
        """Replace all codings shown (e.g. a new filter); repaints only what changed."""
        self._code_names = code_names
        dirty = changed_range(self.spans, spans)
        self._frontier = None  # all of them (the codings still unread differ: they are drawn)
        self._set_spans_only(spans)
        if dirty is not None:
            self.highlighter.invalidate_range(*dirty)
        self._update_margin_width()
        self.margin.update()

    def update_spans(self, removed: list[Span], added: list[Span],
                     code_names: dict[int, str] | None = None) -> None:
        """Apply a few changed codings: recut and repaint only the text they touch."""
        if code_names is not None:
            self._code_names = code_names
        if self._frontier is not None:  # past what is read: the next pages bring it as it is
            added = [s for s in added if _key(s) <= self._frontier]
        changed = [*removed, *added]
        if not changed:
            return
        drawn = self._drawn_stripes()
        gone = []  # the removed spans this view showed
        for s in removed:
            i = bisect_left(self.spans, s)
            if i < len(self.spans) and self.spans[i] == s:
                del self.spans[i]
                gone.append(s)
        for s in added:
            insort(self.spans, s)
            self._max_len = max(self._max_len, s.end - s.start)
        a = min(s.start for s in changed)
        b = max(s.end for s in changed)
        if added:  # the margin widens for a deeper nesting, and never narrows on a change
            lo = bisect_left(self.spans, a - self._max_len, key=_start)
            hi = bisect_left(self.spans, b + 1, key=_start)
            self._lane_count = max(self._lane_count, bracket_depth(self.spans[lo:hi]))
        self._spans_version += 1
        self.highlighter.update_memo_marks(gone, added)
        a, b = self.highlighter.intervals.update(self.spans, a, b, self._max_len)
        self.highlighter.rehighlight_range(a, b)
        if self._update_margin_width() or drawn is None:
            self.margin.update()
        else:
            self._update_changed_stripes(*drawn)

    def _drawn_stripes(self) -> tuple[tuple, list] | None:
        """The margin's stripes as drawn for the screen now, with their screen's key; None
        when not known (not computed for these codings and lines, or codings still read)."""
        kept = self._stripes
        if kept is None or self._frontier is not None or not self.spans:
            return None
        lines = self._lines
        if lines is None or lines.key != self._screen_key() or \
                kept[0] != (self._spans_version, lines.key):
            return None
        return kept

    def _update_changed_stripes(self, key: tuple, before: list) -> None:
        """Repaint the margin only where stripes differ from `before` (drawn for `key`): a
        coding moves the brackets near it, not the others on screen (a whole margin of a
        densely coded screen costs up to 1 ms to draw)."""
        after = self.visible_stripes()
        if self._screen_lines().key != key[1]:
            self.margin.update()  # the lines moved (a memo mark's relayout): all of it
            return
        width = self.margin.width()
        for _, _, top, bottom in set(before).symmetric_difference(after):
            self.margin.update(QRect(0, top - 1, width, bottom - top + 3))

    def add_loaded(self, spans: list[Span], complete: bool) -> None:
        """The next page of a document's codings (after all those shown, in order); `complete`:
        the last one. The text they touch is painted where it shows."""
        if self._frontier is None:
            return  # all were read since (a filter, an edit of the codebook)
        if not spans:
            if complete:
                self._frontier = None
            return
        a, b = spans[0].start, max(s.end for s in spans)
        lo = len(self.spans)
        self.spans.extend(spans)
        self._max_len = max(self._max_len, max(s.end - s.start for s in spans))
        first = bisect_left(self.spans, a - self._max_len, key=_start, hi=lo)
        self._lane_count = max(self._lane_count, bracket_depth(self.spans[first:]))
        self._spans_version += 1
        self.highlighter.update_memo_marks([], spans)
        self.highlighter.intervals.update(self.spans, a, b, self._max_len)
        self._frontier = None if complete else _key(spans[-1])
        self.highlighter.invalidate_range(a, b)
        self._update_margin_width()
        self.margin.update()

    def loading(self) -> bool:
        """Whether some of the document's codings are still being read."""
        return self._frontier is not None

    def _need(self, u16: int) -> None:
        """The codings starting at or before UTF-16 position `u16` are needed now."""
        if self._frontier is not None and u16 >= self._frontier[0] and self.load_rest is not None:
            self.load_rest()

    def _need_screen(self) -> None:
        if self._frontier is not None:
            self._need(self._visible_range()[1] + 1)

    def _set_spans_only(self, spans: list[Span]) -> None:
        self._spans_version += 1
        self.spans = list(spans)
        self._max_len = max((s.end - s.start for s in spans), default=0)
        self._lane_count = bracket_depth(self.spans)
        self.highlighter.intervals = Intervals(self.spans, self._max_len)
        self.highlighter.set_memo_marks(self.spans)

    # -- offsets -----------------------------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The selection in code point offsets, or None. Uses positions, not selectedText()."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        a = self.omap.to_code_point(c.selectionStart())
        b = self.omap.to_code_point(c.selectionEnd())
        if b > a and c.selectionEnd() > self.omap.to_utf16(b):  # end inside a surrogate pair
            b += 1
        return (a, b) if b > a else None

    def clear_selection(self) -> None:
        """No selection (the cursor stays at its end): the passage shows its codes' colours."""
        c = self.textCursor()
        if c.hasSelection():
            c.setPosition(c.selectionEnd())
            self.setTextCursor(c)

    def select_span(self, start: int, end: int, centre: bool = True) -> None:
        c = QTextCursor(self.document())
        c.setPosition(self.omap.to_utf16(start))
        c.setPosition(self.omap.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        if not centre:
            self.setTextCursor(c)
            return
        # setTextCursor scrolls the cursor into view, then centerCursor scrolls again: the
        # highlights are painted for where the second scroll ends, once
        self._jumping = True
        try:
            self.setTextCursor(c)
            self.centerCursor()
        finally:
            self._jumping = False
        self._paint_screen()

    def _scrolled(self, _value: int) -> None:
        if not self._jumping:
            self._paint_screen()  # blocks coming into view, before Qt paints them

    def _paint_screen(self) -> None:
        self._need_screen()
        self.highlighter.paint_visible()

    def spans_at(self, u16: int) -> list[Span]:
        """Codings covering the character at UTF-16 position `u16`."""
        self._need(u16)
        i = bisect_left(self.spans, u16 + 1, key=_start)
        lo = bisect_left(self.spans, u16 - self._max_len, key=_start)
        return [s for s in self.spans[lo:i] if s.end > u16]

    def describe(self, spans: list[Span]) -> str:
        """The tooltip for codings: code, coder and memo of each (the pane knows them)."""
        if not spans:
            return ""
        if self.describe_codings is not None:  # rich text lines
            return "<br>".join(self.describe_codings([s.coding_id for s in spans]))
        return "\n".join(self.code_names_for(spans))

    def code_names_for(self, spans: list[Span]) -> list[str]:
        seen: list[str] = []
        for s in spans:
            name = self._code_names.get(s.code_id, "?")
            if name not in seen:
                seen.append(name)
        return seen

    # -- margin ------------------------------------------------------------------------------

    def margin_width(self) -> int:
        lanes = min(MAX_LANES, max(1, self._lane_count))
        return 6 + lanes * LANE_WIDTH

    def _update_margin_width(self) -> bool:
        """Give the margin the width its columns need; whether that changed it."""
        width = self.margin_width()
        if self.viewportMargins().left() == width:
            return False
        anchor = self._anchor
        self.setViewportMargins(width, 0, 0, 0)  # re-wraps the text: keep the reading place
        cr = self.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), width, cr.height()))
        self.scroll_to_anchor(anchor)
        return True

    # -- the reading position ----------------------------------------------------------------

    def first_visible(self) -> int:
        """UTF-16 position of the first character of the top line on screen. One pixel below
        the viewport's top edge: the edge itself is the bottom of the line above, which
        ``cursorForPosition`` answers with when the top line is inside a paragraph (a
        re-wrap then moved the reader up a line each time)."""
        return self.cursorForPosition(QPoint(0, 1)).position()

    def _remember_anchor(self, *_: object) -> None:
        if not self._anchoring:
            self._anchor = self.first_visible()

    def scroll_to_anchor(self, pos: int | None = None) -> None:
        """Scroll so that the line holding UTF-16 position `pos` (default: the remembered
        first visible character) is the top line."""
        pos = self._anchor if pos is None else pos
        doc = self.document()
        block = doc.findBlock(min(pos, max(0, doc.characterCount() - 1)))
        if not block.isValid():
            return
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position()) if layout is not None else None
        value = block.firstLineNumber() + (line.lineNumber() if line is not None and line.isValid() else 0)
        self._anchoring = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._anchoring = False
        self._anchor = pos

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        anchor = self._anchor
        self._anchoring = True  # the re-wrap moves the scroll bar: not the reader
        try:
            super().resizeEvent(event)
        finally:
            self._anchoring = False
        if event.oldSize().width() != event.size().width():
            self.scroll_to_anchor(anchor)
        cr = self.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), self.margin_width(), cr.height()))
        self._paint_screen()  # taller, or re-wrapped: more blocks on screen

    def visible_stripes(self) -> list[tuple[Span, int, int, int]]:
        """(span, lane, top, bottom) in margin coordinates for the codings on screen. Kept
        until the codings or the screen's lines change: the margin repaints in parts (a block
        drawn again, the cursor) and each part asked for every stripe again."""
        if not self.spans:
            return []
        if self._frontier is not None:  # reading them may lay a block out again
            self._need(self._screen_lines().end)
        lines = self._screen_lines()
        key = (self._spans_version, lines.key)
        if self._stripes is not None and self._stripes[0] == key:
            return self._stripes[1]
        out = self._visible_stripes(lines)
        self._stripes = (key, out)
        return out

    def _screen_key(self) -> tuple:
        # and the highlighter's relayouts: a memo mark is bold, its block laid out again
        return (self.highlighter.relayouts, self.verticalScrollBar().value(), self.viewport().size(),
                self.document().revision(), self.font().pointSizeF(),
                self.viewportMargins().left(), self.firstVisibleBlock().blockNumber(),
                self.contentOffset().y(), self.document().documentLayout().documentSize())

    def _screen_lines(self) -> ScreenLines:
        """The lines on screen: UTF-16 start, top and bottom of each, read from the blocks'
        layouts once per scroll position, size and layout (a coding changes none of them, so
        a new stripe only looks its ends up here, by bisection: asking Qt for the line of
        each stripe end cost 9 µs, 460 of them on a densely coded screen; the table is 30 lines)."""
        key = self._screen_key()
        cached = self._lines
        if cached is not None and cached.key == key:
            return cached
        starts: list[int] = []
        tops: list[int] = []
        bottoms: list[int] = []
        h = self.viewport().height()
        block = self.firstVisibleBlock()
        layout = self.document().documentLayout()
        y = self.blockBoundingGeometry(block).translated(self.contentOffset()).top() \
            if block.isValid() else h
        end = 0
        while block.isValid() and y < h:
            height = layout.blockBoundingRect(block).height()  # lays the block out if need be
            lines, pos = block.layout(), block.position()
            for i in range(lines.lineCount() if lines is not None else 0):
                line = lines.lineAt(i)
                top = y + line.y()
                if top + line.height() > 0 and top < h:
                    starts.append(pos + line.textStart())
                    tops.append(int(top))
                    bottoms.append(int(top + line.height()) - 1)
                    end = pos + line.textStart() + line.textLength()
            y += height
            block = block.next()
        self._lines = ScreenLines(key, starts, tops, bottoms, end)
        return self._lines

    def _visible_stripes(self, lines: ScreenLines) -> list[tuple[Span, int, int, int]]:
        if not lines.starts:
            return []
        first, last, h = lines.starts[0], lines.end, self.viewport().height()
        starts, tops, bottoms = lines.starts, lines.tops, lines.bottoms
        rows = []
        lo = bisect_left(self.spans, first - self._max_len, key=_start)
        hi = bisect_left(self.spans, last + 1, key=_start)
        for s in self.spans[lo:hi]:
            if s.end <= first:
                continue
            top = tops[bisect_right(starts, s.start) - 1] if s.start >= first else 0
            bottom = bottoms[bisect_right(starts, s.end) - 1] if s.end <= last else h
            rows.append((s, top, bottom))
        lanes = screen_lanes(rows, self._lane_count)
        return [(s, lane, top, bottom) for (s, top, bottom), lane in zip(rows, lanes, strict=True)]

    # -- input -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in "123456789" and key and mods == Qt.KeyboardModifier.NoModifier:
            if self.textCursor().hasSelection():
                self.shortcutPressed.emit(key)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if (self._press_pos is not None and event.button() == Qt.MouseButton.LeftButton
                and not self.textCursor().hasSelection()):
            u16 = self.cursorForPosition(event.position().toPoint()).position()
            QTimer.singleShot(0, lambda: self.spanClicked.emit(self.omap.to_code_point(u16)))
        self._press_pos = None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            u16 = self.cursorForPosition(event.pos()).position()
            text = self.describe(self.spans_at(u16))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
        self._paint_screen()  # a smaller font shows more blocks
