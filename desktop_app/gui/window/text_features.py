"""The Chinese-text tools in the main window: word-aware selection in every pane, the search,
suggestions and word-frequency docks, the project dictionary and the Text menu.

Everything the panels write goes through the window's open project (``write_project``) and
lands on the session's undo stack (:meth:`ProjectSession.adopt_since`), so the panes, lists
and Ctrl+Z see it at once. Offsets are code points into the stored text throughout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QWidget

from desktop_app.core.messages import Message
from desktop_app.core.project import Changes, Project
from desktop_app.core.text import segmentation
from desktop_app.gui import settings
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.dialogs.user_dictionary import UserDictionaryDialog
from desktop_app.gui.document.pane import DocumentPane
from desktop_app.gui.document.view import DocumentView
from desktop_app.gui.document.word_selection import WordSelection, install_word_selection
from desktop_app.gui.i18n import QT_TR_NOOP, tr
from desktop_app.gui.ops import Op
from desktop_app.gui.panels.search import SearchPanel
from desktop_app.gui.panels.suggestions import SuggestionsPanel
from desktop_app.gui.panels.wordfreq import WordFreqPanel

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession
    from desktop_app.gui.window.host import WindowHost
    from desktop_app.gui.window.pane_area import PaneArea

SNAP_KEY = "text/snap_to_words"
# what a panel says when its results are out of date (translated when shown)
STALE_SEARCH = QT_TR_NOOP("The documents changed since this search: search again to refresh "
                          "the results.")
STALE_SUGGESTIONS = QT_TR_NOOP("The documents changed since these suggestions: suggest again "
                               "to refresh them.")
STALE_COUNT = QT_TR_NOOP("The documents changed since this count: count again to refresh it.")
BOTTOM_HEIGHT = 340  # pixels for the text docks (bottom area) when they first open


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def _placeholder(parent: QWidget) -> QLabel:
    label = QLabel(tr("Open a project to use this panel."), parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setObjectName("textPanelPlaceholder")
    return label


class TextFeatures(QObject):
    """Built once per window; :meth:`set_session` follows the project the window shows."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.search: SearchPanel | None = None
        self.suggestions: SuggestionsPanel | None = None
        self.wordfreq: WordFreqPanel | None = None
        self.dictionary: UserDictionaryDialog | None = None
        self._pending: tuple[str, int | None] | None = None
        # the window's document filter: ids (None: every document) and its description
        self._scope: tuple[frozenset[int] | None, str] = (None, "")
        self._language: str | None = None
        self._build_docks()
        self._build_actions()

    # -- building -----------------------------------------------------------------------------------

    def _build_docks(self) -> None:
        w = self.window
        area = Qt.DockWidgetArea
        self.search_dock = w._dock(_placeholder(w), "searchDock", area.BottomDockWidgetArea)
        self.suggest_dock = w._dock(_placeholder(w), "suggestionsDock", area.BottomDockWidgetArea)
        w.tabifyDockWidget(w.seg_dock, self.search_dock)
        w.tabifyDockWidget(self.search_dock, self.suggest_dock)
        self.freq_dock = w._dock(_placeholder(w), "wordFreqDock", area.BottomDockWidgetArea)
        w.tabifyDockWidget(self.suggest_dock, self.freq_dock)  # table and chart need the width
        for dock in self.docks():
            dock.hide()
            dock.visibilityChanged.connect(lambda visible, d=dock: visible and self._ensure(d))
        w.seg_dock.raise_()

    def docks(self) -> tuple[QDockWidget, QDockWidget, QDockWidget]:
        return (self.search_dock, self.suggest_dock, self.freq_dock)

    def _build_actions(self) -> None:
        A = self.window.make_action  # noqa: N806
        self.act_search = A("actionSearch", self.show_search, ["Ctrl+Shift+F"])
        self.act_suggest = A("actionSuggestions", lambda: self.show_dock(self.suggest_dock))
        self.act_wordfreq = A("actionWordFrequencies", lambda: self.show_dock(self.freq_dock))
        self.act_dictionary = A("actionProjectDictionary", self.open_dictionary)
        self.act_code_sentence = A("actionCodeSentence", lambda: self.code_unit("sentence"))
        self.act_code_paragraph = A("actionCodeParagraph", lambda: self.code_unit("paragraph"))
        self.act_snap = QAction(self.window)
        self.act_snap.setObjectName("actionSnapToWords")
        self.act_snap.setCheckable(True)
        self.act_snap.setChecked(_flag(settings.get(SNAP_KEY, False)))
        self.act_snap.toggled.connect(self.set_snap)

    def build_menus(self) -> None:
        """The Text menu, the panels under View ▸ Panels and snapping in the View menu."""
        w = self.window
        self.menu = QMenu(w)
        self.menu.setObjectName("textMenu")
        w.menuBar().insertMenu(w.help_menu.menuAction(), self.menu)
        for a in (self.act_search, self.act_suggest, self.act_wordfreq, None,
                  self.act_code_sentence, self.act_code_paragraph, self.act_snap, None,
                  self.act_dictionary):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        for dock in self.docks():  # before "Reset layout", which stays last
            w.docks_menu.insertAction(w.panels_separator, dock.toggleViewAction())
        before = w.docks_menu.menuAction()
        w.view_menu.insertAction(before, self.act_snap)
        w.view_menu.insertSeparator(before)

    def retranslate(self) -> None:
        for act, text in (
            (self.act_search, tr("&Search documents…")),
            (self.act_suggest, tr("Keyword s&uggestions")),
            (self.act_wordfreq, tr("&Word frequencies")),
            (self.act_dictionary, tr("Project &dictionary…")),
            (self.act_code_sentence, tr("Code this s&entence")),
            (self.act_code_paragraph, tr("Code this p&aragraph")),
            (self.act_snap, tr("Snap selection to wo&rds")),
        ):
            act.setText(text)
        self.act_code_sentence.setStatusTip(
            tr("Code the sentence at the cursor with the code selected in the codebook"))
        self.act_code_paragraph.setStatusTip(
            tr("Code the paragraph at the cursor with the code selected in the codebook"))
        if hasattr(self, "menu"):
            self.menu.setTitle(tr("&Text"))
        self.search_dock.setWindowTitle(tr("Search"))
        self.suggest_dock.setWindowTitle(tr("Suggestions"))
        self.freq_dock.setWindowTitle(tr("Word frequencies"))
        for dock in self.docks():
            label = dock.widget()
            if isinstance(label, QLabel):
                label.setText(tr("Open a project to use this panel."))
        language = self.window.language
        if self._language is not None and language != self._language:
            self._rebuild_panels()
        self._language = language

    def _rebuild_panels(self) -> None:
        """The panels translate their texts when built: after a language switch, build them
        again (idle ones), carrying over what they showed: query, choices and results."""
        for dock in self.docks():
            panel = dock.widget()
            taskbar = getattr(panel, "taskbar", None)
            if isinstance(panel, QLabel) or (taskbar is not None and taskbar.busy()):
                continue
            dock.setWidget(_placeholder(self.window))
            panel.hide()
            if dock is self.search_dock:
                self.search = None
            elif dock is self.suggest_dock:
                self.suggestions = None
            else:
                self.wordfreq = None
            new = self._ensure(dock)
            if new is not None:
                _carry_over(panel, new)
            panel.deleteLater()

    # -- the project ----------------------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """The window shows another project (or none): panels start again on it."""
        self.session = session
        self._pending = None
        self._scope = (None, "")
        self.search = self.suggestions = self.wordfreq = None
        for dock in self.docks():
            old = dock.widget()
            dock.setWidget(_placeholder(self.window))
            if old is not None:
                old.hide()
                old.deleteLater()  # running ops outlive their panel (gui/ops.py)
        if self.dictionary is not None:
            self.dictionary.close()
            self.dictionary.deleteLater()
            self.dictionary = None
        for act in (self.act_search, self.act_suggest, self.act_wordfreq, self.act_dictionary,
                    self.act_code_sentence, self.act_code_paragraph):
            act.setEnabled(session is not None)
        if session is None:
            return
        for dock in self.docks():
            if dock.isVisible():
                self._ensure(dock)

    def attach_panes(self, panes: PaneArea) -> None:
        """Word-aware selection on every pane of `panes`, now and later."""
        panes.view_filter_factories.append(self._word_selection_for)
        for pane in panes.panes:
            pane.install_view_filter(self._word_selection_for(pane.view))
        panes.coding.menu_extenders.append(self._extend_menu)

    def _word_selection_for(self, view: DocumentView) -> WordSelection:
        """Pane hook: word-aware selection on a pane's view (the pane installs it)."""
        pane = view.parentWidget()
        assert isinstance(pane, DocumentPane)
        session = pane.session

        def text() -> str:
            doc = pane.document_id
            return "" if doc is None else session.project.document_text(doc)

        ws = install_word_selection(
            pane.view, text, segmenter=lambda: segmentation.project_segmenter(session.project),
            snap=self.act_snap.isChecked())
        ws.codeUnitRequested.connect(lambda s, e, unit: self.code_span(pane, s, e, unit))
        pane.word_selection = ws  # type: ignore[attr-defined]
        return ws

    def set_snap(self, on: bool) -> None:
        settings.put(SNAP_KEY, bool(on))
        if self.window.panes is not None:
            for pane in self.window.panes.panes:
                ws = getattr(pane, "word_selection", None)
                if ws is not None:
                    ws.set_snap(on)

    # -- panels ----------------------------------------------------------------------------------------

    def _writer(self) -> Callable[[], Project]:
        """What the panels call before they write: remember the last action, so that whatever
        they commit is pushed for undo right after (or at once, on codingsAdded)."""

        def project() -> Project:
            assert self.session is not None
            if self._pending is None:
                self._pending = self.session.last_action_id()
                QTimer.singleShot(0, self.flush)
            return self.session.project

        return project

    def flush(self, label: Message | None = None) -> int:
        """Make what the panels committed since their last write one undo step (labelled
        `label` when there are several actions); views refresh. Returns the rows changed."""
        pending, self._pending = self._pending, None
        if pending is None or self.session is None:
            return 0
        if self.session.last_action_id() == pending:
            return 0
        return len(self.session.adopt(pending, label).rows)

    def _ensure(self, dock: QDockWidget) -> QWidget | None:
        """The dock's panel, made on first use for the current project."""
        s = self.session
        if s is None:
            return None
        if not isinstance(dock.widget(), QLabel):
            return dock.widget()
        path, w = s.path, self.window
        panel: QWidget
        if dock is self.search_dock:
            panel = self.search = SearchPanel(path, w, write_project=self._writer(), coder=w.coder)
            self.search.codingsAdded.connect(lambda *_: self.flush())
        elif dock is self.suggest_dock:
            panel = self.suggestions = SuggestionsPanel(path, w, write_project=self._writer(),
                                                        coder=w.coder)
            self.suggestions.codingsAdded.connect(lambda *_: self.flush())
        else:
            panel = self.wordfreq = WordFreqPanel(path, w)
            self.wordfreq.wordActivated.connect(self.search_word)
        if hasattr(panel, "jumpRequested"):
            panel.jumpRequested.connect(w.jump_to)
        if isinstance(panel, SearchPanel | WordFreqPanel) and self._scope[0] is not None:
            panel.set_document_scope(*self._scope)
        dock.setWidget(panel)
        return panel

    def set_document_scope(self, ids: frozenset[int] | None, description: str) -> None:
        """The window's document filter: search and word counts cover only these documents
        (None: all); `description` says which ("地区 = 湖州")."""
        self._scope = (ids, description)
        for panel in (self.search, self.wordfreq):
            if panel is not None:
                panel.set_document_scope(ids, description)

    def show_dock(self, dock: QDockWidget) -> QWidget | None:
        first = not dock.isVisible()
        dock.show()
        dock.raise_()
        height = min(BOTTOM_HEIGHT, round(self.window.height() * 0.4))  # the text keeps most
        if first and dock.height() < height:
            # the bottom area was sized for the segments table; results need more rows
            self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        return self._ensure(dock)

    def search_word(self, word: str) -> SearchPanel | None:
        """Search every document for a word (a double-click in the word frequencies)."""
        panel = self.show_search()
        if panel is not None:
            panel.query.setText(word)
            panel.mode.setCurrentIndex(max(0, panel.mode.findData("word")))
            panel.run_search()
        return panel

    def show_search(self) -> SearchPanel | None:
        panel = self.show_dock(self.search_dock)
        if isinstance(panel, SearchPanel):
            panel.focus_query()
            return panel
        return None

    def refresh(self, changes: Changes) -> None:
        """After a change: panels reload their code and document lists when the change record
        touched them, and a changed dictionary makes the search results stale."""
        if self.session is None:
            return
        everything = changes.action_id is None and not changes.rows
        if everything or changes.tables & {"codes", "documents"}:
            if self.search is not None:
                self.search.refresh_filters()
            if self.suggestions is not None:
                self.suggestions.refresh_codes()
            if self.wordfreq is not None:
                self.wordfreq.refresh_scopes()
        if "user_terms" in changes.tables:
            self.dictionary_changed(adopt=False)
        self._mark_stale(changes.tables)

    def _mark_stale(self, tables: set[str] | frozenset[str]) -> None:
        """Results computed before an import or a change of the documents (or, for results
        that depend on codings, of the codings) say that they are out of date."""
        docs = "documents" in tables
        codings = "codings" in tables
        search = self.search
        if search is not None and search.hits and (
                docs or (codings and search.code_filter.currentData() is not None)):
            search.taskbar.mark_stale(STALE_SEARCH)
        sug = self.suggestions
        if sug is not None and sug.items and docs:
            sug.taskbar.mark_stale(STALE_SUGGESTIONS)
        freq = self.wordfreq
        if freq is not None and freq.current is not None and (
                docs or (codings and freq.scope.currentData()[0] == "code")):
            freq.taskbar.mark_stale(STALE_COUNT)

    # -- the project dictionary ------------------------------------------------------------------------

    def open_dictionary(self) -> UserDictionaryDialog | None:
        if self.session is None:
            return None
        if self.dictionary is None:
            if not segmentation.is_ready():  # the dialog's preview needs jieba now
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.dictionary = UserDictionaryDialog(self.session.path, self.window,
                                                       write_project=self._writer(),
                                                       coder=self.window.coder)
            finally:
                if QGuiApplication.overrideCursor() is not None:
                    QGuiApplication.restoreOverrideCursor()
            self.dictionary.dictionaryChanged.connect(self.dictionary_changed)
        self.dictionary.open()
        self.dictionary.raise_()
        return self.dictionary

    def dictionary_changed(self, adopt: bool = True) -> None:
        """New terms: push the change for undo, warm the new segmenter off the GUI thread (word
        selection picks it up by itself) and tell the search its word results are stale."""
        if self.session is None:
            return
        if adopt:
            self.flush(Message("Edit project dictionary"))
        terms = segmentation.project_terms(self.session.project)
        if segmentation.is_ready():
            Op(lambda task: segmentation.segmenter(terms)).run()
        if self.search is not None:
            self.search.status.setText(
                tr("The project dictionary changed: search again to use the new terms."))
        if self.dictionary is not None and not adopt:
            self.dictionary.reload()

    # -- coding a sentence or a paragraph -------------------------------------------------------------

    def _active_pane(self) -> DocumentPane | None:
        panes = self.window.panes
        return panes.active if panes is not None else None

    def unit_span(self, pane: DocumentPane, unit: str, at: int | None = None) -> tuple[int, int] | None:
        ws: WordSelection | None = getattr(pane, "word_selection", None)
        if ws is None or pane.document_id is None:
            return None
        sel = ws.selection()
        if at is not None and sel is not None and sel[0] <= at < sel[1]:
            at = None  # right-click inside the selection: the units covering it
        return ws.unit_span(unit, at)

    def chosen_code(self) -> int | None:
        """The code selected in the codebook tree; else ask which code (one click)."""
        tree = self.window.tree
        if tree is None or self.session is None:
            return None
        selected = tree.selected_codes()
        current = tree.current_code()
        if current in selected:
            return current
        if selected:
            return selected[0]
        codes = self.session.project.codes(counts=False)
        if not codes:
            self.session.report(tr("The codebook is empty: add a code first."))
            return None
        labels = [c["path"] for c in codes]
        choice = prompts.get_item(self.window, tr("Code as"), tr("Code it as:"), labels)
        return codes[labels.index(choice)]["id"] if choice in labels else None

    def code_unit(self, unit: str, code_id: int | None = None, at: int | None = None,
                  pane: DocumentPane | None = None) -> int | None:
        """Code the sentence/paragraph at the cursor (or at code point `at`) of a pane."""
        pane = pane or self._active_pane()
        if pane is None or self.session is None:
            return None
        span = self.unit_span(pane, unit, at)
        if span is None:
            self.session.report(tr("Put the cursor in a document first."))
            return None
        if code_id is None:
            code_id = self.chosen_code()
            if code_id is None:
                return None
        return self.code_span(pane, span[0], span[1], unit, code_id)

    def code_span(self, pane: DocumentPane, start: int, end: int, unit: str,
                  code_id: int | None = None) -> int | None:
        if self.session is None or pane.document_id is None or end <= start:
            return None
        if code_id is None:
            code_id = self.chosen_code()
            if code_id is None:
                return None
        doc, cid = pane.document_id, code_id
        label = Message("Code sentence") if unit == "sentence" else Message("Code paragraph")
        return self.session.perform(label, lambda p: p.add_coding(doc, cid, start, end))

    def _extend_menu(self, pane: DocumentPane, menu: QMenu, cp: int) -> None:
        if pane.document_id is None or getattr(pane, "word_selection", None) is None:
            return
        for unit, title, name in (("sentence", tr("Code this sentence as"), "codeSentenceMenu"),
                                  ("paragraph", tr("Code this paragraph as"), "codeParagraphMenu")):
            span = self.unit_span(pane, unit, cp)
            if span is None:
                continue
            sub = menu.addMenu(title)
            sub.setObjectName(name)
            s, e = span
            assert self.window.coding is not None
            self.window.coding.code_actions(
                sub, lambda cid, s=s, e=e, u=unit: self.code_span(pane, s, e, u, cid))
        menu.addSeparator()


