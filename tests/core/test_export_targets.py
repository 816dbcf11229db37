"""Bad targets and cancelling: a clear error naming the path, and no file left behind."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange import common as export_common
from desktop_app.core.interchange.common import ExportCancelled
from desktop_app.core.interchange.csv_export import export_csv
from desktop_app.core.interchange.xlsx_export import export_workbook
from tests.conftest import table_dump
from tests.core.export_helpers import TEXT_A, build_two_coder_project, db_rows, load


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    return path


def _listing(folder: Path) -> set[str]:
    """Files in a folder, but the -wal/-shm files SQLite adds beside an opened project."""
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))}


def _openpyxl_temp_files() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("openpyxl.*"))


@pytest.mark.parametrize("export", [export_workbook, export_csv])
def test_bad_targets_give_clear_errors(proj: Path, tmp_path: Path, export):
    suffix = ".xlsx" if export is export_workbook else ".csv"
    before = table_dump(proj)
    (tmp_path / "afile.txt").write_text("x")
    (tmp_path / f"folder{suffix}").mkdir()
    cases = {
        tmp_path / "missing" / f"out{suffix}": "does not exist",
        tmp_path / "afile.txt" / f"out{suffix}": "is a file, not a folder",
        tmp_path / f"folder{suffix}": "is a folder",
        tmp_path / "out.ods": f"must end with {suffix}",
    }
    listing = _listing(tmp_path)
    for target, message in cases.items():
        with pytest.raises(BiaozhuError) as e:
            export(proj, target)
        assert str(target) in str(e.value) and message in str(e.value)
    assert _listing(tmp_path) == listing
    assert table_dump(proj) == before  # the project is never touched


def test_missing_project_and_project_as_target(tmp_path: Path, proj: Path):
    with pytest.raises(BiaozhuError, match="no such project file"):
        export_workbook(tmp_path / "none.biaozhu", tmp_path / "out.xlsx")
    same = tmp_path / "same.xlsx"
    os.link(proj, same)  # the project under a name ending .xlsx
    with pytest.raises(BiaozhuError, match="is the project file itself"):
        export_workbook(same, same)


@pytest.mark.parametrize("export,suffix", [(export_workbook, ".xlsx"), (export_csv, ".csv")])
@pytest.mark.parametrize("at_call", [1, 3])
def test_cancel_leaves_no_file_and_keeps_the_old_one(proj, tmp_path, export, suffix, at_call):
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"old")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < at_call

    listing, temps = _listing(tmp_path), _openpyxl_temp_files()
    with pytest.raises(ExportCancelled):
        export(proj, out, progress=progress)
    assert len(calls) == at_call
    assert out.read_bytes() == b"old"
    assert _listing(tmp_path) == listing  # no temporary file left
    assert _openpyxl_temp_files() <= temps  # nor openpyxl's sheet streams


def test_progress_reaches_the_total(proj: Path, tmp_path: Path):
    calls = []
    export_workbook(proj, tmp_path / "out.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 2
    assert calls[-1][0] == calls[-1][1] and all(d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_file_open_elsewhere_cannot_be_replaced(proj, tmp_path, monkeypatch):
    """What Windows does to a file Excel has open: simulated, replacing it fails."""
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_common.os, "replace", refuse)
    listing = _listing(tmp_path)
    with pytest.raises(BiaozhuError, match="open in another program") as e:
        export_workbook(proj, out)
    assert str(out) in str(e.value)
    assert out.read_bytes() == b"old" and _listing(tmp_path) == listing


def test_folder_not_writable(proj, tmp_path, monkeypatch):
    """Tests run as root, so the refusal is simulated (and real when not root)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:
        real_open = os.open

        def refuse(path, flags, mode=0o777, **kw):
            if Path(path).parent == folder:
                raise PermissionError(13, "Permission denied")
            return real_open(path, flags, mode, **kw)

        monkeypatch.setattr(export_common.os, "open", refuse)
    try:
        with pytest.raises(BiaozhuError, match="cannot write in") as e:
            export_workbook(proj, folder / "out.xlsx")
        assert str(folder / "out.xlsx") in str(e.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_write_error_midway_leaves_nothing(proj, tmp_path, monkeypatch):
    from desktop_app.core.interchange import xlsx_export as export_xlsx

    def full(wb, filename):
        Path(filename).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_xlsx, "save", full)
    listing = _listing(tmp_path)
    with pytest.raises(BiaozhuError, match="No space left") as e:
        export_workbook(proj, tmp_path / "out.xlsx")
    assert str(tmp_path / "out.xlsx") in str(e.value)
    assert _listing(tmp_path) == listing


