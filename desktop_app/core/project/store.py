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

from desktop_app.core.errors import (
    BiaozhuError,
    DiskFull,
    InvalidText,
    NeedsUpgrade,
    ProjectFileError,
    ProjectFileReplaced,
    ReadOnlyLocation,
)
from desktop_app.core.messages import Message
from desktop_app.core.paths import sqlite_uri
from desktop_app.core.project import debris, trust
from desktop_app.core.project.changes import Changes, RowChange
from desktop_app.core.project.file_identity import identity
from desktop_app.core.project.names import clean_name, name_key
from desktop_app.core.project.schema import APP_ID, GUID_TABLES, known_names, migrations, new_guid
from desktop_app.core.project.validation import bad_rows

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

    def __init__(self, path: Path, conn: sqlite3.Connection, coder: str, readonly: bool,
                 immutable: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.coder = clean_name(coder, "coder")
        self.readonly = readonly
        self.immutable = immutable  # a read-only folder: no WAL, nothing else may write
        self.problems: list[Message] = []  # rows breaking the rules, found at open
        self.notices: list[Message] = []  # how the file was opened (read-only ...)
        self.checkpoint_busy = False  # the last checkpoint left frames for a reader
        self._identity = identity(path)
        self._closed = False
        self._action_id: int | None = None
        self._changes: list[RowChange] = []
        self._text_cache: dict[int, str] = {}
        self._column_names: dict[str, list[str]] = {}
        self.last_changes: Changes = Changes(None, [])

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, coder: str | None = None) -> Self:
        """A new project. It is built under a temporary name beside `path` and renamed into
        place when complete, so a killed ``new`` leaves no half-made project (and one left
        by an older version is replaced: see :func:`is_half_made`)."""
        p = Path(path)
        if not p.parent.is_dir():
            raise ProjectFileError(Message("{file}: the folder {folder} does not exist", file=p, folder=p.parent))
        debris.clean_folder(p.parent, stem=p.stem)
        if p.exists() or p.is_symlink():
            if not is_half_made(p):
                raise ProjectFileError(Message("{file}: already exists; choose another name", file=p))
            remove_project_files(p)
        coder = clean_name(coder or default_coder(), "coder")
        tmp = debris.part_name(p)
        try:
            conn = _connect(tmp, readonly=False)
        except sqlite3.Error as e:
            remove_project_files(tmp)
            raise ProjectFileError(Message("{file}: cannot create the project file ({detail})", file=p, detail=e)) from None
        try:
            project = cls(tmp, conn, coder, readonly=False)
            project._prepare(new=True)
            project._setup_new()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            if p.exists():
                raise ProjectFileError(Message("{file}: already exists; choose another name", file=p))
            os.replace(tmp, p)
            remove_project_files(tmp)
        except BaseException as e:
            conn.close()
            remove_project_files(tmp)
            if isinstance(e, sqlite3.Error):
                raise _write_error(e, p, Message("{file}: cannot create the project file ({detail})", file=p, detail=e)) from None
            raise
        try:
            return cls.open(p, coder=coder)
        except ProjectFileError as e:
            remove_project_files(p)
            detail = e.__cause__ or e.message.args.get("detail") or e.message
            raise ProjectFileError(Message("{file}: cannot create the project file ({detail})", file=p, detail=detail)) from None

    @classmethod
    def open(cls, path: str | os.PathLike, coder: str | None = None, readonly: bool = False,
             same_as: Store | None = None) -> Self:
        """Open a project file. `same_as`: another open project whose file this must be (a
        worker's own connection): when the path now names another file, nothing is opened."""
        p = Path(path)
        if same_as is not None:
            same_as._check_identity()
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
        folder_writable = os.access(p.parent, os.W_OK)
        if not readonly and not os.access(p, os.W_OK):
            raise ReadOnlyLocation(
                Message("{file}: the file is read-only; make it writable or copy it to open it for coding", file=p)
            )
        if not readonly and not folder_writable:
            raise ReadOnlyLocation(
                Message("{file}: its folder cannot be written, so the project can only be opened read-only; copy it elsewhere to code", file=p)
            )
        immutable = readonly and not folder_writable
        coder = clean_name(coder or default_coder(), "coder")
        try:
            conn = _connect(p, readonly=readonly, immutable=immutable)
        except sqlite3.OperationalError as e:
            raise ProjectFileError(Message("{file}: cannot be opened ({detail})", file=p, detail=e)) from None
        except sqlite3.DatabaseError as e:
            raise ProjectFileError(Message("{file}: is damaged or not a Biaozhu project ({detail})", file=p, detail=e)) from None
        project = cls(p, conn, coder, readonly=readonly, immutable=immutable)
        if same_as is not None and project.identity != same_as.identity:
            conn.close()
            same_as._check_identity()  # says how: deleted/moved or replaced
            raise ProjectFileReplaced(Message("{file}: the project file was replaced by another file while open (a sync tool or a restored copy?); nothing was saved. Save the current state as a new project", file=p))
        if immutable:
            project.notices.append(Message("{file}: opened read-only (its folder cannot be written)", file=p))
            wal = Path(str(p) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                project.notices.append(Message("{file}: changes in {wal} cannot be read from a read-only folder", file=p, wal=wal.name))
        elif readonly and not os.access(p, os.W_OK):
            project.notices.append(Message("{file}: opened read-only (the file cannot be written)", file=p))
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
            if self.readonly and migrations.pending(self.db):
                raise NeedsUpgrade(
                    Message("{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow", file=self.path)
                )
            trust.check_schema(conn, applied, self.path)
            full = _safe(trust.needs_integrity_check, self.path, default=True)
            if full:
                self.problems += trust.integrity_problems(conn, self.path)
            self._rows_checked = full  # bad_rows runs on the current schema, below
            if not self.readonly:
                self._check_not_locked()
                debris.clean_folder(self.path.parent, stem=self.path.name)
                debris.clean_empty_backups(self.path)
                _safe(trust.mark_open, self.path)
        if self.readonly:
            if migrations.pending(self.db):
                raise NeedsUpgrade(
                    Message("{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow", file=self.path)
                )
            self._check_rows(new)
            return
        conn.execute("PRAGMA journal_mode=WAL")
        pending = migrations.pending(self.db)
        if pending and not new:
            self._backup(f"before-{pending[0].name}")
        migrations.apply(self.db)
        self._check_rows(new)
        if new:
            with self.db.atomic():
                conn.executemany(
                    "INSERT INTO project_info (key, value) VALUES (?, ?)",
                    [("app", APP_ID), ("created_at", now()), ("name", self.path.stem)],
                )

    def _check_rows(self, new: bool) -> None:
        """Name every crafted row (validation.bad_rows) once the schema is current."""
        if new:
            return
        full = getattr(self, "_rows_checked", False)
        self.problems += bad_rows(self.conn, full=full)
        if full:
            _safe(trust.mark_checked, self.path)

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
        self.save_copy(target)
        return target

    def save_copy(self, target: str | os.PathLike) -> Path:
        """A consistent copy of the project as this connection sees it (SQLite's backup
        API), written under a temporary name and renamed into place when complete.

        Works also when the path no longer names the opened file (it was replaced or
        deleted): the copy holds the state this program knew."""
        target = Path(target)
        if target.exists() and identity(target) == identity(self.path):
            raise ProjectFileError(Message("{file}: is the project file itself; choose another name", file=target))
        tmp = debris.part_name(target)
        try:
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        except sqlite3.Error as e:
            tmp.unlink(missing_ok=True)
            raise _write_error(e, target, Message("{file}: the copy cannot be written ({detail})", file=target, detail=e)) from None
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise ProjectFileError(Message("{file}: the copy cannot be written ({detail})", file=target, detail=e.strerror or e)) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    @property
    def identity(self) -> tuple[int, ...] | None:
        """The device and file number of the file this program opened."""
        return self._identity

    def file_is_ours(self) -> bool:
        """Whether the path still names the file this program opened."""
        return self._identity is not None and identity(self.path) == self._identity

    def _check_identity(self) -> None:
        now_id = identity(self.path)
        if now_id == self._identity:
            return
        if now_id is None:
            raise ProjectFileReplaced(Message("{file}: the project file was deleted or moved while open; nothing was saved. Save the current state as a new project", file=self.path))
        raise ProjectFileReplaced(Message("{file}: the project file was replaced by another file while open (a sync tool or a restored copy?); nothing was saved. Save the current state as a new project", file=self.path))

    def checkpoint(self) -> None:
        """Copy the WAL into the project file and empty it (never waits for readers: with
        one reading, what it still needs stays in the WAL until the next checkpoint)."""
        if self.readonly or not self.file_is_ours():
            return
        try:
            self.conn.execute("PRAGMA busy_timeout=0")
            row = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self.checkpoint_busy = bool(row and row[0])
        except sqlite3.Error:
            self.checkpoint_busy = True
        finally:
            try:
                self.conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
            except sqlite3.Error:
                pass

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        ours = self.file_is_ours()
        if ours:
            self.checkpoint()  # never into a file that is not the one opened
        self.conn.close()
        if not self.readonly and ours:
            _safe(trust.mark_closed, self.path)

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
        self._check_identity()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise _write_error(e, self.path, Message("{file}: cannot write ({detail}); is it open elsewhere?", file=self.path, detail=e)) from None
        try:
            self._check_identity()  # replaced while we waited for the lock?
            yield
            self._check_identity()  # ... or during a long action: roll it all back
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            self._text_cache.clear()
            if isinstance(e, sqlite3.OperationalError):
                raise _write_error(e, self.path, Message("{file}: cannot write ({detail}); nothing was changed", file=self.path, detail=e)) from None
            if isinstance(e, UnicodeEncodeError):  # a lone surrogate (undecodable input)
                raise InvalidText(Message("a text holds characters that are not valid Unicode (undecodable bytes, perhaps not UTF-8); nothing was changed")) from None
            if isinstance(e, OverflowError):
                raise BiaozhuError(Message("a number is too large (at most {max}); nothing was changed", max=2**63 - 1)) from None
            raise
        self.checkpoint()

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

    def _columns(self, table: str) -> list[str]:
        """The table's column names, as the file has them (read once per connection)."""
        cols = self._column_names.get(table)
        if cols is None:
            cols = self._column_names[table] = [
                r[1] for r in self.conn.execute(f"PRAGMA table_info({_q(table)})")]
        return cols

    def _row_without_text(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row, leaving out a document's text (views never need it from a change)."""
        if table != "documents":
            return self._row(table, row_id)
        cols = ", ".join(_q(c) for c in self._columns(table) if c != "text")
        rows = self.query(f"SELECT {cols} FROM documents WHERE id=?", (row_id,))
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
        elif new is not None and before is None and table == "documents" and "sha256" in new:
            new = {**new, "text": {"$text_of": new["sha256"]}}  # whether or not `after` has it
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

    def _insert(self, table: str, values: dict[str, Any], as_text: tuple[str, ...] = ()) -> int:
        """Insert a row (inside an action); a row of a GUID table gets a new GUID unless
        `values` brings one. The columns in `as_text` get UTF-8 bytes, stored as text."""
        self._require_action()
        if table in GUID_TABLES and not values.get("guid"):
            values = {**values, "guid": new_guid()}
        cols = ", ".join(_q(c) for c in values)
        marks = ", ".join("CAST(? AS TEXT)" if c in as_text else "?" for c in values)
        cur = self.conn.execute(
            f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks})", tuple(values.values())
        )
        row_id = int(cur.lastrowid)  # type: ignore[arg-type]
        # a document's text is not read back: the history refers to it by its sha256
        self._record(table, row_id, None, self._row_without_text(table, row_id))
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
        name = clean_name(name or self.coder, "coder")
        row = self.conn.execute("SELECT id FROM coders WHERE name=?", (name,)).fetchone()
        if row:
            return int(row[0])
        key = name_key(name)
        for cid, other in self.conn.execute("SELECT id, name FROM coders"):
            if isinstance(other, str) and name_key(other) == key:
                return int(cid)  # the same name written another way (NFKC, case)
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


