"""Word-aware selection for a read-only QPlainTextEdit: jieba words instead of Qt's words.

- double-click selects the jieba word under the mouse; a third click selects its sentence
  (split at 。！？； and line ends);
- optionally every mouse selection snaps to whole words when the button is released;
- actions "code this sentence / paragraph" emit the code point span to code.

Integration (the main window)::

    ws = install_word_selection(view, lambda: pane.text,
                                segmenter=lambda: project_segmenter(project))
    ws.codeUnitRequested.connect(lambda s, e, unit: code_span(pane.doc_id, s, e))
    menu.addAction(ws.action_snap); context_menu.addActions([ws.action_code_sentence,
                                                             ws.action_code_paragraph])

Offsets in signals are code points into the stored text; Qt's UTF-16 positions are
converted here, with the view's own ``omap`` when it has one (DocumentView does).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop_app.core.text import segmentation
from desktop_app.core.text.offsets import OffsetMap
from desktop_app.core.text.segmentation import Segmenter
from desktop_app.core.text.sentences import paragraph_at, sentence_at

SegmenterSource = Segmenter | Callable[[], Segmenter] | None


class WordSelection(QObject):
    """Event filter on the view's viewport; see the module docstring."""

    unitSelected = Signal(str, int, int)  # 'word' | 'sentence' | 'paragraph', start, end
    codeUnitRequested = Signal(int, int, str)  # start, end (code points), 'sentence' | 'paragraph'

    def __init__(self, view: QPlainTextEdit, text_provider: Callable[[], str],
                 segmenter: SegmenterSource = None, snap: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.text_provider = text_provider
        self._segmenter = segmenter
        self._omap: tuple[str, OffsetMap] | None = None
        self._last_dclick: tuple[float, QPoint] | None = None
        self._swallow_release = False

        self.action_snap = QAction(self.tr("Snap selection to words"), self)
        self.action_snap.setObjectName("snapToWords")
        self.action_snap.setCheckable(True)
        self.action_snap.setChecked(snap)
        self.action_code_sentence = QAction(self.tr("Code this sentence"), self)
        self.action_code_sentence.setObjectName("codeSentence")
        self.action_code_sentence.triggered.connect(lambda: self._request("sentence"))
        self.action_code_paragraph = QAction(self.tr("Code this paragraph"), self)
        self.action_code_paragraph.setObjectName("codeParagraph")
        self.action_code_paragraph.triggered.connect(lambda: self._request("paragraph"))
        view.viewport().installEventFilter(self)

    # -- settings ------------------------------------------------------------------------------

    @property
    def snap(self) -> bool:
        return self.action_snap.isChecked()

    def set_snap(self, on: bool) -> None:
        self.action_snap.setChecked(on)

    def segmenter(self) -> Segmenter | None:
        """The segmenter, or None while jieba is still loading (loading starts then)."""
        if not segmentation.is_ready():
            segmentation.start_background_init()
            return None
        src = self._segmenter
        if src is None:
            return segmentation.segmenter()
        return src if isinstance(src, Segmenter) else src()

    # -- offsets ---------------------------------------------------------------------------------

    def _map(self, text: str) -> OffsetMap:
        own = getattr(self.view, "omap", None)
        if isinstance(own, OffsetMap) and own.length == len(text):
            return own
        if self._omap is None or self._omap[0] is not text:
            self._omap = (text, OffsetMap(text))
        return self._omap[1]

    def code_point_at(self, point: QPoint) -> int:
        text = self.text_provider()
        return self._map(text).to_code_point(self.view.cursorForPosition(point).position())

    def select(self, start: int, end: int) -> None:
        omap = self._map(self.text_provider())
        c = QTextCursor(self.view.document())
        c.setPosition(omap.to_utf16(start))
        c.setPosition(omap.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(c)

    def selection(self) -> tuple[int, int] | None:
        """The selection in code points (an end inside a surrogate pair rounds up)."""
        c = self.view.textCursor()
        if not c.hasSelection():
            return None
        omap = self._map(self.text_provider())
        a = omap.to_code_point(c.selectionStart())
        b = omap.to_code_point(c.selectionEnd())
        if omap.to_utf16(b) < c.selectionEnd():
            b += 1
        return (a, b) if b > a else None

    def cursor_position(self) -> int:
        return self._map(self.text_provider()).to_code_point(self.view.textCursor().position())

    # -- units -----------------------------------------------------------------------------------

    def unit_span(self, unit: str, pos: int | None = None) -> tuple[int, int] | None:
        """The sentence/paragraph at `pos` (default: covering the selection or the cursor)."""
        text = self.text_provider()
        at = sentence_at if unit == "sentence" else paragraph_at
        if pos is not None:
            return at(text, pos)
        sel = self.selection()
        if sel is None:
            return at(text, self.cursor_position())
        first, last = at(text, sel[0]), at(text, sel[1] - 1)
        if first is None or last is None:
            return sel
        return (min(first[0], sel[0]), max(last[1], sel[1]))

    def _request(self, unit: str) -> None:
        span = self.unit_span(unit)
        if span is not None:
            self.codeUnitRequested.emit(span[0], span[1], unit)

    def snap_selection(self) -> tuple[int, int] | None:
        """Widen the current selection to whole words; returns the new span."""
        sel = self.selection()
        seg = self.segmenter()
        if sel is None or seg is None:
            return sel
        span = seg.snap(self.text_provider(), *sel)
        if span != sel:
            self.select(*span)
        return span

    # -- mouse -----------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            return self._double_click(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseButtonPress:
            return self._maybe_triple(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseButtonRelease:
            if self._swallow_release:
                self._swallow_release = False
                return True
            if self.snap and event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
                self.view.mouseReleaseEvent(event)  # let the view finish its selection first
                self.snap_selection()
                return True
        return False

    def _double_click(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        seg = self.segmenter()
        if seg is None:
            return False  # jieba still loading: Qt's own word selection meanwhile
        point = event.position().toPoint()
        pos = self.code_point_at(point)
        text = self.text_provider()
        if not text:
            return False
        start, end = seg.word_at(text, min(pos, len(text) - 1))
        self.select(start, end)
        self._last_dclick = (time.monotonic(), point)
        self._swallow_release = True
        self.unitSelected.emit("word", start, end)
        return True

    def _maybe_triple(self, event: QMouseEvent) -> bool:
        last, self._last_dclick = self._last_dclick, None
        if last is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        elapsed_ms = (time.monotonic() - last[0]) * 1000
        point = event.position().toPoint()
        near = (point - last[1]).manhattanLength() <= QApplication.startDragDistance() * 2
        if elapsed_ms > QApplication.doubleClickInterval() or not near:
            return False
        span = sentence_at(self.text_provider(), self.code_point_at(point))
        if span is None:
            return False
        self.select(*span)
        self._swallow_release = True
        self.unitSelected.emit("sentence", *span)
        return True


def install_word_selection(view: QPlainTextEdit, text_provider: Callable[[], str],
                           segmenter: SegmenterSource = None, snap: bool = False) -> WordSelection:
    """Install word-aware selection on `view`; keep the returned object for its actions."""
    return WordSelection(view, text_provider, segmenter, snap)


__all__ = ["WordSelection", "install_word_selection"]
