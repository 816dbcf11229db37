"""Change records: which rows of which tables an action touched, with their before/after.

Views update from these alone (Anki's ``OpChanges``): a new coding is one inserted row of
``codings``, an undo lists the rows it put back. ``before``/``after`` are whole rows as read
from the database (``None`` for an inserted / deleted row).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowChange:
    table: str
    row_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def kind(self) -> str:
        """'insert', 'update' or 'delete'."""
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"


@dataclass(frozen=True)
class Changes:
    """What one action (or undo/redo step) changed. `action_id` None: nothing was done."""

    action_id: int | None
    rows: list[RowChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(r.table for r in self.rows)

    def of(self, table: str) -> Iterator[RowChange]:
        return (r for r in self.rows if r.table == table)

    def ids(self, table: str) -> set[int]:
        return {r.row_id for r in self.rows if r.table == table}

    def only(self, *tables: str) -> bool:
        """True when every change is in one of `tables` (and there is at least one)."""
        return bool(self.rows) and self.tables <= set(tables)

    def __add__(self, other: Changes) -> Changes:
        return Changes(other.action_id or self.action_id, [*self.rows, *other.rows])


NO_CHANGES = Changes(None, [])
