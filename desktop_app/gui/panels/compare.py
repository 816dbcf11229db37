"""Compare coders: two coder pickers, agreement per code, and the passages they disagree on.

The figures are the core's (interchange/agreement_report, unit ``char``: what ``biaozhu
agreement --coders A B --code ...`` prints for the codes either coder used); the
disagreements come from interchange/disagreement_report. Both are read on a worker
(``gui/ops.Op`` through the panel's TaskBar) with a read-only connection of its own, again
whenever a change record touches codings, coders, codes or documents. A click on a
disagreement asks the window to show the passage (``jumpRequested``); "Adopt" copies the
selected disagreement's codings as the current coder's, one undoable action through
``session.perform``. "Side by side" asks the window to show the selected disagreement's
document (or the active pane's) in two panes, one per coder, scrolled together
(``sideBySideRequested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.interchange.agreement_report import agreement_report
from desktop_app.core.interchange.disagreement_report import disagreement_report
from desktop_app.core.project import Changes, open_project
from desktop_app.gui.i18n import QT_TR_NOOP, tr
from desktop_app.gui.models.rows import RIGHT, Column, RowsModel, RowsView
from desktop_app.gui.widgets.task_bar import TaskBar

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession

PASSAGE_CHARS = 80  # shown in the list; the tooltip has more
TOOLTIP_CHARS = 600
WATCHED = {"codings", "coders", "codes", "documents"}


def _number(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _short(text: str, most: int) -> str:
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= most else text[:most] + "…"


FIGURE_COLUMNS = (
    Column(QT_TR_NOOP("Code"), lambda r: r["code"] if r["code_id"] is not None else tr("(all codes)"),
           bold=False),
    Column(QT_TR_NOOP("Characters"), lambda r: r["units"], align=RIGHT),
    Column(QT_TR_NOOP("Agreement %"), lambda r: _number(r["percent_agreement"], 1), align=RIGHT),
    Column(QT_TR_NOOP("Cohen's κ"), lambda r: _number(r["cohen_kappa"], 3), align=RIGHT),
    Column(QT_TR_NOOP("Krippendorff's α"), lambda r: _number(r["krippendorff_alpha"], 3),
           align=RIGHT),
)

DISAGREEMENT_COLUMNS = (
    Column(QT_TR_NOOP("Document"), lambda r: r["document_title"]),
    Column(QT_TR_NOOP("Span"), lambda r: f"{r['start']}–{r['end']}", align=RIGHT),
    Column(QT_TR_NOOP("Passage"), lambda r: _short(r["text"], PASSAGE_CHARS),
           tooltip=lambda r: _short(r["text"], TOOLTIP_CHARS)),
    Column(QT_TR_NOOP("Coder A"), lambda r: "、".join(r["codes_a"]) or "—"),
    Column(QT_TR_NOOP("Coder B"), lambda r: "、".join(r["codes_b"]) or "—"),
)


class _PairModel(RowsModel):
    """The disagreements; the two coder columns are headed with the coders' names."""

    names: tuple[str, str] = ("", "")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and section in (3, 4) and self.names[section - 3]):
            return self.names[section - 3]
        return super().headerData(section, orientation, role)


def compare(path: str, coder_a: str, coder_b: str) -> dict[str, Any]:
    """What the panel shows, read on its own connection: the agreement report over the codes
    either coder used (codebook order) and the disagreement report."""
    with open_project(path, readonly=True) as p:
        ids = [p.coder_id(coder_a, create=False), p.coder_id(coder_b, create=False)]
        used = set().union(*(p.code_counts(i) for i in ids if i is not None))
        codes: list[str | int] = [c["id"] for c in p.codes(counts=False) if c["id"] in used]
        if not codes:
            return {"agreement": None, "disagreements": None}
        return {"agreement": agreement_report(p, [coder_a, coder_b], codes),
                "disagreements": disagreement_report(p, [coder_a, coder_b], codes)}


