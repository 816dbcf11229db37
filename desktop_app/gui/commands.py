"""Undo commands. Each wraps one core action: the action has already been performed and
committed when the command is pushed; undo/redo replay the project's own history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop_app.core.errors import BiaozhuError

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession


class ActionCommand(QUndoCommand):
    """One committed project action on the undo stack.

    The first redo (made by QUndoStack.push) does nothing because the action is already
    committed; undo calls ``project.undo(action_id)`` and a later redo
    ``project.redo(action_id)``. If the data changed underneath (another program), the
    command reports it and drops out of the stack instead of corrupting anything.
    """

    def __init__(self, session: ProjectSession, label: str, action_id: int) -> None:
        super().__init__(label)
        self.session = session
        self.action_id = action_id
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._replay(self.session.project.redo)

    def undo(self) -> None:
        self._replay(self.session.project.undo)

    def _replay(self, fn) -> None:
        try:
            new_id = fn(self.action_id)
        except BiaozhuError as e:
            self.setObsolete(True)
            self.session.report(str(e))
            new_id = None
        self.session.notify(new_id)
