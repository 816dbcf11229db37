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


class ProjectFileReplaced(ProjectFileError):
    """The path no longer names the file this program opened (replaced, moved or deleted).

    Nothing was written. The open connection still holds the state the program knew, which
    can be saved as a new project (:meth:`Store.save_copy`).
    """


class DiskFull(ProjectFileError):
    """The disk (or the folder's quota) is full; the write was rolled back."""


class ReadOnlyLocation(ProjectFileError):
    """The project (or its folder) cannot be written; it can be opened read-only."""


class UntrustedProject(ProjectFileError):
    """The file holds schema objects (triggers, views, tables) that Biaozhu did not make.

    ``objects`` lists them as (type, name); a cleaned copy can be made with consent
    (:func:`desktop_app.core.project.trust.clean_copy`).
    """

    def __init__(self, message: Message | str, objects: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.objects = objects


class DamagedProject(ProjectFileError):
    """SQLite's own check (quick_check) found the file damaged."""


class InvalidRow(BiaozhuError):
    """A row of the project file breaks the rules Biaozhu keeps (crafted or damaged)."""


class InvalidName(BiaozhuError):
    """A code or coder name that cannot be used (control characters, too long, ...)."""


class InvalidText(BiaozhuError):
    """A text that cannot be stored (lone surrogates from undecodable input)."""