class ComparePanel(QWidget):
    """objectName ``comparePanel``. Pickers ``compareCoderA``/``compareCoderB``, tables
    ``compareFigures`` and ``compareDisagreements``, buttons ``compareAdopt`` and
    ``compareSideBySide``."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)
    # coder A, coder B, the selected disagreement (a row of the list) or None
    sideBySideRequested = Signal(str, str, object)
    compared = Signal()  # a comparison is shown

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.session = session
        self._stale = False  # a change arrived while reading (or while hidden)
        self.label_a, self.label_b = QLabel(), QLabel()
        self.coder_a = QComboBox(objectName="compareCoderA")
        self.coder_b = QComboBox(objectName="compareCoderB")
        for box in (self.coder_a, self.coder_b):
            box.setMinimumContentsLength(8)
            box.activated.connect(lambda _=0: self.refresh())
        self.figures_model = RowsModel(FIGURE_COLUMNS, self)
        self.figures = RowsView(self.figures_model, "compareFigures")
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model_ = _PairModel(DISAGREEMENT_COLUMNS, self)
        self.table = RowsView(self.model_, "compareDisagreements")
        self.table.setWordWrap(False)
        self.table.set_modes(QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.ResizeToContents,
                             QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                             QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 110)
        self.table.clicked.connect(lambda index: self.jump(index.row()))
        self.table.rowActivated.connect(self.jump)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_adopt())
        self.adopt_button = QPushButton(objectName="compareAdopt")
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.side_button = QPushButton(objectName="compareSideBySide")
        self.side_button.clicked.connect(self.side_by_side)
        self.summary = QLabel(objectName="compareSummary")
        self.summary.setWordWrap(True)
        self.taskbar, busy = TaskBar.with_row(self, "compareStatus")
        self.status = self.taskbar.status

        pickers = QHBoxLayout()
        for w in (self.label_a, self.coder_a, self.label_b, self.coder_b):
            pickers.addWidget(w)
        pickers.addStretch(1)
        pickers.addWidget(self.side_button)
        pickers.addWidget(self.adopt_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.summary)
        lv.addWidget(self.figures, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(split, 1)
        layout.addLayout(busy)

        session.changed.connect(self._changed)
        self.fill_coders()
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.label_a.setText(tr("Coder A:"))
        self.label_b.setText(tr("Coder B:"))
        self._update_adopt()
        for m in (self.figures_model, self.model_):
            m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, m.columnCount() - 1)

    def coder_changed(self) -> None:
        """The window's current coder changed: the Adopt button names them."""
        self._update_adopt()

    def _update_adopt(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        self.side_button.setText(tr("Side by side"))
        self.side_button.setEnabled(bool(a and b and a != b))
        self.side_button.setToolTip(
            tr("Show the selected passage's document (or the active pane's) in two panes side "
               "by side, {0}'s codings on the left and {1}'s on the right, scrolled together")
            .format(a or "A", b or "B"))
        me = self.session.project.coder
        self.adopt_button.setText(tr("Adopt as {0}'s coding").format(me))
        row = self.selected()
        self.adopt_button.setEnabled(row is not None and row["coded_by"] != me)
        self.adopt_button.setToolTip(
            tr("Copy the selected coding (same passage and code) as {0}'s; Ctrl+Z takes it "
               "back").format(me))

    # -- coders ------------------------------------------------------------------------------------

    def fill_coders(self) -> None:
        """The pickers list the project's coders; A defaults to the current coder, B to
        another one; choices made are kept."""
        names = [c["name"] for c in self.session.project.coders()]
        me = self.session.project.coder
        a = self.coder_a.currentText() or (me if me in names else (names[0] if names else ""))
        others = [n for n in names if n != a]
        b = self.coder_b.currentText() or (others[0] if others else "")
        for box, value in ((self.coder_a, a), (self.coder_b, b)):
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(max(0, box.findText(value)))

    def choose(self, coder_a: str, coder_b: str) -> None:
        """Compare these two coders (as if picked)."""
        self.coder_a.setCurrentIndex(self.coder_a.findText(coder_a))
        self.coder_b.setCurrentIndex(self.coder_b.findText(coder_b))
        self.refresh()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the comparison again on a worker (once the one running has ended)."""
        if self.taskbar.busy():
            self._stale = True
            return
        self._stale = False
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        if not a or not b or a == b:
            self._show(None, a, b)
            self.status.setText(tr("Choose two different coders to compare."))
            return
        path = self.session.path
        op = self.taskbar.start(lambda task: compare(path, a, b), lambda r: self._show(r, a, b),
                                tr("Comparing {0} and {1}…").format(a, b))
        op.finished.connect(self._after_read)

    def _after_read(self) -> None:
        if isValid(self) and self._stale:
            self.refresh()

    def _show(self, result: dict[str, Any] | None, a: str, b: str) -> None:
        if not isValid(self):  # the project was closed while the read ran
            return
        kept = self.table.selected_rows()
        self.model_.names = (a, b)
        agreement = result and result["agreement"]
        diffs = result and result["disagreements"]
        if not agreement or not diffs:
            self.figures_model.set_rows([])
            self.model_.set_rows([])
            self.summary.setText("")
            if result is not None:
                self.status.setText(tr("Neither {0} nor {1} has coded anything yet.").format(a, b))
            self._update_adopt()
            self.compared.emit()
            return
        overall = {"code": "", "code_id": None, **agreement["overall"]}
        self.figures_model.set_rows([*agreement["codes"], overall])
        rows = diffs["disagreements"]
        self.model_.set_rows(rows)
        self.model_.headerDataChanged.emit(Qt.Orientation.Horizontal, 3, 4)
        self.summary.setText(tr("{0} document(s) coded by both; the codes either coder used.")
                             .format(agreement["documents"]))
        self.status.setText(tr("{0} passage(s) where {1} and {2} disagree.").format(len(rows), a, b))
        if kept and rows:  # after an adopt: the next disagreement, where the last one was
            at = min(kept[0], len(rows) - 1)
            self.table.selectionModel().select(
                self.model_.index(at, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_adopt()
        self.compared.emit()

    def _changed(self, changes: Changes) -> None:
        everything = changes.action_id is None and not changes.rows
        if not (everything or changes.tables & WATCHED):
            return
        if everything or "coders" in changes.tables:
            self.fill_coders()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- acting ------------------------------------------------------------------------------------

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selected_rows()
        return self.model_.row(rows[0]) if rows else None

    def jump(self, row: int) -> None:
        if 0 <= row < self.model_.rowCount():
            r = self.model_.row(row)
            self.jumpRequested.emit(r["document_id"], r["start"], r["end"])

    def side_by_side(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        if a and b and a != b:
            self.sideBySideRequested.emit(a, b, self.selected())

    def adopt_selected(self) -> list[int] | None:
        """Adopt the selected disagreement's codings as the current coder's (one action)."""
        row = self.selected()
        if row is None:
            return None
        ids = list(row["codings"])
        said: list[str] = []
        self.session.message.connect(said.append)
        try:
            new = self.session.perform(None, lambda p: p.adopt_codings(ids))
        finally:
            self.session.message.disconnect(said.append)
        if new is None:
            self.status.setText(said[-1] if said else "")
            return None
        self.status.setText(tr("Adopted as {0}'s coding.").format(self.session.project.coder))
        return new

    def closeEvent(self, event) -> None:  # noqa: N802
        self.taskbar.wait()
        super().closeEvent(event)


__all__ = ["ComparePanel", "compare"]
