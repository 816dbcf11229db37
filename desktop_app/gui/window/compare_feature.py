"""The "Compare coders" dock of the main window (issue 11, item 4): built once per window,
its panel made on first show for the project the window has open.

Side by side: the document in two adjacent panes, the left restricted to coder A's codings
and the right to coder B's (``DocumentPane.set_coder_only``), scrolled together
(window/linked_panes.py). Pressed again, the same two panes are reused; while they are
linked, a click on a disagreement of their document flashes the passage in both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMenu
from shiboken6 import isValid

from desktop_app.gui.i18n import tr
from desktop_app.gui.panels.compare import ComparePanel
from desktop_app.gui.window.linked_panes import ScrollLink

if TYPE_CHECKING:
    from desktop_app.gui.document.pane import DocumentPane
    from desktop_app.gui.session import ProjectSession

DOCK_HEIGHT = 340
PAIR_SHARE = 0.7  # of the panes' width, for the two compared panes when others are open
COMPARED_WIDTH = 320  # pixels: narrower, the pane beside is used rather than a new one


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
        self.link: ScrollLink | None = None  # the side-by-side panes, while they are linked
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
        if self.link is not None:
            self.link.unlink()
            self.link = None
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
            self.panel.jumpRequested.connect(self.jump_to)
            self.panel.sideBySideRequested.connect(self.side_by_side)
            self.dock.setWidget(self.panel)
        return self.panel

    def show(self) -> ComparePanel | None:
        first = not self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        if first and self.dock.height() < DOCK_HEIGHT:
            self.window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        return self._ensure()

    # -- side by side ------------------------------------------------------------------------------

    def linked_panes(self) -> tuple[DocumentPane, DocumentPane] | None:
        """The side-by-side panes (coder A's, coder B's) while they scroll together."""
        link = self.link
        if link is None or not link.active:
            return None
        return link.panes()

    def jump_to(self, doc_id: int, start: int, end: int) -> None:
        """A disagreement clicked: in both side-by-side panes when they show its document."""
        pair = self.linked_panes()
        if pair is None or pair[0].document_id != doc_id:
            self.window.jump_to(doc_id, start, end)
            return
        for pane in pair:
            pane.flash(start, end)
        pair[0].view.setFocus()

    def side_by_side(self, coder_a: str, coder_b: str,
                     row: dict[str, Any] | None = None) -> tuple[DocumentPane, DocumentPane] | None:
        """Show the disagreement's document (`row`; else the active pane's) in two panes next
        to each other: coder A's codings on the left, B's on the right, scrolled together."""
        panes, session = self.window.panes, self.session
        if panes is None or session is None:
            return None
        p = session.project
        ids = p.coder_id(coder_a, create=False), p.coder_id(coder_b, create=False)
        if ids[0] is None or ids[1] is None or ids[0] == ids[1]:
            return None
        if row is not None:
            doc_id: int | None = row["document_id"]
        else:
            active = panes.active
            doc_id = active.document_id if active is not None else None
        if doc_id is None:
            session.report(tr("Open a document or select a disagreement first."))
            return None
        left, right = self._pair_for(doc_id)
        for pane, coder in ((left, ids[0]), (right, ids[1])):
            pane.set_coder_only(coder)
            if pane.document_id != doc_id:
                pane.show_document(doc_id)
        self._share_width(left, right)
        link = self.link = ScrollLink(left, right, panes)
        link.unlinked.connect(lambda: self._link_ended(link))
        if row is not None:
            for pane in (left, right):
                pane.flash(row["start"], row["end"])
        return left, right

    def _link_ended(self, link: ScrollLink) -> None:
        if self.link is link:
            self.link = None
        link.deleteLater()

    def _pair_for(self, doc_id: int) -> tuple[DocumentPane, DocumentPane]:
        """The panes to compare in: the linked pair again, else a pane showing the document
        (the active one first) with a new pane beside it, or the pane beside it when the
        window has no room for another."""
        panes = self.window.panes
        pair = self.linked_panes()
        if self.link is not None:
            self.link.unlink()
        if pair is not None and all(isValid(x) and x in panes.panes for x in pair):
            return pair
        left = panes.pane_showing(doc_id)  # the active pane first
        if left is None:
            empty = next((x for x in panes.panes if x.document_id is None), None)
            left = empty if empty is not None else panes.add_pane(doc_id)
        at = panes.panes.index(left) + 1
        if at < len(panes.panes) and panes.panes[at].document_id is None:
            return left, panes.panes[at]  # an empty pane beside it
        if len(panes.panes) > 1 and not self._room_for_a_pane(left):
            # a small window: the pane beside it shows the comparison (another pane would
            # push the window wider than the screen)
            k = at - 1 if at < len(panes.panes) else at - 2
            return panes.panes[k], panes.panes[k + 1]
        return left, panes.add_pane(None, index=at)

    def _room_for_a_pane(self, like: DocumentPane) -> bool:
        """Whether the panes' area can take one more pane, the two compared ones at least
        COMPARED_WIDTH wide and the others at their narrowest."""
        area = self.window.panes
        others = sum(max(x.minimumSizeHint().width(), x.minimumWidth())
                     for x in area.panes if x is not like)
        pair = 2 * max(COMPARED_WIDTH, like.minimumSizeHint().width())
        return area.width() >= others + pair + area.handleWidth() * len(area.panes)

    def _share_width(self, left: DocumentPane, right: DocumentPane) -> None:
        """The two compared panes equally wide (so their lines wrap alike), and most of the
        width when other panes are open too."""
        area = self.window.panes
        sizes = area.sizes()
        total = sum(sizes) or area.width()
        i, j = area.indexOf(left), area.indexOf(right)
        others = [k for k in range(len(sizes)) if k not in (i, j)]
        half = max(1, (total if not others else round(total * PAIR_SHARE)) // 2)
        rest = total - 2 * half  # the odd pixel too: the pair stays exactly equal
        for n, k in enumerate(others):
            sizes[k] = max(1, rest // len(others) + (1 if n < rest % len(others) else 0))
        sizes[i] = sizes[j] = half
        area.setSizes(sizes)


__all__ = ["CompareFeature"]
