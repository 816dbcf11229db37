"""Undo and redo in the library, with the undo pointer kept in the project file.

Every undoable action belongs to a *step* (``actions.step_id``: its own id, or the first id
of actions merged into one step). ``actions.undone`` is 0 for a live step, the id of the undo
action that reverted it while it can be redone, and -1 once a new action made redo
impossible. So a reopened project, another window or the command line continue exactly
where the user left off: :meth:`undo` reverts the newest live step, :meth:`redo` brings back
the step undone last.

Replay compares only the columns a history row holds, so an action recorded before a schema
step can still be undone after it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import NothingToUndo, UndoConflict
from desktop_app.core.messages import Message
from desktop_app.core.project.changes import Changes, RowChange
from desktop_app.core.project.store import Store

TEXT_REF = "$text_of"


@dataclass(frozen=True)
class UndoStatus:
    """What Undo and Redo would do now: the steps' labels (None: nothing to undo/redo)."""

    undo: Message | None
    redo: Message | None
    undo_step: int | None
    redo_step: int | None


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: str
    coder: str
    label: Message
    kind: str
    undone: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "coder": self.coder, "label": str(self.label),
                "kind": self.kind, "undone": self.undone}


class HistoryMixin(Store):
    def _after_do(self, action_id: int, changed: bool) -> None:
        if not changed:
            return  # nothing to undo: not a step
        self.conn.execute("UPDATE actions SET undone = -1 WHERE undone > 0 AND step_id IS NOT NULL")
        self.conn.execute("UPDATE actions SET step_id = id WHERE id = ?", (action_id,))

    # -- what undo/redo would do -------------------------------------------------------------

    def _undo_step(self) -> int | None:
        row = self.conn.execute(
            "SELECT step_id FROM actions WHERE step_id IS NOT NULL AND undone = 0 "
            "ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    def _redo_step(self) -> int | None:
        row = self.conn.execute(
            "SELECT step_id FROM actions WHERE step_id IS NOT NULL AND undone > 0 "
            "ORDER BY undone DESC, id DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    def step_label(self, step_id: int) -> Message:
        row = self.conn.execute(
            "SELECT label, message, step_message FROM actions WHERE id = ?", (step_id,)).fetchone()
        if row is None:
            return Message.verbatim(str(step_id))
        label, message, step_message = row
        return Message.from_json(step_message or message, fallback=label)

    def undo_status(self) -> UndoStatus:
        u, r = self._undo_step(), self._redo_step()
        return UndoStatus(None if u is None else self.step_label(u),
                          None if r is None else self.step_label(r), u, r)

    def history(self, limit: int | None = None) -> list[HistoryEntry]:
        """The audit trail, newest first: every action with its label and whether it is undone."""
        sql = "SELECT id, at, coder, label, message, kind, undone FROM actions ORDER BY id DESC"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        return [HistoryEntry(int(i), at, coder, Message.from_json(msg, fallback=label), kind,
                             bool(undone and undone != 0))
                for i, at, coder, label, msg, kind, undone in self.conn.execute(sql, params)]

    def last_action_id(self) -> int:
        row = self.conn.execute("SELECT MAX(id) FROM actions").fetchone()
        return int(row[0] or 0)

    def live_steps_since(self, action_id: int) -> int:
        """How many undoable actions were committed after `action_id`."""
        row = self.conn.execute("SELECT COUNT(*) FROM actions WHERE id > ? AND step_id IS NOT "
                                "NULL AND undone = 0", (action_id,)).fetchone()
        return int(row[0])

    def merge_steps(self, first_action_id: int, label: Message | None = None) -> int | None:
        """Make every live step from `first_action_id` on one undo step (e.g. several actions a
        worker committed for one gesture). Returns the step's id, None when there is none."""
        with self.transaction():
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM actions WHERE id >= ? AND step_id IS NOT NULL AND undone = 0 "
                "ORDER BY id", (first_action_id,))]
            if not ids:
                return None
            self.conn.execute(
                f"UPDATE actions SET step_id = ? WHERE id IN ({','.join('?' * len(ids))})",
                (ids[0], *ids))
            if label is not None:
                self.conn.execute("UPDATE actions SET step_message = ? WHERE id = ?",
                                  (label.to_json(), ids[0]))
        return ids[0]

    def changes_since(self, action_id: int) -> Changes:
        """The change record of every action after `action_id` (committed by another
        connection, say), with whole rows: `after` as the row is now, `before` filled in from
        it where the history kept only the changed columns. A document's text is left out: it
        is not read again (an import of 1,000 files would read them all back)."""
        rows: list[RowChange] = []
        last = None
        for aid, table, row_id, before, after in self.conn.execute(
                "SELECT action_id, table_name, row_id, before, after FROM history "
                "WHERE action_id > ? ORDER BY id", (int(action_id),)):
            last = aid
            now_row = self._row_without_text(table, row_id)
            old = None if before is None else json.loads(before)
            if old is not None and now_row is not None and after is not None:
                old = {**now_row, **old}
            if old is not None and table == "documents":
                old.pop("text", None)
            rows.append(RowChange(table, row_id, old, now_row if after is not None else None))
        return Changes(last, rows)

    # -- undo / redo -------------------------------------------------------------------------

    def _step_of(self, action_id: int) -> tuple[int, int]:
        row = self.conn.execute("SELECT step_id, undone FROM actions WHERE id = ?",
                                (int(action_id),)).fetchone()
        if row is None:
            raise UndoConflict(Message("action {n} does not exist", n=int(action_id)))
        if row[0] is None:
            raise NothingToUndo(Message("action {n} changed nothing that can be undone",
                                        n=int(action_id)))
        return int(row[0]), int(row[1])

    def undo(self, action_id: int | None = None) -> Changes:
        """Revert the newest step (or the step of `action_id`) as one new 'undo' action.

        Refused with :class:`UndoConflict` when its rows changed since, and with
        :class:`NothingToUndo` when there is nothing to undo."""
        if action_id is None:
            step = self._undo_step()
            if step is None:
                raise NothingToUndo(Message("nothing to undo"))
        else:
            step, undone = self._step_of(action_id)
            if undone != 0:
                raise UndoConflict(Message("cannot undo '{label}': it is undone already",
                                           label=self.step_label(step)))
        label = self.step_label(step)
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM actions WHERE step_id = ? AND undone = 0 ORDER BY id DESC", (step,))]
        with self.action(Message("Undo {label}", label=label), kind="undo", target=step) as new:
            for aid in ids:
                self._replay(aid, reverse=True, label=label)
            self.conn.execute(
                f"UPDATE actions SET undone = ? WHERE id IN ({','.join('?' * len(ids))})",
                (new, *ids))
        return self.last_changes

    def redo(self, action_id: int | None = None) -> Changes:
        """Apply the step undone last (or the step of `action_id`) again, with the same ids."""
        if action_id is None:
            step = self._redo_step()
            if step is None:
                raise NothingToUndo(Message("nothing to redo"))
        else:
            step, undone = self._step_of(action_id)
            if undone == 0:
                raise UndoConflict(Message("cannot redo '{label}': it is not undone",
                                           label=self.step_label(step)))
        label = self.step_label(step)
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM actions WHERE step_id = ? AND undone <> 0 ORDER BY id", (step,))]
        with self.action(Message("Redo {label}", label=label), kind="redo", target=step):
            for aid in ids:
                self._replay(aid, reverse=False, label=label)
            self.conn.execute(
                f"UPDATE actions SET undone = 0 WHERE id IN ({','.join('?' * len(ids))})", ids)
        return self.last_changes

    def action_rows(self, action_id: int) -> list[tuple[str, int, dict | None, dict | None]]:
        rows = self.conn.execute(
            "SELECT table_name, row_id, before, after FROM history WHERE action_id=? ORDER BY id",
            (action_id,),
        ).fetchall()
        return [
            (t, r, None if b is None else json.loads(b), None if a is None else json.loads(a))
            for t, r, b, a in rows
        ]

    def _replay(self, action_id: int, reverse: bool, label: Message) -> None:
        steps = self.action_rows(action_id)
        if reverse:
            steps = [(t, r, a, b) for t, r, b, a in reversed(steps)]  # from after back to before
        for table, row_id, expected, wanted in steps:
            current = self._row(table, row_id)
            if not _matches(current, expected):
                raise UndoConflict(_changed_since(label, reverse))
            try:
                if wanted is None:
                    self._delete(table, row_id)
                    continue
                wanted = self._known_columns(table, self._resolve_text(table, row_id, wanted))
                if expected is None:
                    self._insert(table, wanted)
                else:
                    self._update(table, row_id, {k: v for k, v in wanted.items() if k != "id"})
            except sqlite3.IntegrityError:
                # a row added since takes the same name/passage/text, or still needs the row
                # this would delete; the action rolls back as a whole
                raise UndoConflict(_clashes(label, reverse)) from None
            except LookupError:
                raise UndoConflict(_changed_since(label, reverse)) from None
        # (a replayed update or delete of a document drops its cached text in _update and
        # _delete; the others stay: an undone coding must not make every list read its
        # document's text again)

    def _resolve_text(self, table: str, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Replace a stored reference to a document's text by the text (kept by the history
        row that deleted it, or the document row itself)."""
        ref = values.get("text")
        if not (isinstance(ref, dict) and TEXT_REF in ref):
            return values
        digest = ref[TEXT_REF]
        for (before,) in self.conn.execute(
                "SELECT before FROM history WHERE table_name = ? AND row_id = ? AND before "
                "IS NOT NULL ORDER BY id DESC", (table, row_id)):
            old = json.loads(before)
            if isinstance(old.get("text"), str) and old.get("sha256", digest) == digest:
                return {**values, "text": old["text"]}
        row = self.conn.execute("SELECT text FROM documents WHERE sha256 = ?", (digest,)).fetchone()
        if row is not None:
            return {**values, "text": row[0]}
        raise LookupError(digest)

    def _known_columns(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        cols = set(self._columns(table))
        return {k: v for k, v in values.items() if k in cols}


def _changed_since(label: Message, undo: bool) -> Message:
    if undo:
        return Message("cannot undo '{label}': it was changed since", label=label)
    return Message("cannot redo '{label}': it was changed since", label=label)


def _clashes(label: Message, undo: bool) -> Message:
    if undo:
        return Message("cannot undo '{label}': what it restores clashes with a later change",
                       label=label)
    return Message("cannot redo '{label}': what it restores clashes with a later change",
                   label=label)


def _matches(current: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    """Whether the row is as the history left it, on the columns the history row has."""
    if expected is None or current is None:
        return expected is None and current is None
    for k, v in expected.items():
        if k not in current:
            continue  # a column a later schema step removed
        if isinstance(v, dict) and TEXT_REF in v:
            if current.get("sha256") != v[TEXT_REF]:
                return False
        elif current[k] != v:
            return False
    return True
