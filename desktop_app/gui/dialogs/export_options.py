"""The Excel export's choices, as the command line offers them: which codes, which coders,
the language of the headers, and the file to write."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop_app.gui.i18n import tr


@dataclass
class ExportChoice:
    path: str
    codes: list[int] | None  # None: every code
    coders: list[str] | None  # None: every coder
    lang: str  # "zh" or "en"
    attributes: dict[str, str] | None = None  # only the documents with these values


class ExportOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, codes: list[dict], coders: list[str], path: str,
                 lang: str, choose_file: Callable[..., str | None] | None = None,
                 document_filter: dict[str, str] | None = None, filter_text: str = "") -> None:
        """`choose_file(parent, title, suggested, filters)` asks for the file (prompts.save_file).
        `document_filter`: the window's, offered (and ticked) to export only its documents."""
        super().__init__(parent)
        self.document_filter = dict(document_filter or {})
        self.choose_file = choose_file
        self.setObjectName("exportOptions")
        self.setWindowTitle(tr("Export to Excel"))
        self.path = QLineEdit(path, self)
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(360)
        choose = QPushButton(tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        choose.setEnabled(choose_file is not None)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.codes = self._checklist("exportCodes",
                                     [("  " * c["depth"] + c["name"], c["id"]) for c in codes])
        self.coders = self._checklist("exportCoders", [(k, k) for k in coders])
        self.zh = QRadioButton("中文", self)
        self.en = QRadioButton("English", self)
        group = QButtonGroup(self)
        group.addButton(self.zh)
        group.addButton(self.en)
        (self.en if lang == "en" else self.zh).setChecked(True)
        langs = QHBoxLayout()
        langs.addWidget(self.zh)
        langs.addWidget(self.en)
        langs.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("File:"), row)
        form.addRow(tr("Codes:"), self.codes)
        form.addRow(tr("Coders:"), self.coders)
        form.addRow(tr("Headers in:"), langs)
        self.only_filtered = QCheckBox(tr("Only the documents with {0}").format(filter_text), self)
        self.only_filtered.setObjectName("exportOnlyFiltered")
        self.only_filtered.setChecked(bool(self.document_filter))
        if self.document_filter:
            form.addRow(tr("Documents:"), self.only_filtered)
        else:
            self.only_filtered.hide()
        form.addRow(buttons)

    def _checklist(self, name: str, items: list[tuple[str, object]]) -> QListWidget:
        lst = QListWidget(self)
        lst.setObjectName(name)
        for label, value in items:
            item = QListWidgetItem(label, lst)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        lst.setMaximumHeight(min(160, 24 * max(2, len(items)) + 8))
        return lst

    def _choose(self) -> None:
        if self.choose_file is None:
            return
        path = self.choose_file(self, tr("Export to Excel"), self.path.text(), "Excel (*.xlsx)")
        if path:
            self.path.setText(path)

    @staticmethod
    def _checked(lst: QListWidget) -> list | None:
        items = [lst.item(i) for i in range(lst.count())]
        chosen = [i.data(Qt.ItemDataRole.UserRole) for i in items
                  if i.checkState() == Qt.CheckState.Checked]
        return None if len(chosen) == len(items) else chosen

    def choice(self) -> ExportChoice | None:
        path = self.path.text().strip()
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        attributes = self.document_filter if self.only_filtered.isChecked() and \
            self.document_filter else None
        return ExportChoice(os.path.expanduser(path), self._checked(self.codes),
                            self._checked(self.coders), "en" if self.en.isChecked() else "zh",
                            attributes)
