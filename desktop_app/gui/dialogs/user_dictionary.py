"""The project's user dictionary: terms jieba keeps together (or splits), with a preview.

Integration (the main window)::

    dlg = UserDictionaryDialog(project_path, window, write_project=lambda: session.project,
                               coder=session.coder)
    dlg.dictionaryChanged.connect(on_dictionary_changed)   # e.g. re-run a search
    dlg.open()

Each add/remove is one undoable action. The word index notices the new dictionary by itself
(the next word search re-segments the documents). Errors show in the dialog, never a popup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project, open_project
from desktop_app.core.text import segmentation
from desktop_app.gui.i18n import render
from desktop_app.gui.ops import write_with

SAMPLE = "嘉兴以统筹城乡发展为重点推动共同富裕，湖州八里店镇探索无差别城乡。"
TERM_ROLE = Qt.ItemDataRole.UserRole


class UserDictionaryDialog(QDialog):
    dictionaryChanged = Signal()

    def __init__(self, project_path: str, parent: QWidget | None = None,
                 write_project: Callable[[], Project] | None = None,
                 coder: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDictionaryDialog")
        self.setWindowTitle(self.tr("Project dictionary"))
        self.project_path = str(project_path)
        self.write_project = write_project
        self.coder = coder

        self.terms = QListWidget(objectName="dictTerms")
        self.term = QLineEdit(objectName="dictTerm")
        self.term.setPlaceholderText(self.tr("New term, e.g. 共富工坊"))
        self.kind = QComboBox(objectName="dictKind")
        self.kind.addItem(self.tr("keep together"), "word")
        self.kind.addItem(self.tr("always split"), "split")
        self.add_button = QPushButton(self.tr("Add"), objectName="dictAdd")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="dictRemove")
        self.sample = QLineEdit(SAMPLE, objectName="dictSample")
        self.preview = QLabel(objectName="dictPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="dictStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.term, 1)
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Terms of this project (on top of the built-in policy "
                                        "dictionary):")))
        layout.addWidget(self.terms, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Try it:")))
        layout.addWidget(self.sample)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self._add_clicked)
        self.term.returnPressed.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sample.textChanged.connect(self.update_preview)
        self.reload()

    def _write(self, fn):
        return write_with(self.write_project, self.project_path, self.coder, fn)

    def _read(self, fn):
        if self.write_project is not None:
            return fn(self.write_project())
        with open_project(self.project_path, readonly=True) as p:
            return fn(p)

    def reload(self) -> None:
        self.terms.clear()
        for t in self._read(segmentation.user_terms):
            label = t["term"] if t["kind"] == "word" else f"{t['term']}  ({self.tr('split')})"
            item = QListWidgetItem(label)
            item.setData(TERM_ROLE, t["term"])
            self.terms.addItem(item)
        self.remove_button.setEnabled(self.terms.count() > 0)
        self.update_preview()

    def update_preview(self) -> None:
        seg = self._read(segmentation.project_segmenter)
        self.preview.setText(" / ".join(w for w in seg.words(self.sample.text()) if w.strip()))

    def add_term(self, term: str, kind: str = "word") -> bool:
        try:
            self._write(lambda p: segmentation.add_term(p, term, kind))
        except BiaozhuError as e:
            self.status.setText(render(e))
            return False
        self.status.setText(self.tr("Added {0}").format(term.strip()))
        self.reload()
        self.dictionaryChanged.emit()
        return True

    def _add_clicked(self) -> None:
        if self.add_term(self.term.text(), self.kind.currentData()):
            self.term.clear()

    def remove_selected(self) -> int:
        chosen = [i.data(TERM_ROLE) for i in self.terms.selectedItems()]
        removed = 0
        for term in chosen:
            try:
                self._write(lambda p, t=term: segmentation.remove_term(p, t))
                removed += 1
            except BiaozhuError as e:
                self.status.setText(render(e))
        if removed:
            self.status.setText(self.tr("Removed {0} terms").format(removed))
            self.reload()
            self.dictionaryChanged.emit()
        return removed


__all__ = ["UserDictionaryDialog"]
