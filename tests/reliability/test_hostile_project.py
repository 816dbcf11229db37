"""Issue 14.4-5: a project file is input. Foreign schema objects, damage, crafted rows."""

from __future__ import annotations

import csv
import sqlite3
import time

import pytest

from desktop_app.cli.main import main
from desktop_app.core.errors import DamagedProject, InvalidRow, UntrustedProject
from desktop_app.core.interchange.csv_export import export_csv
from desktop_app.core.interchange.xlsx_export import export_workbook
from desktop_app.core.project import backup_project, open_project, trust
from tests.conftest import table_dump
from tests.reliability.helpers import integrity, make_project, raw

EVIL = ("CREATE TRIGGER evil AFTER INSERT ON codings BEGIN DELETE FROM codings; "
        "UPDATE documents SET title='pwned'; END")


@pytest.mark.parametrize("sql, kind, why", [
    (EVIL, "trigger", "extra"),
    ("CREATE VIEW v AS SELECT * FROM codings", "view", "extra"),
    ("CREATE TABLE notes (x)", "table", "extra"),
    ("CREATE INDEX odd ON documents(title)", "index", "extra"),
    ("DROP INDEX codings_code_documents", "index", "missing"),
    ("CREATE TRIGGER m AFTER INSERT ON _sqlite_migrations BEGIN DELETE FROM codings; END",
     "trigger", "extra"),
])
def test_foreign_schema_objects_are_refused_before_any_write(tmp_path, capsys, sql, kind, why):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path, codings=2)
    raw(path, sql)
    before = table_dump(path)
    with pytest.raises(UntrustedProject) as e:
        open_project(path)
    assert any(k == kind for k, _ in e.value.objects) and why in str(e.value)
    assert main(["code", str(path), str(doc), "0", "2", "居民增收"]) == 1
    err = capsys.readouterr().err
    assert "did not make" in err and "Traceback" not in err
    assert table_dump(path) == before


def test_our_table_with_other_sql_is_refused(tmp_path):
    """The codings table rebuilt without its CHECKs (same name, other SQL)."""
    path = tmp_path / "p.biaozhu"
    make_project(path, codings=1)
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='codings'").fetchone()[0]
    assert "CHECK (start >= 0)" in sql
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name='codings'",
                 (sql.replace("CHECK (start >= 0)", ""),))
    conn.close()
    with pytest.raises(UntrustedProject, match="codings"):
        open_project(path)
    with pytest.raises(UntrustedProject, match="cannot repair"):
        backup_project(path, tmp_path / "copy.biaozhu", drop_foreign=True)
    assert not (tmp_path / "copy.biaozhu").exists()


def test_a_copy_without_the_foreign_objects_with_consent(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path, codings=2)
    raw(path, EVIL, "CREATE VIEW v AS SELECT 1")
    before = table_dump(path)
    out = tmp_path / "clean.biaozhu"
    assert main(["backup", str(path), str(out), "--drop-foreign"]) == 0
    assert table_dump(path) == before  # the original is untouched
    with open_project(out) as p:
        p.add_coding(doc, "居民增收", 10, 12)
        assert len(p.codings()) == 3
        assert p.document(doc)["title"] == "d"


def test_quick_check_on_first_sight_and_after_an_unclean_close(tmp_path, monkeypatch):
    path = tmp_path / "p.biaozhu"
    make_project(path)
    calls = []
    real = trust.integrity_problems
    monkeypatch.setattr(trust, "integrity_problems", lambda c, p: calls.append(p) or real(c, p))
    open_project(path).close()  # made here and closed cleanly: no check
    assert calls == []
    trust._record_path().unlink()  # never seen on this machine (copied from elsewhere)
    open_project(path).close()
    assert len(calls) == 1
    open_project(path).close()
    assert len(calls) == 1
    data = trust._load()  # a process that had it open died
    data[trust._key(path)]["open_by"] = [_dead_pid()]
    trust._save(data)
    open_project(path).close()
    assert len(calls) == 2
    time.sleep(0.01)
    raw(path, "UPDATE documents SET title='changed elsewhere'")  # changed by another program
    open_project(path, readonly=True).close()
    assert len(calls) == 3


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_damaged_file_is_refused_with_a_message(tmp_path):
    path = tmp_path / "p.biaozhu"
    make_project(path, codings=30, text="收入" * 5000)
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='codings_document'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:  # scribble over an index page
        f.seek((root - 1) * page + 8)
        f.write(b"\xff" * 64)
    trust._record_path().unlink(missing_ok=True)
    with pytest.raises(DamagedProject, match="is damaged .*Offset"):
        open_project(path)


# -- crafted rows -------------------------------------------------------------------------------


