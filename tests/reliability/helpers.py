"""What the reliability tests share: crafted files, dumps, integrity."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def coding_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM codings")}
    finally:
        conn.close()


def make_project(path: Path, codings: int = 0, text: str = "收入" * 100 + "𠮷😀") -> int:
    """A closed project at `path` with one document and `codings` codings; the doc id."""
    from desktop_app.core.project import create_project

    with create_project(path, coder="alice") as p:
        doc = p.add_document("d", text)
        for i in range(codings):
            p.add_coding(doc, "居民增收", i, i + 2)
    return doc


def raw(path: Path, *sql: str, params: tuple = ()) -> None:
    """Run statements on the file as an attacker would (checks off, no Biaozhu)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints=ON")
        for s in sql:
            conn.execute(s, params) if params else conn.execute(s)
    finally:
        conn.close()
