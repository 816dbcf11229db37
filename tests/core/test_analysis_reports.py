"""Retrieval reports: every passage exact in .docx, escaped in HTML, a PDF; co-word exports."""

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop_app.core.analysis.cowords import cowords
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.analysis_run import compute_cowords, compute_matrix, corpus_of
from desktop_app.core.interchange.analysis_xlsx import cowords_xlsx, edge_list_csv, matrix_xlsx
from desktop_app.core.interchange.reports import write_report
from desktop_app.core.interchange.retrieval import parse_attribute_filters, retrieve
from desktop_app.core.project import create_project
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.normalise import normalise

ALPHABET = "𠮷𠀀😀中文编码社会保障abc<>&\"' =\n，。"


@st.composite
def coded_texts(draw):
    text = normalise(draw(st.text(alphabet=ALPHABET, min_size=1, max_size=120)))[0] or "𠮷"
    spans = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, 30)),
                          min_size=1, max_size=6))
    return text, sorted({(s, min(len(text), s + n)) for s, n in spans})


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_texts(), coded_texts())
def test_docx_report_holds_every_passage_exactly(a, b):
    with tempfile.TemporaryDirectory() as tmp:
        with create_project(Path(tmp) / "p.biaozhu", coder="alice") as p:
            docs = [p.add_document("第一篇 𠮷", a[0]), p.add_document("second 😀", b[0] + "。")]
            p.add_codings([NewCoding(docs[0], "社会保障", s, e) for s, e in a[1]]
                          + [NewCoding(docs[1], "居民增收", s, e, memo="m") for s, e in b[1]])
            report = retrieve(p)
            out = write_report(report, Path(tmp) / "r.docx", lang="en")
            expected = [(r["code"], r["document_title"], r["text"], r["start"], r["end"])
                        for r in p.segments()]
        paragraphs = Document(str(out)).paragraphs
        found = []
        code = title = None
        for i, par in enumerate(paragraphs):
            if par.style.name == "Heading 1":
                code = par.text.rsplit(" (", 1)[0]
            elif par.style.name == "Heading 2":
                title = par.text
            elif par.style.name == "Quote":
                passage = "".join(r.text for r in par.runs if r.bold)
                source = paragraphs[i + 1].text
                offsets = source.split(", ")[-2]
                s, e = (int(x) for x in offsets.split("–"))
                assert source.startswith(title + ", ")
                found.append((code, title, passage, s, e))
        assert sorted(found) == sorted(expected)


def test_html_escapes_passages_and_pdf_is_written(tmp_path):
    text = "前言<script>alert(1)</script>&amp;结尾。第二句话。"
    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        d = p.add_document("<b>标题</b>", text, attributes={"region": "嘉兴"})
        p.add_coding(d, "社会保障", 2, text.index("结尾"), memo="<i>memo</i>")
        report = retrieve(p, attributes=parse_attribute_filters(["region=嘉兴"]))
        html_out = write_report(report, tmp_path / "r.html")
        pdf_out = write_report(report, tmp_path / "r.pdf", lang="en")
        assert retrieve(p, attributes={"region": ["湖州"]}).count == 0
    html = html_out.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;" in html
    assert "&lt;b&gt;标题&lt;/b&gt;" in html and "&lt;i&gt;memo&lt;/i&gt;" in html
    assert '<span class="context">第二句话' not in html  # context: the sentence only
    assert pdf_out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        got = subprocess.run(["pdftotext", str(pdf_out), "-"], capture_output=True,
                             text=True).stdout
        assert "社会保障" in got and "<script>" in got


def test_report_refuses_unknown_suffix_and_bad_filters(tmp_path, project):
    with pytest.raises(BiaozhuError):
        write_report(retrieve(project), tmp_path / "r.txt")
    with pytest.raises(BiaozhuError):
        parse_attribute_filters(["region"])
    assert not list(tmp_path.glob("r.*"))


def test_cowords_hand_checked():
    table = cowords([["城乡", "融合", "发展"], ["城乡", "发展", "城乡"], ["社会", "保障"], []])
    assert [(p.source, p.target, p.weight) for p in table.pairs] == [
        ("发展", "城乡", 2), ("保障", "社会", 1), ("发展", "融合", 1), ("城乡", "融合", 1)]
    assert table.words == {"城乡": 2, "融合": 1, "发展": 2, "社会": 1, "保障": 1}
    assert table.sentences == 4
    assert len(cowords([["a", "b", "c"]], top=2).pairs) == 2


