"""Coded segments of the selected code(s): document, passage, code, coder, memo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.gui.models.segments import SegmentsModel


class SegmentsTable(QTableView):
    """objectName ``segmentsTable``. Double-click (or Enter) jumps to the passage. Rows come
    a page at a time (the model is lazy) and follow change records."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsTable")
        self.model_ = SegmentsModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table
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

    def _jump(self, row: int) -> None:
        if 0 <= row < self.model_.rowCount():
            k = self.model_.key(row)
            self.jumpRequested.emit(k.document_id, k.start, k.end)
