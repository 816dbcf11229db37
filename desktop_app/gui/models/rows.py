"""One table model over plain Python rows, for every result table (search, suggestions, word
frequencies, segments; later the matrices): columns say how a row is shown, the model holds
the rows as they are. Views take a :class:`RowsView` (or any QTableView) on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.gui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole  # data(index, ROW_ROLE) is the row itself
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """How one column shows a row. `title` is an English text marked for translation."""

    title: str
    value: Callable[[Any], Any]
    tooltip: Callable[[Any], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    bold: bool = False
    elide: Qt.TextElideMode | None = None  # per column (the view's default elides right)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- changing the rows (views keep their selection and scroll where they can) ------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def insert_rows(self, at: int, rows: Sequence[Any]) -> None:
        if not rows:
            return
        self.beginInsertRows(ROOT, at, at + len(rows) - 1)
        self.rows[at:at] = list(rows)
        self.endInsertRows()

    def remove_rows(self, at: int, count: int) -> None:
        if count <= 0:
            return
        self.beginRemoveRows(ROOT, at, at + count - 1)
        del self.rows[at:at + count]
        self.endRemoveRows()

    def replace_row(self, at: int, row: Any) -> None:
        self.rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))

    def row(self, i: int) -> Any:
        return self.rows[i]

    # -- the model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align)
        if role == Qt.ItemDataRole.FontRole and col.bold:
            return self._bold
        if role == ROW_ROLE:
            return row
        return None


class _ElideDelegate(QStyledItemDelegate):
    """Draws a cell elided on the given side (left: the words next to a hit stay visible)."""

    def __init__(self, mode: Qt.TextElideMode, parent: QWidget) -> None:
        super().__init__(parent)
        self.mode = mode

    def cell_option(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        """One line, elided on our side: with the table's word wrap the style broke the text
        into lines and showed the first, cutting the words next to a hit."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.textElideMode = self.mode
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        return opt

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = self.cell_option(option, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class RowsView(QTableView):
    """A read-only table of rows: row selection, Enter and double-click activate a row."""

    rowActivated = Signal(int)

    def __init__(self, model: RowsModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.model_ = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the table
        for i, col in enumerate(model.columns):
            if col.elide is not None:
                self.setItemDelegateForColumn(i, _ElideDelegate(col.elide, self))
        self.doubleClicked.connect(lambda index: self.rowActivated.emit(index.row()))
        self.activated.connect(lambda index: self.rowActivated.emit(index.row()))

    def set_modes(self, *modes: QHeaderView.ResizeMode) -> None:
        header = self.horizontalHeader()
        for i, mode in enumerate(modes):
            header.setSectionResizeMode(i, mode)

    def cap_width(self, column: int, most: int) -> None:
        """Fit `column` to its contents, at most `most` pixels (long titles are elided)."""
        self.resizeColumnToContents(column)
        self.setColumnWidth(column, min(self.columnWidth(column), most))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def text_at(self, row: int, column: int) -> str:
        return str(self.model_.index(row, column).data() or "")
