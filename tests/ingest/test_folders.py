"""Folders: recursive, hidden files skipped, unsupported files reported; many files read in
worker processes with per-file progress; cancelling keeps what was read, consistently."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from desktop_app.cli.main import main
from desktop_app.core.ingest.importer import import_files
from tests.conftest import table_dump
from tests.ingest.pages import gov_page
from tests.ingest.pdf_maker import make_pdf


def _tree(root: Path, paragraphs) -> Path:
    (root / "湖州" / "2021").mkdir(parents=True)
    (root / "嘉兴").mkdir()
    (root / ".git").mkdir()
    (root / "湖州" / "a.txt").write_text("湖州的第一份文件。", encoding="utf-8")
    (root / "湖州" / "2021" / "b.html").write_bytes(gov_page().encode("gb18030"))
    make_pdf(root / "嘉兴" / "c.pdf", paragraphs[:4])
    d = docx.Document()
    d.add_paragraph("嘉兴的 Word 文件")
    d.save(root / "嘉兴" / "d.docx")
    (root / "嘉兴" / "e.md").write_text("# 标题\n\n正文**加粗**。", encoding="utf-8")
    (root / "嘉兴" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "嘉兴" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (root / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    (root / ".git" / "x.txt").write_text("版本库", encoding="utf-8")
    return root


def test_folder_tree_imports_supported_files_reports_the_rest(project, tmp_path, paragraphs):
    root = _tree(tmp_path / "corpus", paragraphs)
    results = import_files(project, [root])
    by_name = {Path(r.path).name: r for r in results}
    assert sorted(by_name) == ["a.txt", "b.html", "c.pdf", "d.docx", "e.md", "old.doc", "photo.jpg"]
    assert {n for n, r in by_name.items() if r.status == "imported"} == {"a.txt", "b.html", "c.pdf", "d.docx", "e.md"}
    assert by_name["photo.jpg"].status == "skipped" and "photo.jpg: not a supported file type ('.jpg')" == str(by_name["photo.jpg"].message)
    assert by_name["old.doc"].status == "skipped"
    titles = {d["source_file"]: d["title"] for d in project.documents()}
    assert titles["e.md"] == "标题" and titles["a.txt"] == "a"
    assert str(project.undo_status().undo) == "Import 5 documents"  # one action, one undo step
    project.undo()
    assert project.documents() == []


def test_many_files_in_worker_processes_with_progress(project, tmp_path):
    files = []
    for i in range(12):
        f = tmp_path / f"doc{i:02d}.txt"
        f.write_text(f"第{i}份文件，共同富裕示范区建设。", encoding="utf-8")
        files.append(f)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    files.insert(5, bad)
    seen: list[tuple[int, int, str]] = []
    results = import_files(project, files, progress=lambda d, t, n: seen.append((d, t, n)), workers=2)
    assert [r.status for r in results] == ["imported"] * 5 + ["refused"] + ["imported"] * 7
    assert [d for d, _, _ in seen] == list(range(14))
    assert seen[0] == (0, 13, "doc00.txt") and seen[-1][0] == 13
    texts = [project.document_text(r.document_id) for r in results if r.document_id]
    assert texts == [f"第{i}份文件，共同富裕示范区建设。" for i in range(12)]


def test_cancel_keeps_what_was_read_consistently(project, tmp_path):
    files = []
    for i in range(10):
        f = tmp_path / f"c{i}.txt"
        f.write_text(f"第{i}份", encoding="utf-8")
        files.append(f)
    results = import_files(project, files, progress=lambda d, t, n: d < 4, workers=2)
    assert [r.status for r in results] == ["imported"] * 4 + ["cancelled"] * 6
    assert [d["title"] for d in project.documents()] == ["c0", "c1", "c2", "c3"]
    project.undo()  # the part that went in is one step
    assert project.documents() == []


def test_cancel_before_anything_changes_nothing(project, tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("文本", encoding="utf-8")
    before = table_dump(project.path)
    assert [r.status for r in import_files(project, [f], progress=lambda d, t, n: False)] == ["cancelled"]
    assert table_dump(project.path) == before


def test_cli_imports_folder_says_document_n(tmp_path, capsys, paragraphs):
    root = _tree(tmp_path / "corpus", paragraphs)
    proj = tmp_path / "p.biaozhu"
    assert main(["new", str(proj)]) == 0
    code = main(["import", str(proj), str(root)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "imported document 1: c.pdf (PDF," in out
    assert "skipped: photo.jpg: not a supported file type ('.jpg')" in out
    assert "5 of 7 files imported" in out
    assert main(["docs", str(proj), "--json"]) == 0
    docs = json.loads(capsys.readouterr()[0])
    html = [d for d in docs if d["source_file"] == "b.html"][0]
    assert html["attributes"] == {"date": "2021-06-10", "source": "湖州日报"}


def test_cli_keep_layout(tmp_path, capsys, paragraphs):
    pdf = make_pdf(tmp_path / "k.pdf", paragraphs[:6], header="嘉兴日报 第3版")
    proj = tmp_path / "p.biaozhu"
    main(["new", str(proj)])
    capsys.readouterr()
    assert main(["import", str(proj), str(pdf), "--keep-layout"]) == 0
    out = capsys.readouterr()[0]
    assert "joined" not in out
    main(["import", str(proj), str(pdf)])
    assert "joined" in capsys.readouterr()[0]
