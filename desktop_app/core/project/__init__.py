"""The project file: store, schema, history, documents, codebook, coders, codings.

The only code that writes project tables.
"""

from desktop_app.core.project.store import (
    PROJECT_SUFFIX,
    Project,
    copy_project,
    create_project,
    default_coder,
    now,
    open_project,
    remove_project_files,
)

__all__ = ["PROJECT_SUFFIX", "Project", "copy_project", "create_project", "default_coder", "now",
           "open_project", "remove_project_files"]
