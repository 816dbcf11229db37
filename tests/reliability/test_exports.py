"""Issue 14.10-12: CSV safe for spreadsheets; exports read a snapshot; no debris left."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from desktop_app.cli.main import main
from desktop_app.core.interchange.csv_export import export_csv, spreadsheet_safe
from desktop_app.core.interchange.xlsx_export import export_workbook
from desktop_app.core.messages import Message
from desktop_app.core.project import create_project, open_project
from desktop_app.core.project.codings import NewCoding
from tests.reliability.helpers import integrity, make_project

NASTY = ["=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "a\x00b\x1bc\x07d"]


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_is_safe_for_spreadsheets_by_default_and_exact_with_raw(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    text = "".join(s.replace("\x00", "").replace("\x1b", "").replace("\x07", "") + "。"
                   for s in NASTY)
    doc = make_project(path, text=text)
    with open_project(path, coder="alice") as p:
        for memo in NASTY:
            p.add_coding(doc, "居民增收", 0, 3 + NASTY.index(memo), memo=memo)
        p.set_attribute(doc, "region", "=HYPERLINK(\"http://x\")")
    out = tmp_path / "safe.csv"
    assert main(["export", str(path), str(out), "--lang", "en"]) == 0
    rows = _rows(out)
    for r in rows:
        for key, value in r.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)
            assert not any(ch in value for ch in "\x00\x1b\x07")
    assert {r["memo"] for r in rows} >= {"'=cmd|' /C calc'!A0", "'+1+2", "'@SUM(A1)", "abcd"}
    assert rows[0]["region"] == "'=HYPERLINK(\"http://x\")"
    raw = tmp_path / "raw.csv"
    assert main(["export", str(path), str(raw), "--lang", "en", "--raw"]) == 0
    got = {r["memo"] for r in _rows(raw)}
    assert got == set(NASTY) - {"\rCR"} | {"\nCR"} or got == set(NASTY)
    assert main(["export", str(path), str(tmp_path / "x.xlsx"), "--raw"]) == 1
    assert spreadsheet_safe(12) == 12 and spreadsheet_safe("收入") == "收入"


def test_every_export_reads_one_snapshot(tmp_path):
    """Another program adds two codings in one action and deletes documents while exports
    run: each export holds both codings of an action or neither, and never fails."""
    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        docs = [p.add_document(f"d{i}", f"第{i}篇" + "收入" * 50) for i in range(40)]
    stop = threading.Event()
    errors = []

    def writer() -> None:
        try:
            with open_project(path, coder="bob") as w:
                i = 0
                while not stop.is_set():
                    first, last = docs[0], docs[-1]  # read far apart by an export
                    if i % 7 == 6 and len(docs) > 5:
                        w.delete_document(docs.pop(len(docs) // 2))
                    else:
                        w.add_codings([NewCoding(first, "居民增收", i % 50, i % 50 + 3),
                                       NewCoding(last, "居民增收", i % 50 + 4, i % 50 + 8)],
                                      label=Message("Code passages"))
                    i += 1
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    t = threading.Thread(target=writer)
    t.start()
    try:
        seen_rows = 0
        deadline = time.monotonic() + 1.5
        n = 0
        while time.monotonic() < deadline or n < 5:
            summary = export_csv(path, tmp_path / "out.csv", lang="en")
            rows = _rows(summary.path)
            assert len(rows) % 2 == 0  # never half of a two-coding action
            seen_rows += len(rows)
            n += 1
        export_workbook(path, tmp_path / "out.xlsx")
    finally:
        stop.set()
        t.join()
    assert not errors and seen_rows > 0


KILLED_EXPORT = r"""
import sys, time
from desktop_app.core.interchange import xlsx_export
real = xlsx_export.save
def slow(wb, path):
    print("writing", flush=True)
    time.sleep(30)
xlsx_export.save = slow
xlsx_export.export_workbook(sys.argv[1], sys.argv[2])
"""


def test_a_killed_export_leaves_debris_that_the_next_export_removes(tmp_path):
    path = tmp_path / "p.biaozhu"
    make_project(path, codings=20)
    out = tmp_path / "out" / "codings.xlsx"
    out.parent.mkdir()
    system_temp = tmp_path / "tmp"  # the child's system temp folder, watched
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "TEMP": str(system_temp),
           "TMP": str(system_temp)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(path), str(out)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    debris = [f for f in os.listdir(out.parent)]
    assert debris and all(f.endswith(".part") for f in debris)  # beside the target, ours
    assert [f for f in os.listdir(system_temp) if f.startswith("openpyxl.")] == []
    old = out.parent / ".codings.0badc0de.xlsx.part"  # left by a version before issue 14
    old.write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    export_workbook(path, out)
    assert sorted(os.listdir(out.parent)) == ["codings.xlsx"]
    export_csv(path, out.with_suffix(".csv"))
    assert sorted(os.listdir(out.parent)) == ["codings.csv", "codings.xlsx"]


KILLED_NEW = r"""
import sys, time
from desktop_app.core.project import project_file
real = project_file.Project.load_default_codebook
def slow(self):
    real(self)
    print("half", flush=True)
    time.sleep(30)
project_file.Project.load_default_codebook = slow
project_file.create_project(sys.argv[1])
"""


def test_a_killed_new_leaves_nothing_that_blocks_new(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_NEW, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "half"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not path.exists()
    assert main(["new", str(path)]) == 0
    assert [f for f in os.listdir(tmp_path) if f.endswith(".part")] == []
    assert integrity(path) == "ok"


def test_new_replaces_a_provably_half_made_project_only(tmp_path, capsys):
    import sqlite3

    half = tmp_path / "half.biaozhu"
    conn = sqlite3.connect(half)  # what an older version left: tables, no project record
    conn.execute("CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT)")
    conn.close()
    assert main(["new", str(half)]) == 0
    empty = tmp_path / "empty.biaozhu"
    empty.write_bytes(b"")
    assert main(["new", str(empty)]) == 0
    made = tmp_path / "made.biaozhu"
    make_project(made, codings=1)
    assert main(["new", str(made)]) == 1
    other = tmp_path / "notes.biaozhu"
    other.write_text("my notes")
    assert main(["new", str(other)]) == 1
    assert other.read_text() == "my notes"
    with open_project(made) as p:
        assert len(p.codings()) == 1


KILLED_BACKUP = r"""
import sys, time
from desktop_app.core.project import open_project
import desktop_app.core.project.store as store
p = open_project(sys.argv[1], readonly=True)
orig = store.sqlite3.connect
def connect(path, *a, **k):
    c = orig(path, *a, **k)
    print("copying", flush=True)
    time.sleep(30)
    return c
store.sqlite3.connect = connect
p.save_copy(sys.argv[2])
"""


def test_a_killed_backup_leaves_no_empty_bak_and_its_debris_goes(tmp_path):
    path = tmp_path / "p.biaozhu"
    make_project(path, codings=2)
    target = tmp_path / "p.biaozhu.before-x.20260101-000000.bak"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(path), str(target)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "copying"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not target.exists()
    assert any(f.endswith(".part") for f in os.listdir(tmp_path))
    (tmp_path / "p.biaozhu.before-y.20250101-000000.bak").write_bytes(b"")  # an old 0-byte one
    open_project(path).close()  # the next open of the project cleans up
    assert sorted(os.listdir(tmp_path)) == ["p.biaozhu"]
