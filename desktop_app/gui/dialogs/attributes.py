"""A document's attributes (region, date, author …) as an editable table of fields.

Each value cell offers the values that field already has in the project (an editable combo),
so "湖州" is typed once. The dialog only edits a copy: :meth:`AttributesDialog.changes` gives
what to set and what to remove, which the caller writes as one undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import tr


class ValueDelegate(QStyledItemDelegate):
    """Edits a value with an editable combo of the values its row's field has elsewhere."""

    def __init__(self, dialog: AttributesDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("attributeValueCombo")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self.dialog.values_for(self.dialog.name_at(index.row())))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class AttributesDialog(QDialog):
    """objectName ``attributesDialog``; the table is ``attributesTable`` (name, value)."""

    def __init__(self, title: str, attributes: dict[str, str],
                 known: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributesDialog")
        self.setWindowTitle(tr("Attributes of “{0}”").format(title))
        self.original = dict(attributes)
        self.known = known  # every field in the project -> its values there
        self.resize(520, 360)
        lay = QVBoxLayout(self)
        hint = QLabel(tr("Fields such as region, year or issuing body. The list, segments and "
                         "exports can be filtered by them."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("attributesTable")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Value")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, ValueDelegate(self))
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(tr("Add field"), self, objectName="addField")
        self.add_btn.clicked.connect(lambda: self.add_field())
        self.remove_btn = QPushButton(tr("Remove field"), self, objectName="removeField")
        self.remove_btn.clicked.connect(self.remove_current)
        row.addWidget(self.add_btn)
        row.addWidget(self.remove_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.problem = QLabel(self, objectName="attributesProblem")
        self.problem.setStyleSheet("color: #B00020")
        lay.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for name, value in attributes.items():
            self.add_field(name, value, edit=False)
        self.table.itemChanged.connect(lambda _item: self._check())
        self._check()

    # -- editing ----------------------------------------------------------------------------

    def add_field(self, name: str = "", value: str = "", edit: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self._check()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._check()

    def set_row(self, row: int, name: str | None = None, value: str | None = None) -> None:
        if name is not None:
            self.table.item(row, 0).setText(name)
        if value is not None:
            self.table.item(row, 1).setText(value)

    def name_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text().strip() if item is not None else ""

    def values_for(self, name: str) -> list[str]:
        return sorted(set(self.known.get(name, [])))

    # -- result -----------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        """The table as name -> value (rows without a name are left out)."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name = self.name_at(row)
            if name:
                out[name] = self.table.item(row, 1).text().strip()
        return out

    def _check(self) -> None:
        names = [self.name_at(r) for r in range(self.table.rowCount())]
        named = [n for n in names if n]
        twice = sorted({n for n in named if named.count(n) > 1})
        self.problem.setText(tr("The field “{0}” appears twice.").format(twice[0]) if twice else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not twice)

    def changes(self) -> tuple[dict[str, str], list[str]]:
        """(fields to set, fields to remove): only what differs from the document now."""
        now = self.fields()
        changed = {k: v for k, v in now.items() if self.original.get(k) != v}
        removed = [k for k in self.original if k not in now]
        return changed, removed
