"""Split at headings: the proposed cuts of a document, each with a checkbox, and the titles of
the parts they make (editable). The dialog only chooses; the caller splits (one action).

Offsets are code points of the heading lines' starts (``core.text.headings``). Headings that
look like an article's title (a byline follows) are checked at first; when none does, all are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project.splitting import part_title
from desktop_app.core.text.headings import Heading
from desktop_app.gui.i18n import tr

OFFSET_ROLE = Qt.ItemDataRole.UserRole
PEEK_CHARS = 60  # of the text after a heading, in its tooltip


class SplitPreviewDialog(QDialog):
    """objectName ``splitPreviewDialog``; the table is ``splitCuts``, the first part's title
    ``firstPartTitle``. After OK: :meth:`offsets` and :meth:`titles`."""

    def __init__(self, title: str, text: str, found: Sequence[Heading],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitPreviewDialog")
        self.setWindowTitle(tr("Split at headings"))
        self.text = text
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("“{0}”: check the headings to split at. Each checked heading starts a "
                          "new document; edit the parts' titles in the right column. Codings move "
                          "with their text; one undo brings the document back.").format(title), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.first_label = QLabel(self)
        lay.addWidget(self.first_label)
        self.first_title = QLineEdit(self, objectName="firstPartTitle")
        lay.addWidget(self.first_title)
        self.table = QTableWidget(len(found), 3, self)
        self.table.setObjectName("splitCuts")
        self.table.setHorizontalHeaderLabels([tr("Split at heading"), tr("Characters"),
                                              tr("Title of the part")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        any_byline = any(h.byline for h in found)
        for row, h in enumerate(found):
            cut = QTableWidgetItem(h.text)
            cut.setData(OFFSET_ROLE, h.offset)
            cut.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                         | Qt.ItemFlag.ItemIsSelectable)
            checked = h.byline or not any_byline
            cut.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            start = h.offset + len(h.text)
            cut.setToolTip(tr("at character {0}").format(h.offset) + "\n"
                           + " ".join(text[start:start + PEEK_CHARS].split()) + "…")
            size = QTableWidgetItem("")
            size.setFlags(Qt.ItemFlag.ItemIsEnabled)
            size.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QTableWidgetItem(h.text)
            self.table.setItem(row, 0, cut)
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, name)
        lay.addWidget(self.table, 1)
        self.summary = QLabel(self, objectName="splitSummary")
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        first_end = found[0].offset if found else len(text)
        self.first_title.setText(part_title(text[:first_end], title))
        self.table.itemChanged.connect(lambda _item: self._update())
        self._update()

    def _checked_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        """Sizes of the parts, the first part's label and the OK button follow the checks."""
        rows = self._checked_rows()
        cuts = [self.table.item(r, 0).data(OFFSET_ROLE) for r in rows]
        ends = [*cuts[1:], len(self.text)]
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            on = r in rows
            size = self.table.item(r, 1)
            size.setText(f"{ends[rows.index(r)] - cuts[rows.index(r)]:,}" if on else "")
            name = self.table.item(r, 2)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            name.setFlags(flags | Qt.ItemFlag.ItemIsEditable if on else Qt.ItemFlag.NoItemFlags)
        self.table.blockSignals(False)
        first = cuts[0] if cuts else len(self.text)
        self.first_label.setText(tr("Title of the first part ({0} characters):").format(f"{first:,}"))
        self.summary.setText(tr("{0} document(s) after the split").format(len(cuts) + 1))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(cuts))

    def set_checked(self, row: int, checked: bool) -> None:
        self.table.item(row, 0).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def offsets(self) -> list[int]:
        """The checked cuts (code points), increasing."""
        return [int(self.table.item(r, 0).data(OFFSET_ROLE)) for r in self._checked_rows()]

    def titles(self) -> list[str]:
        """One title per part, the first part's first (an empty one: the part's first line)."""
        return [self.first_title.text().strip(),
                *(self.table.item(r, 2).text().strip() for r in self._checked_rows())]
