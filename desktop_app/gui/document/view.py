"""The text view of one pane: read-only text, coding highlights, a margin of stripes.

All positions inside Qt are UTF-16; :meth:`DocumentView.selection_span` and
:meth:`DocumentView.select_span` convert to and from code point offsets (DESIGN.md).
"""

from __future__ import annotations

from bisect import bisect_left, insort

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.highlighter import CodingHighlighter
from desktop_app.gui.document.spans import Intervals, Span, changed_range


def _start(s: Span) -> int:
    return s.start

LANE_WIDTH = 5
MAX_LANES = 8


class StripeMargin(QWidget):
    """One vertical stripe per coding, in its code's colour, beside the lines it covers."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.view.margin_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#F4F4F2"))
        for span, lane, top, bottom in self.view.visible_stripes():
            x = 3 + lane * LANE_WIDTH
            painter.fillRect(QRect(x, top, LANE_WIDTH - 1, max(2, bottom - top)), QColor(span.colour))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            y = event.pos().y()
            names = self.view.code_names_for(
                [s for s, _, top, bottom in self.view.visible_stripes() if top <= y <= bottom]
            )
            if names:
                QToolTip.showText(event.globalPos(), "\n".join(names), self)
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
        self.setCenterOnScroll(False)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() + 1))
        self.setFont(font)
        self.document().setDocumentMargin(8)
        self.omap = OffsetMap("")
        self.spans: list[Span] = []
        self._lanes: dict[int, int] = {}
        self._max_len = 0
        self._code_names: dict[int, str] = {}
        self.highlighter = CodingHighlighter(self.document(), self._visible_range)
        self.margin = StripeMargin(self)
        self.updateRequest.connect(self._on_update_request)
        self._update_margin_width()
        self._press_pos: QPoint | None = None

    # -- content -----------------------------------------------------------------------------

    def set_text(self, text: str, spans: list[Span], code_names: dict[int, str],
                 omap: OffsetMap | None = None) -> None:
        self.omap = omap or OffsetMap(text)
        self._code_names = code_names
        self.highlighter.setDocument(None)
        self.setPlainText(text)
        self._set_spans_only(spans)
        self.highlighter.setDocument(self.document())
        self.highlighter.rehighlight()  # now, not on Qt's next event-loop turn
        self._update_margin_width()

    def _visible_range(self) -> tuple[int, int]:
        """UTF-16 positions of the text the viewport shows."""
        first = self.firstVisibleBlock().position()
        last = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height()))
        return first, max(first + 1, last.position())

    def set_spans(self, spans: list[Span], code_names: dict[int, str]) -> None:
        """Replace all codings shown (e.g. a new filter); repaints only what changed."""
        self._code_names = code_names
        dirty = changed_range(self.spans, spans)
        self._set_spans_only(spans)
        if dirty is not None:
            self.highlighter.rehighlight_range(*dirty)
        self._update_margin_width()
        self.margin.update()

    def update_spans(self, removed: list[Span], added: list[Span],
                     code_names: dict[int, str] | None = None) -> None:
        """Apply a few changed codings: recut and repaint only the text they touch."""
        if code_names is not None:
            self._code_names = code_names
        changed = [*removed, *added]
        if not changed:
            return
        for s in removed:
            i = bisect_left(self.spans, s)
            if i < len(self.spans) and self.spans[i] == s:
                del self.spans[i]
        for s in added:
            insort(self.spans, s)
            self._max_len = max(self._max_len, s.end - s.start)
            self._lane_of(s.code_id)
        a = min(s.start for s in changed)
        b = max(s.end for s in changed)
        self.highlighter.set_memo_marks(self.spans)
        a, b = self.highlighter.intervals.update(self.spans, a, b, self._max_len)
        self.highlighter.rehighlight_range(a, b)
        self._update_margin_width()
        self.margin.update()

    def _set_spans_only(self, spans: list[Span]) -> None:
        self.spans = list(spans)
        self._max_len = max((s.end - s.start for s in spans), default=0)
        self._lanes = {}
        for code_id in sorted({s.code_id for s in spans}):
            self._lane_of(code_id)
        self.highlighter.intervals = Intervals(self.spans)
        self.highlighter.set_memo_marks(self.spans)

    def _lane_of(self, code_id: int) -> int:
        """Stripes sit in one column per code (codes beyond MAX_LANES share columns)."""
        lane = self._lanes.get(code_id)
        if lane is None:
            lane = self._lanes[code_id] = len(self._lanes) % MAX_LANES
        return lane

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

    def select_span(self, start: int, end: int, centre: bool = True) -> None:
        c = QTextCursor(self.document())
        c.setPosition(self.omap.to_utf16(start))
        c.setPosition(self.omap.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        if centre:
            self.centerCursor()

    def spans_at(self, u16: int) -> list[Span]:
        """Codings covering the character at UTF-16 position `u16`."""
        i = bisect_left(self.spans, u16 + 1, key=_start)
        lo = bisect_left(self.spans, u16 - self._max_len, key=_start)
        return [s for s in self.spans[lo:i] if s.end > u16]

    def code_names_for(self, spans: list[Span]) -> list[str]:
        seen: list[str] = []
        for s in spans:
            name = self._code_names.get(s.code_id, "?")
            if name not in seen:
                seen.append(name)
        return seen

    # -- margin ------------------------------------------------------------------------------

    def margin_width(self) -> int:
        lanes = min(MAX_LANES, max(1, len(self._lanes)))
        return 6 + lanes * LANE_WIDTH

    def _update_margin_width(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), self.margin_width(), cr.height()))

    def visible_stripes(self) -> list[tuple[Span, int, int, int]]:
        """(span, lane, top, bottom) in margin coordinates for the codings on screen."""
        if not self.spans:
            return []
        first = self.cursorForPosition(QPoint(0, 0)).position()
        h = self.viewport().height()
        last = self.cursorForPosition(QPoint(self.viewport().width(), h)).position()
        out = []
        lo = bisect_left(self.spans, first - self._max_len, key=_start)
        hi = bisect_left(self.spans, last + 1, key=_start)
        for s in self.spans[lo:hi]:
            if s.end <= first:
                continue
            top = self._y_of(s.start, top=True) if s.start >= first else 0
            bottom = self._y_of(s.end, top=False) if s.end <= last else h
            out.append((s, self._lane_of(s.code_id), top, bottom))
        return out

    def _y_of(self, pos: int, top: bool) -> int:
        c = QTextCursor(self.document())
        c.setPosition(min(pos, self.document().characterCount() - 1))
        r = self.cursorRect(c)
        return r.top() if top else r.bottom()

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
            names = self.code_names_for(self.spans_at(u16))
            if names:
                QToolTip.showText(event.globalPos(), "\n".join(names), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
