"""A project file is input: its schema must be ours, and SQLite must find it whole.

- :func:`foreign_objects` compares every schema object of a file (tables, indexes, views,
  triggers) with a fresh schema built in memory from the same migrations: a trigger that
  rewrites texts on the first write, a view, an extra table, or a table whose SQL lost a
  CHECK is reported by type and name, and the file is refused before anything runs on it.
  :func:`clean_copy` makes, with the user's consent, a copy without the extra objects.
- :func:`needs_integrity_check` / :func:`mark_open` / :func:`mark_closed` keep a small record
  in the data folder (``checked-projects.json``) of files this machine has checked, with
  their size and time at the last clean close: a file never seen, changed elsewhere, or left
  open by a process that is gone (a crash) gets ``PRAGMA quick_check`` and
  ``foreign_key_check`` at open.
"""

from __future__ import annotations

import json
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from desktop_app.core.errors import DamagedProject, UntrustedProject
from desktop_app.core.messages import Message
from desktop_app.core.paths import sqlite_uri
from desktop_app.core.project.debris import part_name, pid_alive
from desktop_app.core.project.schema import migrations

MIGRATIONS_TABLE = "_sqlite_migrations"
_SQLITE_OWN = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")
RECORD_NAME = "checked-projects.json"
_ROW_RULES = ("NULL value in ", "CHECK constraint failed")
MAX_RECORDS = 500

SchemaObject = tuple[str, str]  # (type, name)


def _norm(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _objects(conn: sqlite3.Connection) -> dict[SchemaObject, str]:
    """Every schema object but sqlite-utils' own index on its migrations table (an index runs
    no code; a trigger on that table would, and is compared like any other object)."""
    return {(t, n): _norm(s) for t, n, tbl, s in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")
        if not (t == "index" and tbl == MIGRATIONS_TABLE)}


@lru_cache(maxsize=8)
def expected_schema(applied: tuple[str, ...]) -> dict[SchemaObject, str]:
    """The schema objects the migrations `applied` (in order) make, built in memory."""
    from sqlite_utils import Database

    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = Database(mem)
        for m in migrations._migrations:  # in ladder order, those the file has
            if m.name in applied:
                m.fn(db)
        return _objects(mem)
    finally:
        mem.close()


def _migrations_columns(conn: sqlite3.Connection) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})")]


def foreign_objects(conn: sqlite3.Connection, applied: list[str]) -> list[tuple[SchemaObject, str]]:
    """Schema objects that are not exactly ours: ((type, name), 'extra'|'differs'|'missing')."""
    want = expected_schema(tuple(applied))
    have = _objects(conn)
    out: list[tuple[SchemaObject, str]] = []
    for key, sql in sorted(have.items()):
        kind, name = key
        if name == MIGRATIONS_TABLE and kind == "table":
            mem = sqlite3.connect(":memory:")
            try:
                mem.execute(sql)
                same = _migrations_columns(mem) == _migrations_columns(conn)
            except sqlite3.Error:
                same = False
            finally:
                mem.close()
            if not same:
                out.append((key, "differs"))
            continue
        if kind == "table" and name in _SQLITE_OWN:
            continue
        if key not in want:
            out.append((key, "extra"))
        elif want[key] != sql:
            out.append((key, "differs"))
    for key in sorted(set(want) - set(have)):
        if key[1] != MIGRATIONS_TABLE:
            out.append((key, "missing"))
    return out


def check_schema(conn: sqlite3.Connection, applied: list[str], path: Path) -> None:
    """Refuse a file whose schema is not ours (see the module docstring)."""
    found = foreign_objects(conn, applied)
    if not found:
        return
    names = ", ".join(f"{kind} {name} ({why})" for (kind, name), why in found[:12])
    if len(found) > 12:
        names += ", …"
    raise UntrustedProject(
        Message("{file}: holds schema objects Biaozhu did not make, which could change your data behind your back: {names}. It was not opened; `biaozhu backup FILE OUT --drop-foreign` makes a copy without them", file=path, names=names),
        objects=[k for k, _ in found],
    )


