"""Coded segments of the selected code(s): document, passage, code, coder, memo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.gui.models.segments import SegmentsModel
from desktop_app.gui.widgets.scroll_bars import opaque_scroll_bars


class SegmentsTable(QTableView):
    """objectName ``segmentsTable``. Double-click (or Enter) jumps to the passage. Rows come
    a page at a time (the model is lazy) and follow change records."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsTable")
        self.model_ = SegmentsModel(self)
        self.setModel(self.model_)
        self._settling = False
        self._first_moved: int | None = None  # the first row inserted or removed since settled
        self.model_.rowsInserted.connect(self._moved)
        self.model_.rowsRemoved.connect(self._moved)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        opaque_scroll_bars(self)
        # the passage gets the width; the other columns as narrow as their contents allow
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        self.setColumnWidth(0, 170)
        self.setColumnWidth(2, fm.horizontalAdvance("社会保障政策") + 16)
        self.setColumnWidth(3, fm.horizontalAdvance("研究员研究") + 16)
        self.setColumnWidth(4, 90)
        self.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.activated.connect(lambda index: self._jump(index.row()))

    def settle(self) -> None:
        """Lay out rows just inserted or removed now, not on Qt's next pass, and draw again
        only the rows on screen that moved: the table is painted in the same pass as the text
        and the other lists, and a coding listed below the visible rows repaints none of them
        (Qt's own layout repaints the whole table: 2-3 ms of the 5 a coding took)."""
        self._settling = True
        try:
            self.executeDelayedItemsLayout()
        finally:
            self._settling = False
            self._first_moved = None

    def _moved(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._first_moved = first if self._first_moved is None else min(self._first_moved, first)

    def doItemsLayout(self) -> None:  # noqa: N802
        first = self._first_moved
        if not self._settling or first is None:
            self._first_moved = None  # Qt's own layout repaints every row anyway
            super().doItemsLayout()
            return
        self.updateGeometries()
        vp = self.viewport()
        bottom = self.rowAt(vp.height() - 1)
        if bottom != -1 and first > bottom:
            return  # below the rows on screen: none of them moved
        y = max(0, self.rowViewportPosition(first)) if first < self.model_.rowCount() else \
            max(0, self.rowViewportPosition(max(0, first - 1)))
        vp.update(QRect(0, y, vp.width(), vp.height() - y))

    def _jump(self, row: int) -> None:
        if 0 <= row < self.model_.rowCount():
            k = self.model_.key(row)
            self.jumpRequested.emit(k.document_id, k.start, k.end)
