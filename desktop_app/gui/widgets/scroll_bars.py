"""Scroll bars Qt need not paint under.

A widget that does not say it paints every pixel of itself gets the widgets under it painted
first, clipped to its rectangle, each time it changes: a scroll bar moves or changes length at
every scroll and every row added to a table, and the document pane, the dock and the window
were painted under it (0.3 ms of the 1 ms a scroll bar costs). Fusion, the style of Linux
and of the tests, fills a scroll bar's whole rectangle (a test renders one over magenta and
finds none left), and so do the flat bars drawn over it (flat_scroll_bars.py); other styles
may draw thin bars over their background, so only these are marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from desktop_app.gui.widgets.flat_scroll_bars import FlatScrollBarStyle

FILLING_STYLES = {"fusion"}


def opaque_scroll_bars(area: QAbstractScrollArea) -> None:
    """Mark the area's scroll bars as painting all of themselves, where the style does."""
    style = area.style()
    if not isinstance(style, FlatScrollBarStyle) and style.name().lower() not in FILLING_STYLES:
        return
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
