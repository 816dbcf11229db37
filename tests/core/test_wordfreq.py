"""Word frequencies and their Excel export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange import wordfreq_xlsx
from desktop_app.core.text import frequencies as wf


@pytest.fixture
def docs(project):
    a = project.add_document("甲", "共同富裕是目标。2020年共同富裕取得进展，城乡发展1.61倍。\n𠮷共同富裕！")
    b = project.add_document("乙", "城乡发展要统筹城乡。我们的城乡")
    return a, b


def test_counts_leave_out_stopwords_numbers_and_punctuation(project, docs):
    t = wf.frequencies(project)
    counts = {r.word: r.count for r in t.rows}
    assert counts["共同富裕"] == 3
    assert counts["城乡"] == 3 and {r.word: r.documents for r in t.rows}["城乡"] == 2
    assert counts["统筹城乡"] == 1
    for gone in ("的", "我们", "2020", "1.61", "，", "。", "𠮷"):
        assert gone not in counts
    assert t.total_words == sum(counts.values())
    assert [r.count for r in t.rows] == sorted((r.count for r in t.rows), reverse=True)


def test_scope_document_top_and_min_chars(project, docs):
    a, b = docs
    t = wf.frequencies(project, documents=[b], top=1)
    assert t.title == "乙" and [(r.word, r.count) for r in t.rows] == [("城乡", 2)]
    singles = wf.frequencies(project, documents=[a], min_chars=1)
    assert "年" in {r.word for r in singles.rows} or "倍" in {r.word for r in singles.rows}
    with pytest.raises(BiaozhuError):
        wf.frequencies(project, documents=[99])
    with pytest.raises(BiaozhuError):
        wf.frequencies(project, top=0)


def test_the_index_and_plain_segmentation_agree(project, docs):
    from desktop_app.core.text.search import update_index

    plain = wf.frequencies(project)
    update_index(project)
    assert wf.frequencies(project).rows == plain.rows


def test_passages_of_a_code(project, docs):
    a, _ = docs
    text = project.document_text(a)
    s = text.index("2020")
    project.add_coding(a, "居民增收", s, text.index("。", s) + 1)
    project.add_coding(a, "居民增收", s, s + 10)  # overlapping: counted once
    t = wf.frequencies(project, code="居民增收")
    assert t.title == "居民增收"
    assert {r.word: r.count for r in t.rows} == {"共同富裕": 1, "取得": 1, "进展": 1, "城乡": 1,
                                                   "发展": 1}


def test_excel_export_has_a_sheet_per_choice(project, docs, tmp_path):
    a, _ = docs
    tables = [wf.frequencies(project), wf.frequencies(project, documents=[a]),
              wf.frequencies(project, documents=[a])]
    path = wordfreq_xlsx.export_xlsx(tmp_path / "freq.xlsx", tables)
    wb = load_workbook(path)
    assert wb.sheetnames == ["All documents", "甲", "甲 (2)"]
    rows = list(wb["All documents"].iter_rows(values_only=True))
    assert rows[0][:2] == ("词 Word", "次数 Count")
    assert rows[1][0] == tables[0].rows[0].word and rows[1][1] == tables[0].rows[0].count
    with pytest.raises(BiaozhuError):
        wordfreq_xlsx.export_xlsx(tmp_path / "none.xlsx", [])
    with pytest.raises(BiaozhuError, match="cannot be written"):
        wordfreq_xlsx.export_xlsx(tmp_path / "no" / "such" / "dir.xlsx", tables)


@pytest.mark.parametrize("word, ok", [("共同富裕", True), ("十四", False), ("2020", False),
                                      ("5G", True), ("的", False), ("，。", False), ("万元", True)])
def test_countable(word, ok):
    assert wf.countable(word) is ok
