"""The centre of the window: any number of document panes side by side in a splitter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from desktop_app.gui.document.pane import DocumentPane
from desktop_app.gui.document.view import DocumentView
from desktop_app.gui.session import ProjectSession
from desktop_app.gui.window.coding_actions import CodingActions


class PaneArea(QSplitter):
    activePaneChanged = Signal(object)
    paneAdded = Signal(object)  # a new DocumentPane, before it shows a document

    def __init__(self, session: ProjectSession, coding: CodingActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("paneArea")
        self.setChildrenCollapsible(False)
        self.session = session
        self.coding = coding
        self.panes: list[DocumentPane] = []
        self.active: DocumentPane | None = None
        self._docs: list[dict] = []
        self._zoom = 0
        self._pending_sizes: list[int] | None = None
        # this window's event filters for each new pane's view: factory(view) -> QObject
        self.view_filter_factories: list[Callable[[DocumentView], QObject]] = []

    def add_pane(self, doc_id: int | None = None, index: int | None = None) -> DocumentPane:
        """A new pane (at the end, or at `index` among the panes), showing `doc_id`."""
        pane = DocumentPane(self.session, self, self.view_filter_factories)
        pane.set_documents(self._docs)
        self.coding.attach(pane)
        pane.closeRequested.connect(lambda: self.close_pane(pane))
        pane.splitRequested.connect(lambda: self.add_pane(pane.document_id))
        pane.activated.connect(lambda: self._activate(pane))
        at = len(self.panes) if index is None else max(0, min(index, len(self.panes)))
        self.insertWidget(at, pane)
        self.panes.insert(at, pane)
        self.paneAdded.emit(pane)
        if self._zoom:
            pane.view.zoom(self._zoom)
        self.setSizes([1000] * len(self.panes))
        if doc_id is not None:
            self._lay_out(pane)
            pane.show_document(doc_id)
        self._activate(pane)
        return pane

    def _lay_out(self, pane: DocumentPane) -> None:
        """Give a new pane its place and size before it gets a text: each change of a view's
        size lays every line of a long text out again (10-13 ms a time on 10 MB). Qt shows a
        widget just given to a layout (this area, new in the window; the pane) a moment
        later, and lays the window out after that: both now."""
        window = self.window()
        if not window.isVisible():
            return
        self.show()
        pane.show()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.layout().activate()
        self.refresh()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def close_pane(self, pane: DocumentPane) -> None:
        if pane not in self.panes:
            return
        pane.pages.stop()
        self.panes.remove(pane)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if self.active is pane:
            self._activate(self.panes[-1] if self.panes else None)

    def stop_reading(self) -> None:
        """The project closes: no pane reads any more pages of codings from it."""
        for pane in self.panes:
            pane.pages.stop()

    def _activate(self, pane: DocumentPane | None) -> None:
        if pane is not self.active:
            self.active = pane
            self.activePaneChanged.emit(pane)

    def open_document(self, doc_id: int, new_pane: bool = False) -> DocumentPane:
        """Show a document: in the active pane, or a new one."""
        if new_pane or self.active is None:
            return self.add_pane(doc_id)
        self.active.show_document(doc_id)
        return self.active

    def pane_showing(self, doc_id: int) -> DocumentPane | None:
        if self.active is not None and self.active.document_id == doc_id:
            return self.active
        return next((p for p in self.panes if p.document_id == doc_id), None)

    def set_documents(self, docs: list[dict]) -> None:
        self._docs = docs
        for p in self.panes:
            p.set_documents(docs)

    def refresh(self) -> None:
        for p in self.panes:
            p.refresh()

    def pane_sizes(self) -> list[int]:
        return [self.sizes()[self.indexOf(p)] for p in self.panes]

    def set_pane_sizes(self, sizes: list[int]) -> bool:
        """Restore saved widths (one per pane, in order); False when they do not fit."""
        if len(sizes) != len(self.panes) or not all(s > 0 for s in sizes):
            return False
        if self.isVisible() and self.width() > 0:
            self._apply_sizes(sizes)
        else:  # not laid out yet: on the first real resize
            self._pending_sizes = sizes
        return True

    def _apply_sizes(self, sizes: list[int]) -> None:
        room = max(1, sum(self.sizes()) or self.width())
        total = sum(sizes)
        self.setSizes([max(1, round(room * s / total)) for s in sizes])

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending_sizes is not None:  # once the window has laid the splitter out
            QTimer.singleShot(0, self._apply_pending)

    def _apply_pending(self) -> None:
        pending, self._pending_sizes = self._pending_sizes, None
        if pending is not None and len(pending) == len(self.panes):
            self._apply_sizes(pending)

    def zoom(self, steps: int) -> None:
        self._zoom += steps
        for p in self.panes:
            p.view.zoom(steps)
