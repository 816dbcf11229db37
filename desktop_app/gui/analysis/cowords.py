"""Co-word analysis (共词分析): pairs of jieba words in the same sentence of a code's passages
(or of all documents), counted on a worker thread; a table, Excel, and Gephi's edge list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop_app.core.analysis.cowords import CowordTable
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.analysis_run import compute_cowords
from desktop_app.core.project import open_project
from desktop_app.gui.i18n import QT_TR_NOOP, render, tr
from desktop_app.gui.models.rows import RIGHT, Column, RowsModel, RowsView
from desktop_app.gui.widgets.task_bar import TaskBar

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession

COWORD_COLUMNS = (
    Column(QT_TR_NOOP("Word 1"), lambda p: p.source),
    Column(QT_TR_NOOP("Word 2"), lambda p: p.target),
    Column(QT_TR_NOOP("Sentences"), lambda p: p.weight, align=RIGHT),
)


class CowordView(QWidget):
    """objectName ``cowordView``; the table is ``cowordTable``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cowordView")
        self.session: ProjectSession | None = None
        self.table_data: CowordTable | None = None
        self.scope = QComboBox(self)
        self.scope.setObjectName("cowordScope")
        self.top = QSpinBox(self)
        self.top.setRange(10, 5000)
        self.top.setValue(100)
        self.count = QPushButton(self)
        self.count.setObjectName("cowordCount")
        self.count.clicked.connect(self.run)
        self.xlsx, self.csv = QPushButton(self), QPushButton(self)
        self.xlsx.clicked.connect(lambda: self._export(".xlsx"))
        self.csv.clicked.connect(lambda: self._export(".csv"))
        self.model_ = RowsModel(COWORD_COLUMNS, self)
        self.view = RowsView(self.model_, "cowordTable", self)
        self.taskbar, busy = TaskBar.with_row(self, "cowordStatus")
        top = QHBoxLayout()
        for w in (self.scope, self.top, self.count, self.xlsx, self.csv):
            top.addWidget(w, 1 if w is self.scope else 0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.count.setText(tr("Count pairs"))
        self.xlsx.setText(tr("Export to Excel…"))
        self.csv.setText(tr("Edge list (CSV)…"))
        self.top.setPrefix(tr("Top "))
        self._fill_scopes()

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.model_.set_rows([])
        self.table_data = None
        self._fill_scopes()

    def _fill_scopes(self) -> None:
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(tr("All documents"), None)
        if self.session is not None:
            for c in self.session.project.codes(counts=False):
                self.scope.addItem(tr("Passages coded {0}").format(c["name"]), c["id"])
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))

    def run(self) -> None:
        if self.session is None or self.taskbar.busy():
            return
        path, code, top = self.session.path, self.scope.currentData(), self.top.value()

        def work(task):
            with open_project(path, readonly=True) as p:
                return compute_cowords(p, codes=None if code is None else [code], top=top)

        self.taskbar.start(work, self.show_table, tr("Counting word pairs…"))

    def show_table(self, table: CowordTable) -> None:
        self.table_data = table
        self.model_.set_rows(table.pairs)
        self.taskbar.status.setText(tr("{0} pairs from {1} sentences").format(
            len(table.pairs), table.sentences))

    def _export(self, suffix: str) -> None:
        from desktop_app.core.interchange.analysis_xlsx import cowords_xlsx, edge_list_csv
        from desktop_app.gui.dialogs import prompts

        if self.table_data is None or self.session is None:
            return
        path = prompts.save_file(self, tr("Export co-words"), f"cowords{suffix}", f"*{suffix}")
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            if suffix == ".csv":
                edge_list_csv(self.table_data, path, project_path=self.session.project.path)
            else:
                cowords_xlsx(self.table_data, path, project_path=self.session.project.path)
        except BiaozhuError as e:
            self.taskbar.status.setText(render(e))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.taskbar.wait()
        super().closeEvent(event)
