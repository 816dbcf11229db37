"""Two panes on the same document that scroll together (Compare coders ▸ Side by side).

Scrolling one pane scrolls the other so that the same character is on its top line: the
first visible text position, not the scroll bar's value, so the two stay on the same passage
when their widths (and so their line wraps) differ. The link ends by itself when either pane
shows another document, has its coder restriction lifted, or is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from desktop_app.gui.document.pane import DocumentPane
from desktop_app.gui.document.view import DocumentView


def top_position(view: DocumentView) -> int:
    """UTF-16 position of the first character of the top line on screen."""
    return view.first_visible()


class ScrollLink(QObject):
    """Keeps panes `a` and `b` (showing one document) on the same reading position."""

    unlinked = Signal()

    def __init__(self, a: DocumentPane, b: DocumentPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.a, self.b = a, b
        self.document_id = a.document_id
        self.active = True
        self._following = False
        for pane in (a, b):
            pane.view.verticalScrollBar().valueChanged.connect(self._scrolled)
            pane.documentShown.connect(self._document_shown)
            pane.coderOnlyChanged.connect(self._coder_changed)
            pane.destroyed.connect(self.unlink)
            pane.set_linked(True)
        self.follow(a, b)

    def panes(self) -> tuple[DocumentPane, DocumentPane]:
        return self.a, self.b

    def holds(self, pane: DocumentPane) -> bool:
        return self.active and (pane is self.a or pane is self.b)

    def _valid(self) -> bool:
        return (self.active and all(isValid(p) and isValid(p.view) for p in (self.a, self.b))
                and self.a.document_id == self.b.document_id == self.document_id)

    def _scrolled(self, _value: int) -> None:
        if self._following or not self.active:
            return
        bar = self.sender()
        if isValid(self.a) and bar is self.a.view.verticalScrollBar():
            self.follow(self.a, self.b)
        else:
            self.follow(self.b, self.a)

    def follow(self, source: DocumentPane, target: DocumentPane) -> None:
        """Scroll `target` so that its top line holds `source`'s first visible character."""
        if not self._valid():
            self.unlink()
            return
        pos = top_position(source.view)
        doc = target.view.document()
        # lay the block out first: a block never shown has no lines yet (QPlainTextEdit lays
        # out lazily), and the view would put the block's start on top, not the line of `pos`
        doc.documentLayout().blockBoundingRect(doc.findBlock(pos))
        self._following = True
        try:
            target.view.scroll_to_anchor(pos)
        finally:
            self._following = False

    def _document_shown(self, doc_id: int | None) -> None:
        if doc_id != self.document_id:
            self.unlink()

    def _coder_changed(self, coder_id: int | None) -> None:
        if coder_id is None:
            self.unlink()

    def unlink(self, *_: object) -> None:
        """Stop scrolling together (idempotent; either pane may be gone already)."""
        if not self.active:
            return
        self.active = False
        for pane in (self.a, self.b):
            try:
                self._release(pane)
            except RuntimeError:  # the pane (or its view) is being deleted: Qt disconnects it
                pass
        self.unlinked.emit()

    def _release(self, pane: DocumentPane) -> None:
        if not (isValid(pane) and isValid(pane.view)):
            return
        pane.set_linked(False)
        for signal, slot in ((pane.view.verticalScrollBar().valueChanged, self._scrolled),
                             (pane.documentShown, self._document_shown),
                             (pane.coderOnlyChanged, self._coder_changed),
                             (pane.destroyed, self.unlink)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # already disconnected


__all__ = ["ScrollLink"]
