"""The coded segments as a lazy table model that follows change records.

The model holds one compact key per coding in scope, sorted as the core sorts segments
(document, start, end, id); a row's display values (title, passage, names) are made when the
view asks for them, and the view fetches rows a page at a time, so 100,000 codings open without
100,000 dicts. A change record inserts, removes or moves only the rows it touched.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Changes
from desktop_app.gui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE = 1000
PASSAGE_CHARS = 160
DISPLAY, TOOLTIP, USER = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                          Qt.ItemDataRole.UserRole)
ANSWERED = frozenset((DISPLAY, TOOLTIP, USER))
COLUMNS = (QT_TR_NOOP("Document"), QT_TR_NOOP("Passage"), QT_TR_NOOP("Code"), QT_TR_NOOP("Coder"),
           QT_TR_NOOP("Memo"))


class Key(NamedTuple):
    document_id: int
    start: int
    end: int
    id: int
    code_id: int
    coder_id: int
    memo: str


@dataclass(frozen=True)
class Scope:
    """Which codings the table lists: these codes (None: all) by this coder (None: any) in
    these documents (None: all; the document filter)."""

    codes: frozenset[int] | None = None
    coder: int | None = None
    documents: frozenset[int] | None = None

    def holds(self, row: dict[str, Any]) -> bool:
        return ((self.codes is None or row["code_id"] in self.codes)
                and (self.coder is None or row["coder_id"] == self.coder)
                and (self.documents is None or row["document_id"] in self.documents))


class Names:
    """What a row shows besides its key, looked up when it is shown (the session's project)."""

    def __init__(self, titles: Callable[[], dict[int, str]], codes: Callable[[], dict[int, str]],
                 coders: Callable[[], dict[int, str]], text: Callable[[int], str]) -> None:
        self._titles, self._codes, self._coders, self.text = titles, codes, coders, text
        self.titles, self.codes, self.coders = titles(), codes(), coders()

    def refresh(self) -> None:
        self.titles, self.codes, self.coders = self._titles(), self._codes(), self._coders()


def key_of(row: dict[str, Any]) -> Key:
    return Key(row["document_id"], row["start"], row["end"], row["id"], row["code_id"],
               row["coder_id"], row.get("memo") or "")


class SegmentsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.keys: list[Key] = []
        self.scope = Scope()
        self.names: Names | None = None
        self._fetched = 0

    # -- filling and following changes -----------------------------------------------------

    def reset(self, keys: Sequence[Key], scope: Scope, names: Names | None) -> None:
        self.beginResetModel()
        self.keys, self.scope, self.names = list(keys), scope, names
        self._fetched = min(PAGE, len(self.keys))
        self.endResetModel()

    def apply(self, changes: Changes) -> None:
        """Follow a change record of codings: remove the old rows, insert the new ones."""
        for change in changes.of("codings"):
            if change.before is not None and "document_id" in change.before:
                self._remove(key_of(change.before))
            if change.after is not None and self.scope.holds(change.after):
                self._insert(key_of(change.after))

    def _remove(self, key: Key) -> None:
        i = bisect_left(self.keys, key[:4])
        if i < len(self.keys) and self.keys[i][:4] == key[:4]:
            shown = i < self._fetched
            if shown:
                self.beginRemoveRows(ROOT, i, i)
            del self.keys[i]
            if shown:
                self._fetched -= 1
                self.endRemoveRows()

    def _insert(self, key: Key) -> None:
        i = bisect_left(self.keys, key[:4])
        if i < len(self.keys) and self.keys[i][:4] == key[:4]:
            self.keys[i] = key
            if i < self._fetched:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            return
        if i <= self._fetched:
            self.beginInsertRows(ROOT, i, i)
            self.keys.insert(i, key)
            self._fetched += 1
            self.endInsertRows()
        else:
            self.keys.insert(i, key)

    def total(self) -> int:
        return len(self.keys)

    def key(self, row: int) -> Key:
        return self.keys[row]

    # -- lazy rows ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self.keys)

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(PAGE, len(self.keys) - self._fetched)
        if more <= 0:
            return
        self.beginInsertRows(ROOT, self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return tr(COLUMNS[section])
        return None

    def text_of(self, k: Key) -> str:
        """The passage; empty for a row whose document a change just removed (the rows follow
        on the next turn of the event loop, and a view may paint in between)."""
        if self.names is None:
            return ""
        try:
            return self.names.text(k.document_id)[k.start:k.end]
        except BiaozhuError:
            return ""

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # a view asks for about seven roles per cell on every repaint: the ones not answered
        # go first and cheaply (module constants, not enum attribute look-ups)
        if role not in ANSWERED or self.names is None:
            return None
        row = index.row()
        if not 0 <= row < self._fetched:
            return None
        k, col, n = self.keys[row], index.column(), self.names
        if role == DISPLAY:
            if col == 0:
                return n.titles.get(k.document_id, "")
            if col == 1:
                t = self.text_of(k).replace("\n", " ⏎ ")
                return t if len(t) <= PASSAGE_CHARS else t[:PASSAGE_CHARS - 1] + "…"
            if col == 2:
                return n.codes.get(k.code_id, "")
            if col == 3:
                return n.coders.get(k.coder_id, "")
            return k.memo
        if role == TOOLTIP:
            if col in (1, 4):
                return self.text_of(k) if col == 1 else k.memo or None
            return None
        return k.id  # UserRole
