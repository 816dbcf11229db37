"""The "Compare coders" dock of the main window (issue 11, item 4): built once per window,
its panel made on first show for the project the window has open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMenu

from desktop_app.gui.i18n import tr
from desktop_app.gui.panels.compare import ComparePanel

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession

DOCK_HEIGHT = 340


def _placeholder(parent) -> QLabel:
    label = QLabel(tr("Open a project to use this panel."), parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class CompareFeature(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.panel: ComparePanel | None = None
        self.dock = window._dock(_placeholder(window), "compareDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        window.tabifyDockWidget(window.seg_dock, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda visible: visible and self._ensure())
        window.seg_dock.raise_()
        self.action = window.make_action("actionCompareCoders", self.show)
        self.action.setEnabled(False)

    def build_menus(self, menu: QMenu, docks_menu: QMenu) -> None:
        menu.addAction(self.action)
        docks_menu.addAction(self.dock.toggleViewAction())

    def retranslate(self) -> None:
        self.action.setText(tr("&Compare coders…"))
        self.dock.setWindowTitle(tr("Compare coders"))
        if self.panel is not None:
            self.panel.retranslate()
        elif isinstance(self.dock.widget(), QLabel):
            self.dock.widget().setText(tr("Open a project to use this panel."))

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        old, self.panel = self.panel, None
        if old is not None:
            self.dock.setWidget(_placeholder(self.window))
            old.hide()
            old.deleteLater()  # a running read outlives its panel (gui/ops.py)
        self.action.setEnabled(session is not None)
        if session is not None and self.dock.isVisible():
            self._ensure()

    def coder_changed(self) -> None:
        if self.panel is not None:
            self.panel.coder_changed()

    def _ensure(self) -> ComparePanel | None:
        if self.session is None:
            return None
        if self.panel is None:
            self.panel = ComparePanel(self.session, self.window)
            self.panel.jumpRequested.connect(self.window.jump_to)
            self.dock.setWidget(self.panel)
        return self.panel

    def show(self) -> ComparePanel | None:
        first = not self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        if first and self.dock.height() < DOCK_HEIGHT:
            self.window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        return self._ensure()


__all__ = ["CompareFeature"]
