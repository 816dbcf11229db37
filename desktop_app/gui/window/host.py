"""What the window's helpers (file actions, text features) need of the main window.

They take the window as this protocol instead of importing MainWindow, so the window module
imports them and not the reverse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from desktop_app.core.project import Project
    from desktop_app.gui.panels.codebook import CodebookTree
    from desktop_app.gui.session import ProjectSession
    from desktop_app.gui.window.coding_actions import CodingActions
    from desktop_app.gui.window.document_filter_feature import DocumentFilter
    from desktop_app.gui.window.pane_area import PaneArea


class WindowHost(Protocol):
    session: ProjectSession | None
    panes: PaneArea | None
    tree: CodebookTree | None
    coding: CodingActions | None
    doc_filter: DocumentFilter
    coder: str
    language: str

    def make_action(self, name: str, slot: Any, keys: list | None = None) -> QAction: ...

    def set_project(self, project: Project | None, doc_ids: list[int] | None = None) -> None: ...

    def show_import_summary(self, results: list) -> None: ...

    def resizeDocks(self, docks: Sequence[QDockWidget], sizes: Sequence[int],  # noqa: N802
                    orientation: Qt.Orientation) -> None: ...
