import docx
import pytest

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.ingest.importer import import_files, parse_attributes
from tests.conftest import table_dump


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_each_encoding_imports_and_reports(project, tmp_path):
    files = [
        _write(tmp_path, "utf8.txt", "收入𠮷\r\n第二行".encode()),
        _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "社会保障".encode()),
        _write(tmp_path, "u16.txt", b"\xff\xfe" + "数字化改革".encode("utf-16-le")),
        _write(tmp_path, "gbk.txt", "城乡融合".encode("gbk")),
        _write(tmp_path, "big5.txt", "統籌城鄉發展".encode("big5")),
    ]
    results = import_files(project, files, attributes={"region": "湖州"})
    assert [r.status for r in results] == ["imported"] * 5
    assert [r.encoding for r in results] == ["UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030", "Big5"]
    texts = [project.document_text(r.document_id) for r in results]
    assert texts == ["收入𠮷\n第二行", "社会保障", "数字化改革", "城乡融合", "統籌城鄉發展"]
    assert results[0].chars == 7
    assert all(project.attributes(r.document_id) == {"region": "湖州"} for r in results)


def test_bad_files_are_refused_and_the_others_go_in(project, tmp_path):
    good = _write(tmp_path, "good.txt", "共同富裕".encode())
    bad = [
        _write(tmp_path, "empty.txt", b""),
        _write(tmp_path, "binary.txt", bytes(range(256)) * 10),
        _write(tmp_path, "broken.docx", b"PK\x03\x04 not really a zip"),
        _write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0"),
        _write(tmp_path, "image.png", b"\x89PNG"),
        tmp_path / "missing.txt",
    ]
    results = import_files(project, [*bad, good])
    assert [r.status for r in results] == ["refused"] * 6 + ["imported"]
    for r, path in zip(results, bad, strict=False):
        assert path.name in str(r.message)
    assert "empty" in str(results[0].message)
    assert "binary" in str(results[1].message)
    assert "docx" in str(results[2].message)
    assert ".docx" in str(results[3].message)
    assert "unsupported file type" in str(results[4].message)
    assert "no such file" in str(results[5].message)
    assert [d["title"] for d in project.documents()] == ["good"]


def test_refused_import_leaves_the_project_unchanged(project, tmp_path):
    project.add_document("existing", "已有文本")
    before = table_dump(project.path)
    results = import_files(project, [_write(tmp_path, "bin.txt", b"\x00\x01\x02" * 100)])
    assert results[0].status == "refused"
    assert table_dump(project.path) == before


def test_same_text_twice_is_reported_not_duplicated(project, tmp_path):
    a = _write(tmp_path, "a.txt", "收入\n".encode())
    b = _write(tmp_path, "b.txt", "收入\r\n".encode("gbk"))  # same text after normalising
    first = import_files(project, [a])
    again = import_files(project, [a, b])
    assert first[0].status == "imported"
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert f"already document {first[0].document_id}" in str(again[0].message)
    assert len(project.documents()) == 1


def test_docx_paragraphs_and_tables_in_order(project, tmp_path):
    d = docx.Document()
    d.add_paragraph("标题：共同富裕")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "数值"
    table.cell(1, 0).text, table.cell(1, 1).text = "收入", "6.4万元"
    d.add_paragraph("结尾段落𠮷")
    path = tmp_path / "policy.docx"
    d.save(path)
    [r] = import_files(project, [path])
    assert r.status == "imported" and r.encoding == "docx"
    assert project.document_text(r.document_id) == "标题：共同富裕\n指标\t数值\n收入\t6.4万元\n结尾段落𠮷"


def test_import_progress_can_cancel(project, tmp_path):
    files = [_write(tmp_path, f"{i}.txt", f"文本{i}".encode()) for i in range(3)]
    seen = []

    def progress(done, total, name):
        seen.append((done, total))
        return done < 1  # cancel before the second file

    results = import_files(project, files, progress=progress)
    assert [r.status for r in results] == ["imported", "cancelled", "cancelled"]
    assert len(project.documents()) == 1


def test_parse_attributes():
    assert parse_attributes(["region=嘉兴", "date = 2021-06 "]) == {"region": "嘉兴", "date": "2021-06"}
    with pytest.raises(BiaozhuError, match="key=value"):
        parse_attributes(["region"])