def crafted(tmp_path):
    """A project with our exact schema holding every kind of bad row."""
    path = tmp_path / "bad.biaozhu"
    good_text = "甲乙丙丁戊己庚辛壬癸" * 3
    doc = make_project(path, codings=2, text=good_text)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    ids = {}

    def coding(name, d, start, end):
        cur = conn.execute(
            "INSERT INTO codings (document_id, code_id, coder_id, start, \"end\", created_at, "
            "updated_at) VALUES (?, 1, 1, ?, ?, 'x', 'x')", (d, start, end))
        ids[name] = cur.lastrowid

    coding("negative", doc, -5, 3)
    coding("reversed", doc, 10, 5)
    coding("outside", doc, 20, 500)
    coding("blob", doc, b"\x00", 3)
    coding("missing_doc", 999, 0, 2)
    for name, text in (("blob_text", b"\xe4\xb8\x80"), ("int_text", 12345)):
        cur = conn.execute("INSERT INTO documents (title, text, chars, sha256, imported_at) "
                           "VALUES (?, ?, 3, ?, 'x')", (name, text, name))
        ids[name] = cur.lastrowid
        coding(name + "_coding", cur.lastrowid, 0, 2)
    # a NULL text under our exact schema: NOT NULL lifted, the row written, the SQL put back
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='documents'").fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name='documents'",
                 (sql.replace("text TEXT NOT NULL", "text TEXT"),))
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    cur = conn.execute("INSERT INTO documents (title, text, chars, sha256, imported_at) "
                       "VALUES ('null', NULL, 3, 'n', 'x')")
    ids["null_text"] = cur.lastrowid
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name='documents'", (sql,))
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    # a parent cycle in the codebook, with a coding on it
    a, b = [r[0] for r in conn.execute("SELECT id FROM codes WHERE name <> '居民增收' ORDER BY id DESC LIMIT 2")]
    conn.execute("UPDATE codes SET parent_id=? WHERE id=?", (b, a))
    conn.execute("UPDATE codes SET parent_id=? WHERE id=?", (a, b))
    cur = conn.execute("INSERT INTO codings (document_id, code_id, coder_id, start, \"end\", "
                       "created_at, updated_at) VALUES (?, ?, 1, 0, 4, 'x', 'x')", (doc, a))
    ids["cycle"], ids["cycle_code"] = cur.lastrowid, a
    conn.close()
    trust._record_path().unlink(missing_ok=True)  # a file from elsewhere
    return path, doc, good_text, ids


def test_crafted_rows_are_named_at_open_and_never_read(tmp_path):
    path, doc, text, ids = crafted(tmp_path)
    assert integrity(path) != "ok"  # SQLite names the rule broken, Biaozhu names the rows
    with open_project(path, readonly=True) as p:
        report = "\n".join(map(str, p.problems))
        for name in ("negative", "reversed", "outside", "blob", "missing_doc"):
            assert f"coding {ids[name]}:" in report
        for name in ("blob_text", "int_text", "null_text"):
            assert f"document {ids[name]}:" in report
        assert f"code {ids['cycle_code']}:" in report
        segs = p.segments()
        assert {s["id"] for s in segs} <= {1, 2, ids["cycle"]}
        for s in segs:
            assert s["text"] == text[s["start"]:s["end"]] and s["text"]
        for name in ("blob_text", "int_text", "null_text"):
            with pytest.raises(InvalidRow):
                p.document_text(ids[name])
            assert p.coding_spans(ids[name]) == []  # what a text view draws: nothing either
        drawn = p.coding_spans(doc)
        assert {r[2] for r in drawn} == {s["id"] for s in segs if s["document_id"] == doc}
        assert all(0 <= a < b <= len(text) for a, b, *_ in drawn)
        assert p.coding_spans(999) == []
        t0 = time.perf_counter()
        assert p.delete_impact(ids["cycle_code"])[0] == 2  # ends despite the cycle
        assert time.perf_counter() - t0 < 1
        assert all(c["id"] != ids["cycle_code"] for c in p.codes())


def test_exports_of_a_crafted_project_hold_only_valid_rows(tmp_path, capsys):
    path, doc, text, ids = crafted(tmp_path)
    summary = export_csv(path, tmp_path / "out.csv", lang="en", raw=True)
    with open(summary.path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [int(r["coding id"]) for r in rows] == [1, 2]
    for r in rows:
        assert r["passage"] == text[int(r["start"]):int(r["end"])]
        assert "b'" not in r["passage"]
    assert len(summary.warnings) >= 9
    wb = export_workbook(path, tmp_path / "out.xlsx")
    assert wb.rows == 2
    assert main(["export", str(path), str(tmp_path / "cli.csv")]) == 0
    err = capsys.readouterr().err
    assert f"coding {ids['missing_doc']}:" in err and "Traceback" not in err
    assert main(["segments", str(path)]) == 0


def test_refi_export_and_agreement_of_a_crafted_project_hold_only_valid_rows(tmp_path):
    import zipfile

    from desktop_app.core.interchange.agreement_report import agreement_report
    from desktop_app.core.interchange.refi_export import export_qdpx

    path, doc, text, ids = crafted(tmp_path)
    summary = export_qdpx(path, tmp_path / "out.qdpx")
    with zipfile.ZipFile(summary.path) as z:
        xml = z.read("project.qde").decode("utf-8")
    assert xml.count("<PlainTextSelection") == 2
    with open_project(path, coder="bob") as p:
        p.add_coding(doc, "居民增收", 0, 2)
        agreement_report(p, ["alice", "bob"])  # never raises on the bad rows
