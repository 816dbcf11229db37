"""Coding from a pane: by shortcut key, tree click or context menu; and editing the codings
under a highlight (remove, change code, memo). Each is one undoable action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_app.core.messages import Message
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import tr
from desktop_app.gui.models.codebook import swatch
from desktop_app.gui.session import ProjectSession

if TYPE_CHECKING:
    from desktop_app.gui.document.pane import DocumentPane


NAME_CHARS = 8  # a selection this short (a word or two) is proposed as the new code's name


def suggested_name(text: str) -> str:
    """The selected text as a code name when it is short (a word), else nothing."""
    name = " ".join(text.split())
    if not name or len(name) > NAME_CHARS or any(ch in name for ch in "，。；：！？、,.;:!?\n"):
        return ""
    return name


class CodingActions(QObject):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # more entries for a pane's context menu: fn(pane, menu, code-point offset under the mouse)
        self.menu_extenders: list[Callable[[DocumentPane, QMenu, int], None]] = []

    def attach(self, pane: DocumentPane) -> None:
        view = pane.view
        view.shortcutPressed.connect(lambda key: self.code_by_key(pane, key))
        view.setContextMenuPolicy(view.contextMenuPolicy().CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: self.build_menu(pane, pos).exec(view.viewport().mapToGlobal(pos)))

    # -- coding ---------------------------------------------------------------------------------

    def code_by_key(self, pane: DocumentPane, key: str) -> int | None:
        code_id = self.session.project.code_by_shortcut(key)
        if code_id is None:
            self.session.report(tr("No code has the shortcut key {0}; set one in the codebook's menu.")
                                .format(key))
            return None
        return self.code_selection(pane, code_id)

    def code_selection(self, pane: DocumentPane, code_id: int) -> int | None:
        """Code the pane's selection; the selection is then cleared (the cursor stays at its
        end) so that the new colour shows, and the status bar says what was coded."""
        span = pane.view.selection_span()
        if span is None or pane.document_id is None:
            self.session.report(tr("Select the text to code first."))
            return None
        doc = pane.document_id
        coding = self.session.perform(
            None, lambda p: p.add_coding(doc, code_id, span[0], span[1]))
        if coding is not None:
            pane.view.clear_selection()
            name = self.session.project.code(code_id)["name"]
            self.session.report(tr("Coded {0} characters as “{1}”.").format(span[1] - span[0], name))
            self._tell_if_hidden(pane, coding)
        return coding

    def _tell_if_hidden(self, pane: DocumentPane, coding_id: int) -> None:
        """A pane restricted to another coder does not show the coding just made there (it is
        the current coder's): its codings line says so, so that the key press is not lost."""
        if pane.coder_only is None:
            return
        row = self.session.project.coding(coding_id)
        if row["coder_id"] != pane.coder_only:
            pane.tell_hidden_coding(self.session.project.coder)
        else:  # shown: an earlier note is out of date
            pane.info.clear()

    def new_code_from_selection(self, pane: DocumentPane, name: str | None = None) -> int | None:
        span = pane.view.selection_span()
        if span is None or pane.document_id is None:
            return None
        text = self.session.project.document_text(pane.document_id)[span[0]:span[1]]
        suggested = suggested_name(text)
        if name is None:
            name = prompts.get_text(pane, tr("New code"), tr("Name of the new code:"), suggested)
        if not name or not name.strip():
            return None
        doc = pane.document_id
        key: list[str | None] = [None]

        made: list[int] = []

        def act(p):
            # the first free key 1-9, so that the next passage can be coded with it at once
            key[0] = p.next_free_shortcut()
            code_id = p.add_code(name, shortcut=key[0])
            made.append(p.add_coding(doc, code_id, span[0], span[1]))
            return code_id

        code_id = self.session.perform(Message("New code from selection"), act)
        if code_id is not None:
            pane.view.clear_selection()
        if code_id is not None and key[0] is not None:
            self.session.report(tr("New code “{0}”: press {1} to code a selection with it.")
                                .format(" ".join(name.split()), key[0]))
        if code_id is not None and made:
            self._tell_if_hidden(pane, made[0])
        return code_id

    # -- codings under a highlight ------------------------------------------------------------

    def remove(self, coding_id: int) -> None:
        self.session.perform(None, lambda p: p.remove_coding(coding_id))

    def recode(self, coding_id: int, code_id: int) -> None:
        self.session.perform(None, lambda p: p.recode(coding_id, code_id))

    def edit_memo(self, coding_id: int, memo: str | None = None, parent=None) -> None:
        if memo is None:
            current = self.session.project.coding(coding_id)["memo"]
            memo = prompts.get_text(parent, tr("Memo"), tr("Memo for this coding:"), current,
                                    multiline=True)
        if memo is not None:
            self.session.perform(None, lambda p: p.set_memo(coding_id, memo))

    # -- menu -------------------------------------------------------------------------------------

    def code_actions(self, menu: QMenu, slot) -> None:
        """One entry per code (swatch, indented by depth, shortcut key) calling slot(code id)."""
        self._code_actions(menu, slot)

    def _code_actions(self, menu: QMenu, slot) -> None:
        for c in self.session.project.codes(counts=False):
            label = "    " * c["depth"] + c["name"] + (f"\t{c['shortcut']}" if c["shortcut"] else "")
            act = QAction(swatch(c["colour"]), label, menu)
            act.triggered.connect(lambda _=False, cid=c["id"]: slot(cid))
            menu.addAction(act)

    def build_menu(self, pane: DocumentPane, pos: QPoint) -> QMenu:
        view = pane.view
        menu = QMenu(view)
        if view.selection_span() is not None:
            code_as = menu.addMenu(tr("Code as"))
            code_as.setObjectName("codeAsMenu")
            self._code_actions(code_as, lambda cid: self.code_selection(pane, cid))
            menu.addAction(tr("New code from selection…"), lambda: self.new_code_from_selection(pane))
            menu.addSeparator()
        u16 = view.cursorForPosition(pos).position()
        cp = view.omap.to_code_point(u16)
        for extend in self.menu_extenders:
            extend(pane, menu, cp)
        for c in pane.codings_at(cp):
            sub = menu.addMenu(swatch(c["colour"]), f"{c['code']} · {c['coder']}")
            sub.setObjectName(f"coding{c['id']}")
            if c["memo"]:
                sub.setToolTip(c["memo"])
            sub.addAction(tr("Remove coding"), lambda cid=c["id"]: self.remove(cid))
            change = sub.addMenu(tr("Change code"))
            self._code_actions(change, lambda code, cid=c["id"]: self.recode(cid, code))
            sub.addAction(tr("Edit memo…"), lambda cid=c["id"]: self.edit_memo(cid, parent=pane))
        if menu.isEmpty():
            menu.addAction(tr("Select text to code it")).setEnabled(False)
        return menu
