"""When the project file was replaced, moved or deleted under the open window.

The write was refused (nothing half-written); the open connection still holds the state
the user worked on. Offer to save it as a new project and continue there.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import PROJECT_SUFFIX
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import render, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.core.project import Project

PROJECT_FILTER = "Biaozhu (*.biaozhu)"


def suggested_name(path: Path, word: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    return str(path.with_name(f"{path.stem}-{word}-{stamp}{PROJECT_SUFFIX}"))


def offer_save_copy(window: QWidget, project: Project) -> str | None:
    """Ask, save the current state as a new project, and return its path (None: declined)."""
    title = tr("Project file replaced")
    text = tr("The project file {0} was replaced, moved or deleted by another program while it "
              "was open. Your last change was not saved, and nothing was written into the other "
              "file.").format(project.path) + "\n\n" + tr(
              "Save the current state as a new project and continue there?")
    if not prompts.confirm(window, title, text):
        return None
    while True:
        target = prompts.save_file(window, tr("Save as new project"),
                                   suggested_name(Path(project.path), "rescued"), PROJECT_FILTER)
        if not target:
            return None
        if not target.endswith(PROJECT_SUFFIX):
            target += PROJECT_SUFFIX
        try:
            project.save_copy(target)
            return target
        except BiaozhuError as e:
            prompts.error(window, title, render(e))
