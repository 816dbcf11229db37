"""File menu work: new, open, import, export to Excel or REFI-QDA, merge, back up (each on
a worker), and what to do when the project file was replaced under the window."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.core.errors import BiaozhuError, ReadOnlyLocation
from desktop_app.core.project import PROJECT_SUFFIX, create_project, open_project
from desktop_app.gui.dialogs import project_replaced, prompts
from desktop_app.gui.i18n import render, tr
from desktop_app.gui.ops import Op, Task, describe, in_dialog

if TYPE_CHECKING:
    from desktop_app.gui.window.host import WindowHost

log = logging.getLogger(__name__)
PROJECT_FILTER = "Biaozhu (*.biaozhu)"
MAX_LISTED = 20  # problems listed when a project opens
IMPORT_FILTER = ("Documents (*.txt *.text *.md *.markdown *.csv *.tsv *.docx *.pdf *.html *.htm *.xhtml);;"
                 "PDF (*.pdf);;Web pages (*.html *.htm *.xhtml);;Text, Markdown (*.txt *.text *.md *.markdown);;"
                 "Word (*.docx);;All files (*)")
REFI_FILTER = "REFI-QDA project (*.qdpx);;REFI-QDA codebook (*.qdc)"
MERGE_FILTER = "Biaozhu, REFI-QDA (*.biaozhu *.qdpx *.qdc)"


class FileActions(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.merge_op: Op | None = None  # the merge a preview started, if any
        self._rescuing = False

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
            try:
                project = open_project(path, coder=self.window.coder)
            except ReadOnlyLocation:  # a read-only folder or file: read it, say so
                project = open_project(path, coder=self.window.coder, readonly=True)
        except BiaozhuError as e:
            prompts.error(self.window, tr("Open project"), render(e))
            return False
        except Exception as e:  # noqa: BLE001 - a hostile file must never end the app
            log.exception("opening %s", path)
            prompts.error(self.window, tr("Open project"),
                          tr("{0} cannot be opened ({1}).").format(path, type(e).__name__))
            return False
        try:
            self.window.set_project(project)
        except Exception as e:  # noqa: BLE001 - idem: show the problem, keep the window
            log.exception("showing %s", path)
            self.window.set_project(None)
            prompts.error(self.window, tr("Open project"),
                          tr("{0} cannot be shown ({1}).").format(path, render(e)))
            return False
        self._report_open(project)
        return True

    def _report_open(self, project) -> None:
        """Read-only notices and the rows a crafted or damaged file holds (left out)."""
        notes = [render(m) for m in project.notices]
        problems = [render(m) for m in project.problems]
        if not notes and not problems:
            return
        text = "\n".join(notes)
        if problems:
            shown = problems[:MAX_LISTED]
            if len(problems) > MAX_LISTED:
                shown.append("…")
            text += ("\n\n" if text else "") + tr(
                "These rows of the project file break Biaozhu's rules and are left out "
                "everywhere (lists, the text, exports):") + "\n" + "\n".join(shown)
        prompts.info(self.window, tr("Open project"), text)

    # -- the file changed under the window --------------------------------------------------------

    def check_file(self) -> bool:
        """After a refused write: when the path no longer names the file this window opened,
        offer to save the current state as a new project and continue there. True when the
        file is fine (or nothing is open)."""
        session = self.window.session
        if session is None or session.project.readonly or session.project.file_is_ours():
            return True
        if self._rescuing:
            return False
        self._rescuing = True
        try:
            target = project_replaced.offer_save_copy(self.window, session.project)
            if target:
                self.open_project(target)
        finally:
            self._rescuing = False
        return False

    def backup_project(self, out_path: str | None = None) -> Op | None:
        """File ▸ Back up project…: a consistent copy (SQLite's backup API) on a worker."""
        session = self.window.session
        if session is None:
            return None
        if out_path is None:
            suggested = project_replaced.suggested_name(Path(session.path), "backup")
            out_path = prompts.save_file(self.window, tr("Back up project"), suggested,
                                         PROJECT_FILTER)
        if not out_path:
            return None
        if not out_path.endswith(PROJECT_SUFFIX):
            out_path += PROJECT_SUFFIX
        project_path = session.path

        def work(task: Task):
            from desktop_app.core.project import backup_project

            return backup_project(project_path, out_path)

        def done(_result) -> None:
            prompts.info(self.window, tr("Back up project"),
                         tr("Backed up to {0}.").format(out_path))

        def failed(error: BaseException) -> None:
            prompts.error(self.window, tr("Back up project"), describe(error))

        op = Op(work).success(done).failure(failed)
        return in_dialog(self.window, op, tr("Backing up the project…"))

    # -- import ---------------------------------------------------------------------------------

    @staticmethod
    def dropped_paths(mime: Any) -> list[str]:
        """Local files and folders in a drag (URLs of other kinds are not taken)."""
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def drop(self, paths: list[str]) -> Op | None:
        """A project file dropped alone opens it; anything else is imported (folders too)."""
        if len(paths) == 1 and paths[0].endswith(PROJECT_SUFFIX) and os.path.isfile(paths[0]):
            self.open_project(paths[0])
            return None
        if self.window.session is None:
            prompts.error(self.window, tr("Import documents"), tr("Open or create a project first."))
            return None
        return self.import_documents(paths)

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

            # the worker's own connection, to the file this window opened (never to one that
            # replaced it meanwhile)
            with open_project(project_path, coder=coder, same_as=session.project) as p:
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

    def export_excel(self, out_path: str | None = None, codes: list[int] | None = None,
                     coders: list[str] | None = None, lang: str | None = None,
                     attributes: dict[str, str] | None = None) -> Op | None:
        """Export to Excel; without `out_path`, the export dialog asks for the file and the
        command line's choices (codes, coders, header language, the documents of the window's
        document filter)."""
        session = self.window.session
        if session is None:
            return None
        try:
            from desktop_app.core.interchange.xlsx_export import export_workbook
        except ImportError:
            prompts.error(self.window, tr("Export to Excel"),
                          tr("The Excel export is not available in this version."))
            return None
        lang = lang or ("zh" if self.window.language == "zh_CN" else "en")
        if out_path is None:
            from desktop_app.gui import settings

            p = session.project
            suggested = settings.suggested_path(str(Path(session.path).with_suffix(".xlsx")))
            choice = prompts.export_options(self.window, p.codes(),
                                            [k["name"] for k in p.coders()], suggested, lang,
                                            session.document_filter,
                                            self.window.doc_filter.description())
            if choice is None:
                return None
            out_path, codes, coders, lang = choice.path, choice.codes, choice.coders, choice.lang
            attributes = choice.attributes
            settings.remember_folder(out_path)
        if not out_path:
            return None
        if not out_path.lower().endswith(".xlsx"):
            out_path += ".xlsx"
        project_path = session.path
        chosen_codes: list[str | int] | None = list(codes) if codes is not None else None

        def work(task: Task):
            return export_workbook(project_path, out_path, lang=lang, codes=chosen_codes,
                                   coders=coders, attributes=attributes, progress=lambda d, t, *_: task.progress(d, t))

        def done(_result) -> None:
            folder = os.path.dirname(os.path.abspath(out_path))
            text = tr("Exported to {0}.\n\nOpen the folder that contains it?").format(out_path)
            if prompts.confirm(self.window, tr("Export to Excel"), text):
                prompts.open_folder(folder)

        def failed(error: BaseException) -> None:
            prompts.error(self.window, tr("Export to Excel"), describe(error))

        op = Op(work).success(done).failure(failed)
        return in_dialog(self.window, op, tr("Exporting to Excel…"))

    def export_refi(self, out_path: str | None = None) -> Op | None:
        """File ▸ Export to REFI-QDA: the project (.qdpx) or the codebook (.qdc)."""
        session = self.window.session
        if session is None:
            return None
        title = tr("Export to REFI-QDA")
        if out_path is None:
            suggested = str(Path(session.path).with_suffix(".qdpx"))
            out_path = prompts.save_file(self.window, title, suggested, REFI_FILTER)
        if not out_path:
            return None
        if not out_path.lower().endswith((".qdpx", ".qdc")):
            out_path += ".qdpx"
        project_path = session.path

        def work(task: Task):
            from desktop_app.core.interchange.refi_export import export_qdc, export_qdpx

            if out_path.lower().endswith(".qdc"):
                return export_qdc(project_path, out_path)
            return export_qdpx(project_path, out_path,
                               progress=lambda d, t, *_: task.progress(d, t))

        def done(_result) -> None:
            text = tr("Exported to {0}.\n\nOpen the folder that contains it?").format(out_path)
            if prompts.confirm(self.window, title, text):
                prompts.open_folder(os.path.dirname(os.path.abspath(out_path)))

        def failed(error: BaseException) -> None:
            prompts.error(self.window, title, describe(error))

        op = Op(work).success(done).failure(failed)
        return in_dialog(self.window, op, tr("Exporting to REFI-QDA…"))

    # -- merge ----------------------------------------------------------------------------------

    def merge(self, other: str | None = None) -> Op | None:
        """File ▸ Merge…: read the other file on a worker (a dry run), show what would come
        in, then merge it on a worker (one undoable action) if the user agrees."""
        session = self.window.session
        if session is None:
            return None
        title = tr("Merge")
        if other is None:
            other = prompts.open_file(self.window, title, MERGE_FILTER)
        if not other:
            return None
        project_path, coder = session.path, session.project.coder
        self.merge_op = None

        def preview(task: Task):
            from desktop_app.core.interchange.merge import merge

            with open_project(project_path, coder=coder, readonly=True) as p:
                return merge(p, other, dry_run=True)

        def failed(error: BaseException) -> None:
            prompts.error(self.window, title, describe(error))

        def ask(report) -> None:
            from desktop_app.gui.dialogs import merge_preview

            if merge_preview.confirm_merge(self.window, report):
                self.merge_op = self._merge(project_path, coder, other, failed)

        def previewed(report) -> None:  # after the progress dialog has closed
            QTimer.singleShot(0, lambda: ask(report))

        op = Op(preview).success(previewed).failure(failed)
        return in_dialog(self.window, op, tr("Reading {0}…").format(os.path.basename(other)))

    def _merge(self, project_path: str, coder: str, other: str,
               failed: Callable[[BaseException], None]) -> Op:
        session = self.window.session
        before = session.last_action_id()

        def work(task: Task):
            from desktop_app.core.interchange.merge import merge

            with open_project(project_path, coder=coder, same_as=session.project) as p:
                return merge(p, other)

        def done(report) -> None:
            session.adopt(before)
            prompts.info(self.window, tr("Merge"), "\n".join(render(m) for m in report.lines()))

        def fail(error: BaseException) -> None:
            session.adopt(before)
            failed(error)

        op = Op(work).success(done).failure(fail)
        return in_dialog(self.window, op, tr("Merging {0}…").format(os.path.basename(other)))