def test_unknown_filters(proj: Path, tmp_path: Path):
    with pytest.raises(BiaozhuError, match="there is no coder 'carol'"):
        export_workbook(proj, tmp_path / "out.xlsx", coders=["carol"])
    with pytest.raises(BiaozhuError, match="there is no code '不存在'"):
        export_csv(proj, tmp_path / "out.csv", codes=["不存在"])
    with pytest.raises(BiaozhuError, match="unknown language"):
        export_workbook(proj, tmp_path / "out.xlsx", lang="fr")
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "out.csv").exists()


# -- CSV -------------------------------------------------------------------------------------


def test_csv_round_trip(proj: Path, tmp_path: Path):
    summary = export_csv(proj, tmp_path / "out.csv", lang="en", raw=True)  # exact, for scripts
    raw = summary.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(summary.path, encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    texts = dict(db_rows(proj, "SELECT id, text FROM documents"))
    codings = {r[0]: r[1:] for r in db_rows(
        proj, 'SELECT g.id, document_id, start, "end", memo, c.name, k.name FROM codings g '
              "JOIN codes c ON c.id = code_id JOIN coders k ON k.id = coder_id")}
    assert len(got) == len(codings) == summary.rows
    for r in got:
        doc, start, end, memo, code, coder = codings[int(r["coding id"])]
        assert (int(r["document id"]), int(r["start"]), int(r["end"])) == (doc, start, end)
        assert r["passage"] == texts[doc][start:end]
        assert (r["memo"], r["code"], r["coder"]) == (memo, code, coder)
    assert any("\n" in r["passage"] for r in got) and "𠮷" in TEXT_A
    assert any(r["memo"].startswith("=") for r in got)  # exact, for scripts
    first = next(r for r in got if int(r["document id"]) == 1)
    assert first["a/b:c[1]"] == "=1+2" and first["x" * 40] == "-3"


# -- CLI -------------------------------------------------------------------------------------


def test_cli_export(proj: Path, tmp_path: Path, capsys):
    out = tmp_path / "out.xlsx"
    assert main(["export", str(proj), str(out), "--coder", "alice", "--code", "居民增收",
                 "--code", "4", "--lang", "en"]) == 0
    stdout = capsys.readouterr().out
    n = db_rows(proj, "SELECT COUNT(*) FROM codings g JOIN coders k ON k.id = coder_id "
                      "WHERE k.name = 'alice' AND code_id IN (1, 4)")[0][0]
    assert f"wrote {out}: {n} codings" in stdout and "Segments" in stdout
    assert len(list(load(out)["Segments"].iter_rows())) == n + 1

    assert main(["export", str(proj), str(tmp_path / "out.csv")]) == 0
    assert "out.csv" in capsys.readouterr().out

    for args, message in (
        ([str(tmp_path / "out.txt")], "unknown file type '.txt'"),
        ([str(tmp_path / "nowhere" / "o.xlsx")], "does not exist"),
        ([str(out), "--code", "不存在"], "there is no code '不存在'"),
        ([str(out), "--coder", "carol"], "there is no coder 'carol'"),
    ):
        assert main(["export", str(proj), *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("biaozhu: error: ") and message in err and "Traceback" not in err
    with pytest.raises(SystemExit) as e:
        main(["export", str(proj), str(out), "--lang", "fr"])
    assert e.value.code == 2


def test_text_cell_drops_what_xml_cannot_hold():
    from desktop_app.core.interchange.xlsx_safe import clean_text

    clean = clean_text("a\ud800b\ufffec\uffffd\x01e\tf\n")
    assert (clean.text, clean.removed) == ("abcde\tf\n", 4)
