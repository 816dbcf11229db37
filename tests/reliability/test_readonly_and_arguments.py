"""Issue 14.3, 13, 14: a read-only folder; names; numbers, undecodable arguments, full disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata

import pytest

from desktop_app.cli.main import main
from desktop_app.core.errors import DiskFull, InvalidName, ReadOnlyLocation
from desktop_app.core.project import open_project
from tests.conftest import table_dump
from tests.reliability.helpers import make_project


def test_a_project_in_a_readonly_folder_opens_readonly(readonly_copy, tmp_path, capsys):
    path, doc = readonly_copy
    assert not os.access(path.parent, os.W_OK)
    with open_project(path, readonly=True) as p:
        assert p.immutable and "read-only" in str(p.notices[0])
        assert len(p.segments()) == 3 and p.document_text(doc)
    with pytest.raises(ReadOnlyLocation, match="read-only"):
        open_project(path)
    for args in (["docs", str(path)], ["segments", str(path)],
                 ["export", str(path), str(tmp_path / "out.csv")]):
        assert main(args) == 0, args
        err = capsys.readouterr().err
        assert "Traceback" not in err and "unable to open" not in err
        assert "opened read-only" in err, args  # and says so
    assert (tmp_path / "out.csv").exists()
    assert main(["code", str(path), str(doc), "0", "2", "居民增收"]) == 1
    assert "read-only" in capsys.readouterr().err


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a\x1bb", "bell\x07", "nul\x00", "rtl\u202eevil",
                                  "\u200b\u200d", "x" * 201, "lone\ud800"])
def test_bad_code_names_are_refused(project, name):
    before = table_dump(project.path)
    with pytest.raises(InvalidName):
        project.add_code(name)
    assert table_dump(project.path) == before


def test_names_are_normalised_and_unique_in_nfkc(project):
    nfd = unicodedata.normalize("NFD", "café")
    cid = project.add_code(nfd)
    assert project.code(cid)["name"] == "café"  # stored NFC
    with pytest.raises(Exception, match="already a code"):
        project.add_code("café")
    project.add_code("ABC")
    with pytest.raises(Exception, match="already a code"):
        project.add_code("ＡＢＣ")
    assert project.resolve_code(nfd) == cid


def test_coder_names(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    for bad in ("x" * 10_000, "esc\x1b[2J", "\u202eabc"):
        assert main(["code", str(path), str(doc), "0", "2", "居民增收", "--coder", bad]) == 1
        err = capsys.readouterr().err
        assert "name" in err and "\x1b" not in err and "\u202e" not in err
    with open_project(path, coder="ｂｏｂ") as p:
        a = p.coder_id()
    with open_project(path, coder="bob") as p:
        assert p.coder_id() == a


# -- numbers, arguments, a full disk -----------------------------------------------------------


def test_huge_offsets_and_ids_are_clear_errors(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    big = str(2**63)
    for args in (["code", str(path), big, "0", "2", "居民增收"],
                 ["code", str(path), str(doc), big, str(2**63 + 1), "居民增收"],
                 ["uncode", str(path), big],
                 ["segments", str(path), "--code", big]):
        assert main(args) == 1, args
        err = capsys.readouterr().err
        assert "unexpected" not in err and "Overflow" not in err, err


def test_a_non_utf8_argument_is_a_clear_message(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}
    argv = [os.fsencode(sys.executable), b"-m", b"desktop_app", b"code", os.fsencode(path),
            str(doc).encode(), b"0", b"2", b"\xff\xfe\xd6\xd0"]
    r = subprocess.run(argv, capture_output=True, env=env)
    assert r.returncode == 1
    err = r.stderr.decode("utf-8", "replace")
    assert "not valid text" in err and "Traceback" not in err and "Logging error" not in err


def test_a_full_disk_is_a_clear_message_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    doc = make_project(path)
    before = table_dump(path)
    with open_project(path, coder="alice") as p:
        pages = p.conn.execute("PRAGMA page_count").fetchone()[0]
        p.conn.execute(f"PRAGMA max_page_count={pages}")  # as if the disk were full
        with pytest.raises(DiskFull, match="disk is full"):
            p.add_document("big", "大" * 200_000)
    assert table_dump(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert doc


def test_names_already_in_a_file_are_never_printed_raw(tmp_path, capsys):
    """A crafted (or older) project may hold names with ESC or RTL overrides."""
    from tests.reliability.helpers import raw

    path = tmp_path / "p.biaozhu"
    make_project(path, codings=1)
    raw(path, "UPDATE codes SET name='x\x1b]0;pwned\x07\u202eevil' WHERE name='居民增收'",
        "UPDATE coders SET name='a\x1b[2Jb'")
    for args in (["codes", str(path)], ["segments", str(path)], ["docs", str(path)]):
        assert main(args) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def test_a_lone_surrogate_in_any_text_is_a_clear_error(project):
    from desktop_app.core.errors import InvalidText

    doc = project.add_document("d", "收入" * 10)
    before = table_dump(project.path)
    with pytest.raises(InvalidText, match="not valid Unicode"):
        project.add_coding(doc, "居民增收", 0, 2, memo="bad\udcff")
    with pytest.raises(InvalidText):
        project.rename_document(doc, "t\ud800")
    assert table_dump(project.path) == before
