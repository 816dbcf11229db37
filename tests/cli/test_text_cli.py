"""`biaozhu search | suggest | freq`."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli.main import main
from tests.conftest import table_dump


@pytest.fixture
def demo_path(demo_project):
    path = demo_project.path
    demo_project.close()
    return path


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_search_json_gives_code_point_offsets(demo_path, capsys):
    assert main(["search", str(demo_path), "收入", "--json"]) == 0
    out = _json(capsys)
    assert out["mode"] == "word" and out["total"] == len(out["hits"]) > 0
    from desktop_app.core.project import open_project

    with open_project(demo_path, readonly=True) as p:
        for h in out["hits"]:
            assert p.document_text(h["document_id"])[h["start"]:h["end"]] == "收入"
    assert main(["search", str(demo_path), "收入", "--mode", "substring", "--json"]) == 0
    assert _json(capsys)["total"] > out["total"]


def test_search_text_output_and_filters(demo_path, capsys):
    assert main(["search", str(demo_path), "收入", "--mode", "regex", "--doc", "2",
                 "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[-1].endswith("(showing 2)")
    assert all(line.split()[0] == "2" for line in lines[:2])
    assert "【收入】" in lines[0]


def test_bad_regex_is_a_clear_error_and_changes_nothing(demo_path, capsys):
    before = table_dump(demo_path)
    assert main(["search", str(demo_path), "[收入", "--mode", "regex"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: invalid regular expression") and "Traceback" not in err
    assert table_dump(demo_path) == before


def test_suggest_json(demo_path, capsys):
    assert main(["suggest", str(demo_path), "--code", "Social security", "--json"]) == 0
    items = _json(capsys)
    assert items and {i["code"] for i in items} == {"社会保障"}
    assert all(any(k in i["text"] for k in i["keywords"]) for i in items)


def test_freq_json_and_xlsx(demo_path, capsys, tmp_path):
    xlsx = tmp_path / "f.xlsx"
    assert main(["freq", str(demo_path), "--top", "5", "--json", "--xlsx", str(xlsx)]) == 0
    out = _json(capsys)
    assert len(out["words"]) == 5 and xlsx.is_file()
    assert out["words"][0]["count"] >= out["words"][-1]["count"]
    assert main(["freq", str(demo_path), "--code", "居民增收", "--doc", "1"]) == 0
    assert "居民增收" in capsys.readouterr().out
    assert main(["freq", str(demo_path), "--doc", "nope"]) == 1
    assert "no document" in capsys.readouterr().err


def _run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse usage errors
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [
    ["search", "{p}", "收入", "--context", "-5"],
    ["search", "{p}", "收入", "--limit", "0"],
    ["search", "{p}", "收入", "--limit", "-1"],
    ["freq", "{p}", "--top", "0"],
    ["freq", "{p}", "--top", "-3"],
    ["freq", "{p}", "--min-chars", "-1"],
])
def test_out_of_range_numbers_are_usage_errors(demo_path, capsys, argv):
    """Was: --context -5 crashed in the output format, --limit 0/-1 silently showed nothing."""
    before = table_dump(demo_path)
    code, out, err = _run(capsys, *[a.format(p=demo_path) for a in argv])
    assert code == 2, (code, err)
    assert "Traceback" not in err and "unexpected problem" not in err
    assert table_dump(demo_path) == before


def test_freq_xlsx_never_overwrites_the_project_or_writes_a_wrong_type(demo_path, capsys, tmp_path):
    """Was: `freq P --xlsx P` replaced the project file by a workbook (all codings lost)."""
    before = table_dump(demo_path)
    code, _, err = _run(capsys, "freq", demo_path, "--top", "3", "--xlsx", demo_path)
    assert code == 1 and err.startswith("biaozhu: error: ") and str(demo_path) in err
    assert table_dump(demo_path) == before
    code, _, err = _run(capsys, "freq", demo_path, "--top", "3", "--xlsx", tmp_path / "f.csv")
    assert code == 1 and ".xlsx" in err
    assert not (tmp_path / "f.csv").exists()
