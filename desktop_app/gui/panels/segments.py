"""Coded segments of the selected code(s): document, passage, code, coder, memo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView

from desktop_app.gui.i18n import QT_TR_NOOP
from desktop_app.gui.models.rows import Column, RowsModel, RowsView

PASSAGE_CHARS = 160


def _passage(r: dict[str, Any]) -> str:
    t = r["text"].replace("\n", " ⏎ ")
    return t if len(t) <= PASSAGE_CHARS else t[:PASSAGE_CHARS - 1] + "…"


SEGMENT_COLUMNS = (
    Column(QT_TR_NOOP("Document"), lambda r: r["document_title"]),
    Column(QT_TR_NOOP("Passage"), _passage, tooltip=lambda r: r["text"]),
    Column(QT_TR_NOOP("Code"), lambda r: r["code"]),
    Column(QT_TR_NOOP("Coder"), lambda r: r["coder"]),
    Column(QT_TR_NOOP("Memo"), lambda r: r["memo"], tooltip=lambda r: r["memo"] or None),
)


def segments_model(parent: Any = None) -> RowsModel:
    return RowsModel(SEGMENT_COLUMNS, parent)


class SegmentsTable(RowsView):
    """objectName ``segmentsTable``. Double-click (or Enter) jumps to the passage."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, parent=None) -> None:
        super().__init__(segments_model(), "segmentsTable", parent)
        self.model_.setParent(self)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 200)
        self.rowActivated.connect(self._jump)

    def _jump(self, row: int) -> None:
        if 0 <= row < len(self.model_.rows):
            r = self.model_.rows[row]
            self.jumpRequested.emit(r["document_id"], r["start"], r["end"])
