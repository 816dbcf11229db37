"""`biaozhu report`, `matrix`, `cowords`, `memo`/`memos`: outputs, JSON shape, errors without tracebacks."""

from __future__ import annotations

import csv
import json

from docx import Document

from tests.cli.test_cli import run


def _demo(tmp_path, capsys):
    path = tmp_path / "d.biaozhu"
    assert run(capsys, "demo", path)[0] == 0
    return path


def test_matrix_json_and_excel(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    code, out, _ = run(capsys, "matrix", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["measure"] == "codings"
    assert len(data["cells"]) == len(data["rows"]) and len(data["cells"][0]) == len(data["columns"])
    assert sum(map(sum, data["cells"])) == data["total"] == 7
    code, out, _ = run(capsys, "matrix", path, "--by", "attr:region", "--measure", "percent", "--json")
    assert json.loads(out)["columns"] == ["嘉兴", "湖州"]
    code, out, _ = run(capsys, "matrix", path, "--by", "code", "--unit", "paragraph", "--json")
    data = json.loads(out)
    assert data["rows"] == data["columns"] and data["measure"] == "paragraph"
    code, out, _ = run(capsys, "matrix", path, "--coder", "demo", "--xlsx", tmp_path / "m.xlsx")
    assert code == 0 and (tmp_path / "m.xlsx").is_file()
    code, _, err = run(capsys, "matrix", path, "--by", "attr:nothing")
    assert code == 1 and "nothing" in err and "Traceback" not in err
    code, _, err = run(capsys, "matrix", path, "--coder", "nobody")
    assert code == 1 and "nobody" in err


def test_report_formats_and_filters(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    for suffix in ("docx", "html", "pdf"):
        code, out, err = run(capsys, "report", path, tmp_path / f"r.{suffix}", "--code", "社会保障",
                             "--attr", "region=湖州", "--lang", "en")
        assert (code, err) == (0, ""), err
        assert "1 passages of 1 codes" in out
    text = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "社会保障" in text and "湖州" in text
    code, _, err = run(capsys, "report", path, tmp_path / "r.txt")
    assert code == 1 and ".docx" in err
    code, _, err = run(capsys, "report", path, tmp_path / "r.html", "--attr", "region")
    assert code == 1 and "name=value" in err


def test_cowords_json_and_csv(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    code, out, _ = run(capsys, "cowords", path, "--top", "5", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["pairs"]) == 5
    weights = [p["weight"] for p in data["pairs"]]
    assert weights == sorted(weights, reverse=True)
    code, out, _ = run(capsys, "cowords", path, "--code", "社会保障", "--csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert code == 0 and rows[0] == ["Source", "Target", "Weight"] and len(rows) > 1
    assert run(capsys, "cowords", path, "--top", "0")[0] == 2


def test_memo_commands(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    code, out, _ = run(capsys, "memo", path, "嘉兴文章的要点", "--document", "1")
    memo_id = int(out)
    assert run(capsys, "memo-edit", path, memo_id, "要点：红船精神")[0] == 0
    code, out, _ = run(capsys, "memos", path, "--search", "红船", "--json")
    memos = json.loads(out)["memos"]
    assert [(m["id"], m["target"], m["text"]) for m in memos] == [(memo_id, "document", "要点：红船精神")]
    assert run(capsys, "undo", path)[0] == 0
    code, out, _ = run(capsys, "memos", path)
    assert "嘉兴文章的要点" in out
    assert run(capsys, "memo-delete", path, memo_id)[0] == 0
    code, _, err = run(capsys, "memo-delete", path, memo_id)
    assert code == 1 and "memo" in err
