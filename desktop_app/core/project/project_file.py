"""The project: the store with its documents, codebook, codings and history."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import ProjectFileError
from desktop_app.core.messages import Message
from desktop_app.core.project import trust
from desktop_app.core.project.analysis_rows import AnalysisRowsMixin
from desktop_app.core.project.debris import clean_folder
from desktop_app.core.project.history import HistoryMixin
from desktop_app.core.project.memos import MemosMixin
from desktop_app.core.project.merging import MergingMixin
from desktop_app.core.project.splitting import SplitMixin
from desktop_app.core.project.text_tables import TextTablesMixin


class Project(MemosMixin, AnalysisRowsMixin, MergingMixin, SplitMixin, TextTablesMixin,
              HistoryMixin):
    """An open project file (see :class:`~desktop_app.core.project.store.Store`)."""

    def _setup_new(self) -> None:
        super()._setup_new()
        self.load_default_codebook()


def create_project(path: str | os.PathLike, coder: str | None = None) -> Project:
    return Project.create(path, coder=coder)


def open_project(path: str | os.PathLike, coder: str | None = None,
                 readonly: bool = False, same_as: Project | None = None) -> Project:
    return Project.open(path, coder=coder, readonly=readonly, same_as=same_as)


def copy_project(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """A consistent copy of a project (WAL included), for backups and 'save as'."""
    backup_project(src, dst)


def backup_project(src: str | os.PathLike, dst: str | os.PathLike,
                   drop_foreign: bool = False) -> Path:
    """A consistent copy of `src` at `dst` with SQLite's backup API, also while another
    program writes to it (the copy is one snapshot). `dst` must not exist; it appears only
    when complete. `drop_foreign`: copy a file that holds triggers, views or tables Biaozhu
    did not make without them (the user's consent to :func:`trust.clean_copy`)."""
    out = Path(dst)
    if out.exists():
        raise ProjectFileError(Message("{file}: already exists; choose another name", file=out))
    if not out.parent.is_dir():
        raise ProjectFileError(Message("{file}: the folder {folder} does not exist", file=out, folder=out.parent))
    clean_folder(out.parent, stem=out.stem)
    if drop_foreign:
        trust.clean_copy(Path(src), out)
        return out
    with open_project(src, readonly=True) as p:
        return p.save_copy(out)
