"""The project file: one SQLite database per project, and the one path every change takes.

Every user action runs in :meth:`Project.action`: one ``BEGIN IMMEDIATE`` transaction that
also writes an ``actions`` row (who, when, what) and one ``history`` row per changed row
(before/after as JSON). Undo and redo replay that history, so they cover every kind of
change without special cases, and a crash after an action returned loses nothing.
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
from typing import Any

from sqlite_utils import Database

from desktop_app.core.errors import BiaozhuError, NeedsUpgrade, ProjectFileError, UndoConflict
from desktop_app.core.project.codebook import CodebookMixin
from desktop_app.core.project.codings import CodingsMixin
from desktop_app.core.project.documents import DocumentsMixin
from desktop_app.core.project.schema import APP_ID, known_names, migrations

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


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Project(DocumentsMixin, CodebookMixin, CodingsMixin):
    """An open project file. Not shared between threads: open one per thread."""

    def __init__(self, path: Path, conn: sqlite3.Connection, coder: str, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.coder = coder
        self.readonly = readonly
        self._action_id: int | None = None
        self._text_cache: dict[int, str] = {}

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, coder: str | None = None, codebook: bool = True) -> Project:
        p = Path(path)
        if p.exists():
            raise ProjectFileError(f"{p}: already exists; choose another name")
        if not p.parent.is_dir():
            raise ProjectFileError(f"{p}: the folder {p.parent} does not exist")
        try:
            conn = _connect(p, readonly=False)
        except sqlite3.Error as e:
            remove_project_files(p)
            raise ProjectFileError(f"{p}: cannot create the project file ({e})") from None
        project = cls(p, conn, coder or default_coder(), readonly=False)
        try:
            project._prepare(new=True)
            project.coder_id()  # the project knows who made it
            if codebook:
                project.load_default_codebook()
        except BaseException as e:
            conn.close()
            remove_project_files(p)
            if isinstance(e, sqlite3.Error):
                raise ProjectFileError(f"{p}: cannot create the project file ({e})") from None
            raise
        return project

    @classmethod
    def open(cls, path: str | os.PathLike, coder: str | None = None, readonly: bool = False) -> Project:
        p = Path(path)
        if not p.exists():
            raise ProjectFileError(f"{p}: no such project file")
        if p.is_dir():
            raise ProjectFileError(f"{p}: is a folder, not a project file")
        try:
            with open(p, "rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except OSError as e:
            raise ProjectFileError(f"{p}: cannot be read ({e.strerror})") from None
        if header != SQLITE_HEADER:
            what = "an empty file" if not header else "not an SQLite database"
            raise ProjectFileError(f"{p}: is not a Biaozhu project ({what})")
        if not readonly and not os.access(p, os.W_OK):
            raise ProjectFileError(
                f"{p}: the file is read-only; make it writable or copy it to open it for coding"
            )
        try:
            conn = _connect(p, readonly=readonly)
        except sqlite3.OperationalError as e:
            raise ProjectFileError(f"{p}: cannot be opened ({e})") from None
        except sqlite3.DatabaseError as e:
            raise ProjectFileError(f"{p}: is damaged or not a Biaozhu project ({e})") from None
        project = cls(p, conn, coder or default_coder(), readonly=readonly)
        try:
            project._prepare(new=False)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise ProjectFileError(f"{p}: is damaged or not a Biaozhu project ({e})") from None
        except BaseException:
            conn.close()
            raise
        return project

    def _prepare(self, new: bool) -> None:
        conn = self.conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not new:
            if "project_info" not in tables:
                raise ProjectFileError(
                    f"{self.path}: is an SQLite database but not a Biaozhu project"
                )
            app = conn.execute("SELECT value FROM project_info WHERE key='app'").fetchone()
            if not app or app[0] != APP_ID:
                raise ProjectFileError(f"{self.path}: is an SQLite database but not a Biaozhu project")
            applied = [m.name for m in migrations.applied(self.db)]
            newer = [n for n in applied if n not in known_names()]
            if newer:
                raise ProjectFileError(
                    f"{self.path}: was saved by a newer version of Biaozhu (schema {newer[-1]}); "
                    "update Biaozhu to open it. The file was not changed."
                )
            if not self.readonly:
                self._check_not_locked()
        if self.readonly:
            if migrations.pending(self.db):
                raise NeedsUpgrade(
                    f"{self.path}: needs upgrading to this version of Biaozhu, which a read-only "
                    "file does not allow"
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
                    f"{self.path}: is locked by another program (open in another Biaozhu window, "
                    "or a sync tool?); close it there and try again"
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

    def __enter__(self) -> Project:
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
            raise ProjectFileError(f"{self.path}: opened read-only; nothing can be changed")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise ProjectFileError(f"{self.path}: cannot write ({e}); is it open elsewhere?") from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._text_cache.clear()
            if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
                raise ProjectFileError(f"{self.path}: cannot write ({e}); nothing was changed") from None
            raise

    @contextmanager
    def action(self, label: str, kind: str = "do", target: int | None = None) -> Iterator[int]:
        """One user action = one transaction + one audit entry. Yields the action id."""
        if self._action_id is not None:  # nested: part of the enclosing action
            yield self._action_id
            return
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO actions (at, coder, label, kind, target_action_id) VALUES (?,?,?,?,?)",
                (now(), self.coder, label, kind, target),
            )
            self._action_id = cur.lastrowid
            try:
                yield self._action_id  # type: ignore[misc]
            finally:
                self._action_id = None

    def _require_action(self) -> int:
        if self._action_id is None:
            raise RuntimeError("database writes must run inside Project.action()")
        return self._action_id

    def _row(self, table: str, row_id: int) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM {_q(table)} WHERE id=?", (row_id,))
        return rows[0] if rows else None

    def _record(self, table: str, row_id: int, before: dict | None, after: dict | None) -> None:
        self.conn.execute(
            "INSERT INTO history (action_id, table_name, row_id, before, after) VALUES (?,?,?,?,?)",
            (
                self._require_action(),
                table,
                row_id,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ),
        )

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        self._require_action()
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
            raise BiaozhuError(f"{table[:-1]} {row_id} does not exist")
        sets = ", ".join(f"{_q(c)}=?" for c in changes)
        self.conn.execute(
            f"UPDATE {_q(table)} SET {sets} WHERE id=?", (*changes.values(), row_id)
        )
        after = self._row(table, row_id)
        if after != before:
            self._record(table, row_id, before, after)
        return after  # type: ignore[return-value]

    def _delete(self, table: str, row_id: int) -> dict[str, Any]:
        self._require_action()
        before = self._row(table, row_id)
        if before is None:
            raise BiaozhuError(f"{table[:-1]} {row_id} does not exist")
        self.conn.execute(f"DELETE FROM {_q(table)} WHERE id=?", (row_id,))
        self._record(table, row_id, before, None)
        if table == "documents":
            self._text_cache.pop(row_id, None)
        return before

    # -- undo / redo -------------------------------------------------------------------------

    def last_action(self) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM actions ORDER BY id DESC LIMIT 1")
        return rows[0] if rows else None

    def _history(self, action_id: int) -> list[tuple[str, int, dict | None, dict | None]]:
        rows = self.conn.execute(
            "SELECT table_name, row_id, before, after FROM history WHERE action_id=? ORDER BY id",
            (action_id,),
        ).fetchall()
        return [
            (t, r, None if b is None else json.loads(b), None if a is None else json.loads(a))
            for t, r, b, a in rows
        ]

    def undo(self, action_id: int) -> int:
        """Revert one action (as a new 'undo' action). Refused if its rows changed since."""
        return self._replay(action_id, reverse=True)

    def redo(self, action_id: int) -> int:
        """Apply an undone action again, with the same row ids."""
        return self._replay(action_id, reverse=False)

    def _replay(self, action_id: int, reverse: bool) -> int:
        label_row = self.conn.execute("SELECT label FROM actions WHERE id=?", (action_id,)).fetchone()
        if label_row is None:
            raise UndoConflict(f"action {action_id} does not exist")
        steps = self._history(action_id)
        if reverse:
            steps = [(t, r, a, b) for t, r, b, a in reversed(steps)]  # from after back to before
        verb = "Undo" if reverse else "Redo"
        with self.action(f"{verb}: {label_row[0]}", kind=verb.lower(), target=action_id) as new_id:
            for table, row_id, expected, wanted in steps:
                current = self._row(table, row_id)
                if current != expected:
                    raise UndoConflict(
                        f"cannot {verb.lower()} '{label_row[0]}': it was changed since"
                    )
                try:
                    if wanted is None:
                        self._delete(table, row_id)
                    elif expected is None:
                        self._insert(table, wanted)
                    else:
                        self._update(table, row_id, {k: v for k, v in wanted.items() if k != "id"})
                except sqlite3.IntegrityError:
                    # a row added since takes the same name/passage/text, or still needs
                    # the row this would delete; the action rolls back as a whole
                    raise UndoConflict(
                        f"cannot {verb.lower()} '{label_row[0]}': what it restores clashes "
                        "with a later change"
                    ) from None
            if any(t == "documents" for t, *_ in steps):
                self._text_cache.clear()
        return new_id

    # -- coders ------------------------------------------------------------------------------

    def coder_id(self, name: str | None = None, create: bool = True) -> int | None:
        name = (name or self.coder).strip()
        if not name:
            raise BiaozhuError("a coder needs a name")
        row = self.conn.execute("SELECT id FROM coders WHERE name=?", (name,)).fetchone()
        if row:
            return int(row[0])
        if not create:
            return None
        with self.action(f"Add coder {name}"):
            return self._insert("coders", {"name": name, "created_at": now()})

    def coders(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM coders ORDER BY name")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT,
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


def create_project(path: str | os.PathLike, coder: str | None = None) -> Project:
    return Project.create(path, coder=coder)


def open_project(path: str | os.PathLike, coder: str | None = None, readonly: bool = False) -> Project:
    return Project.open(path, coder=coder, readonly=readonly)


def copy_project(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """A consistent copy of a project (WAL included), for backups and 'save as'."""
    with open_project(src, readonly=True) as p:
        dest = sqlite3.connect(dst)
        try:
            p.conn.backup(dest)
        finally:
            dest.close()


__all__ = ["Project", "create_project", "open_project", "copy_project", "now"]
