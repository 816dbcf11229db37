"""Review table for keyword suggestions: accept or reject each, or all of one code.

Integration (the main window)::

    panel = SuggestionsPanel(project_path, parent, write_project=lambda: session.project,
                             coder=session.coder)
    dock.setWidget(panel)
    panel.jumpRequested.connect(open_document_and_select)    # doc id, start, end
    panel.codingsAdded.connect(refresh_views_and_push_undo)  # action id, count
    # after codebook edits: panel.refresh_codes()

"Suggest" runs on a worker thread (own read-only connection). Accepting writes codings
with source='suggestion' in ONE action; rejecting is one action too (remembered, so the
sentence is not proposed again). The keyword list of the chosen code is edited in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project, open_project
from desktop_app.core.text.suggest import (
    Suggestion,
    accept,
    keywords,
    reject,
    set_keywords,
    suggest,
)
from desktop_app.gui.i18n import QT_TR_NOOP, render
from desktop_app.gui.models.rows import Column, RowsModel, RowsView
from desktop_app.gui.ops import write_with
from desktop_app.gui.widgets.task_bar import TaskBar

DOCUMENT_COLUMN_MAX = 180  # pixels; the full title is the cell's tooltip


SUGGESTION_COLUMNS = (
    Column(QT_TR_NOOP("Code"), lambda s: s.code),
    Column(QT_TR_NOOP("Document"), lambda s: s.document_title, tooltip=lambda s: s.document_title),
    Column(QT_TR_NOOP("Sentence"), lambda s: s.text, tooltip=lambda s: s.text),
    Column(QT_TR_NOOP("Keywords"), lambda s: "、".join(s.keywords)),
)


class SuggestionsPanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)
    codingsAdded = Signal(int, int)  # action id, how many codings
    suggestionsReady = Signal(int)  # how many suggestions are listed
    keywordsChanged = Signal(int)  # code id

    def __init__(self, project_path: str, parent: QWidget | None = None,
                 write_project: Callable[[], Project] | None = None,
                 coder: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.project_path = str(project_path)
        self.write_project = write_project
        self.coder = coder
        self.items: list[Suggestion] = []

        self.code_filter = QComboBox(objectName="suggestCode")
        self.suggest_button = QPushButton(self.tr("Suggest codings"), objectName="suggestButton")
        self.keywords = QLineEdit(objectName="suggestKeywords")
        self.keywords.setPlaceholderText(self.tr("Keywords of this code, separated by commas"))
        self.save_keywords = QPushButton(self.tr("Save keywords"), objectName="suggestSaveKeywords")

        self.model_ = RowsModel(SUGGESTION_COLUMNS, self)
        self.table = RowsView(self.model_, "suggestTable")
        self.table.setWordWrap(True)
        mode = QHeaderView.ResizeMode  # the document column is capped in _show
        self.table.set_modes(mode.ResizeToContents, mode.Interactive, mode.Stretch,
                             mode.ResizeToContents)

        self.accept_button = QPushButton(self.tr("Accept selected"), objectName="suggestAccept")
        self.reject_button = QPushButton(self.tr("Reject selected"), objectName="suggestReject")
        self.accept_all = QPushButton(self.tr("Accept all listed"), objectName="suggestAcceptAll")
        self.reject_all = QPushButton(self.tr("Reject all listed"), objectName="suggestRejectAll")

        self.taskbar, busy = TaskBar.with_row(self, "suggestStatus")
        self.progress = self.taskbar.progress
        self.cancel_button = self.taskbar.cancel_button
        self.status = self.taskbar.status

        top = QHBoxLayout()
        top.addWidget(self.code_filter, 1)
        top.addWidget(self.suggest_button)
        kw = QHBoxLayout()
        kw.addWidget(self.keywords, 1)
        kw.addWidget(self.save_keywords)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all, self.reject_all):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(kw)
        layout.addWidget(self.table, 1)
        layout.addLayout(busy)
        layout.addLayout(buttons)

        self.suggest_button.clicked.connect(self.run_suggest)
        self.code_filter.currentIndexChanged.connect(self._show_keywords)
        self.save_keywords.clicked.connect(self._save_keywords)
        self.table.rowActivated.connect(self._activated)
        self.accept_button.clicked.connect(lambda: self.accept_rows(self.selected_rows()))
        self.reject_button.clicked.connect(lambda: self.reject_rows(self.selected_rows()))
        self.accept_all.clicked.connect(lambda: self.accept_rows(range(len(self.items))))
        self.reject_all.clicked.connect(lambda: self.reject_rows(range(len(self.items))))
        self.refresh_codes()
        self._show([])

    # -- codes and keywords ------------------------------------------------------------------------

    def refresh_codes(self) -> None:
        with open_project(self.project_path, readonly=True) as p:
            codes = [(c["id"], "  " * c["depth"] + c["name"]) for c in p.codes(counts=False)]
        current = self.code_filter.currentData()
        self.code_filter.blockSignals(True)
        self.code_filter.clear()
        self.code_filter.addItem(self.tr("All codes"), None)
        for cid, name in codes:
            self.code_filter.addItem(name, cid)
        self.code_filter.setCurrentIndex(max(self.code_filter.findData(current), 0))
        self.code_filter.blockSignals(False)
        self._show_keywords()

    def _show_keywords(self) -> None:
        cid = self.code_filter.currentData()
        editable = cid is not None
        self.keywords.setEnabled(editable)
        self.save_keywords.setEnabled(editable)
        if not editable:
            self.keywords.clear()
            return
        with open_project(self.project_path, readonly=True) as p:
            self.keywords.setText(", ".join(keywords(p, cid)))

    def _save_keywords(self) -> None:
        cid = self.code_filter.currentData()
        if cid is None:
            return
        words = [w for part in self.keywords.text().replace("，", ",").replace("、", ",").split(",")
                 for w in [part.strip()] if w]
        try:
            stored = self._write(lambda p: set_keywords(p, cid, words))
        except BiaozhuError as e:
            self.status.setText(render(e))
            return
        self.keywords.setText(", ".join(stored))
        self.status.setText(self.tr("{0} keywords saved").format(len(stored)))
        self.keywordsChanged.emit(int(cid))

    # -- suggesting --------------------------------------------------------------------------------

    def run_suggest(self) -> None:
        if self.taskbar.busy():
            return
        cid = self.code_filter.currentData()
        path = self.project_path

        def work(task):
            with open_project(path, readonly=True) as p:
                return suggest(p, code=cid, progress=task.progress, cancel=task.cancelled)

        self.taskbar.start(work, self._ready, self.tr("Looking for keywords…"))

    def _ready(self, items: list[Suggestion]) -> None:
        self._show(items)
        self.status.setText(self.tr("{0} suggestions").format(len(items)))
        self.suggestionsReady.emit(len(items))

    def _show(self, items: list[Suggestion]) -> None:
        self.items = list(items)
        self.model_.set_rows(self.items)
        for b in (self.accept_button, self.reject_button, self.accept_all, self.reject_all):
            b.setEnabled(bool(self.items))
        self.table.cap_width(1, DOCUMENT_COLUMN_MAX)  # long titles: elided, the sentence keeps room

    def restore(self, items: list[Suggestion]) -> None:
        """Show suggestions made earlier (by this panel before a language switch)."""
        self._show(items)
        self.status.setText(self.tr("{0} suggestions").format(len(items)))

    def selected_rows(self) -> list[int]:
        return self.table.selected_rows()

    def _activated(self, row: int) -> None:
        s = self.items[row]
        self.jumpRequested.emit(s.document_id, s.start, s.end)

    # -- accepting / rejecting -----------------------------------------------------------------------

    def _write(self, fn):
        return write_with(self.write_project, self.project_path, self.coder, fn)

    def accept_rows(self, rows) -> list[int]:
        chosen = [self.items[r] for r in rows]
        if not chosen:
            return []
        try:
            ids, action = self._write(lambda p: (accept(p, chosen), p.last_action()))
        except BiaozhuError as e:
            self.status.setText(render(e))
            return []
        self._remove(chosen)
        self.status.setText(self.tr("{0} codings added").format(len(ids)))
        self.codingsAdded.emit(int(action["id"]), len(ids))
        return ids

    def reject_rows(self, rows) -> int:
        chosen = [self.items[r] for r in rows]
        if not chosen:
            return 0
        try:
            n = self._write(lambda p: reject(p, chosen))
        except BiaozhuError as e:
            self.status.setText(render(e))
            return 0
        self._remove(chosen)
        self.status.setText(self.tr("{0} suggestions rejected").format(len(chosen)))
        return n

    def _remove(self, done: list[Suggestion]) -> None:
        keys = {s.key for s in done}
        self._show([s for s in self.items if s.key not in keys])

    def closeEvent(self, event) -> None:  # noqa: N802
        self.taskbar.wait()
        super().closeEvent(event)


__all__ = ["SuggestionsPanel"]
