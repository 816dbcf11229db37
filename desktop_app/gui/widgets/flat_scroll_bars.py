"""Flat scroll bars over Fusion: a groove, a thumb and two small arrows, in plain fills.

Fusion draws a scroll bar with gradients and outlines: 0.56 ms for the text view's bar, and
a scroll bar is drawn again at every jump, every scroll and every row a coding adds to the
segments table. These take 0.01 ms. Only the drawing changes: where the thumb and the arrows
are, and so what a click hits, stays Fusion's (``subControlRect``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOptionSlider

CC = QStyle.ComplexControl
SC = QStyle.SubControl
GROOVE = QColor("#F0F0EE")
THUMB = QColor("#C4C4C0")
THUMB_HOVER = QColor("#A8A8A4")
THUMB_PRESSED = QColor("#8A8A86")
ARROW = QColor("#707070")
ARROW_DISABLED = QColor("#C8C8C8")
BUTTON_PRESSED = QColor("#D8D8D4")


class FlatScrollBarStyle(QProxyStyle):
    """Fusion, with scroll bars drawn flat."""

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        if control != CC.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        painter.fillRect(option.rect, GROOVE)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled) and option.maximum > option.minimum
        active = option.activeSubControls
        sunken = bool(option.state & QStyle.StateFlag.State_Sunken)
        if enabled:
            thumb = self.subControlRect(control, option, SC.SC_ScrollBarSlider, widget)
            colour = THUMB
            if active & SC.SC_ScrollBarSlider:
                colour = THUMB_PRESSED if sunken else THUMB_HOVER
            horizontal = option.orientation == Qt.Orientation.Horizontal
            inset = thumb.adjusted(0, 2, 0, -2) if horizontal else thumb.adjusted(2, 0, -2, 0)
            painter.fillRect(inset, colour)
        for part, pointing in ((SC.SC_ScrollBarSubLine, -1), (SC.SC_ScrollBarAddLine, 1)):
            rect = self.subControlRect(control, option, part, widget)
            if rect.isEmpty():
                continue
            if enabled and sunken and active & part:
                painter.fillRect(rect, BUTTON_PRESSED)
            _arrow(painter, rect, option.orientation, pointing, ARROW if enabled else ARROW_DISABLED)


def _arrow(painter: QPainter, rect, orientation: Qt.Orientation, pointing: int, colour: QColor) -> None:
    """A small filled triangle in the middle of `rect`, pointing up/left (-1) or down/right (1)."""
    c = QPointF(rect.center()) + QPointF(0.5, 0.5)
    r = max(2.0, min(rect.width(), rect.height()) / 4)
    along = pointing * r * 0.6
    corners = [(0.0, along), (r, -along), (-r, -along)]  # (across, along) the bar
    if orientation == Qt.Orientation.Horizontal:
        corners = [(y, x) for x, y in corners]
    points = [c + QPointF(x, y) for x, y in corners]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


def install(app: QApplication) -> bool:
    """Draw the application's scroll bars flat, when its style is Fusion (Linux, and any
    platform asked for it); other styles keep their own. Returns whether it was installed."""
    if isinstance(app.style(), FlatScrollBarStyle):
        return True
    if app.style().name().lower() != "fusion":
        return False
    app.setStyle(FlatScrollBarStyle(QStyleFactory.create("Fusion")))  # the app owns it
    return True
