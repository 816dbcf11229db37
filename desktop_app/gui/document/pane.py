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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.spans import Span, to_spans
from desktop_app.gui.document.view import DocumentView
from desktop_app.gui.i18n import render, tr
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


class DocumentPane(QWidget):
    view_filter_factories: ClassVar[list[Callable[[DocumentView], QObject]]] = []

    documentChosen = Signal(int)
    closeRequested = Signal()
    splitRequested = Signal()
    activated = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None,
                 view_filters: Sequence[Callable[[DocumentView], QObject]] = ()) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: int | None = None
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
            self.document_id = None
            self.view.set_text("", [], {})
            self.info.setText(render(e))
            return
        omap = OffsetMap(text)
        spans = to_spans(self.session.codings(doc_id), omap)
        self.view.set_text(text, spans, self._code_names(), omap)
        idx = self.chooser.findData(doc_id)
        if idx >= 0:
            self.chooser.setCurrentIndex(idx)
        self.info.clear()

    def clear(self) -> None:
        self.document_id = None
        self.view.set_text("", [], {})
        self.info.clear()

    def _code_names(self) -> dict[int, str]:
        return self.session.project.code_names()

    def _spans(self):
        if self.document_id is None:
            return []
        return to_spans(self.session.codings(self.document_id), self.view.omap)

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
            if row is None or row["document_id"] != self.document_id or not self.session.shows(row):
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
        return [c for c in self.session.codings(self.document_id) if c["start"] <= cp < c["end"]]

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
        for c in self.session.codings(self.document_id):
            if c["id"] in wanted:
                memo = f" — {_esc(c['memo'])}" if c["memo"] else ""
                lines.append(f"<span style='color:{c['colour']}'>■</span> <b>{_esc(c['code'])}</b>"
                             f" · {_esc(c['coder'])}{memo}")
        return lines

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
