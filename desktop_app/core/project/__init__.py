"""The project file: store, schema, history, documents, codebook, coders, codings.

The only code that writes project tables.
"""

from desktop_app.core.project.changes import Changes, RowChange
from desktop_app.core.project.history import HistoryEntry, UndoStatus
from desktop_app.core.project.project_file import (
    Project,
    backup_project,
    copy_project,
    create_project,
    open_project,
)
from desktop_app.core.project.store import PROJECT_SUFFIX, default_coder, now, remove_project_files

__all__ = ["Changes", "HistoryEntry", "RowChange", "UndoStatus", "PROJECT_SUFFIX", "Project", "backup_project", "copy_project", "create_project", "default_coder", "now",
           "open_project", "remove_project_files"]
