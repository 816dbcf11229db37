"""One document pane: a document chooser, the text view, a find bar and a codings line.

Hook for text helpers: ``DocumentPane.view_filter_factories`` is a list of callables
``factory(view) -> QObject``; each new pane installs ``factory(view)`` as an event filter on
its view's viewport (where the mouse events arrive), e.g. word-aware double-click selection
from gui/word_selection.py. :meth:`install_view_filter` does the same for one pane, and the
``view_filters`` argument for the panes of one window (installed first, so the class-wide
filters, installed later, see the events before them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.span_pages import SpanPages
from desktop_app.gui.document.spans import Span, spans_of
from desktop_app.gui.document.view import DocumentView
from desktop_app.gui.i18n import render, tr
from desktop_app.gui.memory import bulk_allocation
from desktop_app.gui.session import ProjectSession


class FindBar(QWidget):
    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.pane = pane
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.returnPressed.connect(lambda: self.find(backward=False))
        self.status = QLabel(self)
        self.prev_btn = QToolButton(self, text="▲", autoRaise=True)
        self.next_btn = QToolButton(self, text="▼", autoRaise=True)
        self.close_btn = QToolButton(self, text="✕", autoRaise=True)
        self.prev_btn.clicked.connect(lambda: self.find(backward=True))
        self.next_btn.clicked.connect(lambda: self.find(backward=False))
        self.close_btn.clicked.connect(self.hide)
        for w in (self.edit, self.status, self.prev_btn, self.next_btn, self.close_btn):
            lay.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(tr("Find in document"))
        for btn, text in ((self.prev_btn, tr("Find previous")), (self.next_btn, tr("Find next")),
                          (self.close_btn, tr("Close the find bar (Esc)"))):
            btn.setToolTip(text)
            btn.setAccessibleName(text)

    def find(self, backward: bool = False) -> bool:
        text = self.edit.text()
        if not text:
            return False
        view = self.pane.view
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = view.find(text, flags)
        if not found:  # wrap around
            c = view.textCursor()
            c.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            view.setTextCursor(c)
            found = view.find(text, flags)
        self.status.setText("" if found else tr("Not found"))
        return found

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.pane.view.setFocus()
            return
        super().keyPressEvent(event)


class CoderBadge(QFrame):
    """A bar under a pane's header while it shows one coder's codings: "Only: <coder>", a
    mark while the pane scrolls together with another, and a button that lifts the
    restriction. Its own row, so that it never makes the pane wider. objectName
    ``coderOnlyBadge``."""

    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.setObjectName("coderOnlyBadge")
        self.setStyleSheet("#coderOnlyBadge { background: #FFF1C2; border: 1px solid #E0C060;"
                           " border-radius: 3px; } #coderOnlyBadge QLabel { color: #5A4300; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 2, 0)
        lay.setSpacing(6)
        self.label = QLabel(self)
        self.label.setObjectName("coderOnlyLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        # a narrow pane cuts the name rather than growing: the tooltip has it whole
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_mark = QLabel(self)
        self.link_mark.setObjectName("scrollLinkMark")
        self.link_mark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_mark.hide()
        self.lift_btn = QToolButton(self)  # framed: it reads as a button on the bar
        self.lift_btn.setObjectName("liftCoderOnly")
        lay.addWidget(self.label, 2)
        lay.addWidget(self.link_mark, 3)
        lay.addWidget(self.lift_btn)

    def show_coder(self, name: str) -> None:
        self.label.setText(tr("Only: {0}").format(name))
        self.label.setToolTip(tr("This pane shows only {0}'s codings.").format(name))
        self.lift_btn.setText(tr("Show all"))
        self.lift_btn.setToolTip(tr("Show every coder's codings in this pane"))
        self.link_mark.setText("⇅ " + tr("Scrolled together"))
        self.link_mark.setToolTip(tr("Scrolls together with the pane beside it"))


class DocumentPane(QWidget):
    view_filter_factories: ClassVar[list[Callable[[DocumentView], QObject]]] = []

    documentChosen = Signal(int)
    documentShown = Signal(object)  # the document id shown now (None: nothing), however chosen
    coderOnlyChanged = Signal(object)  # the coder id the pane is restricted to, or None
    closeRequested = Signal()
    splitRequested = Signal()
    activated = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None,
                 view_filters: Sequence[Callable[[DocumentView], QObject]] = ()) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: int | None = None
        self.coder_only: int | None = None  # show only this coder's codings (set_coder_only)
        self.setObjectName("documentPaneBox")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        head = QHBoxLayout()
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("documentChooser")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(12)
        self.chooser.activated.connect(self._chosen)
        self.split_btn = QToolButton(self, text="⊞", autoRaise=True)
        self.split_btn.clicked.connect(self.splitRequested)
        self.close_btn = QToolButton(self, text="✕", autoRaise=True)
        self.close_btn.clicked.connect(self.closeRequested)
        head.addWidget(self.chooser, 1)
        head.addWidget(self.split_btn)
        head.addWidget(self.close_btn)
        lay.addLayout(head)
        self.coder_badge = CoderBadge(self)
        self.coder_badge.lift_btn.clicked.connect(lambda: self.set_coder_only(None))
        self.coder_badge.hide()
        lay.addWidget(self.coder_badge)
        self.view = DocumentView(self)
        lay.addWidget(self.view, 1)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        lay.addWidget(self.find_bar)
        self.info = QLabel(self)
        self.info.setObjectName("codingsInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.info)
        self.view.spanClicked.connect(self.show_codings_at)
        self.view.describe_codings = self.describe_codings
        self.pages = SpanPages(self.view, self._read_rows, self._to_spans)
        self.view.installEventFilter(self)
        for factory in [*view_filters, *self.view_filter_factories]:
            self.install_view_filter(factory(self.view))
        self._flash_timer = QTimer(self, singleShot=True, timeout=self._end_flash)
        self.retranslate()

    def install_view_filter(self, obj: QObject) -> None:
        """Install an event filter on the view's viewport (mouse) and the view (keys)."""
        obj.setParent(self.view)
        self.view.viewport().installEventFilter(obj)
        self.view.installEventFilter(obj)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.view and event.type() == event.Type.FocusIn:
            self.activated.emit()
        return False

    def retranslate(self) -> None:
        for btn, text in ((self.split_btn, tr("Open this document in a new pane")),
                          (self.close_btn, tr("Close this pane"))):
            btn.setToolTip(text)
            btn.setAccessibleName(text)
        self.find_bar.retranslate()
        self._show_badge()

    # -- content -----------------------------------------------------------------------------

    def set_documents(self, docs: list[dict]) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for d in docs:
            self.chooser.addItem(d["title"], d["id"])
            self.chooser.setItemData(self.chooser.count() - 1, d["title"], Qt.ItemDataRole.ToolTipRole)
        idx = self.chooser.findData(self.document_id)
        self.chooser.setCurrentIndex(idx)
        self.chooser.blockSignals(False)

    def _chosen(self, index: int) -> None:
        doc_id = self.chooser.itemData(index)
        if doc_id is not None and doc_id != self.document_id:
            self.show_document(int(doc_id))
            self.documentChosen.emit(int(doc_id))

    def show_document(self, doc_id: int) -> None:
        project = self.session.project
        self.document_id = doc_id
        try:
            text = project.document_text(doc_id)
        except BiaozhuError as e:  # a crafted or damaged row: say so, show nothing
            self.pages.stop()
            self.document_id = None
            self.view.set_text("", [], {})
            self.info.setText(render(e))
            self.documentShown.emit(None)
            return
        omap = OffsetMap(text)
        self.view.omap = omap  # the pages' spans are in its positions
        spans, complete = self.pages.first(doc_id)
        with bulk_allocation():  # the highlighter's intervals
            self.view.set_text(text, spans, self._code_names(), omap, complete)
        idx = self.chooser.findData(doc_id)
        if idx >= 0:
            self.chooser.setCurrentIndex(idx)
        self.info.clear()
        self.documentShown.emit(doc_id)

    def clear(self) -> None:
        self.pages.stop()
        self.document_id = None
        self.view.set_text("", [], {})
        self.info.clear()
        self.documentShown.emit(None)

    # -- one coder's codings -----------------------------------------------------------------

    def set_coder_only(self, coder_id: int | None) -> None:
        """Show only this coder's codings (highlights, margin, codings line, tooltips), on top
        of the window's code and coder filters; None shows every coder's again."""
        if coder_id == self.coder_only:
            return
        self.coder_only = coder_id
        self._show_badge()
        if self.document_id is not None:
            self.view.set_spans(self._spans(), self._code_names())
        self.info.clear()
        self.coderOnlyChanged.emit(coder_id)

    def shows_coding(self, row: dict) -> bool:
        """Whether this pane shows a coding row: the window's filters and the pane's coder."""
        return self.session.shows(row) and (self.coder_only is None
                                            or row["coder_id"] == self.coder_only)

    def coder_only_name(self) -> str | None:
        if self.coder_only is None:
            return None
        return self.session.project.coder_names().get(self.coder_only, "?")

    def set_linked(self, linked: bool) -> None:
        """Mark the pane as scrolling together with another one (window/linked_panes.py)."""
        self.coder_badge.link_mark.setVisible(linked)

    def _show_badge(self) -> None:
        name = self.coder_only_name()
        self.coder_badge.setVisible(name is not None)
        if name is not None:
            self.coder_badge.show_coder(name)

    def _codings(self, doc_id: int) -> list[dict]:
        rows = self.session.codings(doc_id)
        if self.coder_only is None:
            return rows
        return [r for r in rows if r["coder_id"] == self.coder_only]

    def _code_names(self) -> dict[int, str]:
        return self.session.project.code_names()

    def _spans(self) -> list[Span]:
        if self.document_id is None:
            return []
        self.pages.stop()  # all of them now (a filter changed)
        return self._to_spans(self._read_rows(self.document_id, None, None))

    def _to_spans(self, rows: list[tuple]) -> list[Span]:
        """Rows of codings as spans in the view's positions (up to 100,000: made with the
        collector paused, then frozen)."""
        with bulk_allocation():
            return spans_of(rows, self.view.omap, self.session.code_colours())

    def _read_rows(self, doc_id: int, after: tuple[int, int, int] | None,
                   limit: int | None) -> list[tuple]:
        """The rows of the codings this pane draws (the window's filters and its coder), or a
        page of them."""
        return self.session.coding_spans(doc_id, self.coder_only, after=after, limit=limit)

    def refresh(self) -> None:
        """Show the last change: only the codings it touched when it touched only codings
        (fast with thousands of codings), else re-read this document's codings."""
        if self.document_id is None:
            return
        delta = self.session.coding_delta()
        if delta is not None:
            self._apply(delta)
            return
        if not self.session.project.has_document(self.document_id):
            self.clear()
            return
        self.view.set_spans(self._spans(), self._code_names())

    def _apply(self, delta: list[tuple[dict | None, dict | None]]) -> None:
        colours = self.session.code_colours()
        omap = self.view.omap

        def span(row: dict | None) -> list[Span]:
            if row is None or row["document_id"] != self.document_id or not self.shows_coding(row):
                return []
            return [Span(omap.to_utf16(row["start"]), omap.to_utf16(row["end"]), row["id"],
                         row["code_id"], colours.get(row["code_id"], "#999999"),
                         bool(row.get("memo")))]

        removed = [s for before, _ in delta for s in span(before)]
        added = [s for _, after in delta for s in span(after)]
        self.view.update_spans(removed, added)

    # -- codings at a position ---------------------------------------------------------------

    def codings_at(self, cp: int) -> list[dict]:
        if self.document_id is None:
            return []
        return [c for c in self._codings(self.document_id) if c["start"] <= cp < c["end"]]

    def show_codings_at(self, cp: int) -> None:
        rows = self.codings_at(cp)
        if not rows:
            self.info.clear()
            return
        parts = []
        for c in rows:
            memo = f" — {c['memo']}" if c["memo"] else ""
            parts.append(
                f"<span style='color:{c['colour']}'>■</span> <b>{_esc(c['code'])}</b> · "
                f"{_esc(c['coder'])}{_esc(memo)}"
            )
        self.info.setText("<br>".join(parts))

    def describe_codings(self, coding_ids: list[int]) -> list[str]:
        """One line per coding: its colour, code · coder — memo (rich text: the tooltip over
        the text and the margin)."""
        if self.document_id is None:
            return []
        wanted = set(coding_ids)
        lines = []
        for c in self._codings(self.document_id):
            if c["id"] in wanted:
                memo = f" — {_esc(c['memo'])}" if c["memo"] else ""
                lines.append(f"<span style='color:{c['colour']}'>■</span> <b>{_esc(c['code'])}</b>"
                             f" · {_esc(c['coder'])}{memo}")
        return lines

    def tell_hidden_coding(self, coder: str) -> None:
        """A coding just made here is `coder`'s, and this pane shows another coder's only."""
        self.info.setText(_esc(tr("Coded as {0}: this pane shows only {1}'s codings, so the new "
                                  "coding is hidden here (Show all lifts the restriction).")
                               .format(coder, self.coder_only_name() or "?")))

    def flash(self, start: int, end: int) -> None:
        """Select a passage, scroll to it and flash it briefly; then the selection goes, so
        the passage shows its codes' colours again."""
        self._flashed = (start, end)
        self.view.select_span(start, end)
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#FFE066"))
        sel.format = fmt
        sel.cursor = self.view.textCursor()
        self.view.setExtraSelections([sel])  # one temporary selection, not the highlights
        self._flash_timer.start(900)

    def _end_flash(self) -> None:
        self.view.setExtraSelections([])
        if self.view.selection_span() == getattr(self, "_flashed", None):
            self.view.clear_selection()
        self._flashed = None

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
