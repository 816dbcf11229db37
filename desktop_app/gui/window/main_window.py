"""The main window: document list, document panes, codebook tree, coded segments."""

from __future__ import annotations

import hashlib
import os
import re

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import Changes, Project, default_coder
from desktop_app.core.text import segmentation
from desktop_app.gui import i18n, settings
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import render, tr
from desktop_app.gui.memory import release_memory, thaw
from desktop_app.gui.models.codebook import swatch
from desktop_app.gui.models.segments import Key, Names, Scope
from desktop_app.gui.panels.codebook import CodebookTree
from desktop_app.gui.panels.documents import DocumentList
from desktop_app.gui.panels.segments import SegmentsTable
from desktop_app.gui.session import RELOAD, ProjectSession
from desktop_app.gui.widgets.after_paint import after_next_paint
from desktop_app.gui.widgets.hint_line import HintLine
from desktop_app.gui.window.analysis_features import AnalysisFeatures
from desktop_app.gui.window.coding_actions import CodingActions
from desktop_app.gui.window.compare_feature import CompareFeature
from desktop_app.gui.window.document_actions import DocumentActions
from desktop_app.gui.window.document_filter_feature import DocumentFilter
from desktop_app.gui.window.file_actions import FileActions
from desktop_app.gui.window.pane_area import PaneArea
from desktop_app.gui.window.text_features import TextFeatures

JIEBA_DELAY_MS = 800  # after the window is shown
DOCS_MIN_WIDTH = 170  # pixels: the documents dock never gets narrower
CODEBOOK_WIDTH = 220  # the codebook dock's width at first (its tree sets the minimum)
SEGMENTS_HEIGHT = 230  # the segments dock's height at most (a quarter of the window at most)


RELEASE_AFTER_MS = 200


def first_size(available: QSize) -> QSize:
    """The window's size on first start: 1500×940, or less to fit the screen's free area."""
    return QSize(min(1500, max(640, available.width() - 40)),
                 min(940, max(480, available.height() - 40)))


