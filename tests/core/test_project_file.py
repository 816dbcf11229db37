"""Opening files that are not (usable) projects: a clear error, and the file is untouched."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop_app.core.errors import ProjectFileError
from desktop_app.core.project import create_project, open_project


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_plain_sqlite_with_wal_and_foreign_keys(project):
    conn = sqlite3.connect(project.path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "document_attributes", "codes", "coders", "codings", "memos",
            "actions", "history", "project_info"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_default_codebook_has_four_themes_with_keys_1_to_4(project):
    codes = project.codes()
    assert [c["shortcut"] for c in codes] == ["1", "2", "3", "4"]
    assert [c["name"] for c in codes] == ["居民增收", "社会保障", "数字化改革", "城乡融合"]
    assert all(c["name_en"] and c["description"] for c in codes)
    assert len({c["colour"] for c in codes}) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Biaozhu project (an empty file)"),
        (b"hello, I am a text file", "not a Biaozhu project (not an SQLite database)"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "damaged or not a Biaozhu project"),
    ],
)
def test_not_a_project(tmp_path, content, message):
    path = tmp_path / "x.biaozhu"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as e:
        open_project(path)
    assert str(path) in str(e.value) and message in str(e.value)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(ProjectFileError, match="SQLite database but not a Biaozhu project"):
        open_project(path)
    assert _digest(path) == before


def test_project_from_a_newer_version_is_refused(project, tmp_path):
    project.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('biaozhu', '9999_future', 'later')"
    )
    project.close()
    before = _digest(project.path)
    with pytest.raises(ProjectFileError, match="newer version of Biaozhu"):
        open_project(project.path)
    assert _digest(project.path) == before


def test_read_only_file_is_refused_for_writing_but_readable(project):
    doc = project.add_document("t", "收入")
    project.close()
    os.chmod(project.path, 0o444)
    try:
        if os.access(project.path, os.W_OK):
            pytest.skip("running as root: a read-only mode bit does not stop writes")
        with pytest.raises(ProjectFileError, match="read-only"):
            open_project(project.path)
        with open_project(project.path, readonly=True) as p:
            assert p.document_text(doc) == "收入"
    finally:
        os.chmod(project.path, 0o644)


def test_unwritable_file_is_refused_and_untouched(project, monkeypatch):
    """As root the mode bits do not bite, so stand in for an unwritable file."""
    from desktop_app.core.project import store as project_module

    project.close()
    before = _digest(project.path)
    real_access = os.access
    monkeypatch.setattr(
        project_module.os, "access",
        lambda p, mode: False if mode == os.W_OK else real_access(p, mode),
    )
    with pytest.raises(ProjectFileError, match="the file is read-only"):
        open_project(project.path)
    assert _digest(project.path) == before


def test_readonly_open_refuses_changes(project):
    project.close()
    with open_project(project.path, readonly=True) as p:
        with pytest.raises(ProjectFileError, match="read-only"):
            p.add_code("新代码")


def test_locked_project_gives_a_clear_error(project):
    project.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(project.path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        with pytest.raises(ProjectFileError, match="locked by another program"):
            open_project(project.path)
        assert time.monotonic() - t0 < 10
    finally:
        holder.kill()
        holder.wait()
    with open_project(project.path) as p:  # usable again once the other program is gone
        assert len(p.codes()) == 4


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="no such project file"):
        open_project(tmp_path / "nope.biaozhu")
    with pytest.raises(ProjectFileError, match="is a folder"):
        open_project(tmp_path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        create_project(tmp_path / "no" / "such" / "x.biaozhu")


def test_create_refuses_to_overwrite(project):
    with pytest.raises(ProjectFileError, match="already exists"):
        create_project(project.path)


def test_migration_backs_up_an_older_project(tmp_path, monkeypatch):
    from desktop_app.core.project import schema

    path = tmp_path / "old.biaozhu"
    create_project(path).close()

    @schema.migrations(name="9000_test_only")
    def _m(db):
        db.execute("CREATE TABLE test_only (x)")

    try:
        with open_project(path) as p:
            assert p.conn.execute("SELECT name FROM sqlite_master WHERE name='test_only'").fetchone()
        backups = list(tmp_path.glob("old.biaozhu.before-9000_test_only.*.bak"))
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name='test_only'").fetchone()
        conn.close()
    finally:
        schema.migrations._migrations.pop()


@pytest.fixture
def short_busy_timeout(monkeypatch):
    from desktop_app.core.project import store as project_module

    monkeypatch.setattr(project_module, "BUSY_TIMEOUT", 0.2)


def test_second_writer_gets_a_clear_error_not_a_crash(project, short_busy_timeout):
    """Another program (the GUI, a CLI) holding the write lock: every write path of this
    one, the word index included, reports the file and the lock; nothing is half-written.
    Was: update_index and clear_index raised sqlite3.OperationalError."""
    from desktop_app.core.project import open_project
    from desktop_app.core.text import search as ts
    from tests.conftest import table_dump

    doc = project.add_document("t", "收入增长")
    project.close()
    with open_project(project.path) as p:
        other = sqlite3.connect(project.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            before = table_dump(project.path)
            for write in (lambda: p.add_coding(doc, 1, 0, 2), lambda: ts.update_index(p),
                          lambda: ts.clear_index(p), lambda: ts.search(p, "收入")):
                with pytest.raises(ProjectFileError, match="cannot write.*locked") as e:
                    write()
                assert str(project.path) in str(e.value)
                assert not p.conn.in_transaction
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert table_dump(project.path) == before
        assert ts.search(p, "收入").total == 1  # fine again once the other writer is done


def test_the_list_of_documents_never_reads_past_a_text(tmp_path):
    """A document's columns after its text (sha256, source, encoding, ...) are read from an
    index in list order: reading them from the table walks past the whole text each time."""
    from desktop_app.core.project import create_project

    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        p.add_document("长", "城乡居民收入持续增长。" * 100_000)
        p.add_document("短", "社会保障。")
        seen: list[str] = []
        p.conn.set_trace_callback(seen.append)
        assert [d["title"] for d in p.documents()] == ["长", "短"]
        p.conn.set_trace_callback(None)
        [query] = [q for q in seen if "FROM documents d" in q]
        plan = " ".join(r[3] for r in p.conn.execute("EXPLAIN QUERY PLAN " + query))
        assert "COVERING INDEX documents_list" in plan


def test_a_documents_codings_are_read_in_order_without_a_sort(tmp_path):
    """The codings a view draws come in (start, end, id) order straight from an index, for
    the first page and the next ones: SQLite sorted every page of 10,000 before."""
    from desktop_app.core.project import create_project

    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        doc = p.add_document("长", "城乡居民收入持续增长。" * 1_000)
        code = p.resolve_code("居民增收")
        for start, end in ((5, 9), (5, 7), (0, 30), (5, 9 + 1), (2, 3)):
            p.add_coding(doc, code, start, end)
        seen: list[str] = []
        p.conn.set_trace_callback(seen.append)
        first = p.coding_spans(doc, limit=2)
        rest = p.coding_spans(doc, after=first[-1][:3], limit=10)
        p.conn.set_trace_callback(None)
        assert [r[:2] for r in first + rest] == [(0, 30), (2, 3), (5, 7), (5, 9), (5, 10)]
        queries = [q for q in seen if "FROM codings g" in q]
        assert len(queries) == 2
        for query in queries:
            plan = " ".join(r[3] for r in p.conn.execute("EXPLAIN QUERY PLAN " + query))
            assert "INDEX codings_document" in plan and "TEMP B-TREE" not in plan, plan
