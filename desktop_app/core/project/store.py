"""The project file: one SQLite database per project, and the one path every change takes.

Every user action runs in :meth:`Store.action`: one ``BEGIN IMMEDIATE`` transaction that
also writes an ``actions`` row (who, when, what, as a language-neutral message) and one
``history`` row per changed row (before/after as JSON). Undo and redo (history.py) replay
that history, so they cover every kind of change without special cases, and a crash after an
action returned loses nothing. Each action leaves a change record (:class:`Changes`).
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from desktop_app.core.errors import BiaozhuError, NeedsUpgrade, ProjectFileError
from desktop_app.core.messages import Message
from desktop_app.core.paths import sqlite_uri
from desktop_app.core.project.changes import Changes, RowChange
from desktop_app.core.project.schema import APP_ID, GUID_TABLES, known_names, migrations, new_guid

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT = 2.0  # seconds to wait for another program's write before giving up
PROJECT_SUFFIX = ".biaozhu"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def default_coder() -> str:
    """BIAOZHU_CODER if set, else the login name."""
    if os.environ.get("BIAOZHU_CODER", "").strip():
        return os.environ["BIAOZHU_CODER"].strip()
    try:
        return getpass.getuser() or "coder"
    except Exception:  # no login name (some containers, Windows services)
        return "coder"


def _missing(table: str, row_id: int) -> Message:
    if table == "documents":
        return Message("document {n} does not exist", n=row_id)
    if table == "codes":
        return Message("code {n} does not exist", n=row_id)
    if table == "codings":
        return Message("coding {n} does not exist", n=row_id)
    if table == "coders":
        return Message("coder {n} does not exist", n=row_id)
    return Message("row {n} of {table} does not exist", n=row_id, table=table)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Store:
    """An open project file: its connection and the one write path. Not shared between
    threads: open one per thread. :class:`~desktop_app.core.project.Project` adds the
    documents, codebook, codings and history on top."""

    def __init__(self, path: Path, conn: sqlite3.Connection, coder: str, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.coder = coder
        self.readonly = readonly
        self._action_id: int | None = None
        self._changes: list[RowChange] = []
        self._text_cache: dict[int, str] = {}
        self.last_changes: Changes = Changes(None, [])

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, coder: str | None = None) -> Self:
        p = Path(path)
        if p.exists():
            raise ProjectFileError(Message("{file}: already exists; choose another name", file=p))
        if not p.parent.is_dir():
            raise ProjectFileError(Message("{file}: the folder {folder} does not exist", file=p, folder=p.parent))
        try:
            conn = _connect(p, readonly=False)
        except sqlite3.Error as e:
            remove_project_files(p)
            raise ProjectFileError(Message("{file}: cannot create the project file ({detail})", file=p, detail=e)) from None
        project = cls(p, conn, coder or default_coder(), readonly=False)
        try:
            project._prepare(new=True)
            project._setup_new()
        except BaseException as e:
            conn.close()
            remove_project_files(p)
            if isinstance(e, sqlite3.Error):
                raise ProjectFileError(Message("{file}: cannot create the project file ({detail})", file=p, detail=e)) from None
            raise
        return project

    @classmethod
    def open(cls, path: str | os.PathLike, coder: str | None = None, readonly: bool = False) -> Self:
        p = Path(path)
        if not p.exists():
            raise ProjectFileError(Message("{file}: no such project file", file=p))
        if p.is_dir():
            raise ProjectFileError(Message("{file}: is a folder, not a project file", file=p))
        try:
            with open(p, "rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except OSError as e:
            raise ProjectFileError(Message("{file}: cannot be read ({detail})", file=p, detail=e.strerror)) from None
        if header != SQLITE_HEADER:
            if not header:
                raise ProjectFileError(
                    Message("{file}: is not a Biaozhu project (an empty file)", file=p))
            raise ProjectFileError(
                Message("{file}: is not a Biaozhu project (not an SQLite database)", file=p))
        if not readonly and not os.access(p, os.W_OK):
            raise ProjectFileError(
                Message("{file}: the file is read-only; make it writable or copy it to open it for coding", file=p)
            )
        try:
            conn = _connect(p, readonly=readonly)
        except sqlite3.OperationalError as e:
            raise ProjectFileError(Message("{file}: cannot be opened ({detail})", file=p, detail=e)) from None
        except sqlite3.DatabaseError as e:
            raise ProjectFileError(Message("{file}: is damaged or not a Biaozhu project ({detail})", file=p, detail=e)) from None
        project = cls(p, conn, coder or default_coder(), readonly=readonly)
        try:
            project._prepare(new=False)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise ProjectFileError(Message("{file}: is damaged or not a Biaozhu project ({detail})", file=p, detail=e)) from None
        except BaseException:
            conn.close()
            raise
        return project

    def _setup_new(self) -> None:
        """What a new project holds before the user does anything (not undoable)."""
        self.coder_id()  # the project knows who made it

    def _prepare(self, new: bool) -> None:
        conn = self.conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not new:
            if "project_info" not in tables:
                raise ProjectFileError(
                    Message("{file}: is an SQLite database but not a Biaozhu project", file=self.path)
                )
            app = conn.execute("SELECT value FROM project_info WHERE key='app'").fetchone()
            if not app or app[0] != APP_ID:
                raise ProjectFileError(Message("{file}: is an SQLite database but not a Biaozhu project", file=self.path))
            applied = [m.name for m in migrations.applied(self.db)]
            newer = [n for n in applied if n not in known_names()]
            if newer:
                raise ProjectFileError(
                    Message("{file}: was saved by a newer version of Biaozhu (schema {schema}); update Biaozhu to open it. The file was not changed.", file=self.path, schema=newer[-1])
                )
            if not self.readonly:
                self._check_not_locked()
        if self.readonly:
            if migrations.pending(self.db):
                raise NeedsUpgrade(
                    Message("{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow", file=self.path)
                )
            return
        conn.execute("PRAGMA journal_mode=WAL")
        pending = migrations.pending(self.db)
        if pending and not new:
            self._backup(f"before-{pending[0].name}")
        migrations.apply(self.db)
        if new:
            with self.db.atomic():
                conn.executemany(
                    "INSERT INTO project_info (key, value) VALUES (?, ?)",
                    [("app", APP_ID), ("created_at", now()), ("name", self.path.stem)],
                )

    def _check_not_locked(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("ROLLBACK")
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise ProjectFileError(
                    Message("{file}: is locked by another program (open in another Biaozhu window, or a sync tool?); close it there and try again", file=self.path)
                ) from None
            raise

    def _backup(self, reason: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{reason}.{stamp}.bak")
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target

    def close(self) -> None:
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def info(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM project_info WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # -- the one write path ----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error).

        Only for derived data kept out of the history (the word index); user changes go
        through :meth:`action`. When another program holds the write lock for longer than
        the busy timeout, a :class:`ProjectFileError` names the file instead of a crash.
        """
        if self.readonly:
            raise ProjectFileError(Message("{file}: opened read-only; nothing can be changed", file=self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise ProjectFileError(Message("{file}: cannot write ({detail}); is it open elsewhere?", file=self.path, detail=e)) from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._text_cache.clear()
            if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
                raise ProjectFileError(Message("{file}: cannot write ({detail}); nothing was changed", file=self.path, detail=e)) from None
            raise

    @contextmanager
    def action(self, label: Message, kind: str = "do", target: int | None = None,
               undoable: bool = True) -> Iterator[int]:
        """One user action = one transaction + one audit entry. Yields the action id.

        `label` is a :class:`Message`, stored language-neutral (English text in ``label``,
        the message in ``message``). Actions started inside another are part of it. Actions
        that are not `undoable` (set-up, an implicit new coder) are recorded as kind 'auto'.
        Afterwards :attr:`last_changes` lists the rows the action touched.
        """
        if self._action_id is not None:  # nested: part of the enclosing action
            yield self._action_id
            return
        if kind == "do" and not undoable:
            kind = "auto"
        self._changes = []
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO actions (at, coder, label, message, kind, target_action_id) "
                "VALUES (?,?,?,?,?,?)",
                (now(), self.coder, str(label), label.to_json(), kind, target),
            )
            action_id = self._action_id = int(cur.lastrowid)  # type: ignore[arg-type]
            try:
                yield action_id
                if kind == "do":
                    self._after_do(action_id, bool(self._changes))
            finally:
                self._action_id = None
        self.last_changes = Changes(action_id, self._changes)
        self._changes = []

    def _after_do(self, action_id: int, changed: bool) -> None:
        """Hook for the history: a new action clears what could be redone."""

    @property
    def in_action(self) -> bool:
        """True inside :meth:`action` (derived data must not be written then)."""
        return self._action_id is not None

    def _require_action(self) -> int:
        if self._action_id is None:
            raise RuntimeError("database writes must run inside Project.action()")
        return self._action_id

    def _row(self, table: str, row_id: int) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM {_q(table)} WHERE id=?", (row_id,))
        return rows[0] if rows else None

    def _record(self, table: str, row_id: int, before: dict | None, after: dict | None) -> None:
        """One history row. Updates keep only the columns that changed (and the id), so a
        document's text is not stored again when its title changes; an inserted document's
        text is stored as a reference to its sha256 (the row itself holds it)."""
        self._changes.append(RowChange(table, row_id, before, after))
        old, new = before, after
        if before is not None and after is not None:
            cols = [k for k in after if before.get(k) != after.get(k)]
            old = {"id": row_id, **{k: before.get(k) for k in cols}}
            new = {"id": row_id, **{k: after[k] for k in cols}}
        elif new is not None and table == "documents" and "text" in new and "sha256" in new:
            new = {**new, "text": {"$text_of": new["sha256"]}}
        self.conn.execute(
            "INSERT INTO history (action_id, table_name, row_id, before, after) VALUES (?,?,?,?,?)",
            (
                self._require_action(),
                table,
                row_id,
                None if old is None else json.dumps(old, ensure_ascii=False),
                None if new is None else json.dumps(new, ensure_ascii=False),
            ),
        )

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert a row (inside an action); a row of a GUID table gets a new GUID unless
        `values` brings one."""
        self._require_action()
        if table in GUID_TABLES and not values.get("guid"):
            values = {**values, "guid": new_guid()}
        cols = ", ".join(_q(c) for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks})", tuple(values.values())
        )
        row_id = int(cur.lastrowid)  # type: ignore[arg-type]
        self._record(table, row_id, None, self._row(table, row_id))
        return row_id

    def _update(self, table: str, row_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        self._require_action()
        before = self._row(table, row_id)
        if before is None:
            raise BiaozhuError(_missing(table, row_id))
        sets = ", ".join(f"{_q(c)}=?" for c in changes)
        self.conn.execute(
            f"UPDATE {_q(table)} SET {sets} WHERE id=?", (*changes.values(), row_id)
        )
        after = self._row(table, row_id)
        if after != before:
            self._record(table, row_id, before, after)
        if table == "documents":
            self._text_cache.pop(row_id, None)
        return after  # type: ignore[return-value]

    def _delete(self, table: str, row_id: int) -> dict[str, Any]:
        self._require_action()
        before = self._row(table, row_id)
        if before is None:
            raise BiaozhuError(_missing(table, row_id))
        self.conn.execute(f"DELETE FROM {_q(table)} WHERE id=?", (row_id,))
        self._record(table, row_id, before, None)
        if table == "documents":
            self._text_cache.pop(row_id, None)
        return before

    def last_action(self) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM actions ORDER BY id DESC LIMIT 1")
        return rows[0] if rows else None

    # -- coders ------------------------------------------------------------------------------

    def coder_id(self, name: str | None = None, create: bool = True) -> int | None:
        name = (name or self.coder).strip()
        if not name:
            raise BiaozhuError(Message("a coder needs a name"))
        row = self.conn.execute("SELECT id FROM coders WHERE name=?", (name,)).fetchone()
        if row:
            return int(row[0])
        if not create:
            return None
        with self.action(Message("Add coder {name}", name=name), undoable=False):
            return self._insert("coders", {"name": name, "created_at": now()})

    def coder_names(self) -> dict[int, str]:
        return dict(self.conn.execute("SELECT id, name FROM coders"))

    def coders(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM coders ORDER BY name")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(sqlite_uri(path.resolve(), mode="ro"), uri=True, timeout=BUSY_TIMEOUT,
                               isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")  # an action that returned survives a power cut
    return conn


def remove_project_files(path: str | os.PathLike) -> None:
    """Delete a project file with its -wal/-shm files (after a failed creation)."""
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(path) + suffix)
        if f.is_file():
            try:
                f.unlink()
            except OSError:
                pass


__all__ = ["Store", "now", "default_coder", "remove_project_files", "PROJECT_SUFFIX"]
