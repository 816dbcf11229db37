"""Splitting a document, document management, attributes from a sheet, attribute filters."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop_app.cli.main import main
from desktop_app.core.errors import BiaozhuError
from tests.conftest import table_dump

PAGE = "关于工业领域推进无差别城乡的思考\n第一篇正文𠮷。\n中心组理论学习\n第二篇正文😀。\n八里店探索\n第三篇正文。"


def _passages(project):
    return sorted((s["document_id"], s["start"], s["end"], s["text"], s["code"]) for s in project.segments())


def test_split_moves_codings_before_after_and_across_the_cut(project):
    doc = project.add_document("报纸版面", PAGE, source_file="page.txt", attributes={"region": "湖州"})
    cut1, cut2 = PAGE.index("中心组"), PAGE.index("八里店")
    before_cut = project.add_coding(doc, "城乡融合", 0, 5)
    across = project.add_coding(doc, "居民增收", cut1 - 5, cut1 + 3)  # "正文𠮷。\n中心组"
    after = project.add_coding(doc, "社会保障", cut2 + 1, cut2 + 4)
    dump = table_dump(project.path)
    result = project.split_document(doc, [cut2, cut1])
    a, b, c = result.document_ids
    assert a == doc and result.cut_codings == 1
    assert [str(m) for m in result.report] == ["1 coding across a cut, now one piece per part"]
    texts = [project.document_text(i) for i in (a, b, c)]
    assert "".join(texts) == PAGE
    assert [project.document(i)["title"] for i in (a, b, c)] == ["关于工业领域推进无差别城乡的思考", "中心组理论学习", "八里店探索"]
    assert all(project.attributes(i) == {"region": "湖州"} for i in (a, b, c))
    segs = {s["id"]: s for s in project.segments()}
    assert (segs[before_cut]["document_id"], segs[before_cut]["text"]) == (a, PAGE[0:5])
    assert (segs[across]["document_id"], segs[across]["text"]) == (a, "正文𠮷。\n")
    piece = [s for s in segs.values() if s["document_id"] == b and s["code"] == "居民增收"][0]
    assert piece["text"] == "中心组" and (piece["start"], piece["end"]) == (0, 3)
    assert (segs[after]["document_id"], segs[after]["text"]) == (c, PAGE[cut2 + 1:cut2 + 4])
    for s in segs.values():
        assert project.document_text(s["document_id"])[s["start"]:s["end"]] == s["text"]
    assert str(project.undo_status().undo) == f"Split document {doc} into 3 parts"
    project.undo()
    assert table_dump(project.path)["documents"] == dump["documents"]
    assert table_dump(project.path)["codings"] == dump["codings"]
    assert project.document_text(doc) == PAGE
    project.redo()  # the texts read after a redo are the parts again, not a cached whole
    assert [project.document_text(i) for i in (a, b, c)] == texts
    project.undo()
    assert project.document_text(doc) == PAGE


def test_split_titles_given_and_bad_offsets_change_nothing(project):
    doc = project.add_document("版面", PAGE)
    dump = table_dump(project.path)
    for bad in ([0], [len(PAGE)], [-3], []):
        with pytest.raises(BiaozhuError):
            project.split_document(doc, bad)
    with pytest.raises(BiaozhuError, match="too many titles"):
        project.split_document(doc, [5], titles=["a", "b", "c"])
    assert table_dump(project.path) == dump
    r = project.split_document(doc, [5], titles=["第一部分"])
    assert [project.document(i)["title"] for i in r.document_ids] == ["第一部分", "域推进无差别城乡的思考"]


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="共同富裕𠮷😀ab\n。", min_size=4, max_size=40), st.data())
def test_split_keeps_every_passage(tmp_path_factory, text, data):
    from desktop_app.core.project import create_project

    p = create_project(tmp_path_factory.mktemp("h") / "p.biaozhu", coder="alice")
    try:
        doc = p.add_document("t", text)
        spans = data.draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=6))
        for s, e in spans:
            if s < e:
                try:
                    p.add_coding(doc, "城乡融合", s, e)
                except BiaozhuError:
                    pass
        cuts = data.draw(st.lists(st.integers(1, len(text) - 1), min_size=1, max_size=3, unique=True))
        wanted = {(s, e) for s, e in spans if s < e}
        try:
            r = p.split_document(doc, cuts)
        except BiaozhuError:
            return  # two parts with the same text
        starts = dict(zip(r.document_ids, [0, *sorted(cuts)], strict=True))
        covered = set()
        for seg in p.segments():
            assert p.document_text(seg["document_id"])[seg["start"]:seg["end"]] == seg["text"]
            covered.add((starts[seg["document_id"]] + seg["start"], starts[seg["document_id"]] + seg["end"]))
        # each original passage is now its pieces, cut exactly at the cut points
        expected = set()
        for s, e in wanted:
            points = [s, *(c for c in sorted(cuts) if s < c < e), e]
            expected |= set(zip(points, points[1:], strict=False))
        assert covered == expected
        p.undo()
        assert p.document_text(doc) == text and len(p.documents()) == 1
    finally:
        p.close()


def test_cli_split_rename_delete_attr(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    src = tmp_path / "page.txt"
    src.write_text(PAGE, encoding="utf-8")
    main(["new", str(proj)])
    main(["import", str(proj), str(src), "--attr", "region=湖州"])
    capsys.readouterr()
    cut = PAGE.index("中心组")
    assert main(["split", str(proj), "1", str(cut), "--titles", "思考", "学习"]) == 0
    out = capsys.readouterr()[0]
    assert out.startswith("split document 1 into 2 documents: document 1 (思考), document 2 (学习)")
    assert main(["rename", str(proj), "2", "中心组学习"]) == 0
    assert main(["attr", str(proj), "2", "year=2021", "issuer=湖州日报"]) == 0
    assert "document 2: region=湖州, year=2021, issuer=湖州日报" in capsys.readouterr()[0]
    assert main(["attr", str(proj), "2", "--remove", "issuer"]) == 0
    capsys.readouterr()
    assert main(["docs", str(proj), "--json", "--attr", "year=2021"]) == 0
    [doc] = json.loads(capsys.readouterr()[0])
    assert (doc["id"], doc["title"], doc["attributes"]) == (2, "中心组学习", {"region": "湖州", "year": "2021"})
    dump = table_dump(proj)
    assert main(["delete", str(proj), "2"]) == 1
    assert "this deletes document 2 (中心组学习) with 0 coding(s) and 2 attribute(s)" in capsys.readouterr()[1]
    assert table_dump(proj) == dump
    assert main(["delete", str(proj), "2", "--yes"]) == 0
    assert capsys.readouterr()[0].startswith("deleted document 2 (中心组学习) with 0 coding(s)")
    main(["docs", str(proj), "--json"])
    assert [d["id"] for d in json.loads(capsys.readouterr()[0])] == [1]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_attributes_from_a_sheet(project, tmp_path, kind):
    a = project.add_document("以红船精神全力推动共同富裕", "文本一", source_file="000.txt")
    b = project.add_document("报纸版面", "文本二", source_file="002.pdf")
    rows = [["文件", "region", "year"], ["000.txt", "嘉兴", "2021"], ["002", "湖州", ""],
            ["报纸版面", "", "2022"], ["nothing.txt", "x", "y"]]
    path = tmp_path / f"meta.{kind}"
    if kind == "csv":
        path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8-sig")
    else:
        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    from desktop_app.core.interchange.attribute_sheet import apply_sheet

    result = apply_sheet(project, path)
    assert (result.documents, result.values) == (2, 4)
    assert [str(m) for m in result.unmatched] == ["row 5: 'nothing.txt' matches no document"]
    assert project.attributes(a) == {"region": "嘉兴", "year": "2021"}
    assert project.attributes(b) == {"region": "湖州", "year": "2022"}
    project.undo()
    assert project.attributes(a) == {} and project.attributes(b) == {}


def test_attribute_filter_on_segments_search_freq_export(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    assert main(["demo", str(proj)]) == 0
    capsys.readouterr()
    main(["segments", str(proj), "--json", "--attr", "region=湖州"])
    segs = json.loads(capsys.readouterr()[0])
    assert segs and {s["document_id"] for s in segs} == {2}
    main(["search", str(proj), "共同富裕", "--json", "--attr", "region=嘉兴"])
    hits = json.loads(capsys.readouterr()[0])["hits"]
    assert hits and {h["document_id"] for h in hits} == {1}
    main(["freq", str(proj), "--json", "--attr", "region=nowhere"])
    assert json.loads(capsys.readouterr()[0])["total_words"] == 0
    out = tmp_path / "x.csv"
    assert main(["export", str(proj), str(out), "--attr", "region=湖州"]) == 0
    assert "wrote" in capsys.readouterr()[0]
    body = out.read_text(encoding="utf-8-sig")
    assert "湖州" in body and "以红船精神" not in body


def test_headings_find_the_four_articles_of_the_seed_page(tmp_path, capsys):
    from desktop_app.core.text.headings import headings
    from tests.conftest import ROOT

    text = (ROOT / "seeds" / "002_293c53b2b8ac09bd.txt").read_text(encoding="utf-8").strip()
    found = {h.text: h for h in headings(text)}
    starts = ["中心组理论学习", "城乡接合乡镇推进共同富裕的八里店探索", "加快健全社会保障体系"]
    for title in starts:
        assert text[found[title].offset:].startswith(title)
    assert found[starts[1]].byline and found[starts[2]].byline  # a name follows: an article
    assert "(作者系市经信局党组书记、局长)" not in found and "陆建卫" not in found
    proj = tmp_path / "p.biaozhu"
    src = tmp_path / "page.txt"
    src.write_text(text, encoding="utf-8")
    main(["new", str(proj)])
    main(["import", str(proj), str(src)])
    capsys.readouterr()
    assert main(["split", str(proj), "1", "--show-headings"]) == 0
    listing = capsys.readouterr()[0]
    assert f"{found[starts[2]].offset:>8}  title  加快健全社会保障体系" in listing
    assert main(["split", str(proj), "1", *(str(found[t].offset) for t in starts)]) == 0
    capsys.readouterr()
    main(["docs", str(proj), "--json"])
    titles = [d["title"] for d in json.loads(capsys.readouterr()[0])]
    assert titles == ["关于工业领域推进“无差别城乡”的思考", *starts]
