"""The document list: title, number of codings and the documents' attributes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from desktop_app.core.project import Changes
from desktop_app.gui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument

# attribute names Biaozhu itself uses (the demo's seeds, the importer): shown translated;
# a user's own attribute names are shown as they are
OUR_ATTRIBUTES = {
    "region": QT_TR_NOOP("Region"),
    "source_kind": QT_TR_NOOP("Kind of source"),
    "author": QT_TR_NOOP("Author"),
    "articles": QT_TR_NOOP("Articles"),
    "date": QT_TR_NOOP("Date"),
    "publisher": QT_TR_NOOP("Publisher"),
}


def attribute_label(name: str) -> str:
    """An attribute's name as shown: translated when it is one of ours."""
    ours = OUR_ATTRIBUTES.get(name)
    return tr(ours) if ours else name


class DocumentListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.docs: list[dict[str, Any]] = []
        self.attr_names: list[str] = []
        self._row_of: dict[int, int] = {}

    def load(self, docs: list[dict[str, Any]], attr_names: list[str]) -> None:
        self.beginResetModel()
        self.docs, self.attr_names = docs, attr_names
        self._row_of = {d["id"]: i for i, d in enumerate(docs)}
        self.endResetModel()

    def apply(self, changes: Changes) -> None:
        """Recount the documents a change record of codings touched; one cell per coding."""
        for change in changes.of("codings"):
            for row, step in ((change.before, -1), (change.after, 1)):
                if row is None or "document_id" not in row:
                    continue
                i = self._row_of.get(row["document_id"])
                if i is not None:
                    self.docs[i]["codings"] = max(0, self.docs[i]["codings"] + step)
                    index = self.index(i, 1)
                    self.dataChanged.emit(index, index)

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
            return attribute_label(self.attr_names[section - 2])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.docs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # the full title and attributes, on every column
            attrs = "\n".join(f"{attribute_label(k)}: {v}" for k, v in d["attributes"].items())
            counts = tr("{0} characters · {1} codings").format(f"{d['chars']:,}", d["codings"])
            return f"{d['title']}\n{counts}\n{attrs}".strip()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
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
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._sized_for: tuple | None = None
        self._title_width = 160
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users were trapped in it)
        self._fitting = False  # the title column is being fitted (not the user resizing it)
        self._user_width = False  # the user chose the title column's width: keep it
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.doubleClicked.connect(self._open)
        # entries of the context menu: fn(menu, document id under the mouse)
        self.menu_builders: list[Callable[[QMenu, int], None]] = []

    def context_menu(self, row: int) -> QMenu | None:
        """The context menu for the document in `row` (None when nothing offers an entry)."""
        if not 0 <= row < len(self.model_.docs):
            return None
        menu = QMenu(self)
        for build in self.menu_builders:
            build(menu, int(self.model_.docs[row]["id"]))
        return None if menu.isEmpty() else menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.selectRow(index.row())
        menu = self.context_menu(index.row())
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model_.docs[index.row()]["id"], False)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _section_resized(self, section: int, old: int, new: int) -> None:
        if section == 0 and not self._fitting:
            self._user_width = True

    def _fit_title(self) -> None:
        """In a narrow dock the title column gives way so the codings column stays in view
        (attributes scroll); never narrower than 90 px, never wider than it was made."""
        if self._user_width or self.model_.columnCount() < 2:
            return
        # what the count needs (its current width may be stretched as the last section)
        count = max(self.sizeHintForColumn(1), self.horizontalHeader().sectionSizeHint(1))
        room = self.viewport().width() - count
        wanted = max(90, min(self._title_width, room))
        if wanted != self.columnWidth(0):
            self._fitting = True
            try:
                self.setColumnWidth(0, wanted)
            finally:
                self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_title()

    def fitting_width(self) -> int:
        """The width that shows the title and codings columns (attributes scroll)."""
        title = self.columnWidth(0) if self._user_width else self._title_width
        count = max(self.sizeHintForColumn(1), self.horizontalHeader().sectionSizeHint(1)) \
            if self.model_.columnCount() > 1 else 0
        return title + count + self.verticalScrollBar().sizeHint().width() + 8

    def load(self, docs: list[dict[str, Any]], attr_names: list[str]) -> None:
        key = (tuple(attr_names), bool(docs))
        self.model_.load(docs, attr_names)
        if key == self._sized_for:  # keep the widths the user chose
            return
        self._sized_for = key
        self.resizeColumnToContents(1)
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(d["title"]) for d in docs), default=0)
        self._title_width = max(160, min(longest + 16, 220))
        self._fitting = True
        try:
            self.setColumnWidth(0, self._title_width)
        finally:
            self._fitting = False
        for col in range(2, self.model_.columnCount()):
            self.resizeColumnToContents(col)
            self.setColumnWidth(col, min(self.columnWidth(col), 120))
        self._fit_title()
