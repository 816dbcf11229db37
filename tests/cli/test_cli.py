"""The CLI contract: output, exit codes, messages, and unchanged projects on errors."""

import json
import subprocess
import sys

import pytest

from desktop_app.cli.main import main
from tests.conftest import table_dump


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse usage errors
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    assert run(capsys, "new", path, "--coder", "alice")[0] == 0
    return path


def test_new_import_docs_code_segments_uncode(proj, tmp_path, capsys):
    f = tmp_path / "政策.txt"
    f.write_bytes("\ufeff第一段𠮷收入\r\n第二段".encode())
    code, out, err = run(capsys, "import", proj, f, "--attr", "region=嘉兴", "--attr", "year=2021")
    assert (code, err) == (0, "")
    assert "imported document 1: 政策.txt (UTF-8 (BOM), 10 characters)" in out

    code, out, _ = run(capsys, "docs", proj, "--json")
    [doc] = json.loads(out)
    assert (doc["title"], doc["chars"], doc["attributes"]) == ("政策", 10, {"region": "嘉兴", "year": "2021"})

    code, out, _ = run(capsys, "code", proj, 1, 3, 6, "Income", "--coder", "bob", "--memo", "m")
    assert code == 0 and out.strip().isdigit()
    coding_id = int(out)

    code, out, _ = run(capsys, "segments", proj, "--json")
    [seg] = json.loads(out)
    assert seg == {"id": coding_id, "document_id": 1, "document_title": "政策", "code": "居民增收",
                   "coder": "bob", "start": 3, "end": 6, "text": "𠮷收入", "memo": "m"}
    assert json.loads(run(capsys, "segments", proj, "--json", "--coder", "alice")[1]) == []
    assert len(json.loads(run(capsys, "segments", proj, "--json", "--code", "1")[1])) == 1

    code, out, _ = run(capsys, "codes", proj, "--json")
    codes = json.loads(out)
    assert [c["codings"] for c in codes] == [1, 0, 0, 0]

    assert run(capsys, "uncode", proj, coding_id)[0] == 0
    assert json.loads(run(capsys, "segments", proj, "--json")[1]) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["code", "{p}", "1", "0", "99", "社会保障"], "span 0-99 is not inside document 1"),
        (["code", "{p}", "1", "2", "1", "社会保障"], "need 0 <= start < end"),
        (["code", "{p}", "7", "0", "1", "社会保障"], "no document '7'"),
        (["code", "{p}", "1", "0", "1", "不存在"], "no code '不存在'"),
        (["code", "{p}", "1", "0", "2", "社会保障"], "already has that code"),
        (["uncode", "{p}", "999"], "no coding 999"),
        (["segments", "{p}", "--coder", "nobody"], "no coder 'nobody'"),
        (["import", "{p}", "{bad}"], "bad.txt: looks like a binary file"),
        (["import", "{p}", "{missing}"], "missing.txt: no such file"),
        (["import", "{p}", "{good}", "--attr", "novalue"], "--attr needs key=value"),
        (["new", "{p}"], "already exists"),
        (["docs", "{notproj}"], "is not a Biaozhu project"),
        (["docs", "{missing}"], "no such project file"),
    ],
)
def test_user_errors_exit_1_with_message_and_change_nothing(proj, tmp_path, capsys, argv, message):
    good = tmp_path / "good.txt"
    good.write_text("城乡融合", encoding="utf-8")
    assert run(capsys, "import", proj, good)[0] == 0
    assert run(capsys, "code", proj, 1, 0, 2, "社会保障")[0] == 0
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "notproj").write_text("hello")
    names = {"p": proj, "bad": tmp_path / "bad.txt", "missing": tmp_path / "missing.txt",
             "good": good, "notproj": tmp_path / "notproj"}
    before = table_dump(proj)
    code, out, err = run(capsys, *[a.format(**names) for a in argv])
    assert code == 1
    assert err.startswith("biaozhu: error: ") and message in err
    assert "Traceback" not in err
    assert table_dump(proj) == before


def test_usage_errors_exit_2(proj, capsys):
    assert run(capsys, "code", proj)[0] == 2
    assert run(capsys, "code", proj, 1, "x", 2, "a")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_demo_and_real_process_exit_codes(tmp_path):
    path = tmp_path / "demo.biaozhu"
    r = subprocess.run([sys.executable, "-m", "desktop_app", "demo", str(path)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "2 documents, 7 codings" in r.stdout
    r = subprocess.run([sys.executable, "-m", "desktop_app", "code", str(path), "1", "0", "0", "1"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("biaozhu: error:") and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "desktop_app", "segments"], capture_output=True, text=True)
    assert r.returncode == 2


def test_demo_matches_seed_manifest(demo_project):
    from desktop_app.core.ingest.demo import manifest

    docs = demo_project.documents()
    assert [d["attributes"]["region"] for d in docs] == ["嘉兴", "湖州"]
    segs = demo_project.segments()
    assert len(segs) == len(manifest()["example_codings"])
    for s in segs:
        assert s["text"] == demo_project.document_text(s["document_id"])[s["start"]:s["end"]]


def test_reading_command_upgrades_an_older_project(tmp_path, capsys):
    """A project made before a schema step still lists (upgraded, with a backup first)."""
    from desktop_app.core.project import schema

    path = tmp_path / "old.biaozhu"
    assert run(capsys, "demo", path)[0] == 0

    @schema.migrations(name="9001_test_only")
    def _m(db):
        db.execute("CREATE TABLE test_only (x)")

    try:
        code, out, err = run(capsys, "docs", path)
    finally:
        schema.migrations._migrations.pop()
    assert code == 0, err
    assert len(out.strip().splitlines()) == 2
    assert list(tmp_path.glob("old.biaozhu.before-9001_test_only.*.bak"))


@pytest.mark.parametrize("out_name", ["out.xlsx", "out.csv"])
def test_export_upgrades_an_older_project_like_the_reading_commands(tmp_path, capsys, out_name):
    """Was: 'needs upgrading ..., which a read-only file does not allow' for a writable file."""
    from desktop_app.core.project import schema

    path = tmp_path / "old.biaozhu"
    assert run(capsys, "demo", path)[0] == 0

    @schema.migrations(name="9002_test_only")
    def _m(db):
        db.execute("CREATE TABLE test_only (x)")

    try:
        code, out, err = run(capsys, "export", path, tmp_path / out_name)
    finally:
        schema.migrations._migrations.pop()
    assert code == 0, err
    assert "wrote" in out and (tmp_path / out_name).is_file()
    assert list(tmp_path.glob("old.biaozhu.before-9002_test_only.*.bak"))


def test_new_that_fails_leaves_no_file_behind(tmp_path, capsys):
    """SQLite cannot make its journal (a folder has that name): a clear error, and no empty
    project file left that the next `new` would call 'already exists'."""
    path = tmp_path / "x.biaozhu"
    (tmp_path / "x.biaozhu-wal").mkdir()
    (tmp_path / "x.biaozhu-journal").mkdir()
    code, _, err = run(capsys, "new", path)
    assert code == 1 and err.startswith(f"biaozhu: error: {path}: cannot create")
    assert not path.exists()
    assert (tmp_path / "x.biaozhu-wal").is_dir()  # not ours to remove
