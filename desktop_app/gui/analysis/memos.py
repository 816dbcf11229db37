"""The memo panel: project, document and code memos and the codings' memos, with search;
new, edit and delete go through the session (one undoable action each). The memo dialog
shows the passage of a coding memo above its text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import QT_TR_NOOP, tr
from desktop_app.gui.models.rows import Column, RowsModel, RowsView

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession

KINDS = {"project": QT_TR_NOOP("Project"), "document": QT_TR_NOOP("Document"),
         "code": QT_TR_NOOP("Code"), "coding": QT_TR_NOOP("Coding")}

MEMO_COLUMNS = (
    Column(QT_TR_NOOP("On"), lambda r: tr(KINDS[r["kind"]])),
    Column(QT_TR_NOOP("About"), lambda r: r["about"] or ""),
    Column(QT_TR_NOOP("Memo"), lambda r: r["text"].replace("\n", " ⏎ "), tooltip=lambda r: r["text"]),
    Column(QT_TR_NOOP("Coder"), lambda r: r["coder"] or ""),
    Column(QT_TR_NOOP("Changed"), lambda r: (r["updated_at"] or "")[:16].replace("T", " ")),
)


class MemoDialog(QDialog):
    """objectName ``memoDialog``: the memo's text, and the passage when it is a coding's."""

    def __init__(self, parent: QWidget | None, title: str, text: str = "",
                 passage: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.passage = None
        if passage is not None:
            self.passage = QLabel(passage, self)
            self.passage.setObjectName("memoPassage")
            self.passage.setWordWrap(True)
            self.passage.setStyleSheet("background:#FFF6D5;padding:6px;")
            lay.addWidget(self.passage)
        self.edit = QPlainTextEdit(text, self)
        self.edit.setObjectName("memoText")
        lay.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(520, 360)

    def text(self) -> str:
        return self.edit.toPlainText()


class MemoPanel(QWidget):
    """objectName ``memoPanel``. The window tells it the current document and code
    (`context`); `jumpRequested` shows a coding memo's passage."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, session: ProjectSession, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoPanel")
        self.session = session
        self._stale = False  # a memo changed while the panel was hidden
        self.context = context  # () -> (document id or None, code id or None)
        self.search = QLineEdit(self)
        self.search.setObjectName("memoSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload())
        self.model_ = RowsModel(MEMO_COLUMNS, self)
        self.table = RowsView(self.model_, "memoTable", self)
        self.table.rowActivated.connect(self._activated)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, slot in (("project", lambda: self.new_memo("project")),
                          ("document", lambda: self.new_memo("document")),
                          ("code", lambda: self.new_memo("code")),
                          ("edit", self.edit_selected), ("delete", self.delete_selected)):
            b = QPushButton(self)
            b.setObjectName(f"memo_{key}")
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.search)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        session.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search memos"))
        for key, text in (("project", tr("Project memo")), ("document", tr("Document memo")),
                          ("code", tr("Code memo")), ("edit", tr("Edit…")),
                          ("delete", tr("Delete"))):
            self.buttons[key].setText(text)
        self.model_.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                           self.model_.columnCount() - 1)

    def _changed(self, changes) -> None:
        """Reload when the change touched a memo: memos, a coding's memo (not any coding: a
        coding action must not read every coding again), documents' or codes' names. A
        hidden panel reloads when it is shown."""
        if not _touches_memos(changes):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        p = self.session.project
        q = self.search.text().strip() or None
        rows = [{"kind": m["target"], **m} for m in p.memo_list(search=q)]
        rows += [{"kind": "coding", "id": c["id"], "about": f"{c['document_title']} · {c['code']} "
                  f"{c['start']}–{c['end']}", "text": c["memo"], "coder": c["coder"],
                  "updated_at": c["updated_at"], "coding": c} for c in p.coding_memos(search=q)]
        self.model_.set_rows(rows)

    def _selected(self) -> dict | None:
        rows = self.table.selected_rows()
        return self.model_.rows[rows[0]] if rows else None

    def new_memo(self, kind: str) -> int | None:
        doc_id, code_id = self.context()
        target_id = {"project": None, "document": doc_id, "code": code_id}[kind]
        if kind != "project" and target_id is None:
            self.session.report(tr("Open a document or select a code first."))
            return None
        dialog = MemoDialog(self, tr("New memo"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.session.perform(None, lambda p: p.add_memo(kind, target_id, dialog.text()))

    def edit_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.edit(row)

    def edit(self, row: dict) -> None:
        passage = None
        if row["kind"] == "coding":
            c = row["coding"]
            passage = self.session.project.document_text(c["document_id"])[c["start"]:c["end"]]
        dialog = MemoDialog(self, tr("Edit memo"), row["text"], passage)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if row["kind"] == "coding":
            self.session.perform(None, lambda p: p.set_memo(row["id"], dialog.text()))
        else:
            self.session.perform(None, lambda p: p.edit_memo(row["id"], dialog.text()))

    def delete_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        if row["kind"] == "coding":
            self.session.perform(None, lambda p: p.set_memo(row["id"], ""))
        else:
            self.session.perform(None, lambda p: p.delete_memo(row["id"]))

    def _activated(self, i: int) -> None:
        row = self.model_.rows[i]
        if row["kind"] == "coding":
            c = row["coding"]
            self.jumpRequested.emit(c["document_id"], c["start"], c["end"])
        else:
            self.edit(row)


def _touches_memos(changes) -> bool:
    if changes.action_id is None or changes.tables & {"memos", "documents", "codes", "coders"}:
        return True
    return any((r.before or {}).get("memo") or (r.after or {}).get("memo")
               for r in changes.of("codings"))
