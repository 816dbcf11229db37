"""The Analysis menu and its docks: retrieval, matrix, policy comparison, charts, memos.

The figures come from the core (interchange.analysis_run, interchange.retrieval) over the
session's project; the rows are read once and kept until a change record arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from desktop_app.core.analysis.data import Corpus
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.analysis_run import compute_matrix
from desktop_app.core.interchange.retrieval import retrieve
from desktop_app.gui.analysis.charts import ChartView
from desktop_app.gui.analysis.comparison import ComparisonView
from desktop_app.gui.analysis.cowords import CowordView
from desktop_app.gui.analysis.matrix import MatrixView
from desktop_app.gui.analysis.memos import MemoPanel
from desktop_app.gui.analysis.retrieval import RetrievalView
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import render, tr

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession
    from desktop_app.gui.window.host import WindowHost


class AnalysisFeatures(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.session: ProjectSession | None = None
        self._corpus: Corpus | None = None
        self.memos: MemoPanel | None = None
        w: Any = window
        area = Qt.DockWidgetArea
        self.retrieval = RetrievalView(w)
        self.retrieval.jumpRequested.connect(self._jump)
        self.retrieval.exportRequested.connect(self.export_report)
        self.matrix = MatrixView(w)
        self.matrix.requested.connect(self._compute_matrix)
        self.matrix.cellClicked.connect(self.show_passages)
        self.matrix.exportRequested.connect(self.export_matrix)
        self.comparison = ComparisonView(w)
        self.comparison.jumpRequested.connect(self._jump)
        self.charts = ChartView(w)
        self.cowords = CowordView(w)
        self.retrieval_dock = w._dock(self.retrieval, "retrievalDock", area.RightDockWidgetArea)
        self.matrix_dock = w._dock(self.matrix, "matrixDock", area.BottomDockWidgetArea)
        self.comparison_dock = w._dock(self.comparison, "comparisonDock", area.BottomDockWidgetArea)
        self.charts_dock = w._dock(self.charts, "chartsDock", area.BottomDockWidgetArea)
        self.cowords_dock = w._dock(self.cowords, "cowordsDock", area.BottomDockWidgetArea)
        self.memo_dock = w._dock(QLabel(w), "memoDock", area.RightDockWidgetArea)
        # hidden before they are tabbed: tabbed while shown, then hidden, they left Qt's tab
        # bar of the group on screen with two blank tabs (over the segments table)
        for d in self.docks():
            d.hide()
        w.tabifyDockWidget(self.retrieval_dock, self.memo_dock)
        w.tabifyDockWidget(self.matrix_dock, self.comparison_dock)
        w.tabifyDockWidget(self.comparison_dock, self.charts_dock)
        w.tabifyDockWidget(self.charts_dock, self.cowords_dock)
        w.resizeDocks([w.doc_dock, w.code_dock], [400, 300], Qt.Orientation.Horizontal)
        A = w.make_action  # noqa: N806
        self.act_retrieval = A("actionRetrieval", self.show_selected_codes, ["Ctrl+Shift+R"])
        self.act_matrix = A("actionMatrix", lambda: self._show(self.matrix_dock), ["Ctrl+Shift+M"])
        self.act_comparison = A("actionComparison", lambda: self._show(self.comparison_dock),
                                ["Ctrl+Shift+K"])
        self.act_charts = A("actionCharts", lambda: self._show(self.charts_dock), ["Ctrl+Shift+H"])
        self.act_cowords = A("actionCowords", lambda: self._show(self.cowords_dock))
        self.act_memos = A("actionMemos", lambda: self._show(self.memo_dock), ["Ctrl+Shift+O"])
        self.act_report = A("actionReport", lambda: self.export_report(".docx"))
        self.act_print = A("actionPrintDocument", self.export_document)

    def docks(self) -> list[QDockWidget]:
        return [self.retrieval_dock, self.matrix_dock, self.comparison_dock, self.charts_dock,
                self.cowords_dock, self.memo_dock]

    def build_menus(self) -> None:
        w: Any = self.window
        self.menu = QMenu(w)
        self.menu.setObjectName("analysisMenu")
        w.menuBar().insertMenu(w.help_menu.menuAction(), self.menu)
        for a in (self.act_retrieval, self.act_matrix, self.act_comparison, self.act_charts,
                  self.act_cowords, self.act_memos, None, self.act_report, self.act_print):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        for dock in self.docks():
            w.docks_menu.addAction(dock.toggleViewAction())

    def retranslate(self) -> None:
        self.menu.setTitle(tr("&Analysis"))
        for act, text in (
            (self.act_retrieval, tr("&Retrieve passages of the selected codes")),
            (self.act_matrix, tr("&Matrix")), (self.act_comparison, tr("Policy &comparison")),
            (self.act_charts, tr("C&harts")), (self.act_cowords, tr("Co-&words")),
            (self.act_memos, tr("M&emos")),
            (self.act_report, tr("Retrieval report to &file…")),
            (self.act_print, tr("&Print coded document…")),
        ):
            act.setText(text)
        for dock, title in ((self.retrieval_dock, tr("Retrieval")), (self.matrix_dock, tr("Matrix")),
                            (self.comparison_dock, tr("Policy comparison")),
                            (self.charts_dock, tr("Charts")), (self.cowords_dock, tr("Co-words")),
                            (self.memo_dock, tr("Memos"))):
            dock.setWindowTitle(title)
        for view in (self.retrieval, self.matrix, self.comparison, self.charts, self.cowords,
                     self.memos):
            if view is not None:
                view.retranslate()

    # -- the project ---------------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        w: Any = self.window
        self.session = session
        self._corpus = None
        if self.memos is not None:  # it holds the session: free it with the project
            self.memos.setParent(None)
            self.memos.deleteLater()
            self.memos = None
        if session is None:
            self.memo_dock.setWidget(QLabel(w))
            self.matrix.set_matrix(None)
            self.comparison.set_session(None)
            self.cowords.set_session(None)
            self.charts.set_matrix(None, {})
            return
        session.changed.connect(self._changed)
        session.documentFilterChanged.connect(lambda: self._changed(None))
        self.memos = MemoPanel(session, self._context, w)
        self.memos.jumpRequested.connect(self._jump)
        self.memo_dock.setWidget(self.memos)
        self.comparison.set_session(session, self.corpus, load=self.comparison_dock.isVisible())
        self.cowords.set_session(session)
        self.matrix.set_attributes(session.project.attribute_names(), emit=False)
        if self.matrix_dock.isVisible():  # else when it is shown (nothing read at start-up)
            self._compute_matrix(*self.matrix.current())

    def corpus(self) -> Corpus:
        assert self.session is not None
        if self._corpus is None:
            corpus = Corpus.from_rows(self.session.project.analysis_rows())
            in_filter = self.session.documents_in_filter()  # the window's document filter
            self._corpus = corpus if in_filter is None else corpus.filter(documents=in_filter)
        return self._corpus

    def _changed(self, changes: Any) -> None:
        """A change record, or None: the document filter changed."""
        if changes is None or changes.action_id is None or changes.tables & {
                "codings", "codes", "documents", "document_attributes", "coders"}:
            self._corpus = None
            if self.session is not None and self.matrix_dock.isVisible():
                self.matrix.set_attributes(self.session.project.attribute_names(), emit=False)
                self._compute_matrix(*self.matrix.current())

    def _context(self) -> tuple[int | None, int | None]:
        w: Any = self.window
        doc = w.panes.active.document_id if w.panes is not None and w.panes.active else None
        code = w.tree.current_code() if w.tree is not None else None
        return doc, code

    def _show(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        if self.session is None:
            return
        if dock is self.matrix_dock or dock is self.charts_dock:
            self._compute_matrix(*self.matrix.current())
        elif dock is self.comparison_dock:
            self.comparison.reload()

    def _jump(self, doc_id: int, start: int, end: int) -> None:
        self.window.jump_to(doc_id, start, end)  # type: ignore[attr-defined]

    # -- figures -------------------------------------------------------------------------------

    def _compute_matrix(self, by: str, measure: str, unit: str) -> None:
        if self.session is None:
            return
        try:
            self.matrix.set_attributes(self.session.project.attribute_names(), emit=False)
            m = compute_matrix(self.session.project, self.corpus(), by, measure, unit)
        except BiaozhuError as e:
            self.session.report(e)
            return
        self.matrix.set_matrix(m)
        self.charts.set_matrix(m, self.corpus().code_colours)

    def show_passages(self, coding_ids: list[int], what: str = "") -> None:
        """The retrieval view with exactly these codings (a matrix cell's drill-down)."""
        if self.session is None:
            return
        report = retrieve(self.session.project, coding_ids=coding_ids, corpus=self.corpus())
        self.retrieval.show_retrieval(report, what)
        self._show(self.retrieval_dock)

    def show_selected_codes(self) -> None:
        w: Any = self.window
        if self.session is None:
            return
        codes = w.tree.selected_codes() if w.tree is not None else []
        coder = self.session.coder_filter  # the toolbar's coder filter applies here too
        report = retrieve(self.session.project, codes=codes or None,
                          coders=None if coder is None else [coder], corpus=self.corpus())
        names = self.corpus().code_names
        self.retrieval.show_retrieval(report, ", ".join(names.get(c, "") for c in codes)
                                      or tr("All codes"))
        self._show(self.retrieval_dock)

    # -- files ---------------------------------------------------------------------------------

    def _target(self, title: str, pattern: str) -> str | None:
        return prompts.save_file(self.window, title, "", pattern)  # type: ignore[arg-type]

    def export_report(self, suffix: str) -> None:
        from desktop_app.core.interchange.reports import write_report

        if self.session is None:
            return
        report = self.retrieval.report
        if report is None:
            self.show_selected_codes()
            report = self.retrieval.report
        out = self._target(tr("Save the retrieval report"),
                           tr("Reports (*.docx *.html *.pdf)"))
        if not out or report is None:
            return
        if "." not in out.rsplit("/", 1)[-1]:
            out += suffix
        lang = "zh" if self.window.language.startswith("zh") else "en"
        try:
            write_report(report, out, lang=lang, project_path=self.session.project.path)
        except BiaozhuError as e:
            prompts.error(self.window, tr("Report"), render(e))  # type: ignore[arg-type]

    def export_matrix(self) -> None:
        from desktop_app.core.interchange.analysis_xlsx import matrix_xlsx

        m = self.matrix.model_.matrix
        if self.session is None or m is None:
            return
        out = self._target(tr("Export the matrix to Excel"), tr("Excel workbooks (*.xlsx)"))
        if not out:
            return
        if not out.lower().endswith(".xlsx"):
            out += ".xlsx"
        lang = "zh" if self.window.language.startswith("zh") else "en"
        try:
            matrix_xlsx(m, out, lang=lang, project_path=self.session.project.path)
        except BiaozhuError as e:
            prompts.error(self.window, tr("Export"), render(e))  # type: ignore[arg-type]

    def export_document(self) -> None:
        from desktop_app.core.interchange.coded_document import export_document

        doc_id, _ = self._context()
        if self.session is None or doc_id is None:
            return
        out = self._target(tr("Print the coded document"), tr("HTML or PDF (*.html *.pdf)"))
        if not out:
            return
        if "." not in out.rsplit("/", 1)[-1]:
            out += ".pdf"
        lang = "zh" if self.window.language.startswith("zh") else "en"
        try:
            export_document(self.session.project, doc_id, out, lang=lang)
        except BiaozhuError as e:
            prompts.error(self.window, tr("Print"), render(e))  # type: ignore[arg-type]
