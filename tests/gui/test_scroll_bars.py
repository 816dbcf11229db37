"""Scroll bars marked as painting all of themselves (Qt then paints nothing under them) must
really cover their rectangle, in every position, or the pixels under them would be garbage."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.widgets.flat_scroll_bars import FlatScrollBarStyle

MAGENTA = QColor(255, 0, 255)


def uncovered(bar) -> int:
    """Pixels of the bar its own paint leaves as they were (drawn without any background)."""
    img = QImage(bar.size(), QImage.Format.Format_ARGB32)
    img.fill(MAGENTA)
    bar.render(img, QPoint(), bar.rect(), QWidget.RenderFlag(0))
    return sum(img.pixelColor(x, y) == MAGENTA for x in range(img.width()) for y in range(img.height()))


def test_the_opaque_scroll_bars_cover_their_rectangle(qtbot, window):
    view = window.panes.panes[0].view
    view.setPlainText("城乡居民收入持续增长。\n" * 400)
    table = window.findChild(QWidget, "segmentsTable")
    bars = [view.verticalScrollBar(), table.verticalScrollBar(), table.horizontalScrollBar()]
    assert isinstance(window.style(), FlatScrollBarStyle)  # the app's, over Fusion
    QApplication.processEvents()
    for bar in bars:
        assert bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        bar.resize(max(bar.width(), 14), max(bar.height(), 14))
        for value in (bar.minimum(), (bar.minimum() + bar.maximum()) // 2, bar.maximum()):
            bar.setValue(value)
            assert uncovered(bar) == 0, (bar.objectName(), value)
