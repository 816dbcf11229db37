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


Pages = Callable[[Key | None], list[Key]]  # the next page of keys after a key (None: first)


class SegmentsModel(QAbstractTableModel):
    """``keys`` holds the keys read so far, in order: every one when the model was given them
    all, else the pages read as the view scrolled (``more`` reads the next one), so 100,000
    codings open on one page. ``total()`` counts every coding in scope either way."""

    page_size = PAGE  # keys read at a time, rows handed to the view at a time

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.keys: list[Key] = []
        self.scope = Scope()
        self.names: Names | None = None
        self._fetched = 0
        self._more: Pages | None = None  # None: every key is in self.keys
        self._total = 0
        self._inserting = False
        self._as_of: int | None = None

    # -- filling and following changes -----------------------------------------------------

    def reset(self, keys: Sequence[Key], scope: Scope, names: Names | None,
              more: Pages | None = None, total: int | None = None,
              as_of: int | None = None) -> None:
        """Show these keys; with `more`, they are the first page of `total`, read when action
        `as_of` was the last: change records of that action or earlier are in them already
        (a coding not read yet cannot be told from one counted twice)."""
        self._as_of = as_of
        self.beginResetModel()
        self.keys, self.scope, self.names = list(keys), scope, names
        self._more = more if more is not None and len(self.keys) < (total or 0) else None
        self._total = len(self.keys) if self._more is None else int(total or 0)
        self._fetched = min(self.page_size, len(self.keys))
        self.endResetModel()

    def apply(self, changes: Changes) -> None:
        """Follow a change record of codings: remove the old rows, insert the new ones."""
        if (self._as_of is not None and changes.action_id is not None
                and changes.action_id <= self._as_of):
            return  # read with the keys already
        for change in changes.of("codings"):
            before, after = change.before, change.after
            was = before is not None and "document_id" in before
            now = after is not None and self.scope.holds(after)
            # the count follows the record alone, whatever pages were read (a page read
            # after the action holds its coding already)
            if was and {"code_id", "coder_id"} <= before.keys():
                self._total += int(now) - int(self.scope.holds(before))
            elif not was:
                self._total += int(now)
            if was:
                self._remove(key_of(before))
            if now:
                self._insert(key_of(after))

    def _read_to(self, key: Sequence[int]) -> bool:
        """Whether `key` falls among the keys read (every key up to the last one read)."""
        return self._more is None or (bool(self.keys) and tuple(key[:4]) <= self.keys[-1][:4])

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
        if not self._read_to(key):
            return  # after the keys read: it comes with its page
        if i <= self._fetched:
            self.beginInsertRows(ROOT, i, i)
            self.keys.insert(i, key)
            self._fetched += 1
            self.endInsertRows()
        else:
            self.keys.insert(i, key)

    def total(self) -> int:
        return self._total

    def key(self, row: int) -> Key:
        return self.keys[row]

    # -- lazy rows ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and (self._fetched < len(self.keys) or self._more is not None)

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802
        if parent.isValid() or self._inserting:
            return  # (a view asking for more while rows go in waits for them)
        if self._fetched >= len(self.keys) and self._more is not None:
            page = self._more(self.keys[-1] if self.keys else None)
            self.keys.extend(page)
            if len(page) < self.page_size:
                self._more = None  # the last page
                self._total = len(self.keys)
        more = min(self.page_size, len(self.keys) - self._fetched)
        if more <= 0:
            return
        self._inserting = True
        try:
            self.beginInsertRows(ROOT, self._fetched, self._fetched + more - 1)
            self._fetched += more
            self.endInsertRows()
        finally:
            self._inserting = False

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
