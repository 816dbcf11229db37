"""Coded segments of the selected code(s): document, passage, code, coder, memo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.gui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
PASSAGE_CHARS = 160


class SegmentsModel(QAbstractTableModel):
    COLUMNS = (QT_TR_NOOP("Document"), QT_TR_NOOP("Passage"), QT_TR_NOOP("Code"), QT_TR_NOOP("Coder"), QT_TR_NOOP("Memo"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                t = r["text"].replace("\n", " ⏎ ")
                return t if len(t) <= PASSAGE_CHARS else t[:PASSAGE_CHARS - 1] + "…"
            return (r["document_title"], None, r["code"], r["coder"], r["memo"])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 4):
            return r["text"] if col == 1 else r["memo"] or None
        if role == Qt.ItemDataRole.UserRole:
            return r["id"]
        return None


class SegmentsTable(QTableView):
    """objectName ``segmentsTable``. Double-click (or Enter) jumps to the passage."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsTable")
        self.model_ = SegmentsModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        h = self.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 200)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.doubleClicked.connect(self._jump)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._jump(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _jump(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        r = self.model_.rows[index.row()]
        self.jumpRequested.emit(r["document_id"], r["start"], r["end"])