def clean_copy(src: Path, dst: Path) -> list[SchemaObject]:
    """Copy `src` to `dst` without the triggers, views, tables and indexes that are not ours.

    Refused when one of our own objects differs or is missing (a copy could not fix that).
    Returns what was dropped. `dst` appears only when complete.
    """
    from sqlite_utils import Database

    conn = sqlite3.connect(sqlite_uri(Path(src).resolve(), mode="ro"), uri=True,
                           isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        applied = [m.name for m in migrations.applied(Database(conn))]
        found = foreign_objects(conn, applied)
        bad = [(k, why) for k, why in found if why != "extra"]
        if bad:
            names = ", ".join(f"{kind} {name} ({why})" for (kind, name), why in bad[:12])
            raise UntrustedProject(
                Message("{file}: Biaozhu's own tables were changed ({names}); a copy cannot repair that", file=src, names=names),
                objects=[k for k, _ in bad])
        tmp = part_name(Path(dst))
        try:
            out = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.backup(out)
                out.execute("PRAGMA trusted_schema=OFF")
                order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
                dropped = [k for k, _ in sorted(found, key=lambda f: order.get(f[0][0], 9))]
                for kind, name in dropped:
                    quoted = '"' + name.replace('"', '""') + '"'
                    exists = out.execute("SELECT 1 FROM sqlite_master WHERE type=? AND name=?",
                                         (kind, name)).fetchone()
                    if exists:  # an index goes with its table
                        out.execute(f"DROP {kind.upper()} {quoted}")
                out.execute("VACUUM")
            finally:
                out.close()
            os.replace(tmp, dst)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return dropped
    finally:
        conn.close()


# -- quick_check when first seen or after an unclean close -------------------------------------


def _record_path() -> Path:
    from desktop_app.core.paths import data_dir

    return data_dir() / RECORD_NAME


def _key(path: Path) -> str:
    return os.fsdecode(os.path.realpath(path))


def _load() -> dict[str, dict]:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(data: dict[str, dict]) -> None:
    if len(data) > MAX_RECORDS:  # keep the most recently closed
        keep = sorted(data, key=lambda k: data[k].get("closed_at", 0))[-MAX_RECORDS:]
        data = {k: data[k] for k in keep}
    path = _record_path()
    tmp = part_name(path)
    try:
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _stamp(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def needs_integrity_check(path: Path) -> bool:
    """Never checked here, changed since the last clean close, or left open by a crash."""
    rec = _load().get(_key(path))
    if not rec:
        return True
    if any(not pid_alive(int(p)) for p in rec.get("open_by", [])):
        return True
    return rec.get("open_by") == [] and rec.get("stamp") != _stamp(path)


def mark_open(path: Path) -> None:
    data = _load()
    rec = data.setdefault(_key(path), {})
    live = [p for p in rec.get("open_by", []) if pid_alive(int(p)) and p != os.getpid()]
    rec["open_by"] = [*live, os.getpid()]
    _save(data)


def mark_checked(path: Path) -> None:
    """After a check passed: forget crashed openers (the check covered them)."""
    data = _load()
    rec = data.setdefault(_key(path), {})
    rec["open_by"] = [p for p in rec.get("open_by", []) if pid_alive(int(p))]
    _save(data)


def mark_closed(path: Path) -> None:
    import time

    data = _load()
    rec = data.setdefault(_key(path), {})
    rec["open_by"] = [p for p in rec.get("open_by", []) if p != os.getpid() and pid_alive(int(p))]
    rec["stamp"] = _stamp(path)
    rec["closed_at"] = time.time()
    _save(data)


def integrity_problems(conn: sqlite3.Connection, path: Path) -> list[Message]:
    """``quick_check`` (a damaged file is refused) and ``foreign_key_check`` (reported)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    # rows that break a NOT NULL or CHECK rule are crafted rows, named by bad_rows(); the
    # rest is damage to the file itself
    lines = [line for r in rows for line in r.splitlines() if not line.startswith("***")]
    damage = [r for r in lines if r != "ok" and not r.startswith(_ROW_RULES)]
    if damage:
        raise DamagedProject(Message("{file}: is damaged (SQLite's check found: {detail}); open a backup instead", file=path, detail="; ".join(damage[:3])[:300]))
    out = []
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        out.append(Message("row {n} of {table} refers to a missing row of {parent}", n=rowid, table=table, parent=parent))
    return out