__all__ = ["SNAP_KEY", "TextFeatures"]


def _carry_over(old: QWidget, new: QWidget) -> None:
    """What a panel showed, into the same panel built again in another language."""
    def choose(combo_old, combo_new) -> None:
        i = combo_new.findData(combo_old.currentData())
        if i >= 0:
            combo_new.setCurrentIndex(i)

    if isinstance(old, SearchPanel) and isinstance(new, SearchPanel):
        new.query.setText(old.query.text())
        for a, b in ((old.mode, new.mode), (old.doc_filter, new.doc_filter),
                     (old.code_filter, new.code_filter), (old.code_target, new.code_target),
                     (old.unit, new.unit)):
            choose(a, b)
        if old.hits:
            new.restore(old.hits, old.total)
    elif isinstance(old, SuggestionsPanel) and isinstance(new, SuggestionsPanel):
        choose(old.code_filter, new.code_filter)
        if old.items:
            new.restore(old.items)
    elif isinstance(old, WordFreqPanel) and isinstance(new, WordFreqPanel):
        choose(old.scope, new.scope)
        new.top.setValue(old.top.value())
        new.tables = dict(old.tables)
        if old.current is not None:
            new.show_table(old.current)
    old_bar, new_bar = getattr(old, "taskbar", None), getattr(new, "taskbar", None)
    if old_bar is not None and new_bar is not None and old_bar.stale:
        new_bar.mark_stale(old_bar.stale)
