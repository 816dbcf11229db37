"""The matrix view: code x document, code x attribute value or code x code, with totals and
a heat shading; a switch for the measure; clicking a cell asks for exactly its passages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis.matrix import Matrix
from desktop_app.gui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MEASURES = (("codings", QT_TR_NOOP("Codings")), ("chars", QT_TR_NOOP("Coded characters")),
            ("percent", QT_TR_NOOP("% of characters")))
UNITS = (("overlap", QT_TR_NOOP("Overlapping")), ("sentence", QT_TR_NOOP("Same sentence")),
         ("paragraph", QT_TR_NOOP("Same paragraph")))


def heat(value: float, top: float) -> QColor | None:
    if top <= 0 or value <= 0:
        return None
    level = int(255 - 150 * min(1.0, value / top))
    return QColor(255, level, level)


class MatrixModel(QAbstractTableModel):
    """The matrix plus a total row and a total column (the last of each)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self._top = 0.0
        self._bold = QFont()
        self._bold.setBold(True)

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._top = matrix.maximum() if matrix else 0.0
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if self.matrix is None or parent.isValid() else len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if self.matrix is None or parent.isValid() else len(self.matrix.columns) + 1

    def cell(self, row: int, column: int) -> tuple[int | None, int | None]:
        """Matrix indices of a model cell; None stands for the total."""
        m = self.matrix
        assert m is not None
        return (row if row < len(m.rows) else None, column if column < len(m.columns) else None)

    def value(self, row: int, column: int) -> float:
        m = self.matrix
        assert m is not None
        r, c = self.cell(row, column)
        if r is None and c is None:
            return m.total
        if r is None:
            return m.column_totals[c]  # type: ignore[index]
        if c is None:
            return m.row_totals[r]
        return m.cells[r][c]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        v = self.value(index.row(), index.column())
        r, c = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{v:.2f}" if self.matrix.measure == "percent" else f"{int(v)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r is not None and c is not None:
            return heat(v, self._top)
        if role == Qt.ItemDataRole.FontRole and (r is None or c is None):
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = self.matrix.column_labels if orientation == Qt.Orientation.Horizontal \
            else self.matrix.row_labels
        return labels[section] if section < len(labels) else tr("Total")


class MatrixView(QWidget):
    """objectName ``matrixView``; the table is ``matrixTable``. The window fills `by` with the
    project's attributes (set_attributes) and computes the matrix when `requested` fires."""

    requested = Signal(str, str, str)  # by ("document", "attr:NAME", "code"), measure, unit
    cellClicked = Signal(list, str)  # coding ids, what the cell is
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.by = QComboBox(self)
        self.by.setObjectName("matrixBy")
        self.measure = QComboBox(self)
        self.measure.setObjectName("matrixMeasure")
        self.by_label, self.measure_label = QLabel(self), QLabel(self)
        self.export = QPushButton(self)
        self.export.setObjectName("matrixExport")
        self.export.clicked.connect(self.exportRequested)
        self.model_ = MatrixModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.model_)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        top = QHBoxLayout()
        for w in (self.by_label, self.by, self.measure_label, self.measure):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self._attributes: list[str] = []
        self.by.activated.connect(lambda _: self._by_changed())
        self.measure.activated.connect(lambda _: self._emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.by_label.setText(tr("Columns:"))
        self.measure_label.setText(tr("Measure:"))
        self.export.setText(tr("Export to Excel…"))
        self.set_attributes(self._attributes, emit=False)

    def set_attributes(self, names: list[str], emit: bool = True) -> None:
        current = self.by.currentData()
        self._attributes = list(names)
        self.by.clear()
        self.by.addItem(tr("Documents"), "document")
        for n in names:
            self.by.addItem(tr("Attribute: {0}").format(n), f"attr:{n}")
        self.by.addItem(tr("Codes (co-occurrence)"), "code")
        i = self.by.findData(current)
        self.by.setCurrentIndex(max(0, i))
        self._fill_measures()
        if emit:
            self._emit()

    def _fill_measures(self) -> None:
        current = self.measure.currentData()
        items = UNITS if self.by.currentData() == "code" else MEASURES
        self.measure.clear()
        for key, title in items:
            self.measure.addItem(tr(title), key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(current)))

    def choose(self, by: str, measure: str) -> None:
        """Select a matrix and a measure (or unit) as the user would, and ask for it."""
        self.by.setCurrentIndex(max(0, self.by.findData(by)))
        self._fill_measures()
        self.measure.setCurrentIndex(max(0, self.measure.findData(measure)))
        self._emit()

    def _by_changed(self) -> None:
        self._fill_measures()
        self._emit()

    def current(self) -> tuple[str, str, str]:
        by = self.by.currentData() or "document"
        key = self.measure.currentData() or ("overlap" if by == "code" else "codings")
        return (by, "codings", key) if by == "code" else (by, key, "overlap")

    def _emit(self) -> None:
        self.requested.emit(*self.current())

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.model_.set_matrix(matrix)
        self.table.resizeColumnsToContents()

    def _clicked(self, index: QModelIndex) -> None:
        m = self.model_.matrix
        if m is None or not index.isValid():
            return
        r, c = self.model_.cell(index.row(), index.column())
        row = m.row_labels[r] if r is not None else tr("Total")
        col = m.column_labels[c] if c is not None else tr("Total")
        self.cellClicked.emit(m.coding_ids(r, c), f"{row} × {col}")
