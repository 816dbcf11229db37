"""Errors a user can act on. Their message is shown as it is, never with a traceback."""


class BiaozhuError(Exception):
    """A problem the user can understand and fix (bad file, unknown code, ...)."""


class ProjectFileError(BiaozhuError):
    """The project file cannot be opened or written."""


class NeedsUpgrade(ProjectFileError):
    """A read-only open of a project whose schema is older than this version's."""


class ImportRefused(BiaozhuError):
    """One input file was refused; the others of the same import still go in."""


class UndoConflict(BiaozhuError):
    """An action cannot be undone/redone because the data changed since."""
