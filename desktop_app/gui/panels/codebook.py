"""The codebook tree (objectName ``codebookTree``) and its editing menu.

Every edit goes through ProjectSession.perform, so each is one undoable action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView

from desktop_app.core.project.codebook import SHORTCUTS
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.i18n import tr
from desktop_app.gui.models.codebook import CodebookModel, swatch
from desktop_app.gui.session import ProjectSession


class CodebookTree(QTreeView):
    codeClicked = Signal(int)  # a code was clicked: list its segments (never codes)
    codeSelectionRequested = Signal(int)  # Enter or the menu's "Code the selection": code it
    selectedCodesChanged = Signal(list)

    def __init__(self, session: ProjectSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookTree")
        self.session = session
        self.has_selection: Callable[[], bool] = lambda: False  # is there text to code?
        self.model_ = CodebookModel(self)
        self.setModel(self.model_)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(self.model_.supportedDropActions())
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(self.contextMenuPolicy().CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.clicked.connect(self._clicked)
        self.model_.moveRequested.connect(self.move_code)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.selectedCodesChanged.emit(self.selected_codes()))
        h = self.header()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the key and count columns are sized here, not by ResizeToContents: that asks every
        # row of the column again after each changed count (0.4 ms a coding action)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self._count_digits = -1
        self.model_.modelReset.connect(self._fit_columns)
        self.model_.dataChanged.connect(self._count_changed)
        self.model_.headerDataChanged.connect(lambda *_: self._fit_columns())
        self._fit_columns()
        # the name and the key always show: room for six characters, the key and the count
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance("社会保障政策") + 2 * fm.horizontalAdvance("编码数")
                             + 3 * self.indentation())

    def _fit_columns(self) -> None:
        """Width of the key column (a digit) and of the count column (the widest count)."""
        most = max((r["codings"] for r in self.model_.rows.values()), default=0)
        self._count_digits = len(str(most))
        fm, h = self.fontMetrics(), self.header()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) + 10
        h.resizeSection(1, max(h.sectionSizeHint(1), fm.horizontalAdvance("9") + pad))
        h.resizeSection(2, max(h.sectionSizeHint(2), fm.horizontalAdvance("8" * self._count_digits) + pad))

    def _count_changed(self, top, bottom, *_: object) -> None:
        if top.column() <= 2 <= bottom.column():
            value = self.model_.data(top.siblingAtColumn(2))
            if value is not None and len(str(value)) > self._count_digits:
                self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            self._fit_columns()

    # -- data --------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_codes()
        collapsed = {cid for cid in self.model_.rows
                     if not self.isExpanded(self.model_.index_of(cid))}
        known = set(self.model_.rows)
        project = self.session.project
        self.model_.load(project.codes(counts=False), project.code_counts(self.session.coder_filter))
        for cid in self.model_.rows:
            if cid not in collapsed or cid not in known:
                self.setExpanded(self.model_.index_of(cid), True)
        sm = self.selectionModel()
        sm.blockSignals(True)
        for cid in selected:
            idx = self.model_.index_of(cid)
            if idx.isValid():
                sm.select(idx, sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        sm.blockSignals(False)

    def selected_codes(self) -> list[int]:
        return [self.model_.code_id(i) for i in self.selectionModel().selectedRows(0)]

    def current_code(self) -> int | None:
        return self.model_.code_id(self.currentIndex())

    def _clicked(self, index: QModelIndex) -> None:
        cid = self.model_.code_id(index)
        if cid is not None:
            self.codeClicked.emit(cid)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Enter on a code codes the active pane's selection (the keyboard's explicit gesture)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            cid = self.model_.code_id(self.currentIndex())
            if cid is not None:
                self.codeSelectionRequested.emit(cid)
            return
        super().keyPressEvent(event)

    # -- editing -------------------------------------------------------------------------------------

    def _menu(self, pos: QPoint) -> None:
        self.build_menu(self.model_.code_id(self.indexAt(pos))).exec(self.viewport().mapToGlobal(pos))

    def build_menu(self, cid: int | None) -> QMenu:
        menu = QMenu(self)
        rows = self.model_.rows
        if cid is not None and self.has_selection():
            act = menu.addAction(swatch(rows[cid]["colour"]),
                                 tr("Code the selected text as “{0}”").format(rows[cid]["name"]),
                                 lambda: self.codeSelectionRequested.emit(cid))
            act.setObjectName("codeSelectionAction")
            menu.addSeparator()
        menu.addAction(tr("New code…"), lambda: self.add_code(None))
        if cid is None:
            return menu
        menu.addAction(tr("New child code…"), lambda: self.add_code(cid))
        menu.addSeparator()
        menu.addAction(tr("Rename…"), lambda: self.rename_code(cid))
        menu.addAction(tr("English name…"), lambda: self.rename_code_en(cid))
        menu.addAction(tr("Colour…"), lambda: self.recolour_code(cid))
        menu.addAction(tr("Description…"), lambda: self.describe_code(cid))
        keys = menu.addMenu(tr("Shortcut key"))
        none = keys.addAction(tr("None"), lambda: self.set_shortcut(cid, None))
        none.setCheckable(True)
        none.setChecked(not rows[cid]["shortcut"])
        for k in SHORTCUTS:
            owner = next((r["name"] for r in rows.values() if r["shortcut"] == k), "")
            act = keys.addAction(f"{k}  {owner}", lambda k=k: self.set_shortcut(cid, k))
            act.setCheckable(True)
            act.setChecked(rows[cid]["shortcut"] == k)
        if rows[cid]["parent_id"] is not None:
            menu.addAction(tr("Move to top level"), lambda: self.move_code(cid, None))
        merge = menu.addMenu(tr("Merge into"))
        for other in rows.values():
            if other["id"] != cid:
                act = QAction(swatch(other["colour"]), "  " * other["depth"] + other["name"], merge)
                act.triggered.connect(lambda _=False, o=other["id"]: self.merge_code(cid, o))
                merge.addAction(act)
        menu.addSeparator()
        menu.addAction(tr("Delete…"), lambda: self.delete_code(cid))
        return menu

    def _code(self, cid: int) -> dict:
        return self.session.project.code(cid)

    def add_code(self, parent_id: int | None, name: str | None = None) -> int | None:
        if name is None:
            name = prompts.get_text(self, tr("New code"), tr("Name of the new code:"))
        if not name or not name.strip():
            return None
        key: list[str | None] = [None]

        def act(p):  # every new code takes the next free key 1-9
            key[0] = p.next_free_shortcut()
            return p.add_code(name, parent=parent_id, shortcut=key[0])

        code_id = self.session.perform(None, act)
        if code_id is not None and key[0] is not None:
            self.session.report(tr("New code “{0}”: press {1} to code a selection with it.")
                                .format(" ".join(name.split()), key[0]))
        return code_id

    def rename_code(self, cid: int) -> None:
        name = prompts.get_text(self, tr("Rename code"), tr("New name:"), self._code(cid)["name"])
        if name:
            self.session.perform(None, lambda p: p.rename_code(cid, name))

    def rename_code_en(self, cid: int) -> None:
        """The code's English name (exports and the English UI show it beside the Chinese)."""
        code = self._code(cid)
        name_en = prompts.get_text(self, tr("English name"), tr("English name of “{0}”:")
                                   .format(code["name"]), code.get("name_en") or "")
        if name_en is not None and name_en.strip() != (code.get("name_en") or ""):
            self.session.perform(None,
                                 lambda p: p.rename_code(cid, code["name"], name_en=name_en))

    def recolour_code(self, cid: int) -> None:
        colour = prompts.get_colour(self, tr("Colour of the code"), self._code(cid)["colour"])
        if colour:
            self.session.perform(None, lambda p: p.set_code_colour(cid, colour))

    def describe_code(self, cid: int) -> None:
        text = prompts.get_text(self, tr("Description"), tr("What this code means, when to use it:"),
                                self._code(cid)["description"] or "", multiline=True)
        if text is not None:
            self.session.perform(None, lambda p: p.set_code_description(cid, text))

    def set_shortcut(self, cid: int, key: str | None) -> None:
        self.session.perform(None, lambda p: p.set_code_shortcut(cid, key))

    def move_code(self, cid: int, parent_id: int | None) -> None:
        self.session.perform(None, lambda p: p.move_code(cid, parent_id))

    def merge_code(self, cid: int, target: int) -> None:
        n = self.session.project.delete_impact(cid)[1]
        text = tr("Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.").format(
            self._code(cid)["name"], self._code(target)["name"], n)
        if prompts.confirm(self, tr("Merge codes"), text):
            self.session.perform(None, lambda p: p.merge_codes(cid, target))

    def delete_code(self, cid: int) -> None:
        n_codes, n_codings = self.session.project.delete_impact(cid)
        text = tr("Delete “{0}”? This removes {1} code(s) and {2} coding(s). "
                  "You can undo it with Ctrl+Z.").format(self._code(cid)["name"], n_codes, n_codings)
        if prompts.confirm(self, tr("Delete code"), text):
            self.session.perform(None, lambda p: p.delete_code(cid))
