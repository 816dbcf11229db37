"""The project: the store with its documents, codebook, codings and history."""

from __future__ import annotations

import os
import sqlite3

from desktop_app.core.project.history import HistoryMixin
from desktop_app.core.project.merging import MergingMixin
from desktop_app.core.project.splitting import SplitMixin
from desktop_app.core.project.text_tables import TextTablesMixin


class Project(MergingMixin, SplitMixin, TextTablesMixin, HistoryMixin):
    """An open project file (see :class:`~desktop_app.core.project.store.Store`)."""

    def _setup_new(self) -> None:
        super()._setup_new()
        self.load_default_codebook()


def create_project(path: str | os.PathLike, coder: str | None = None) -> Project:
    return Project.create(path, coder=coder)


def open_project(path: str | os.PathLike, coder: str | None = None,
                 readonly: bool = False) -> Project:
    return Project.open(path, coder=coder, readonly=readonly)


def copy_project(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """A consistent copy of a project (WAL included), for backups and 'save as'."""
    with open_project(src, readonly=True) as p:
        dest = sqlite3.connect(dst)
        try:
            p.conn.backup(dest)
        finally:
            dest.close()
