"""The centre of the window: any number of document panes side by side in a splitter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from desktop_app.gui.coding_actions import CodingActions
from desktop_app.gui.document_pane import DocumentPane
from desktop_app.gui.session import ProjectSession


class PaneArea(QSplitter):
    activePaneChanged = Signal(object)

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

    def add_pane(self, doc_id: int | None = None) -> DocumentPane:
        pane = DocumentPane(self.session, self)
        pane.set_documents(self._docs)
        self.coding.attach(pane)
        pane.closeRequested.connect(lambda: self.close_pane(pane))
        pane.splitRequested.connect(lambda: self.add_pane(pane.document_id))
        pane.activated.connect(lambda: self._activate(pane))
        self.addWidget(pane)
        self.panes.append(pane)
        if self._zoom:
            pane.view.zoom(self._zoom)
        if doc_id is not None:
            pane.show_document(doc_id)
        self.setSizes([1000] * len(self.panes))
        self._activate(pane)
        return pane

    def close_pane(self, pane: DocumentPane) -> None:
        if pane not in self.panes:
            return
        self.panes.remove(pane)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if self.active is pane:
            self._activate(self.panes[-1] if self.panes else None)

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

    def zoom(self, steps: int) -> None:
        self._zoom += steps
        for p in self.panes:
            p.view.zoom(steps)
