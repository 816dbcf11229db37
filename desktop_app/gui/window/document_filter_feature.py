"""The document filter of the main window (issue 10, item 7): a bar above the document list
that chooses attribute values; the session keeps the filter and the window's lists, the
search and word-frequency panels, the retrieval view and the Excel export follow it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.gui.i18n import tr
from desktop_app.gui.panels.documents import attribute_label
from desktop_app.gui.widgets.document_filter import DocumentFilterBar, describe

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession


class DocumentFilter(QObject):
    """Built once per window; :meth:`set_session` follows the project it shows."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.bar = DocumentFilterBar(window, attribute_label)
        self.bar.changed.connect(self.apply)
        self.action = QAction(window, objectName="actionFilterDocuments")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.triggered.connect(self.open_menu)
        self.clear_action = QAction(window, objectName="actionClearDocumentFilter")
        self.clear_action.triggered.connect(lambda: self.apply({}))
        self.retranslate()

    def build_menu(self, menu) -> None:
        menu.addAction(self.action)
        menu.addAction(self.clear_action)

    def retranslate(self) -> None:
        self.action.setText(tr("&Filter documents by attribute…"))
        self.clear_action.setText(tr("Show &every document"))
        self.bar.retranslate()

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.action.setEnabled(session is not None)
        self.clear_action.setEnabled(False)
        if session is None:
            self.bar.set_values({})
            self.bar.show_filter({}, 0, 0)

    def apply(self, attributes: dict[str, str]) -> None:
        """Filter the documents by these attribute values (empty: show all)."""
        if self.session is not None and attributes != self.session.document_filter:
            self.session.set_document_filter(attributes)

    def open_menu(self) -> None:
        """Ctrl+Shift+L: the filter's menu, at its button."""
        if self.bar.button.isEnabled():
            self.bar.button.showMenu()

    def filtered(self, docs: list[dict]) -> list[dict]:
        """The documents of `docs` the filter lets through; the bar shows the counts and the
        values to choose from (call after the documents or their attributes changed)."""
        session = self.session
        if session is None:
            return docs
        self.bar.set_values(session.project.attribute_values())
        wanted = session.documents_in_filter()
        shown = docs if wanted is None else [d for d in docs if d["id"] in wanted]
        self.bar.show_filter(session.document_filter, len(shown), len(docs))
        self.clear_action.setEnabled(bool(session.document_filter))
        return shown

    def description(self) -> str:
        """``地区 = 湖州`` for the hints of the lists and panels ("" without a filter)."""
        if self.session is None:
            return ""
        return describe(self.session.document_filter, attribute_label)


__all__ = ["DocumentFilter"]
