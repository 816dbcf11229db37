"""A long document's codings, read a page at a time: the first page before its text shows,
the others one per turn of the event loop.

A document with 100,000 codings showed after all of them were read and made into spans
(about 0.3 s, the window frozen); now it shows after the first 5,000 and takes keys between
pages of 10,000 (about 20 ms each). Codings are read in the core's order (start, end, id), by
key: a page read after a coding action already holds that action's codings, and the view
leaves codings past the last page read to the pages (see ``DocumentView.update_spans``).
Whatever needs codings past that point at once (a scroll there, a tooltip, the margin) reads
all the rest at once (``DocumentView.load_rest``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.document.spans import Span
from desktop_app.gui.document.view import DocumentView
from desktop_app.gui.widgets.after_paint import after_next_paint

FIRST = 5_000  # codings read before a document shows: many screens, even densely coded
PAGE = 10_000  # codings read in each later turn of the event loop

# read(document, after (start, end, id) or None, limit or None) -> rows in the core's order
Reader = Callable[[int, tuple[int, int, int] | None, int | None], list[tuple]]


class SpanPages(QObject):
    def __init__(self, view: DocumentView, read: Reader,
                 to_spans: Callable[[list[tuple]], list[Span]]) -> None:
        super().__init__(view)
        self.view = view
        self._read = read
        self._to_spans = to_spans
        self._doc: int | None = None
        self._after: tuple[int, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        view.load_rest = self.finish

    def first(self, doc_id: int) -> tuple[list[Span], bool]:
        """The first page of a document's spans, and whether that is all of them; the rest
        follow on the event loop (once the view has the first: ``set_text(..., complete)``)."""
        self.stop()
        rows = self._read(doc_id, None, FIRST)
        complete = len(rows) < FIRST
        if not complete:
            self._doc, self._after = doc_id, tuple(rows[-1][:3])
            # the next pages once the first screen is painted
            after_next_paint(self.view.viewport(), lambda d=doc_id: self._start(d))
        return self._to_spans(rows), complete

    def _start(self, doc_id: int) -> None:
        if self._doc == doc_id and not self._timer.isActive():
            self._timer.start(0)

    def stop(self) -> None:
        """No more pages (another document, or all of its codings read at once)."""
        self._doc = None
        self._timer.stop()

    def finish(self) -> None:
        """Read all the rest now."""
        self._load(None)

    def _next(self) -> None:
        self._load(PAGE)

    def _load(self, limit: int | None) -> None:
        doc = self._doc
        if doc is None or not self.view.loading():
            self.stop()
            return
        rows = self._read(doc, self._after, limit)
        complete = limit is None or len(rows) < limit
        if rows:
            self._after = tuple(rows[-1][:3])
        if complete:
            self.stop()
        self.view.add_loaded(self._to_spans(rows), complete)
        if not complete:
            self._timer.start(0)
