"""Errors a user can act on. Each carries a :class:`Message`; ``str()`` is its English text.

They are shown as they are (the GUI translates the message), never with a traceback.
"""

from __future__ import annotations

from desktop_app.core.messages import Message, as_message


class BiaozhuError(Exception):
    """A problem the user can understand and fix (bad file, unknown code, ...)."""

    def __init__(self, message: Message | str) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


class ProjectFileError(BiaozhuError):
    """The project file cannot be opened or written."""


class NeedsUpgrade(ProjectFileError):
    """A read-only open of a project whose schema is older than this version's."""


class ImportRefused(BiaozhuError):
    """One input file was refused; the others of the same import still go in."""


class UndoConflict(BiaozhuError):
    """An action cannot be undone/redone because the data changed since."""


class NothingToUndo(BiaozhuError):
    """Undo (or redo) was asked for with nothing left to undo (redo)."""


class DuplicateCoding(BiaozhuError):
    """The same passage already has that code from this coder."""

    def __init__(self, message: Message | str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id
