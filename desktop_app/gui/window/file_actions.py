"""File menu work: new, open, import (on a worker), export to Excel (on a worker)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import PROJECT_SUFFIX, create_project, open_project
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import render, tr
from desktop_app.gui.ops import Op, Task, describe, in_dialog

if TYPE_CHECKING:
    from desktop_app.gui.window.host import WindowHost

PROJECT_FILTER = "Biaozhu (*.biaozhu)"
IMPORT_FILTER = "Text, Word (*.txt *.text *.md *.csv *.tsv *.docx);;All files (*)"


class FileActions(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window

    def new_project(self, path: str | None = None) -> bool:
        if path is None:
            path = prompts.save_file(self.window, tr("New project"), "project" + PROJECT_SUFFIX,
                                     PROJECT_FILTER)
        if not path:
            return False
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        try:
            project = create_project(path, coder=self.window.coder)
        except BiaozhuError as e:
            prompts.error(self.window, tr("New project"), render(e))
            return False
        self.window.set_project(project)
        return True

    def open_project(self, path: str | None = None) -> bool:
        if path is None:
            path = prompts.open_file(self.window, tr("Open project"), PROJECT_FILTER)
        if not path:
            return False
        try:
            project = open_project(path, coder=self.window.coder)
        except BiaozhuError as e:
            prompts.error(self.window, tr("Open project"), render(e))
            return False
        self.window.set_project(project)
        return True

    # -- import ---------------------------------------------------------------------------------

    def import_documents(self, paths: list[str] | None = None) -> Op | None:
        session = self.window.session
        if session is None:
            return None
        if paths is None:
            paths = prompts.open_files(self.window, tr("Import documents"), IMPORT_FILTER)
        if not paths:
            return None
        project_path, coder = session.path, session.project.coder
        before = session.last_action_id()

        def work(task: Task) -> list[Any]:
            from desktop_app.core.ingest.importer import import_files

            with open_project(project_path, coder=coder) as p:
                return import_files(p, paths, progress=task.progress)

        def done(results) -> None:
            session.adopt(before)
            self.window.show_import_summary(results)

        def failed(error: BaseException) -> None:
            session.adopt(before)
            prompts.error(self.window, tr("Import documents"), describe(error))

        op = Op(work).success(done).failure(failed)
        return in_dialog(self.window, op, tr("Importing documents…"))

    # -- export ---------------------------------------------------------------------------------

    def export_excel(self, out_path: str | None = None) -> Op | None:
        session = self.window.session
        if session is None:
            return None
        try:
            from desktop_app.core.interchange.xlsx_export import export_workbook
        except ImportError:
            prompts.error(self.window, tr("Export to Excel"),
                          tr("The Excel export is not available in this version."))
            return None
        if out_path is None:
            suggested = str(Path(session.path).with_suffix(".xlsx"))
            out_path = prompts.save_file(self.window, tr("Export to Excel"), suggested,
                                         "Excel (*.xlsx)")
        if not out_path:
            return None
        if not out_path.lower().endswith(".xlsx"):
            out_path += ".xlsx"
        project_path = session.path
        lang = "zh" if self.window.language == "zh_CN" else "en"

        def work(task: Task):
            return export_workbook(project_path, out_path, lang=lang,
                                   progress=lambda d, t, *_: task.progress(d, t))

        def done(_result) -> None:
            folder = os.path.dirname(os.path.abspath(out_path))
            text = tr("Exported to {0}.\n\nOpen the folder that contains it?").format(out_path)
            if prompts.confirm(self.window, tr("Export to Excel"), text):
                prompts.open_folder(folder)

        def failed(error: BaseException) -> None:
            prompts.error(self.window, tr("Export to Excel"), describe(error))

        op = Op(work).success(done).failure(failed)
        return in_dialog(self.window, op, tr("Exporting to Excel…"))
