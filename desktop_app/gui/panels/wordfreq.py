"""Word frequency panel: choose documents or a code, see a table and a bar chart, export.

Integration (the main window)::

    panel = WordFreqPanel(project_path, parent)
    dock.setWidget(panel)          # after imports/codebook edits: panel.refresh_scopes()

Each count the user makes is kept (one per scope); "Export to Excel…" writes them all,
one sheet per choice (``core.wordfreq.export_xlsx``). Counting runs on a worker thread.
The chart is drawn with QPainter (QtCharts is not installed).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.wordfreq_xlsx import export_xlsx
from desktop_app.core.project import open_project
from desktop_app.core.text.frequencies import FreqTable, frequencies
from desktop_app.gui.i18n import QT_TR_NOOP, render
from desktop_app.gui.models.rows import RIGHT, Column, RowsModel, RowsView
from desktop_app.gui.widgets.task_bar import TaskBar

BAR_COLOUR = "#4E79A7"


class BarChart(QWidget):
    """Horizontal bars, one per word, most frequent on top."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordFreqChart")
        self.data: list[tuple[str, int]] = []
        self.colour = BAR_COLOUR  # a code's colour when the words are its passages'

    def save(self, path: str) -> bool:
        """The chart as .svg (QtSvg) or else .png; True when written."""
        if path.lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator

            gen = QSvgGenerator()
            gen.setFileName(path)
            gen.setSize(self.size())
            gen.setViewBox(QRectF(0, 0, self.width(), self.height()))
            self.render(gen)
            return True
        return self.grab().save(path, "PNG")

    def set_data(self, data: list[tuple[str, int]]) -> None:
        self.data = list(data)
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(60, self.ROW * len(self.data) + 8))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (its width is proportional to its count)."""
        if not self.data:
            return []
        fm = QFontMetrics(self.font())
        label_w = max(fm.horizontalAdvance(w) for w, _ in self.data) + 8
        count_w = fm.horizontalAdvance(number(max(c for _, c in self.data))) + 8
        room = max(10.0, self.width() - label_w - count_w - 8)
        top = max(c for _, c in self.data) or 1
        return [QRectF(label_w, 4 + i * self.ROW + 3, room * c / top, self.ROW - 6)
                for i, (_, c) in enumerate(self.data)]

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for (word, count), rect in zip(self.data, self.bar_rects(), strict=True):
            row = QRectF(0, rect.top() - 3, rect.left() - 6, self.ROW)
            painter.setPen(text_colour)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, word)
            painter.fillRect(rect, QColor(self.colour))
            after = QRectF(rect.right() + 4, rect.top() - 3, 80, self.ROW)
            painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             number(count))
        painter.end()


def number(n: float) -> str:
    """The one number format of the panel: thousands grouped, at most two decimals."""
    if isinstance(n, int) or float(n).is_integer():
        return f"{int(n):,}"
    return f"{n:,.2f}"


WORD_COLUMNS = (
    Column(QT_TR_NOOP("Word"), lambda d: d["word"]),
    Column(QT_TR_NOOP("Count"), lambda d: number(d["count"]), align=RIGHT),
    Column(QT_TR_NOOP("Documents"), lambda d: number(d["documents"]), align=RIGHT),
    Column("‰", lambda d: f"{d['per_mille']:,.2f}", align=RIGHT),
)


class WordFreqPanel(QWidget):
    frequenciesReady = Signal(str)  # the title of the table shown
    wordActivated = Signal(str)  # a word double-clicked (or Enter): search for it
    exported = Signal(str)  # the file written

    def __init__(self, project_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordFreqPanel")
        self.project_path = str(project_path)
        self.tables: dict[str, FreqTable] = {}  # every count made, by title (export order)
        self.current: FreqTable | None = None
        # the window's document filter: only these documents (None: all), and what it is
        self.doc_scope: frozenset[int] | None = None
        self.doc_scope_text = ""

        self.scope = QComboBox(objectName="wordFreqScope")
        self.top = QSpinBox(objectName="wordFreqTop")
        self.top.setRange(5, 1000)
        self.top.setValue(30)
        self.top.setPrefix(self.tr("Top "))
        self.count_button = QPushButton(self.tr("Count words"), objectName="wordFreqCount")
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="wordFreqExport")
        self.export_button.setEnabled(False)
        self.chart_button = QPushButton(self.tr("Save chart…"), objectName="wordFreqSaveChart")
        self.chart_button.setEnabled(False)
        self.colours: dict[int, str] = {}

        self.model_ = RowsModel(WORD_COLUMNS, self)
        self.table = RowsView(self.model_, "wordFreqTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Double-click a word to search the documents for it"))
        self.table.rowActivated.connect(self._word_activated)
        self.chart = BarChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)

        self.taskbar, busy = TaskBar.with_row(self, "wordFreqStatus")
        self.progress = self.taskbar.progress
        self.cancel_button = self.taskbar.cancel_button
        self.status = self.taskbar.status

        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.top)
        top.addWidget(self.count_button)
        top.addWidget(self.export_button)
        top.addWidget(self.chart_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(busy)

        self.count_button.clicked.connect(self.run_count)
        self.export_button.clicked.connect(self._export_clicked)
        self.chart_button.clicked.connect(self._save_chart_clicked)
        self.refresh_scopes()

    def set_document_scope(self, ids: frozenset[int] | None, description: str = "") -> None:
        """Count only in these documents (the window's document filter; None: all)."""
        self.doc_scope, self.doc_scope_text = ids, description
        self.refresh_scopes()

    def refresh_scopes(self) -> None:
        """Reload the choices: all documents, each document, each code's passages."""
        with open_project(self.project_path, readonly=True) as p:
            docs = [(d["id"], d["title"]) for d in p.documents()
                    if self.doc_scope is None or d["id"] in self.doc_scope]
            codes = [(c["id"], c["name"]) for c in p.codes(counts=False)]
            self.colours = p.code_colours()
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("All documents") if self.doc_scope is None else
                           self.tr("All documents with {0} ({1})").format(self.doc_scope_text,
                                                                         len(docs)),
                           ("all", None))
        for doc_id, title in docs:
            self.scope.addItem(self.tr("Document: ") + title, ("doc", doc_id))
        for cid, name in codes:
            self.scope.addItem(self.tr("Passages coded ") + name, ("code", cid))
        self.scope.setCurrentIndex(max(self.scope.findData(current), 0))

    def run_count(self) -> None:
        if self.taskbar.busy():
            return
        kind, ref = self.scope.currentData()
        top, path = self.top.value(), self.project_path
        self.chart.colour = self.colours.get(ref, BAR_COLOUR) if kind == "code" else BAR_COLOUR

        within = None if self.doc_scope is None else sorted(self.doc_scope)

        def work(task):
            with open_project(path, readonly=True) as p:
                if kind == "doc":
                    return frequencies(p, documents=[ref], top=top)
                if kind == "code":
                    return frequencies(p, documents=within, code=ref, top=top)
                return frequencies(p, documents=within, top=top)

        self.taskbar.start(work, self.show_table, self.tr("Counting words…"))

    def _word_activated(self, row: int) -> None:
        if 0 <= row < len(self.model_.rows):
            self.wordActivated.emit(self.model_.rows[row]["word"])

    def show_table(self, table: FreqTable) -> None:
        self.current = table
        self.tables[table.title] = table
        rows = table.to_dicts()
        self.model_.set_rows(rows)
        self.chart.set_data([(d["word"], d["count"]) for d in rows])
        self.export_button.setEnabled(True)
        self.chart_button.setEnabled(True)
        self.status.setText(self.tr("{0}: {1} words counted").format(table.title,
                                                                     number(table.total_words)))
        self.frequenciesReady.emit(table.title)

    def export_to(self, path: str) -> str:
        """Write every table counted so far, one sheet each; returns the path."""
        out = str(export_xlsx(path, list(self.tables.values())))
        self.status.setText(self.tr("Wrote {0}").format(out))
        self.exported.emit(out)
        return out

    def _export_clicked(self) -> None:
        from desktop_app.gui.dialogs import prompts

        path = prompts.save_file(self, self.tr("Export word frequencies"),
                                 "word-frequencies.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            self.export_to(path)
        except BiaozhuError as e:
            self.status.setText(render(e))

    def _save_chart_clicked(self) -> None:
        from desktop_app.gui.dialogs import prompts

        path = prompts.save_file(self, self.tr("Save chart"), "word-frequencies.png",
                                 "PNG (*.png);;SVG (*.svg)")
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        if self.chart.save(path):
            self.status.setText(self.tr("Wrote {0}").format(path))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.taskbar.wait()
        super().closeEvent(event)


__all__ = ["BarChart", "WordFreqPanel"]
