"""The flat scroll bars: drawn where Fusion puts their parts (so a click hits what shows),
in their colours, for each state."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollBar, QStyle, QStyleOptionSlider, QWidget

from desktop_app.gui.widgets import flat_scroll_bars
from desktop_app.gui.widgets.flat_scroll_bars import (
    GROOVE,
    THUMB,
    THUMB_PRESSED,
    FlatScrollBarStyle,
)

SC = QStyle.SubControl


def bar_of(qtbot, orientation=Qt.Orientation.Vertical, maximum=100) -> QScrollBar:
    bar = QScrollBar(orientation)
    qtbot.addWidget(bar)
    bar.setRange(0, maximum)
    bar.setPageStep(10)
    bar.resize(*((14, 300) if orientation == Qt.Orientation.Vertical else (300, 14)))
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def image(bar: QScrollBar) -> QImage:
    img = QImage(bar.size(), QImage.Format.Format_ARGB32)
    img.fill(QColor(255, 0, 255))
    bar.render(img, QPoint(), bar.rect(), QWidget.RenderFlag(0))
    return img


def part(bar: QScrollBar, sub) -> object:
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt, sub, bar)


def test_installed_once_over_fusion(qapp):
    assert flat_scroll_bars.install(qapp)
    style = qapp.style()
    assert isinstance(style, FlatScrollBarStyle)
    assert style.baseStyle().name().lower() == "fusion"
    assert flat_scroll_bars.install(qapp) and qapp.style() is style


def test_the_thumb_is_drawn_where_fusion_puts_it_and_follows_the_value(qtbot):
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        bar = bar_of(qtbot, orientation)
        centres = []
        for value in (0, 50, 100):
            bar.setValue(value)
            img, thumb = image(bar), part(bar, SC.SC_ScrollBarSlider)
            assert img.pixelColor(thumb.center()) == THUMB, (orientation, value)
            centres.append(thumb.center())
            groove = part(bar, SC.SC_ScrollBarGroove)
            outside = groove.bottomRight() - QPoint(1, 1) if value == 0 else groove.topLeft() + QPoint(1, 1)
            assert img.pixelColor(outside) == GROOVE, (orientation, value)
        key = (lambda p: p.y()) if orientation == Qt.Orientation.Vertical else (lambda p: p.x())
        assert key(centres[0]) < key(centres[1]) < key(centres[2])


def test_no_thumb_when_there_is_nothing_to_scroll(qtbot):
    bar = bar_of(qtbot, maximum=0)
    img = image(bar)
    assert not any(img.pixelColor(x, y) == THUMB for x in range(img.width()) for y in range(img.height()))


def test_a_click_on_an_arrow_steps_and_a_pressed_thumb_darkens(qtbot):
    bar = bar_of(qtbot)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=part(bar, SC.SC_ScrollBarAddLine).center())
    assert bar.value() == bar.singleStep()
    thumb = part(bar, SC.SC_ScrollBarSlider)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=thumb.center())
    assert image(bar).pixelColor(thumb.center()) == THUMB_PRESSED
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=thumb.center())
    QApplication.processEvents()
    assert image(bar).pixelColor(thumb.center()) in (THUMB, flat_scroll_bars.THUMB_HOVER)
