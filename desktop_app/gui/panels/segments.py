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
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 200)
        self.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.activated.connect(lambda index: self._jump(index.row()))

    def _jump(self, row: int) -> None:
        if 0 <= row < self.model_.rowCount():
            k = self.model_.key(row)
            self.jumpRequested.emit(k.document_id, k.start, k.end)
