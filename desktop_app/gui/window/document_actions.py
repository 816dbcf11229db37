"""The Document menu (and the document list's context menu): split here, split at headings,
rename, delete, attributes. Each is one undoable action through ``session.perform``.

The document is the active pane's (Split here needs its cursor), else the one selected in the
document list; the list's context menu acts on the row under the mouse. Offsets are code points
into the stored text: the pane's cursor is converted at this boundary (an astral character such
as 𠮷 counts once). A split or its undo changes a document's text, so the panes showing a changed
document show it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu

from desktop_app.core.messages import Message
from desktop_app.core.project import Changes
from desktop_app.core.text.headings import headings
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.dialogs.attributes import AttributesDialog
from desktop_app.gui.dialogs.split_preview import SplitPreviewDialog
from desktop_app.gui.i18n import render, tr

if TYPE_CHECKING:
    from desktop_app.gui.document.pane import DocumentPane
    from desktop_app.gui.panels.documents import DocumentList
    from desktop_app.gui.session import ProjectSession
    from desktop_app.gui.window.coding_actions import CodingActions
    from desktop_app.gui.window.host import WindowHost


class DocumentActions(QObject):
    """Built once per window; follows ``window.session``."""

    def __init__(self, window: WindowHost, doc_list: DocumentList) -> None:
        super().__init__(window)
        self.window = window
        self.doc_list = doc_list
        A = window.make_action  # noqa: N806
        self.act_split_here = A("actionSplitHere", lambda: self.split_here())
        self.act_split_headings = A("actionSplitAtHeadings", lambda: self.split_at_headings())
        self.act_rename = A("actionRenameDocument", lambda: self.rename())
        self.act_delete = A("actionDeleteDocument", lambda: self.delete())
        self.act_attributes = A("actionDocumentAttributes", lambda: self.edit_attributes())
        self.menu: QMenu | None = None
        doc_list.menu_builders.append(self._list_menu)

    def build_menu(self, before: QMenu) -> None:
        """The Document menu, placed before `before` in the menu bar."""
        w = self.window
        self.menu = QMenu(w)  # type: ignore[arg-type]
        self.menu.setObjectName("documentMenu")
        w.menuBar().insertMenu(before.menuAction(), self.menu)
        for a in (self.act_split_here, self.act_split_headings, None, self.act_rename,
                  self.act_delete, None, self.act_attributes):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        self.menu.aboutToShow.connect(self._enable)
        self.retranslate()

    def retranslate(self) -> None:
        for act, text in ((self.act_split_here, tr("&Split here")),
                          (self.act_split_headings, tr("Split at &headings…")),
                          (self.act_rename, tr("&Rename document…")),
                          (self.act_delete, tr("&Delete document…")),
                          (self.act_attributes, tr("&Attributes…"))):
            act.setText(text)
        if self.menu is not None:
            self.menu.setTitle(tr("&Document"))

    def _enable(self) -> None:
        pane = self._pane()
        self.act_split_here.setEnabled(pane is not None)
        self.act_split_headings.setEnabled(pane is not None)
        has_doc = self.current_document() is not None
        for a in (self.act_rename, self.act_delete, self.act_attributes):
            a.setEnabled(has_doc)

    # -- following the session ----------------------------------------------------------------

    @property
    def session(self) -> ProjectSession | None:
        return self.window.session

    def attach(self, session: ProjectSession, coding: CodingActions) -> None:
        """Called when the window shows a project: follow its change records, and offer
        Split here in its panes' context menus (at the character under the mouse)."""
        session.changed.connect(self._changed)
        coding.menu_extenders.append(self._pane_menu)

    def _pane_menu(self, pane: DocumentPane, menu: QMenu, cp: int) -> None:
        doc_id = pane.document_id
        if doc_id is None or self.session is None:
            return
        menu.addAction(tr("&Split here"), lambda: self._split(doc_id, [cp]))
        menu.addSeparator()

    def _changed(self, changes: Changes) -> None:
        """Panes showing a document whose row changed (a split, its undo) show it again."""
        panes = self.window.panes
        session = self.window.session
        if panes is None or session is None:
            return
        ids = changes.ids("documents")
        texts = {r.row_id for r in changes.of("documents")
                 if (r.before or {}).get("sha256") != (r.after or {}).get("sha256")}
        for pane in panes.panes:
            if pane.document_id in ids and pane.document_id in texts:
                if session.project.has_document(pane.document_id):
                    pane.show_document(pane.document_id)
                else:
                    pane.clear()

    # -- which document -----------------------------------------------------------------------

    def _pane(self) -> DocumentPane | None:
        panes = self.window.panes
        pane = panes.active if panes is not None else None
        return pane if pane is not None and pane.document_id is not None else None

    def current_document(self) -> int | None:
        pane = self._pane()
        if pane is not None:
            return pane.document_id
        index = self.doc_list.currentIndex()
        if index.isValid():
            return int(self.doc_list.model_.docs[index.row()]["id"])
        return None

    def _title(self, doc_id: int) -> str:
        assert self.session is not None
        return str(self.session.project.document(doc_id)["title"])

    # -- splitting ----------------------------------------------------------------------------

    def split_here(self, pane: DocumentPane | None = None) -> list[int] | None:
        """Split the pane's document at its cursor (the start of a selection)."""
        pane = pane or self._pane()
        session = self.session
        if pane is None or session is None or pane.document_id is None:
            return None
        view = pane.view
        c = view.textCursor()
        offset = view.omap.to_code_point(c.selectionStart() if c.hasSelection() else c.position())
        return self._split(pane.document_id, [offset])

    def split_at_headings(self, doc_id: int | None = None, dialog_hook=None) -> list[int] | None:
        """Propose cuts at the document's headings; split at the ones the user keeps.
        `dialog_hook(dialog)` (tests) runs instead of the modal loop and returns accept or not."""
        session = self.session
        doc_id = doc_id if doc_id is not None else self.current_document()
        if session is None or doc_id is None:
            return None
        text = session.project.document_text(doc_id)
        found = headings(text)
        title = self._title(doc_id)
        if not found:
            prompts.info(self.window, tr("Split at headings"),  # type: ignore[arg-type]
                         tr("No headings found in “{0}”. Put the cursor where a part should "
                            "begin and use Document ▸ Split here.").format(title))
            return None
        dlg = SplitPreviewDialog(title, text, found, self.window)  # type: ignore[arg-type]
        try:
            accepted = dialog_hook(dlg) if dialog_hook else dlg.exec() == QDialog.DialogCode.Accepted
            if not accepted:
                return None
            offsets, titles = dlg.offsets(), dlg.titles()
        finally:
            dlg.deleteLater()
        return self._split(doc_id, offsets, titles)

    def _split(self, doc_id: int, offsets: list[int], titles: list[str] | None = None) -> list[int] | None:
        session = self.session
        assert session is not None
        result = session.perform(None, lambda p: p.split_document(doc_id, offsets, titles))
        if result is None:
            return None
        notes = [render(m) for m in result.report]
        session.message.emit(" · ".join(
            [tr("Split into {0} documents").format(len(result.document_ids)), *notes]))
        return list(result.document_ids)

    # -- rename, delete, attributes -----------------------------------------------------------

    def rename(self, doc_id: int | None = None) -> bool:
        session = self.session
        doc_id = doc_id if doc_id is not None else self.current_document()
        if session is None or doc_id is None:
            return False
        old = self._title(doc_id)
        title = prompts.get_text(self.window, tr("Rename document"),  # type: ignore[arg-type]
                                 tr("New title:"), old)
        if title is None or title.strip() == old:
            return False
        return bool(session.perform(None, lambda p: p.rename_document(doc_id, title) or True))

    def delete(self, doc_id: int | None = None) -> bool:
        """Delete a document after stating what goes with it (undo brings it all back)."""
        session = self.session
        doc_id = doc_id if doc_id is not None else self.current_document()
        if session is None or doc_id is None:
            return False
        impact = session.project.document_delete_impact(doc_id)
        text = tr("Delete “{0}” with its {1} coding(s) and {2} attribute(s)? "
                  "Edit ▸ Undo brings it back.").format(
            self._title(doc_id), impact["codings"], impact["attributes"])
        if not prompts.confirm(self.window, tr("Delete document"), text):  # type: ignore[arg-type]
            return False
        return bool(session.perform(None, lambda p: p.delete_document(doc_id) is not None))

    def edit_attributes(self, doc_id: int | None = None, dialog_hook=None) -> bool:
        """The attributes dialog; OK writes every change as one undoable action."""
        session = self.session
        doc_id = doc_id if doc_id is not None else self.current_document()
        if session is None or doc_id is None:
            return False
        p = session.project
        known: dict[str, list[str]] = {}
        for attrs in p.all_attributes().values():
            for name, value in attrs.items():
                known.setdefault(name, []).append(value)
        title = self._title(doc_id)
        dlg = AttributesDialog(title, p.attributes(doc_id), known, self.window)  # type: ignore[arg-type]
        try:
            accepted = dialog_hook(dlg) if dialog_hook else dlg.exec() == QDialog.DialogCode.Accepted
            if not accepted:
                return False
            values, removed = dlg.changes()
        finally:
            dlg.deleteLater()
        if not values and not removed:
            return False

        def write(project) -> bool:
            for name in removed:
                project.remove_attribute(doc_id, name)
            for name, value in values.items():
                project.set_attribute(doc_id, name, value)
            return True

        return bool(session.perform(Message("Edit attributes of {title}", title=title), write))

    # -- the document list's context menu -----------------------------------------------------

    def _list_menu(self, menu: QMenu, doc_id: int) -> None:
        if self.session is None:
            return
        menu.addAction(tr("Split at &headings…"), lambda: self.split_at_headings(doc_id))
        menu.addSeparator()
        menu.addAction(tr("&Rename document…"), lambda: self.rename(doc_id))
        menu.addAction(tr("&Delete document…"), lambda: self.delete(doc_id))
        menu.addSeparator()
        menu.addAction(tr("&Attributes…"), lambda: self.edit_attributes(doc_id))
