"""The document list: title, number of codings and the documents' attributes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.gui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


class DocumentListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.docs: list[dict[str, Any]] = []
        self.attr_names: list[str] = []

    def load(self, docs: list[dict[str, Any]], attr_names: list[str]) -> None:
        self.beginResetModel()
        self.docs, self.attr_names = docs, attr_names
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.docs)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + len(self.attr_names)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Document")
        if section == 1:
            return tr("Codings")
        if 0 <= section - 2 < len(self.attr_names):
            return self.attr_names[section - 2]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.docs[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    attrs = "\n".join(f"{k}: {v}" for k, v in d["attributes"].items())
                    return f"{d['title']}\n{d['chars']:,} {tr('characters')}\n{attrs}".strip()
                return d["title"]
            if col == 1:
                return d["codings"]
            return d["attributes"].get(self.attr_names[col - 2], "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return d["id"]
        return None


class DocumentList(QTableView):
    """objectName ``documentList``. Double-click (or Enter) opens the document in a pane."""

    openRequested = Signal(int, bool)  # document id, in a new pane

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.model_ = DocumentListModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda i: self.openRequested.emit(self.model_.docs[i.row()]["id"], False))

    def load(self, docs: list[dict[str, Any]], attr_names: list[str]) -> None:
        self.model_.load(docs, attr_names)
        self.resizeColumnToContents(1)
        if self.columnWidth(0) < 160 or self.columnWidth(0) > 260:
            self.setColumnWidth(0, 220)
