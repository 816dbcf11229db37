"""Project-wide search panel (Ctrl+Shift+F): keyword in context, filters, "code all results".

Integration (the main window)::

    panel = SearchPanel(project_path, parent, write_project=lambda: session.project,
                        coder=session.coder)
    dock = QDockWidget(tr("Search"), window); dock.setWidget(panel)
    panel.jumpRequested.connect(open_document_and_select)      # doc id, start, end
    panel.codingsAdded.connect(refresh_views_and_push_undo)    # action id, count
    QShortcut(QKeySequence("Ctrl+Shift+F"), window, lambda: (dock.show(), panel.focus_query()))
    # after codes/documents change: panel.refresh_filters()

The search runs on a worker thread with its own connection (the word index is brought up
to date there, with progress and Cancel). "Code all" writes through ``write_project()``
when given (the GUI thread's open project), else through a short-lived connection; either
way it is one action (one undo step) and ``codingsAdded`` carries its id.
All offsets are code points into the stored text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project, open_project
from desktop_app.core.text.search import Hit, code_results, search
from desktop_app.gui.i18n import QT_TR_NOOP, render
from desktop_app.gui.models.rows import RIGHT, Column, RowsModel, RowsView
from desktop_app.gui.ops import write_with
from desktop_app.gui.widgets.task_bar import TaskBar

DEFAULT_LIMIT = 5000
DOCUMENT_COLUMN_MAX = 180  # pixels; the full title is the cell's tooltip


HIT_COLUMNS = (
    Column(QT_TR_NOOP("Document"), lambda h: h.document_title, tooltip=lambda h: h.document_title),
    Column(QT_TR_NOOP("Before"), lambda h: h.left.replace("\n", " "), align=RIGHT,
           elide=Qt.TextElideMode.ElideLeft),
    Column(QT_TR_NOOP("Hit"), lambda h: h.hit.replace("\n", "⏎"), bold=True),
    Column(QT_TR_NOOP("After"), lambda h: h.right.replace("\n", " ")),
)


class SearchPanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)
    codingsAdded = Signal(int, int)  # action id, how many codings
    searchFinished = Signal(int)  # total hits (the panel is idle again)
    searchFailed = Signal(str)  # the message shown (empty when cancelled)

    def __init__(self, project_path: str, parent: QWidget | None = None,
                 write_project: Callable[[], Project] | None = None,
                 limit: int = DEFAULT_LIMIT, coder: str | None = None) -> None:
        super().__init__(parent)
        self.coder = coder
        self.setObjectName("searchPanel")
        self.project_path = str(project_path)
        self.write_project = write_project
        self.limit = limit
        self.hits: list[Hit] = []
        self.total = 0
        self._pending: int | None = None
        # the window's document filter: only these documents (None: all), and what it is
        self.scope: frozenset[int] | None = None
        self.scope_text = ""

        self.query = QLineEdit(objectName="searchQuery")
        self.query.setPlaceholderText(self.tr("Search the documents…"))
        self.query.setClearButtonEnabled(True)
        self.mode = QComboBox(objectName="searchMode")
        for label, mode in ((self.tr("Words"), "word"), (self.tr("Text"), "substring"),
                            (self.tr("Regular expression"), "regex")):
            self.mode.addItem(label, mode)
        self.doc_filter = QComboBox(objectName="searchDocument")
        self.code_filter = QComboBox(objectName="searchCode")
        self.search_button = QPushButton(self.tr("Search"), objectName="searchButton")

        self.model_ = RowsModel(HIT_COLUMNS, self)
        self.table = RowsView(self.model_, "searchResults")
        mode = QHeaderView.ResizeMode
        # the document column is capped in _show; the words before a hit elide on the left
        self.table.set_modes(mode.Interactive, mode.Stretch, mode.ResizeToContents, mode.Stretch)

        self.code_target = QComboBox(objectName="searchCodeTarget")
        self.unit = QComboBox(objectName="searchUnit")
        for label, unit in ((self.tr("the hit"), "hit"), (self.tr("its sentence"), "sentence"),
                            (self.tr("its paragraph"), "paragraph")):
            self.unit.addItem(label, unit)
        self.code_button = QPushButton(self.tr("Code all results"), objectName="searchCodeAll")
        self.code_button.setEnabled(False)

        self.taskbar, busy = TaskBar.with_row(self, "searchStatus")
        self.progress = self.taskbar.progress
        self.cancel_button = self.taskbar.cancel_button
        self.status = self.taskbar.status

        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.mode)
        top.addWidget(self.search_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("In:")))
        filters.addWidget(self.doc_filter, 1)
        filters.addWidget(self.code_filter, 1)
        coding = QHBoxLayout()
        coding.addWidget(QLabel(self.tr("Code all results as")))
        coding.addWidget(self.code_target, 1)
        coding.addWidget(self.unit)
        coding.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(busy)
        layout.addLayout(coding)

        self.query.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.table.rowActivated.connect(self.jump_to)
        self.code_button.clicked.connect(self.code_all)
        self.refresh_filters()

    # -- set-up ----------------------------------------------------------------------------------

    def set_project(self, project_path: str) -> None:
        self.taskbar.wait()
        self.project_path = str(project_path)
        self._show([], 0)
        self.status.clear()
        self.refresh_filters()

    def set_document_scope(self, ids: frozenset[int] | None, description: str = "") -> None:
        """Search only these documents (the window's document filter; None: all)."""
        self.scope, self.scope_text = ids, description
        self.refresh_filters()

    def refresh_filters(self) -> None:
        """Reload the document and code lists (after imports or codebook edits)."""
        with open_project(self.project_path, readonly=True) as p:
            docs = [(d["id"], d["title"]) for d in p.documents()
                    if self.scope is None or d["id"] in self.scope]
            codes = [(c["id"], "  " * c["depth"] + c["name"]) for c in p.codes(counts=False)]
        every = self.tr("All documents") if self.scope is None else \
            self.tr("All documents with {0} ({1})").format(self.scope_text, len(docs))
        for combo, first, items in ((self.doc_filter, every, docs),
                                    (self.code_filter, self.tr("Anywhere"), codes),
                                    (self.code_target, None, codes)):
            current = combo.currentData()
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for item_id, name in items:
                label = name if combo is not self.code_filter else (
                    self.tr("Coded: ") + name.strip())
                combo.addItem(label, item_id)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    # -- searching --------------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.query.text()
        if not text.strip() or self.taskbar.busy():
            return
        mode = self.mode.currentData()
        doc = self.doc_filter.currentData()
        documents = [doc] if doc is not None else (
            None if self.scope is None else sorted(self.scope))
        code = self.code_filter.currentData()
        path, limit = self.project_path, self.limit

        def work(task):
            readonly = False
            try:
                p = open_project(path)
            except BiaozhuError:
                p, readonly = open_project(path, readonly=True), True
            with p:
                result = search(p, text, mode=mode, documents=documents,
                                code=code, limit=limit, progress=task.progress, cancel=task.cancelled)
            return result, readonly

        self.search_button.setEnabled(False)
        self._show([], 0)  # old results go: a failed search must not leave them to be coded
        task = self.taskbar.start(work, self._found, self.tr("Searching…"))
        task.finished.connect(self._search_ended)

    def _search_ended(self) -> None:
        self.search_button.setEnabled(True)
        total, self._pending = self._pending, None
        if total is None:
            self.searchFailed.emit(self.status.text())
        else:
            self.searchFinished.emit(total)

    def _found(self, outcome) -> None:
        result, _ = outcome
        self._show(result.hits, result.total)
        if result.truncated:
            self.status.setText(self.tr("{0} hits (showing the first {1})").format(
                result.total, len(result.hits)))
        else:
            self.status.setText(self.tr("{0} hits").format(result.total))
        self._pending = result.total

    def _show(self, hits: list[Hit], total: int) -> None:
        self.hits, self.total = hits, total
        self.model_.set_rows(hits)
        self.code_button.setEnabled(bool(hits))
        self.table.cap_width(0, DOCUMENT_COLUMN_MAX)  # long titles: elided, the context keeps room

    def restore(self, hits: list[Hit], total: int) -> None:
        """Show results found earlier (by this panel before a language switch)."""
        self._show(hits, total)
        self.status.setText(self.tr("{0} hits").format(total))

    def jump_to(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            h = self.hits[row]
            self.jumpRequested.emit(h.document_id, h.start, h.end)

    # -- coding ------------------------------------------------------------------------------------

    def code_all(self) -> None:
        code = self.code_target.currentData()
        unit = self.unit.currentData()
        if code is None or not self.hits:
            return
        if len(self.hits) < self.total:
            self.status.setText(self.tr("Only the {0} results shown are coded").format(
                len(self.hits)))
        try:
            ids, action = write_with(
                self.write_project, self.project_path, self.coder,
                lambda p: (code_results(p, self.hits, code, unit), p.last_action()))
        except BiaozhuError as e:
            self.status.setText(render(e))
            return
        self.status.setText(self.tr("{0} passages coded").format(len(ids)))
        self.codingsAdded.emit(int(action["id"]) if action else 0, len(ids))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.taskbar.wait()
        super().closeEvent(event)


__all__ = ["SearchPanel"]
