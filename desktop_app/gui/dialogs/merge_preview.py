"""File ▸ Merge…: what a merge would bring in (the dry-run report), before anything changes.

Integration (gui/window/file_actions.py)::

    dlg = MergePreviewDialog(report, window)
    if dlg.exec() == QDialog.DialogCode.Accepted:   # "Merge" pressed
        ... run the merge ...

A table of documents, codes, coders, codings, memos and attributes (added / matched /
skipped) and the notes (why things were matched or skipped). When nothing would be added
the Merge button is disabled.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.interchange.merge import KIND_NAMES, KINDS, MergeReport
from desktop_app.gui.i18n import render, tr


def adds_anything(report: MergeReport) -> bool:
    return any(report.counts[k]["added"] for k in KINDS)


class MergePreviewDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.setWindowTitle(tr("Merge {0}").format(report.source))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Merging {0} would bring in:").format(report.source)))
        self.table = QTableWidget(len(KINDS), 3, self)
        self.table.setHorizontalHeaderLabels([tr("added"), tr("matched"), tr("skipped")])
        self.table.setVerticalHeaderLabels([render(KIND_NAMES[k]) for k in KINDS])
        for row, kind in enumerate(KINDS):
            for col, what in enumerate(("added", "matched", "skipped")):
                item = QTableWidgetItem(str(report.counts[kind][what]))
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setPlainText("\n".join(render(m) for m in report.notes))
        self.notes.setVisible(bool(report.notes))
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(adds_anything(report))
        if not adds_anything(report):
            layout.addWidget(QLabel(tr("Nothing new to merge: everything is already in the project.")))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)


def confirm_merge(parent: QWidget | None, report: MergeReport) -> bool:
    """Show the preview; True when the user chose Merge (tests replace this function)."""
    return MergePreviewDialog(report, parent).exec() == QDialog.DialogCode.Accepted