class MainWindow(QMainWindow):
    def __init__(self, coder: str | None = None, language: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.coder = coder or settings.coder_name() or default_coder()
        self.language = language or str(settings.get("language", "") or i18n.system_language())
        self.session: ProjectSession | None = None
        self._segments_scope: tuple[list[int], int] | None = None
        self._segments_loaded = False  # the segments list read for this project yet
        self._shown_once = False
        self._trimmed: dict[str, int] = {}  # dock widths taken back when the window shrank
        self.files = FileActions(self)
        self.setAcceptDrops(True)  # files and folders dropped on the window are imported
        self.resize(1500, 940)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self._refresh_lists)
        self._pending_changes: Changes | None = None
        self._build_docks()
        self._build_actions()
        self.text = TextFeatures(self)
        self.compare = CompareFeature(self)
        self.documents = DocumentActions(self, self.doc_list)
        self.analysis = AnalysisFeatures(self)
        self._build_menus()
        self.text.build_menus()
        self.compare.build_menus(self.view_menu, self.docks_menu)
        self.documents.build_menu(self.text.menu)
        self.documents.menu.addSeparator()
        self.doc_filter.build_menu(self.documents.menu)
        self.analysis.build_menus()
        for act in (self.panels_separator, self.act_reset_layout):  # "Reset layout" stays last
            self.docks_menu.removeAction(act)
            self.docks_menu.addAction(act)
        self._build_toolbar()
        self.coder_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.coder_label)
        self.retranslate()
        # the docks added before they were hidden and tabified left a minimum width of ~2,000
        # px behind: recompute it, then start at a size that fits the screen (a saved geometry,
        # restored next, wins)
        self.layout().invalidate()
        self.layout().activate()
        self.resize(first_size(self.screen().availableGeometry().size()))
        self._default_state = self.saveState()  # what View ▸ Panels ▸ Reset layout restores
        self._restore_layout()

    # -- building ---------------------------------------------------------------------------------

    def _dock(self, widget, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.doc_list = DocumentList(self)
        self.doc_list.openRequested.connect(self.open_document)
        self.doc_filter = DocumentFilter(self)
        docs_box = QWidget(self)
        docs_lay = QVBoxLayout(docs_box)
        docs_lay.setContentsMargins(0, 0, 0, 0)
        docs_lay.setSpacing(0)
        docs_lay.addWidget(self.doc_filter.bar)
        docs_lay.addWidget(self.doc_list, 1)
        self.doc_dock = self._dock(docs_box, "documentsDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.segments = SegmentsTable(self)
        self.segments.jumpRequested.connect(self.jump_to)
        # its text changes with every coding: a label would relayout the window around it
        # each time (a repaint of everything between the side docks)
        self.segments_hint = HintLine(self)
        self.segments_hint.setObjectName("segmentsHint")
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        lay.addWidget(self.segments_hint)
        lay.addWidget(self.segments, 1)
        self.seg_dock = self._dock(box, "segmentsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tree: CodebookTree | None = None
        self.code_dock = self._dock(QLabel(self), "codebookDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.doc_dock.setMinimumWidth(DOCS_MIN_WIDTH)
        self._size_docks()
        self.panes: PaneArea | None = None
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.empty)

    def _size_docks(self) -> None:
        """The text panes get the width: the side docks as wide as their content needs (within
        a share of the window), the segments dock a quarter of the height at most."""
        w, h = max(self.width(), 800), max(self.height(), 500)
        docs = min(max(DOCS_MIN_WIDTH, self.doc_list.fitting_width()), round(w * 0.17))
        code = max(self.code_dock.minimumSizeHint().width(), CODEBOOK_WIDTH)
        code = min(code, max(round(w * 0.18), self.code_dock.minimumSizeHint().width()))
        self.resizeDocks([self.doc_dock, self.code_dock], [docs, code], Qt.Orientation.Horizontal)
        self.resizeDocks([self.seg_dock], [min(SEGMENTS_HEIGHT, round(h * 0.25))],
                         Qt.Orientation.Vertical)

    def make_action(self, name: str, slot, keys: list | None = None) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        act.triggered.connect(slot)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        A = self.make_action  # noqa: N806
        SK = QKeySequence.StandardKey  # noqa: N806
        # one key each: [SK.New, "Ctrl+N"] is the same key twice on Linux, and Qt then calls
        # the shortcut ambiguous and fires neither (tests/gui/test_shortcuts.py walks them all)
        self.act_new = A("actionNew", lambda: self.files.new_project(), [SK.New])
        self.act_open = A("actionOpen", lambda: self.files.open_project(), [SK.Open])
        self.act_import = A("actionImport", lambda: self.files.import_documents(), ["Ctrl+I"])
        self.act_export = A("actionExport", lambda: self.files.export_excel(), ["Ctrl+E"])
        self.act_export_refi = A("actionExportRefi", lambda: self.files.export_refi())
        self.act_merge = A("actionMerge", lambda: self.files.merge())
        self.act_backup = A("actionBackup", lambda: self.files.backup_project())
        # Ctrl+W closes a pane (the standard Close key would make both ambiguous: neither fires)
        self.act_close = A("actionClose", lambda: self.set_project(None), ["Ctrl+Shift+W"])
        self.act_quit = A("actionQuit", self.close, ["Ctrl+Q"])
        self.act_undo = A("actionUndo", self.undo, ["Ctrl+Z"])
        self.act_redo = A("actionRedo", self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.act_find = A("actionFind", self.find, ["Ctrl+F"])
        self.act_new_code = A("actionNewCode", lambda: self.tree and self.tree.add_code(None))
        self.act_coder = A("actionCoder", self.ask_coder)
        self.act_new_pane = A("actionNewPane", self.new_pane, ["Ctrl+T"])
        self.act_close_pane = A("actionClosePane", self.close_pane, ["Ctrl+W"])
        self.act_zoom_in = A("actionZoomIn", lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"])
        self.act_zoom_out = A("actionZoomOut", lambda: self.zoom(-1), ["Ctrl+-"])
        self.act_about = A("actionAbout", self.about)
        self.act_shortcuts = A("actionShortcuts", self.show_shortcuts, [SK.HelpContents])
        self.act_guide = A("actionGuide", self.show_guide)
        self.act_reset_layout = A("actionResetLayout", self.reset_layout)
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.language)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.lang_group.addAction(act)
            self.lang_actions[code] = act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for a in (self.act_new, self.act_open):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_export_refi)
        self.file_menu.addAction(self.act_merge)
        self.file_menu.addAction(self.act_backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_coder)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_close)
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = mb.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        for a in (self.act_undo, self.act_redo, None, self.act_find, None, self.act_new_code):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)
        self.view_menu = mb.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        for a in (self.act_new_pane, self.act_close_pane, None, self.act_zoom_in, self.act_zoom_out):
            self.view_menu.addSeparator() if a is None else self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        self.docks_menu = self.view_menu.addMenu("")
        for d in (self.doc_dock, self.code_dock, self.seg_dock):
            self.docks_menu.addAction(d.toggleViewAction())
        self.panels_separator = self.docks_menu.addSeparator()
        self.docks_menu.addAction(self.act_reset_layout)
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.setObjectName("languageMenu")
        for a in self.lang_actions.values():
            self.lang_menu.addAction(a)
        self.help_menu = mb.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        for a in (self.act_guide, self.act_shortcuts, None, self.act_about):
            self.help_menu.addSeparator() if a is None else self.help_menu.addAction(a)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("filterBar")
        tb.setMovable(False)
        self.addToolBar(tb)
        self.filter_label = QLabel(self)
        self.code_filter = QComboBox(self)
        self.code_filter.setObjectName("codeFilter")
        self.code_filter.setMinimumContentsLength(10)
        self.coder_filter = QComboBox(self)
        self.coder_filter.setObjectName("coderFilter")
        self.coder_filter.setMinimumContentsLength(8)
        for w in (self.filter_label, self.code_filter, self.coder_filter):
            tb.addWidget(w)
        self.code_filter.activated.connect(self._filters_changed)
        self.coder_filter.activated.connect(self._filters_changed)
        self.toolbar = tb

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        for act, text in (
            (self.act_new, tr("&New project…")), (self.act_open, tr("&Open project…")),
            (self.act_import, tr("&Import documents…")), (self.act_export, tr("Export to &Excel…")),
            (self.act_export_refi, tr("Export to RE&FI-QDA…")), (self.act_merge, tr("&Merge…")),
            (self.act_backup, tr("&Back up project…")),
            (self.act_close, tr("&Close project")), (self.act_quit, tr("&Quit")),
            (self.act_undo, tr("&Undo")), (self.act_redo, tr("&Redo")),
            (self.act_find, tr("&Find in document…")), (self.act_new_code, tr("New &code…")),
            (self.act_coder, tr("Co&der…")), (self.act_new_pane, tr("New &pane")),
            (self.act_close_pane, tr("Close pa&ne")), (self.act_zoom_in, tr("Zoom &in")),
            (self.act_zoom_out, tr("Zoom &out")), (self.act_about, tr("&About Biaozhu")),
            (self.act_shortcuts, tr("&Keyboard shortcuts")), (self.act_guide, tr("&Getting started")),
            (self.act_reset_layout, tr("&Reset layout")),
        ):
            act.setText(text)
        self.file_menu.setTitle(tr("&File"))
        self.recent_menu.setTitle(tr("Open &recent"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.view_menu.setTitle(tr("&View"))
        self.docks_menu.setTitle(tr("P&anels"))
        self.lang_menu.setTitle(tr("&Language"))
        self.help_menu.setTitle(tr("&Help"))
        self.doc_dock.setWindowTitle(tr("Documents"))
        self.code_dock.setWindowTitle(tr("Codebook"))
        self.seg_dock.setWindowTitle(tr("Coded segments"))
        self.filter_label.setText(tr("Show:") + " ")
        if self.centralWidget() is self.empty:  # replaced (and deleted) while a project is open
            self.empty.setText(tr("No project is open. Use File ▸ New project or Open project."))
        self.coder_label.setText(tr("Coder: {0}").format(self.coder))
        self._update_undo_texts()
        self.text.retranslate()
        self.compare.retranslate()
        self.documents.retranslate()
        self.doc_filter.retranslate()
        self.analysis.retranslate()
        self._show_segments_hint()
        for m in (self.doc_list.model_, self.segments.model_):
            m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, m.columnCount() - 1))
        if self.tree is not None:
            m = self.tree.model_
            m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, m.columnCount() - 1)
        if self.panes is not None:
            for p in self.panes.panes:
                p.retranslate()
        self._fill_filters()

    def _title(self) -> str:
        if self.session is None:
            return "Biaozhu 标注"
        name = os.path.basename(self.session.path)
        if self.is_demo():  # it lives in the program's data folder: say what it is
            name = tr("Demo project (a copy to try things on)") + f" — {name}"
        return f"{name} — Biaozhu 标注"

    def is_demo(self) -> bool:
        from desktop_app.core.ingest.demo import default_demo_path

        return self.session is not None and \
            os.path.abspath(self.session.path) == os.path.abspath(default_demo_path())

    # -- the project ----------------------------------------------------------------------------------

    def set_project(self, project: Project | None, doc_ids: list[int] | None = None) -> None:
        """Show a project (or none). The window owns it from now on and closes it."""
        self._save_panes()
        self._drop_session()
        self.text.set_session(None)
        self.compare.set_session(None)
        self.analysis.set_session(None)
        self.doc_filter.set_session(None)
        if self.panes is not None:
            self.panes.deleteLater()
            self.panes = None
        if project is None:
            self.empty = QLabel(self)
            self.setCentralWidget(self.empty)
            self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.code_dock.setWidget(QLabel(self))
            self.tree = None
            self.doc_list.load([], [])
            self.segments.model_.reset([], Scope(), None)
            self.retranslate()
            return
        project.coder = self.coder
        session = self.session = ProjectSession(project, self)
        session.changed.connect(self._changed)
        session.message.connect(self._show_message)
        session.documentFilterChanged.connect(self._document_filter_changed)
        self.doc_filter.set_session(session)
        self.coding = CodingActions(session, self)
        self.documents.attach(session, self.coding)
        self.panes = PaneArea(session, self.coding, self)
        self.text.attach_panes(self.panes)
        self.text.set_session(session)
        self.compare.set_session(session)
        self.analysis.set_session(session)
        self.setCentralWidget(self.panes)
        self.tree = CodebookTree(session, self)
        self.tree.codeClicked.connect(self._code_clicked)
        self.tree.codeSelectionRequested.connect(self._code_selection_requested)
        self.tree.has_selection = self._has_selection
        self.tree.selectedCodesChanged.connect(lambda _: self._load_segments())
        self.code_dock.setWidget(self.tree)
        if not self._shown_once:
            self._size_docks()
        settings.add_recent(session.path, last=session.path)
        self._refresh_lists(segments=False)
        docs = self.doc_list.model_.docs
        wanted = doc_ids if doc_ids is not None else self._saved_panes()
        known = {d["id"] for d in docs}
        wanted = [d for d in wanted if d in known] or [d["id"] for d in docs[:2]]
        for doc_id in wanted:
            self.panes.add_pane(doc_id)
        if not wanted:
            self.panes.add_pane()
        self.panes.set_pane_sizes(self._saved_pane_sizes())
        # the segments list once the first pane's text is on screen (all 100,000 counted: 70 ms)
        self._segments_loaded = False
        after_next_paint(self.panes.panes[0].view.viewport(), self._load_segments)
        self.retranslate()
        if self._shown_once:  # the docks grew around the empty window: the text gets its room
            QTimer.singleShot(0, self._keep_docks_in_share)
        if self.is_demo():
            self._show_message(tr("This is the demo project, to try things on. File ▸ New project "
                                  "starts your own."))

    def _changed(self, changes: Changes) -> None:
        """A change record from the session: panes follow it now, and so do the lists when
        only codings changed, so that Qt paints them together in one pass (a list updated
        after the pane's paint cost a second pass over the window, 1-3 ms); other changes
        reload lists after the panes' paint."""
        if self.panes is not None:
            self.panes.refresh()
        self._update_undo_texts()
        self._pending_changes = changes if self._pending_changes is None \
            else self._pending_changes + changes
        if changes.action_id is not None and changes.only("codings"):
            self._refresh_timer.stop()  # a coding's rows and counts: in this paint
            self._refresh_lists()
        else:  # reloads (documents, codebook, ...) after the panes' paint
            self._refresh_timer.start()

    def _refresh_lists(self, segments: bool = True) -> None:
        """Update the lists from the pending change records: a change of codings inserts,
        removes or recounts just its rows; other changes reload the lists they touch (all of
        them on RELOAD)."""
        if self.session is None:
            return
        changes, self._pending_changes = self._pending_changes or RELOAD, None
        everything = changes.action_id is None and not changes.rows
        tables = changes.tables
        p = self.session.project
        if not everything and changes.only("codings", "coders"):
            if "coders" in tables:
                self._fill_filters()
                if self.segments.model_.names is not None:
                    self.segments.model_.names.refresh()
            self.doc_list.model_.apply(changes)
            if self.tree is not None:
                self.tree.model_.apply(changes, self.session.coder_filter)
            if segments and not self._segments_loaded:
                self._load_segments()  # not read yet (it waits for the first screen): read now
            elif segments:
                self.segments.model_.apply(changes)
                self.segments.settle()
                self._segments_scope = (self._segments_scope or ([], 0))[0], \
                    self.segments.model_.total()
                self._show_segments_hint()
            self.text.refresh(changes)
            return
        if everything or tables & {"documents", "document_attributes"}:
            docs = p.documents()
            self.doc_list.load(self.doc_filter.filtered(docs), p.attribute_names())
            if self.panes is not None:
                self.panes.set_documents(docs)
            if self.session.document_filter:  # a document may have come in or left the filter
                self.text.set_document_scope(self.session.documents_in_filter(),
                                             self.doc_filter.description())
        elif "codings" in tables:  # e.g. merging codes removed duplicate codings: recount
            self.doc_list.model_.apply(changes)
        if self.tree is not None and (everything or tables & {"codes", "codings"}):
            self.tree.reload()
        watched = {"codings", "codes", "documents", "coders"}
        if self.session.document_filter:
            watched.add("document_attributes")
        if segments and (everything or tables & watched):
            self._load_segments()
        if everything or tables & {"codes", "coders"}:
            self._fill_filters()
        self.text.refresh(changes)

    def _load_segments(self) -> None:
        """The segments of the codes selected in the tree; with none selected, every segment
        the code and coder filters show. The hint above the table says which."""
        if self.session is None or self.tree is None:
            self._segments_scope = None
            self._show_segments_hint()
            return
        session, p = self.session, self.session.project
        selected = self.tree.selected_codes()
        codes = frozenset(selected) if selected else (
            None if session.code_filter is None else frozenset([session.code_filter]))
        in_filter = session.documents_in_filter()
        scope = Scope(codes, session.coder_filter, in_filter)
        coder = session.coder_filter
        size = self.segments.model_.page_size

        def page(after: Key | None) -> list[Key]:  # one page, read as the table scrolls
            return list(map(Key._make, p.coding_keys(codes, coder, in_filter, after=after,
                                                     limit=size)))

        first = page(None)
        total = len(first) if len(first) < size else \
            p.count_coding_keys(codes, coder, in_filter)
        names = Names(p.document_titles, p.code_names, p.coder_names, p.document_text)
        self.segments.model_.reset(first, scope, names, more=page, total=total,
                                   as_of=p.last_action_id())
        self._segments_loaded = True
        self._segments_scope = (selected, total)
        self._show_segments_hint()

    def _show_segments_hint(self) -> None:
        scope = self._segments_scope
        if self.session is None or scope is None:
            self.segments_hint.setText("")
            return
        selected, n = scope
        p = self.session.project
        coder = self.coder_filter.currentText() if self.session.coder_filter is not None else None
        if selected:
            names = "、".join(p.code(c)["name"] for c in selected[:4]) + ("…" if len(selected) > 4 else "")
            text = tr("{0} segments of {1}").format(n, names)
        elif self.session.code_filter is not None:
            text = tr("{0} segments of {1} (the code shown) — select codes in the codebook to "
                      "list theirs").format(n, p.code(self.session.code_filter)["name"])
        else:
            text = tr("All {0} coded segments — select codes in the codebook to list "
                      "only theirs").format(n)
        if coder:
            text += " · " + tr("coder: {0}").format(coder)
        if self.session.document_filter:
            text += " · " + tr("documents: {0}").format(self.doc_filter.description())
        self.segments_hint.setText(text)

    def _document_filter_changed(self) -> None:
        """The document filter changed: the document list, the segments and the panels that
        read documents follow it (the panes keep what they show)."""
        if self.session is None:
            return
        p = self.session.project
        self.doc_list.load(self.doc_filter.filtered(p.documents()), p.attribute_names())
        self._load_segments()
        self.text.set_document_scope(self.session.documents_in_filter(),
                                     self.doc_filter.description())

    def _fill_filters(self) -> None:
        cf, kf = self.code_filter, self.coder_filter
        cf.clear()
        kf.clear()
        cf.addItem(tr("All codes"), None)
        kf.addItem(tr("All coders"), None)
        if self.session is None:
            return
        for c in self.session.project.codes(counts=False):
            cf.addItem(swatch(c["colour"]), "  " * c["depth"] + c["name"], c["id"])
        for k in self.session.project.coders():
            kf.addItem(k["name"], k["id"])
        cf.setCurrentIndex(max(0, cf.findData(self.session.code_filter)))
        kf.setCurrentIndex(max(0, kf.findData(self.session.coder_filter)))

    def _filters_changed(self) -> None:
        if self.session is None:
            return
        self.session.set_filters(self.code_filter.currentData(), self.coder_filter.currentData())

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        # a refused write: was the project file replaced, moved or deleted under us? (the
        # file's identity is checked, not the message text)
        QTimer.singleShot(0, self.files.check_file)

    # -- coding and navigation ---------------------------------------------------------------------------

    def _code_clicked(self, code_id: int) -> None:
        """A click on a code lists its segments; it never codes (a leftover selection would be
        coded silently). Coding is a key, the context menu, or the codebook's "Code selection"."""
        pane = self.panes.active if self.panes else None
        if pane is not None and pane.view.selection_span() is not None and self.session is not None:
            code = self.session.project.code(code_id)
            key = code["shortcut"]
            hint = (tr("Listing the segments of “{0}”. To code the selected text with it, press {1} "
                       "or right-click the code.").format(code["name"], key) if key else
                    tr("Listing the segments of “{0}”. To code the selected text with it, "
                       "right-click the code.").format(code["name"]))
            self._show_message(hint)

    def _has_selection(self) -> bool:
        pane = self.panes.active if self.panes else None
        return pane is not None and pane.view.selection_span() is not None

    def _code_selection_requested(self, code_id: int) -> None:
        pane = self.panes.active if self.panes else None
        if pane is not None:
            self.coding.code_selection(pane, code_id)

    def open_document(self, doc_id: int, new_pane: bool = False) -> None:
        if self.panes is not None:
            self.panes.open_document(doc_id, new_pane)

    def jump_to(self, doc_id: int, start: int, end: int) -> None:
        if self.panes is None:
            return
        # a document no pane shows opens in a new pane: never replace what a pane shows (a
        # side-by-side comparison relies on it); an empty pane is reused
        pane = self.panes.pane_showing(doc_id)
        if pane is None:
            empty = next((p for p in self.panes.panes if p.document_id is None), None)
            if empty is not None:
                empty.show_document(doc_id)
                pane = empty
            else:
                pane = self.panes.add_pane(doc_id)
        pane.flash(start, end)
        pane.view.setFocus()

    def new_pane(self) -> None:
        """Ctrl+T: a new pane on the next document (in list order) no pane shows yet."""
        if self.panes is None:
            return
        shown = {p.document_id for p in self.panes.panes}
        ids = [d["id"] for d in self.doc_list.model_.docs]
        active = self.panes.active.document_id if self.panes.active else None
        start = ids.index(active) + 1 if active in ids else 0
        order = ids[start:] + ids[:start]
        nxt = next((d for d in order if d not in shown), None)
        if nxt is None and ids:
            self._show_message(tr("Every document is open already; a second pane shows the "
                                  "same document."))
            nxt = active
        self.panes.add_pane(nxt)

    def close_pane(self) -> None:
        if self.panes is not None and self.panes.active is not None:
            self.panes.close_pane(self.panes.active)

    def find(self) -> None:
        if self.panes is not None and self.panes.active is not None:
            self.panes.active.open_find()

    def zoom(self, steps: int) -> None:
        if self.panes is not None:
            self.panes.zoom(steps)

    # -- undo -----------------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.redo()

    def _update_undo_texts(self) -> None:
        """Edit ▸ Undo/Redo name the library's next steps, rendered in the UI language."""
        status = self.session.undo_status() if self.session else None
        u = render(status.undo) if status and status.undo else ""
        r = render(status.redo) if status and status.redo else ""
        self.act_undo.setText(tr("&Undo") + (f" {u}" if u else ""))
        self.act_redo.setText(tr("&Redo") + (f" {r}" if r else ""))
        self.act_undo.setEnabled(bool(u))
        self.act_redo.setEnabled(bool(r))

    # -- coder, language, recent ---------------------------------------------------------------------------

    def ask_coder(self) -> None:
        """File ▸ Coder…: who codes from now on (a known coder, or a new name)."""
        known = [k["name"] for k in self.session.project.coders()] if self.session else []
        name = prompts.get_coder(self, tr("Coder"),
                                 tr("Who is coding now? Every new coding is saved under this name:"),
                                 known, self.coder)
        if name and name.strip():
            self.set_coder(name.strip())

    def set_coder(self, name: str) -> None:
        """Code as `name` from now on: the project's coder (a new one is added to the project,
        so the coder filter lists it), the status bar and the compare panel follow."""
        self.coder = name
        settings.put("coder", name)
        session = self.session
        if session is not None:
            session.project.coder = name
            if session.project.coder_id(name, create=False) is None:
                session.perform(None, lambda p: p.coder_id(name))
            self.compare.coder_changed()
        self.coder_label.setText(tr("Coder: {0}").format(name))

    def set_language(self, language: str) -> None:
        self.language = language
        settings.put("language", language)
        i18n.install(language)
        self.lang_actions[language].setChecked(True)
        self.retranslate()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_projects():
            self.recent_menu.addAction(path, lambda p=path: self.files.open_project(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def show_import_summary(self, results: list) -> None:
        imported = [r for r in results if r.status == "imported"]
        others = [r for r in results if r.status != "imported"]
        lines = [tr("{0} of {1} file(s) imported.").format(len(imported), len(results))]
        if others:
            lines.append("")
            lines.append(tr("Not imported:"))
            lines += [f"• {render(r.message)}" for r in others]
        for r in imported:
            for w in r.warnings:
                lines.append("• " + tr("{0}: {1}").format(os.path.basename(r.path), render(w)))
        self.last_import_summary = "\n".join(lines)
        prompts.info(self, tr("Import documents"), self.last_import_summary)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window with a shortcut, and the keys
        the document panes know (Help ▸ Keyboard shortcuts)."""
        rows = []
        for act in self.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
            if keys and act.text():
                rows.append((" / ".join(keys), _plain(act.text())))
        rows += [
            ("1 … 9", tr("Code the selected text with the code that has this key")),
            (tr("Double-click"), tr("Select a word (Chinese words, not single characters)")),
            (tr("Right-click"), tr("Code as, new code from selection, sentence or paragraph; "
                                   "remove or change a coding")),
            ("Esc", tr("Close the find bar")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{_esc(k)}</b>&nbsp;&nbsp;</td><td>{_esc(t)}</td></tr>"
                       for k, t in self.shortcut_rows())
        prompts.info(self, tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_guide(self) -> None:
        steps = [
            tr("Import your documents: File ▸ Import documents (Word, PDF, web pages, text files)."),
            tr("Make codes in the Codebook (right-click ▸ New code). The first nine get the keys 1-9."),
            tr("Select a passage in a document and press a code's key, or right-click ▸ Code as."),
            tr("Click a code in the Codebook to list its coded segments below; double-click a "
               "segment to jump to it."),
            tr("Text ▸ Search documents finds words in every document; Keyword suggestions proposes "
               "sentences to code, for you to accept or reject."),
            tr("File ▸ Export to Excel writes the segments, codes and counts for analysis."),
            tr("Every change can be undone with Ctrl+Z."),
        ]
        items = "".join(f"<li>{_esc(t)}</li>" for t in steps)
        prompts.info(self, tr("Getting started"), f"<ol>{items}</ol>")

    def reset_layout(self) -> None:
        """Every panel back where it starts: docked, the default ones shown, default sizes."""
        for dock in self.findChildren(QDockWidget):
            dock.setFloating(False)
        self.restoreState(self._default_state)
        self._size_docks()

    def about(self) -> None:
        prompts.info(self, tr("About Biaozhu"),
                     tr("Biaozhu 标注: qualitative coding of Chinese policy documents."))

    # -- layout kept between runs ----------------------------------------------------------------------

    def _panes_key(self) -> str | None:
        if self.session is None:
            return None
        digest = hashlib.sha1(os.path.abspath(self.session.path).encode()).hexdigest()[:12]
        return f"panes/{digest}"

    def _saved_panes(self) -> list[int]:
        key = self._panes_key()
        value = settings.get(key, "") if key else ""
        return [int(x) for x in str(value or "").split(",") if x.strip().isdigit()]

    def _saved_pane_sizes(self) -> list[int]:
        key = self._panes_key()
        value = settings.get(f"{key}_sizes", "") if key else ""
        return [int(x) for x in str(value or "").split(",") if x.strip().isdigit()]

    def _save_panes(self) -> None:
        key = self._panes_key()
        if key and self.panes is not None:
            shown = [p for p in self.panes.panes if p.document_id is not None]
            settings.put(key, ",".join(str(p.document_id) for p in shown))
            sizes = self.panes.pane_sizes() if len(shown) == len(self.panes.panes) else []
            settings.put(f"{key}_sizes", ",".join(str(s) for s in sizes))

    def _restore_layout(self) -> None:
        geometry, state = settings.get("window/geometry"), settings.get("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.files.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent  # noqa: N815

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self.files.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files.drop(paths)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not isinstance(settings.get("window/state"), QByteArray):
                self._size_docks()  # the window's real size is known now
            # jieba loads on a daemon thread a moment after the window is up (its import holds
            # the GIL for a while): never on the start-up path, ready before the first double-click
            QTimer.singleShot(JIEBA_DELAY_MS, segmentation.start_background_init)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown_once and event.oldSize().isValid():
            QTimer.singleShot(0, self._keep_docks_in_share)

    def _keep_docks_in_share(self) -> None:
        """The side docks keep to their share of the window: narrower, they give width back
        to the text panes too (Qt takes it all from the panes), never below their minimum;
        wider again, they get back what was taken (never more than their share)."""
        w = self.width()
        docks, widths = [], []
        for dock, share in ((self.doc_dock, 0.17), (self.code_dock, 0.18)):
            if not dock.isVisible() or dock.isFloating():
                continue
            most = max(dock.minimumSizeHint().width(), DOCS_MIN_WIDTH, round(w * share))
            wanted = self._trimmed.get(dock.objectName())
            if dock.width() > most:
                self._trimmed.setdefault(dock.objectName(), dock.width())
                docks.append(dock)
                widths.append(most)
            elif wanted is not None and dock.width() < min(wanted, most):
                docks.append(dock)
                widths.append(min(wanted, most))
                if wanted <= most:
                    del self._trimmed[dock.objectName()]
        if docks:
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        seg = self.seg_dock
        most = max(seg.minimumSizeHint().height(), min(SEGMENTS_HEIGHT, round(self.height() * 0.25)))
        if seg.isVisible() and not seg.isFloating() and seg.height() > most + 20:
            self.resizeDocks([seg], [most], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_panes()
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/state", self.saveState())
        self._drop_session()
        super().closeEvent(event)

    def _drop_session(self) -> None:
        """Close the project and free everything that holds its session (models, tree,
        coding actions): a closed project leaves nothing alive."""
        if self.panes is not None:
            self.panes.stop_reading()  # no pane reads pages of codings from it any more
        old, self.session = self.session, None
        if self.tree is not None:
            self.tree.deleteLater()
            self.tree = None
        coding, self.coding = getattr(self, "coding", None), None
        if coding is not None:
            coding.deleteLater()
        self._pending_changes = None
        self.segments.model_.reset([], Scope(), None)
        if old is not None:
            old.project.close()
            old.setParent(None)
            old.deleteLater()
            thaw()  # its spans and widgets may be collected again
            QTimer.singleShot(RELEASE_AFTER_MS, release_memory)  # once the deletes ran


def _plain(text: str) -> str:
    """A menu text without its mnemonic ("新建项目(&N)…" -> "新建项目") or dots."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
