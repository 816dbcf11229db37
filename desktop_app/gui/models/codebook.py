"""The codebook as a Qt tree model: name (colour swatch, description tooltip), key, codings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop_app.core.project import Changes
from desktop_app.gui.i18n import QT_TR_NOOP, tr

MIME = "application/x-biaozhu-code"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


def swatch(colour: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


_R = Qt.ItemDataRole
DISPLAY, DECORATION, TOOLTIP, ALIGN, USER = (_R.DisplayRole, _R.DecorationRole, _R.ToolTipRole,
                                             _R.TextAlignmentRole, _R.UserRole)
ANSWERED = frozenset((DISPLAY, DECORATION, TOOLTIP, ALIGN, USER))
CENTRE = int(Qt.AlignmentFlag.AlignCenter)

class CodebookModel(QAbstractItemModel):
    moveRequested = Signal(int, object)  # code id, new parent id (None = top level)

    COLUMNS = (QT_TR_NOOP("Code"), QT_TR_NOOP("Key"), QT_TR_NOOP("Codings"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: dict[int, dict[str, Any]] = {}
        self.children: dict[int | None, list[int]] = {None: []}
        self._icons: dict[str, QIcon] = {}

    def load(self, codes: list[dict[str, Any]], counts: dict[int, int] | None = None) -> None:
        """The codebook; `counts` (code id -> codings) replaces the rows' own counts, e.g.
        those of the coder the highlights show."""
        self.beginResetModel()
        if counts is not None:
            codes = [{**c, "codings": counts.get(c["id"], 0)} for c in codes]
        self.rows = {c["id"]: c for c in codes}
        self.children = {None: []}
        for c in codes:  # tree order: parents first
            self.children.setdefault(c["parent_id"], []).append(c["id"])
        self.endResetModel()

    def apply(self, changes: Changes, coder: int | None = None) -> None:
        """Recount the codes a change record of codings touched (the codings of `coder`, or of
        everyone): one count, one repainted cell, per coding."""
        for change in changes.of("codings"):
            for row, step in ((change.before, -1), (change.after, 1)):
                if row is None or "code_id" not in row:
                    continue
                if coder is not None and row.get("coder_id") != coder:
                    continue
                code = self.rows.get(row["code_id"])
                if code is not None:
                    code["codings"] = max(0, code["codings"] + step)
                    index = self.index_of(code["id"], 2)
                    self.dataChanged.emit(index, index)

    def code_id(self, index: Index) -> int | None:
        return index.internalId() if index.isValid() else None

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        row = self.rows.get(code_id)
        if row is None:
            return QModelIndex()
        siblings = self.children.get(row["parent_id"], [])
        return self.createIndex(siblings.index(code_id), column, code_id)

    # -- structure -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        kids = self.children.get(self.code_id(parent), [])
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        pid = self.rows[index.internalId()]["parent_id"]
        return QModelIndex() if pid is None else self.index_of(pid)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.children.get(self.code_id(parent), []))

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():  # most roles a repaint asks: none
            return None
        r = self.rows[index.internalId()]
        col = index.column()
        if role == DISPLAY:
            return (r["name"], r["shortcut"] or "", r["codings"])[col]
        if role == DECORATION and col == 0:
            icon = self._icons.get(r["colour"])
            if icon is None:
                icon = self._icons[r["colour"]] = swatch(r["colour"])
            return icon
        if role == TOOLTIP:
            desc = r.get("description") or ""
            name_en = f" ({r['name_en']})" if r.get("name_en") else ""
            return f"{r['path']}{name_en}" + (f"\n\n{desc}" if desc else "")
        if role == ALIGN and col > 0:
            return CENTRE
        if role == USER:
            return r["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag a code under another -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = sorted({i.internalId() for i in indexes if i.isValid()})
        data.setData(MIME, ",".join(map(str, ids)).encode())
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not data.hasFormat(MIME):
            return False
        target = self.code_id(parent)
        for part in bytes(data.data(MIME).data()).decode().split(","):
            if part.isdigit() and int(part) != target:
                self.moveRequested.emit(int(part), target)
        return False  # the session moves it and reloads; Qt must not remove rows itself
