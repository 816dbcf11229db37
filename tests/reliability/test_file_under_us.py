"""Issue 14.1-2: a project replaced, moved or deleted while open; the WAL checkpointed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from desktop_app.core.errors import ProjectFileReplaced
from desktop_app.core.messages import Message
from desktop_app.core.project import open_project
from tests.conftest import codings_before_sigkill, table_dump
from tests.reliability.helpers import coding_ids, integrity, make_project


def test_replaced_while_open_refuses_writes_and_keeps_both_files_whole(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path, codings=3)
    older = tmp_path / "older.biaozhu"
    shutil.copy(path, older)
    p = open_project(path, coder="alice")
    p.add_coding(doc, "居民增收", 10, 20)
    os.replace(older, path)  # a sync tool / "restore from backup" moves an older copy over it
    before = table_dump(path)
    for _ in range(5):
        with pytest.raises(ProjectFileReplaced, match="replaced"):
            p.add_coding(doc, "居民增收", 30, 40)
    with pytest.raises(ProjectFileReplaced):
        p.undo()
    p.close()
    assert integrity(path) == "ok"
    assert table_dump(path) == before  # nothing written into the file now at the path
    with open_project(path) as q:  # and it opens and takes writes normally
        q.add_coding(doc, "居民增收", 50, 60)
    assert integrity(path) == "ok"


def test_deleted_while_open_refuses_writes_and_the_state_can_be_saved(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path, codings=2)
    p = open_project(path, coder="alice")
    kept = p.add_coding(doc, "居民增收", 10, 20)
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"p.biaozhu{suffix}").unlink(missing_ok=True)
    with pytest.raises(ProjectFileReplaced, match="deleted or moved"):
        p.add_coding(doc, "居民增收", 30, 40)
    rescued = p.save_copy(tmp_path / "rescued.biaozhu")
    p.close()
    assert not path.exists()  # nothing recreated at the old path
    assert integrity(rescued) == "ok"
    assert kept in coding_ids(rescued) and len(coding_ids(rescued)) == 3


def test_replaced_during_an_action_rolls_it_back(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    other = tmp_path / "other.biaozhu"
    make_project(other, codings=1)
    p = open_project(path, coder="alice")
    before = table_dump(other)
    with pytest.raises(ProjectFileReplaced):
        with p.action(Message("Code passages")):
            p.add_coding(doc, "居民增收", 0, 2)
            os.replace(other, path)
            p.add_coding(doc, "居民增收", 2, 4)
    p.close()
    assert table_dump(path) == before
    with open_project(tmp_path / "p.biaozhu") as q:
        assert len(q.codings()) == 1


def test_main_file_alone_holds_every_returned_action(tmp_path):
    """Copying only the .biaozhu (or losing the -wal) loses nothing that returned."""
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    p = open_project(path, coder="alice")
    ids = [p.add_coding(doc, "居民增收", i, i + 1) for i in range(50)]
    wal = tmp_path / "p.biaozhu-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.biaozhu"
    shutil.copy(path, copy)  # the program is still running
    assert set(ids) <= coding_ids(copy)
    p.close()


def test_sigkill_then_lost_wal_loses_no_returned_coding(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    returned = codings_before_sigkill(path, doc, 120)
    assert len(returned) >= 120
    for suffix in ("-wal", "-shm"):  # "cleaned up" after the crash
        (tmp_path / f"p.biaozhu{suffix}").unlink(missing_ok=True)
    assert integrity(path) == "ok"
    assert set(returned) <= coding_ids(path)


def test_checkpoint_does_not_wait_for_a_reader(tmp_path):
    """An export reading on another connection must not make each action wait."""
    import sqlite3

    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM codings").fetchone()
    with open_project(path, coder="alice") as p:
        t0 = time.perf_counter()
        for i in range(20):
            p.add_coding(doc, "居民增收", i, i + 1)
        assert time.perf_counter() - t0 < 1.0
        reader.execute("COMMIT")
        p.add_coding(doc, "居民增收", 40, 41)
        assert not p.checkpoint_busy
    reader.close()


def test_a_workers_connection_refuses_a_file_that_replaced_the_opened_one(tmp_path):
    path = tmp_path / "p.biaozhu"
    make_project(path)
    other = tmp_path / "other.biaozhu"
    make_project(other, codings=1)
    p = open_project(path, coder="alice")
    with open_project(path, same_as=p) as w:  # the same file: fine
        assert w.identity == p.identity
    os.replace(other, path)
    with pytest.raises(ProjectFileReplaced):
        open_project(path, same_as=p)
    p.close()


BACKUP_WRITER = r"""
import sys
from desktop_app.core.messages import Message
from desktop_app.core.project import open_project
from desktop_app.core.project.codings import NewCoding
p = open_project(sys.argv[1], coder="writer")
i = 0
print("ready", flush=True)
while True:  # two new codings an action, never one already there (that would be skipped)
    s, q = i % 1000, i // 1000
    p.add_codings([NewCoding(1, "居民增收", s, s + 1 + 2 * q),
                   NewCoding(1, "居民增收", s, s + 2 + 2 * q)],
                  label=Message("Code passages"))
    i += 1
"""


def test_backup_while_another_program_writes_is_one_consistent_state(tmp_path):
    from desktop_app.cli.main import main

    path = tmp_path / "p.biaozhu"
    make_project(path, text="收入" * 2000)
    proc = subprocess.Popen([sys.executable, "-c", BACKUP_WRITER, str(path)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        for k in range(8):
            out = tmp_path / f"copy{k}.biaozhu"
            assert main(["backup", str(path), str(out)]) == 0
            assert integrity(out) == "ok"
            assert len(coding_ids(out)) % 2 == 0  # never half of an action
            assert not [f for f in os.listdir(tmp_path) if f.endswith(".part")]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with open_project(tmp_path / "copy7.biaozhu") as q:
        assert q.codings()
