"""Disagreements between two coders per code, and adopting the other coder's coding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.analysis.agreement import AgreementCounter
from desktop_app.core.analysis.data import Coding
from desktop_app.core.analysis.disagreements import difference, disagreements
from desktop_app.core.errors import BiaozhuError, DuplicateCoding
from desktop_app.core.interchange.agreement_report import agreement_report
from desktop_app.core.interchange.disagreement_report import disagreement_report
from desktop_app.core.text.spans import union


def marks(n: int, spans) -> list[int]:
    out = [0] * n
    for s, e in spans:
        for i in range(max(0, s), min(n, e)):
            out[i] = 1
    return out


spans_st = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])),
                    max_size=6)


@given(spans_st, spans_st)
def test_difference_is_the_set_difference(a, b):
    got = difference(union(a), union(b))
    want = [x and not y for x, y in zip(marks(50, a), marks(50, b), strict=True)]
    assert marks(50, got) == [int(w) for w in want]
    assert got == union(got)  # sorted, disjoint, not adjacent


@st.composite
def two_coders(draw):
    rows, n = [], 0
    for doc in (1, 2):
        for coder in (10, 20):
            for code in (100, 200):
                for s, e in draw(spans_st):
                    n += 1
                    rows.append(Coding(n, doc, code, coder, s, e))
    return rows


@settings(max_examples=60)
@given(two_coders())
def test_disagreements_are_the_characters_rated_differently(rows):
    """Per document and code, the listed passages are exactly the characters one coder rated 1
    and the other 0 (the char unit of the agreement figures), each naming its source codings."""
    found = disagreements(rows, 10, 20)
    for doc in (1, 2):
        for code in (100, 200):
            a = [(r.start, r.end) for r in rows if (r.document_id, r.code_id, r.coder_id) == (doc, code, 10)]
            b = [(r.start, r.end) for r in rows if (r.document_id, r.code_id, r.coder_id) == (doc, code, 20)]
            only_a = [(d.start, d.end) for d in found if (d.document_id, d.code_id, d.coded_by) == (doc, code, 0)]
            only_b = [(d.start, d.end) for d in found if (d.document_id, d.code_id, d.coded_by) == (doc, code, 1)]
            ma, mb = marks(50, a), marks(50, b)
            assert marks(50, only_a) == [int(x and not y) for x, y in zip(ma, mb, strict=True)]
            assert marks(50, only_b) == [int(y and not x) for x, y in zip(ma, mb, strict=True)]
            # the disagreeing characters are what the agreement figures count as not agreed
            counter = AgreementCounter([code], [10, 20])
            counter.add_document(50, {(code, 10): a, (code, 20): b})
            assert counter.tallies[code].hist[1] == sum(e - s for s, e in only_a + only_b)
    by_id = {r.id: r for r in rows}
    for d in found:
        assert d.codings, d
        who, other = (10, 20)[d.coded_by], (20, 10)[d.coded_by]
        here = [r for r in rows if r.document_id == d.document_id and r.start < d.end and r.end > d.start]
        assert set(d.codings) == {r.id for r in here if (r.code_id, r.coder_id) == (d.code_id, who)}
        assert set(d.other_codes) == {r.code_id for r in here if r.coder_id == other}
        for cid in d.codings:
            r = by_id[cid]
            assert (r.document_id, r.code_id, r.coder_id) == (d.document_id, d.code_id, (10, 20)[d.coded_by])
            assert r.start < d.end and r.end > d.start
        assert d.code_id not in d.other_codes


def test_who_coded_what_and_filters():
    rows = [Coding(1, 1, 100, 10, 0, 10),   # A: code 100 on 0-10
            Coding(2, 1, 100, 20, 5, 10),   # B: code 100 on 5-10 only
            Coding(3, 1, 200, 20, 0, 4),    # B put code 200 on 0-4
            Coding(4, 2, 100, 10, 0, 3),    # another document
            Coding(5, 1, 100, 30, 0, 50)]   # a third coder is ignored
    found = disagreements(rows, 10, 20)
    assert [(d.document_id, d.code_id, d.start, d.end, d.coded_by, d.codings, d.other_codes)
            for d in found] == [
        (1, 200, 0, 4, 1, (3,), (100,)),  # sorted by start, then end, code, coder
        (1, 100, 0, 5, 0, (1,), (200,)),  # one passage, B's other code overlapping part of it
        (2, 100, 0, 3, 0, (4,), ()),
    ]
    assert [d.code_id for d in disagreements(rows, 10, 20, codes={200})] == [200]
    assert {d.document_id for d in disagreements(rows, 10, 20, documents={2})} == {2}
    assert [d.coded_by for d in disagreements(rows, 10, 99)] == [0, 0]  # B has nothing
    with pytest.raises(ValueError):
        disagreements(rows, 10, 10)


TEXT = "𠮷野家的😀政策文本，第二句话。\n第三段𠮷。"


@pytest.fixture
def coded(project):
    """alice and bob code the same document; bob codes another one alone."""
    d1 = project.add_document("甲", TEXT)
    d2 = project.add_document("乙", "只有鲍勃编码的文档😀。")
    codes = project.codes()
    x, y = codes[0]["id"], codes[1]["id"]
    project.add_coding(d1, x, 0, 8)           # alice: x on 𠮷野家的😀政策文
    project.add_coding(d1, y, 10, 15)         # alice: y on 第二句话。
    project.coder = "bob"
    project.add_coding(d1, x, 3, 8)           # bob: x on 的😀政策文 only
    project.add_coding(d1, y, 10, 15)         # bob agrees on y
    project.add_coding(d1, x, 19, 20)         # bob: x on 𠮷 of 第三段𠮷
    project.add_coding(d2, x, 0, 4)           # a document alice never coded: not compared
    project.coder = "alice"
    return project, d1, d2, x, y


def test_report_passages_are_code_point_slices(coded):
    project, d1, _d2, x, _y = coded
    rep = disagreement_report(project, ["alice", "bob"])
    assert rep["document_ids"] == [d1] == agreement_report(project, ["alice", "bob"])["document_ids"]
    rows = [(r["start"], r["end"], r["text"], r["coded_by"], r["codes_a"], r["codes_b"])
            for r in rep["disagreements"]]
    name = project.code(x)["name"]
    assert rows == [(0, 3, "𠮷野家", "alice", [name], []),
                    (19, 20, "𠮷", "bob", [], [name])]
    for r in rep["disagreements"]:
        assert r["text"] == project.document_text(r["document_id"])[r["start"]:r["end"]]
        assert r["document_title"] == "甲"
        for cid in r["codings"]:
            c = project.coding(cid)
            assert project.coder_names()[c["coder_id"]] == r["coded_by"]
    assert disagreement_report(project, ["alice", "bob"], all_documents=True)["documents"] == 2
    assert disagreement_report(project, ["alice", "bob"], codes=[_y])["disagreements"] == []
    with pytest.raises(BiaozhuError, match="no coder 'zoe'"):
        disagreement_report(project, ["alice", "zoe"])
    with pytest.raises(BiaozhuError, match="exactly two"):
        project.coder = "carol"
        project.add_coding(d1, x, 0, 1)
        disagreement_report(project, ["alice", "bob", "carol"])


def test_adopt_copies_the_coding_for_the_current_coder_and_undoes(coded):
    project, d1, _d2, x, _y = coded
    rep = disagreement_report(project, ["alice", "bob"])
    bobs = next(r for r in rep["disagreements"] if r["coded_by"] == "bob")
    src = project.coding(bobs["codings"][0])
    (new,) = project.adopt_codings(bobs["codings"])
    got = project.coding(new)
    assert (got["document_id"], got["code_id"], got["start"], got["end"]) == \
        (src["document_id"], src["code_id"], src["start"], src["end"])
    assert got["coder_id"] == project.coder_id("alice")
    assert project.document_text(d1)[got["start"]:got["end"]] == "𠮷"
    assert project.last_action()["label"] == f"Adopt coding {src['id']}"
    after = disagreement_report(project, ["alice", "bob"])["disagreements"]
    assert [r["coded_by"] for r in after] == ["alice"]
    before_dump = project.codings()
    with pytest.raises(DuplicateCoding, match="already adopted") as e:
        project.adopt_codings(bobs["codings"])
    assert e.value.existing_id == new
    assert project.codings() == before_dump  # nothing changed
    project.undo()
    assert disagreement_report(project, ["alice", "bob"]) == rep
    project.redo()
    assert project.coding(new)["coder_id"] == project.coder_id("alice")


def test_adopt_several_and_refusals(coded):
    project, d1, _d2, x, y = coded
    theirs = [c["id"] for c in project.codings(d1) if c["coder"] == "bob"]
    mine = [c["id"] for c in project.codings(d1) if c["coder"] == "alice"]
    with pytest.raises(BiaozhuError, match="already yours"):
        project.adopt_codings(mine[:1])
    new = project.adopt_codings(theirs)  # y 10-15 alice has already: skipped
    assert len(new) == 2
    assert project.last_action()["label"] == "Adopt 3 codings"
    assert project.adopt_codings([]) == []
    with pytest.raises(BiaozhuError, match="no coding 9999"):
        project.adopt_codings([9999])
    # a coder who has no coding yet adopts too (the coder is made in the same action)
    project.coder = "dora"
    (d,) = project.adopt_codings(theirs[:1])
    assert project.coding(d)["coder_id"] == project.coder_id("dora")
    project.undo()
    assert project.coder_id("dora", create=False) is None


def test_cli_disagreements_and_adopt(coded, capsys):
    import json

    from desktop_app.cli.main import main
    from tests.conftest import table_dump

    project, d1, _d2, _x, _y = coded
    path = project.path
    project.close()
    capsys.readouterr()
    assert main(["disagreements", str(path), "--coders", "alice", "bob", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rep["disagreements"]] == ["𠮷野家", "𠮷"]
    assert main(["disagreements", str(path), "--coders", "alice", "bob"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 passage(s) where alice and bob disagree, in 1 document(s)")
    assert "only bob" in out and "𠮷野家" in out
    bobs = rep["disagreements"][1]["codings"]
    assert main(["adopt", str(path), *map(str, bobs), "--coder", "alice", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["coder"] == "alice" and len(added["added"]) == 1
    before = table_dump(path)
    assert main(["adopt", str(path), *map(str, bobs), "--coder", "alice"]) == 1
    assert "already adopted" in capsys.readouterr().err
    assert table_dump(path) == before
    with pytest.raises(SystemExit) as usage:  # argparse: a usage error
        main(["disagreements", str(path), "--coders", "alice"])
    assert usage.value.code == 2
    assert main(["undo", str(path), "--coder", "alice"]) == 0
    capsys.readouterr()
    assert main(["disagreements", str(path), "--coders", "alice", "bob", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == rep


def test_a_crafted_project_lists_only_valid_rows_and_refuses_to_adopt_bad_ones(tmp_path):
    from desktop_app.core.project import open_project
    from tests.reliability.test_hostile_project import crafted

    path, doc, text, ids = crafted(tmp_path)
    with open_project(path, coder="bob") as p:
        p.add_coding(doc, "居民增收", 0, 2)
        alice = p.coders()[0]["name"]
        rep = disagreement_report(p, [alice, "bob"], all_documents=True)  # never raises
        bad = {ids[k] for k in ("negative", "reversed", "outside", "blob", "missing_doc",
                                "blob_text_coding", "int_text_coding")}
        for r in rep["disagreements"]:
            assert not bad & set(r["codings"])
            assert 0 <= r["start"] < r["end"] <= len(text) and r["text"] == text[r["start"]:r["end"]]
        for k in ("negative", "outside", "missing_doc"):
            with pytest.raises(BiaozhuError):
                p.adopt_codings([ids[k]])
