"""The open project in the GUI: the GUI's only database client.

Every mutation goes through :meth:`ProjectSession.perform` (one core action) and every view
updates from the change record it emits (:class:`~desktop_app.core.project.Changes`). Undo and
redo are the library's (``Project.undo`` / ``redo``, the pointer kept in the project file), so a
reopened project continues where the user left off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.errors import BiaozhuError, NothingToUndo
from desktop_app.core.messages import Message
from desktop_app.core.project import Changes, Project, UndoStatus
from desktop_app.gui.i18n import render

RELOAD = Changes(None, [])  # "reload everything": a filter changed, or the project did wholesale


class ProjectSession(QObject):
    """The project a window shows, its filters, and the one write path."""

    changed = Signal(object)  # Changes: views update what they list
    filterChanged = Signal()  # which codes/coders the highlights show
    documentFilterChanged = Signal()  # which documents the lists, search and exports cover
    message = Signal(str)  # an error the user should read, in the UI language

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.code_filter: int | None = None
        self.coder_filter: int | None = None
        self.last_changes: Changes = RELOAD
        self._colours: dict[int, str] | None = None
        # attribute name -> value every listed document has (empty: every document)
        self.document_filter: dict[str, str] = {}
        self._in_filter: frozenset[int] | None = None

    @property
    def path(self) -> str:
        return str(self.project.path)

    def report(self, message: Message | str | BaseException) -> None:
        """Show a message (a core message is rendered in the UI language)."""
        self.message.emit(render(message))

    # -- writing ---------------------------------------------------------------------------

    def perform(self, label: Message | None, fn: Callable[[Project], Any]) -> Any:
        """Run ``fn(project)`` as one action (one undo step), labelled `label`, or by the one
        core call `fn` makes when `label` is None. None (and a message) on error; nothing is
        changed then."""
        try:
            if label is None:
                result = fn(self.project)
            else:
                with self.project.action(label):
                    result = fn(self.project)
        except BiaozhuError as e:
            self.report(e)
            return None
        self.notify(self.project.last_changes)
        return result

    def undo(self) -> Changes | None:
        return self._step(self.project.undo)

    def redo(self) -> Changes | None:
        return self._step(self.project.redo)

    def _step(self, fn: Callable[[], Changes]) -> Changes | None:
        try:
            changes = fn()
        except NothingToUndo:
            return None
        except BiaozhuError as e:
            self.report(e)
            self.notify(RELOAD)  # the step stays; views show what is there
            return None
        self.notify(changes)
        return changes

    def undo_status(self) -> UndoStatus:
        return self.project.undo_status()

    def last_action_id(self) -> int:
        return self.project.last_action_id()

    def adopt(self, since: int, label: Message | None = None) -> Changes:
        """Actions committed since action `since` elsewhere (a worker's connection, a panel
        writing on this one) become one undo step; views update from what they changed."""
        if self.project.live_steps_since(since) > 1:
            self.project.merge_steps(since + 1, label)
        changes = self.project.changes_since(since)
        self.notify(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        """Tell the views what changed (RELOAD: everything may have)."""
        self.last_changes = changes
        if changes.action_id is None or "codes" in changes.tables:
            self._colours = None
        if changes.action_id is None or changes.tables & {"documents", "document_attributes"}:
            self._in_filter = None
        self.changed.emit(changes)

    # -- reading ---------------------------------------------------------------------------

    def coding_delta(self) -> list[tuple[dict | None, dict | None]] | None:
        """(before, after) coding rows of the last change, or None when it touched more than
        codings (codes, documents ...), in which case views reload everything."""
        changes = self.last_changes
        if not changes.only("codings", "coders"):
            return None
        return [(r.before, r.after) for r in changes.of("codings")]

    def shows(self, coding: dict) -> bool:
        """Whether a coding row passes the code and coder filters."""
        return ((self.code_filter is None or coding["code_id"] == self.code_filter)
                and (self.coder_filter is None or coding["coder_id"] == self.coder_filter))

    def code_colours(self) -> dict[int, str]:
        if self._colours is None:
            self._colours = self.project.code_colours()
        return self._colours

    def set_filters(self, code_id: int | None, coder_id: int | None) -> None:
        self.code_filter, self.coder_filter = code_id, coder_id
        self.filterChanged.emit()
        self.notify(RELOAD)

    def set_document_filter(self, attributes: dict[str, str]) -> None:
        """Which documents the document list, segments, search, word counts and exports
        cover: those with every one of these attribute values (empty: all)."""
        self.document_filter = {k: v for k, v in attributes.items() if v is not None}
        self._in_filter = None
        self.documentFilterChanged.emit()

    def documents_in_filter(self) -> frozenset[int] | None:
        """Ids of the documents the document filter lets through (None: no filter)."""
        if not self.document_filter:
            return None
        if self._in_filter is None:
            self._in_filter = frozenset(self.project.matching_documents(self.document_filter) or ())
        return self._in_filter

    def coding_spans(self, document_id: int, coder: int | None = None, *,
                     after: tuple[int, int, int] | None = None,
                     limit: int | None = None) -> list[tuple]:
        """(start, end, id, code, has memo) of the codings a pane draws, after the code and
        coder filters (and `coder`: a pane restricted to one coder); `after`/`limit`: a page."""
        codes = None if self.code_filter is None else {self.code_filter}
        coders = None if self.coder_filter is None else {self.coder_filter}
        if coder is not None:
            coders = {coder} if coders is None or coder in coders else set()
        return self.project.coding_spans(document_id, codes, coders, after=after, limit=limit)

    def codings(self, document_id: int) -> list[dict[str, Any]]:
        """The codings a pane shows, after the code and coder filters."""
        codes = None if self.code_filter is None else [self.code_filter]
        coders = None if self.coder_filter is None else [self.coder_filter]
        return self.project.codings(document_id, codes, coders)
