"""biaozhu export .qdpx/.qdc, merge, agreement: output, JSON, exit codes, unchanged projects."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import table_dump
from tests.core.export_helpers import build_two_coder_project


@pytest.fixture
def two(tmp_path: Path) -> Path:
    path = tmp_path / "two.biaozhu"
    with build_two_coder_project(path):
        pass
    return path


def test_export_by_extension(two: Path, tmp_path: Path, capsys):
    code, out, err = run(capsys, "export", two, tmp_path / "x.qdpx")
    assert (code, err) == (0, "") and "13 codings" in out
    with zipfile.ZipFile(tmp_path / "x.qdpx") as z:
        assert "project.qde" in z.namelist()
    code, out, _ = run(capsys, "export", two, tmp_path / "x.qdc")
    assert code == 0 and "codes" in out
    code, _, err = run(capsys, "export", two, tmp_path / "x.qdpx", "--coder", "alice")
    assert code == 1 and "do not apply" in err


def test_merge_dry_run_json_then_merge_then_nothing(two: Path, tmp_path: Path, capsys):
    mine = tmp_path / "mine.biaozhu"
    assert run(capsys, "new", mine, "--coder", "me")[0] == 0
    before = table_dump(mine)
    code, out, err = run(capsys, "merge", mine, two, "--dry-run", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["dry_run"] is True and report["counts"]["codings"]["added"] == 13
    assert table_dump(mine) == before

    code, out, _ = run(capsys, "merge", mine, two)
    assert code == 0 and "codings: 13 added" in out
    code, out, _ = run(capsys, "merge", mine, two, "--json")
    report = json.loads(out)
    assert report["counts"]["codings"] == {"added": 0, "matched": 13, "skipped": 0}
    assert report["action_id"] is None

    code, out, _ = run(capsys, "history", mine, "--json")
    assert code == 0 and "Merge two.biaozhu" in out
    code, _, _ = run(capsys, "undo", mine)
    assert code == 0


def test_merge_refusals_exit_1_and_change_nothing(tmp_path: Path, capsys):
    mine = tmp_path / "mine.biaozhu"
    assert run(capsys, "new", mine)[0] == 0
    evil = tmp_path / "evil.qdpx"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../../x.txt", "x")
        z.writestr("project.qde", "<Project/>")
    before = table_dump(mine)
    for other in (evil, tmp_path / "missing.qdpx", tmp_path / "x.pdf", mine):
        code, out, err = run(capsys, "merge", mine, other)
        assert code == 1 and err.startswith("biaozhu: error:") and "Traceback" not in err, other
    assert table_dump(mine) == before


def test_agreement_json_text_and_xlsx(two: Path, tmp_path: Path, capsys):
    code, out, err = run(capsys, "agreement", two, "--coders", "alice", "bob", "--json")
    assert (code, err) == (0, "")
    r = json.loads(out)
    assert r["unit"] == "char" and r["coders"] == ["alice", "bob"] and r["documents"] == 1
    assert {"code", "code_id", "units", "percent_agreement", "cohen_kappa",
            "krippendorff_alpha"} == set(r["codes"][0])
    assert set(r["overall"]) == {"units", "percent_agreement", "cohen_kappa", "krippendorff_alpha"}

    code, out, _ = run(capsys, "agreement", two, "--coders", "alice", "bob", "--code", "居民增收",
                       "--unit", "sentence", "--all-documents", "--xlsx", tmp_path / "a.xlsx")
    assert code == 0 and "(overall)" in out and "3 document(s)" in out
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["agreement"]
    assert [c.value for c in ws[1]][:3] == ["code_id", "code", "units"]

    code, _, err = run(capsys, "agreement", two, "--coders", "alice", "nobody")
    assert code == 1 and "no coder 'nobody'" in err


def test_excel_agreement_sheet_has_the_same_figures(two: Path, tmp_path: Path, capsys):
    import openpyxl

    from desktop_app.core.interchange.xlsx_export import export_workbook

    wb = openpyxl.load_workbook(export_workbook(two, tmp_path / "o.xlsx", lang="en").path)
    rows = list(wb["Agreement"].iter_rows(values_only=True))
    col = {h: i for i, h in enumerate(rows[0])}
    code, out, _ = run(capsys, "agreement", two, "--coders", "alice", "bob", "--json")
    r = {c["code_id"]: c for c in json.loads(out)["codes"]}
    for row in rows[1:]:
        mine = r[row[0]]
        assert row[col["characters"]] == mine["units"]
        for key, name in (("percent_agreement", "agreement %"), ("cohen_kappa", "Cohen's kappa"),
                          ("krippendorff_alpha", "Krippendorff's alpha")):
            if mine[key] is None:
                assert row[col[name]] is None
            else:
                assert row[col[name]] == pytest.approx(mine[key], abs=1e-12)
