"""The open project in the GUI: its connection, the undo stack and the one write path."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project
from desktop_app.gui.commands import ActionCommand
from desktop_app.gui.core_messages import localise


class ProjectSession(QObject):
    """Every mutation goes through :meth:`perform`: one core action, one undo command."""

    changed = Signal()  # codings, codes or documents changed: views refresh
    filterChanged = Signal()  # which codes/coders the highlights show
    message = Signal(str)  # an error the user should read

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.code_filter: int | None = None
        self.coder_filter: int | None = None
        self._delta_action: int | None = None
        self._delta: list[tuple[dict | None, dict | None]] | None | bool = False
        self._colours: dict[int, str] | None = None

    @property
    def path(self) -> str:
        return str(self.project.path)

    def report(self, text: str) -> None:
        """Show a message; the core's English messages appear in the UI language."""
        self.message.emit(localise(text))

    def perform(self, label: str, fn: Callable[[Project], Any]) -> Any:
        """Run ``fn(project)`` as one action; push it for undo. None (and a message) on error."""
        before = self._last_action_id()
        try:
            with self.project.action(label):
                result = fn(self.project)
        except BiaozhuError as e:
            self.report(str(e))
            return None
        self.adopt(label, before)
        return result

    def adopt(self, label: str, before: int | None) -> None:
        """Push the action committed since `before` (e.g. by a worker thread) for undo."""
        last = self._last_action_id()
        if last is not None and last != before and self._has_changes(last):
            self.undo_stack.push(ActionCommand(self, label, last))
            self.notify(last)
        else:
            self.notify(None)

    def adopt_since(self, label: str, before: int | None) -> int:
        """Push every action committed since `before` (panels writing through this session's
        connection); several become one undo step. Nothing happens when there is none.
        Returns how many actions were pushed."""
        ids = [r[0] for r in self.project.conn.execute(
            "SELECT a.id FROM actions a WHERE a.id > ? AND a.kind = 'do' AND EXISTS "
            "(SELECT 1 FROM history h WHERE h.action_id = a.id) ORDER BY a.id",
            (before if before is not None else 0,))]
        known = self._stacked_actions()
        ids = [i for i in ids if i not in known]
        if not ids:
            return 0
        if len(ids) == 1:
            self.undo_stack.push(ActionCommand(self, label, ids[0]))
        else:
            self.undo_stack.beginMacro(label)
            for action_id in ids:
                self.undo_stack.push(ActionCommand(self, label, action_id))
            self.undo_stack.endMacro()
        self.notify(ids[-1] if len(ids) == 1 else None)
        return len(ids)

    def _stacked_actions(self) -> set[int]:
        found: set[int] = set()

        def walk(cmd) -> None:
            if isinstance(cmd, ActionCommand):
                found.add(cmd.action_id)
            for i in range(cmd.childCount()):
                walk(cmd.child(i))

        for i in range(self.undo_stack.count()):
            walk(self.undo_stack.command(i))
        return found

    def last_action_id(self) -> int | None:
        return self._last_action_id()

    def notify(self, action_id: int | None) -> None:
        """Tell the views that `action_id` changed the project (None: reload everything)."""
        self._delta_action, self._delta, self._colours = action_id, False, None
        self.changed.emit()

    def coding_delta(self) -> list[tuple[dict | None, dict | None]] | None:
        """(before, after) coding rows of the last change, or None when it touched more than
        codings (codes, documents ...), in which case views reload everything."""
        if self._delta is False:
            self._delta = None
            if self._delta_action is not None:
                conn = self.project.conn
                tables = {r[0] for r in conn.execute(
                    "SELECT DISTINCT table_name FROM history WHERE action_id=?", (self._delta_action,))}
                if tables <= {"codings", "coders"}:
                    self._delta = [
                        (None if b is None else json.loads(b), None if a is None else json.loads(a))
                        for b, a in conn.execute(
                            "SELECT before, after FROM history WHERE action_id=? AND "
                            "table_name='codings' ORDER BY id", (self._delta_action,))
                    ]
        return self._delta  # type: ignore[return-value]

    def shows(self, coding: dict) -> bool:
        """Whether a coding row passes the code and coder filters."""
        return ((self.code_filter is None or coding["code_id"] == self.code_filter)
                and (self.coder_filter is None or coding["coder_id"] == self.coder_filter))

    def code_colours(self) -> dict[int, str]:
        if self._colours is None:
            self._colours = dict(self.project.conn.execute("SELECT id, colour FROM codes"))
        return self._colours

    def set_filters(self, code_id: int | None, coder_id: int | None) -> None:
        self.code_filter, self.coder_filter = code_id, coder_id
        self.filterChanged.emit()
        self.notify(None)

    def _last_action_id(self) -> int | None:
        row = self.project.conn.execute("SELECT MAX(id) FROM actions").fetchone()
        return row[0]

    def _has_changes(self, action_id: int) -> bool:
        return bool(self.project.conn.execute(
            "SELECT 1 FROM history WHERE action_id=? LIMIT 1", (action_id,)).fetchone())

    def codings(self, document_id: int) -> list[dict[str, Any]]:
        """The codings a pane shows, after the code and coder filters."""
        codes = None if self.code_filter is None else [self.code_filter]
        coders = None if self.coder_filter is None else [self.coder_filter]
        return self.project.codings(document_id, codes, coders)
