"""Work that waits until a widget has painted: what is needed later (the next pages of codings,
the segments list) must not delay the first screen of a document, and a zero timer does not
wait for it (Qt may run the timer before the paint)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)  # a widget that does not paint

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._fn is not None:
            QTimer.singleShot(0, self, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        fn, self._fn = self._fn, None
        if fn is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        fn()


def after_next_paint(widget: QWidget, fn: Callable[[], None], fallback_ms: int = 100) -> None:
    """Call `fn` once, right after `widget` next paints (or after `fallback_ms` if it does not);
    never if the widget is deleted first."""
    _AfterPaint(widget, fn, fallback_ms)