def test_cowords_of_a_code_with_jieba(tmp_path):
    text = "我们推进城乡融合发展。城乡融合发展是共同富裕的基础！社会保障体系要健全。"
    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        d = p.add_document("doc", text)
        p.add_coding(d, "城乡融合", 0, text.index("社会"))
        table = compute_cowords(p, codes=[p.resolve_code("城乡融合")])
        whole = compute_cowords(p)
    pairs = {(x.source, x.target): x.weight for x in table.pairs}
    assert table.sentences == 2
    # jieba (with the domain dictionary): 我们/推进/城乡融合/发展。城乡融合/发展/是/共同富裕/的/基础！
    # (推进 is in the stop word list); pairs are ordered by code point
    assert pairs == {("发展", "城乡融合"): 2, ("共同富裕", "发展"): 1, ("共同富裕", "城乡融合"): 1,
                     ("共同富裕", "基础"): 1, ("发展", "基础"): 1, ("城乡融合", "基础"): 1}
    assert table.words["城乡融合"] == 2 and "我们" not in table.words  # stop words out
    assert whole.sentences == 3 and "社会保障体系" in whole.words  # whole documents
    out = edge_list_csv(table, tmp_path / "edges.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Source", "Target", "Weight"]
    assert {(r[0], r[1]): int(r[2]) for r in rows[1:]} == pairs
    wb = load_workbook(cowords_xlsx(table, tmp_path / "co.xlsx", lang="en"))
    assert wb.worksheets[0].max_row == len(pairs) + 1


def test_matrix_to_excel_keeps_text_literal(tmp_path):
    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        d = p.add_document("=SUM(A1)", "城乡融合发展。")
        p.add_coding(d, "城乡融合", 0, 4)
        m = compute_matrix(p, corpus_of(p), "document", "codings")
    wb = load_workbook(matrix_xlsx(m, tmp_path / "m.xlsx", lang="en"))
    ws = wb.active
    assert ws.cell(1, 2).value == "=SUM(A1)" and ws.cell(1, 2).data_type == "s"
    names = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
    assert "城乡融合" in names and names[-1] == "Total"
    row = names.index("城乡融合") + 2
    assert ws.cell(row, 2).value == 1 and ws.cell(ws.max_row, 3).value == 1


def test_coded_document_html_and_pdf(tmp_path):
    from desktop_app.core.interchange.coded_document import coded_lines, export_document

    text = "第一段<共同富裕>𠮷。\n第二段社会保障。"
    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        d = p.add_document("doc", text)
        p.add_coding(d, "社会保障", 3, 9)
        p.add_coding(d, "居民增收", 5, 13)
        lines = coded_lines(p, d)
        html = export_document(p, d, tmp_path / "d.html").read_text(encoding="utf-8")
        pdf = export_document(p, d, tmp_path / "d.pdf")
        with pytest.raises(BiaozhuError):
            export_document(p, d, tmp_path / "d.docx")
    assert ["".join(x.text for x in line.pieces) for line in lines] == ["第一段<共同富裕>𠮷。", "第二段社会保障。"]
    assert [len(x.colours) for x in lines[0].pieces] == [0, 1, 2, 1]
    assert [n for n, _ in lines[0].codes] == ["社会保障", "居民增收"]
    assert [n for n, _ in lines[1].codes] == ["居民增收"]  # 5-13 runs into the second line
    assert "&lt;" in html and "&gt;" in html
    assert "<共同" not in html and "text-decoration:underline" in html
    assert pdf.read_bytes().startswith(b"%PDF")


def test_excel_export_has_memos_sheet_and_code_coloured_bars(tmp_path):
    import zipfile

    from desktop_app.core.interchange.xlsx_export import export_workbook

    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        d = p.add_document("嘉兴", "共同富裕示范先行。社会保障。")
        p.add_coding(d, "社会保障", 9, 13)
        p.add_memo("project", None, "=研究问题 😀")
        p.add_memo("document", d, "署名文章")
        colours = {c["colour"].lstrip("#").upper() for c in p.codes()}
    summary = export_workbook(path, tmp_path / "out.xlsx", lang="en")
    wb = load_workbook(summary.path)
    assert "Memos" in wb.sheetnames
    ws = wb["Memos"]
    got = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [(r[1], r[3], r[4]) for r in got] == [("project", None, "=研究问题 😀"),
                                                 ("document", "嘉兴", "署名文章")]
    assert ws.cell(2, 5).data_type == "s"
    with zipfile.ZipFile(summary.path) as z:
        chart = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart"))
    assert sum(c in chart for c in colours) >= 4 and chart.count("<dPt>") >= 4