def _connect(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = (sqlite_uri(path.resolve(), immutable="1") if immutable
               else sqlite_uri(path.resolve(), mode="ro"))
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT,
                               isolation_level=None)
    else:
        conn = sqlite3.connect(os.fsencode(path), timeout=BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA trusted_schema=OFF")  # views/triggers of a file cannot call functions
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")  # an action that returned survives a power cut
    return conn


def _write_error(e: sqlite3.Error, path: Path, fallback: Message) -> ProjectFileError:
    """A full disk is its own error (typed, and said plainly); anything else the fallback."""
    code = getattr(e, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in str(e):
        return DiskFull(Message("{file}: the disk is full; nothing was saved. Free some space and try again", file=path))
    return ProjectFileError(fallback)


def _safe(fn: Any, *args: Any, default: Any = None) -> Any:
    """The record of checked files lives in the data folder: never let it stop an open."""
    try:
        return fn(*args)
    except OSError:
        return default


def is_half_made(path: Path) -> bool:
    """A file that is provably a project whose creation was killed: empty, or an SQLite
    database with our first tables but no project record and no documents or codings."""
    try:
        if path.is_symlink() or not path.is_file():
            return False
        if path.stat().st_size == 0:
            return True
        with open(path, "rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(sqlite_uri(path.resolve(), mode="ro"), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            ours = {k[1] for k in trust.expected_schema(tuple(known_names()))}
            if not tables <= ours | {trust.MIGRATIONS_TABLE, "sqlite_sequence"}:
                return False
            if "project_info" in tables and conn.execute(
                    "SELECT 1 FROM project_info WHERE key='app'").fetchone():
                return False
            for t in ("documents", "codings"):
                if t in tables and conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone():
                    return False
            return True
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def remove_project_files(path: str | os.PathLike) -> None:
    """Delete a project file with its -wal/-shm files (after a failed creation)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        f = Path(str(path) + suffix)
        if f.is_file():
            try:
                f.unlink()
            except OSError:
                pass


__all__ = ["Store", "now", "default_coder", "is_half_made", "remove_project_files", "PROJECT_SUFFIX"]
