"""Matrices and co-occurrence equal what SQLite says; a cell drills down to exactly its codings."""

from __future__ import annotations

import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.analysis import matrix as mx
from desktop_app.core.analysis.data import Coding, Corpus
from desktop_app.core.interchange.analysis_run import compute_matrix, corpus_of
from desktop_app.core.project import create_project, open_project
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.sentences import paragraph_spans, sentence_spans

TEXTS = ["甲乙丙。丁戊己！庚辛𠮷壬癸。\n子丑寅卯。辰巳午未😀申酉。", "天地玄黄。宇宙洪荒！\n日月盈昃，辰宿列张。寒来暑往。",
         "一二三四五六七八九十。"]
CODES = ["居民增收", "社会保障", "数字化改革", "城乡融合"]
REGION = ["嘉兴", "湖州", "嘉兴"]

coding = st.tuples(st.integers(0, 2), st.integers(0, 3), st.sampled_from(["alice", "bob"]),
                   st.integers(0, 40), st.integers(1, 12))


def build(path: Path, items) -> None:
    with create_project(path, coder="alice") as p:
        docs = [p.add_document(f"d{i}", t, attributes={"region": REGION[i]})
                for i, t in enumerate(TEXTS)]
        by_coder = defaultdict(list)
        for d, c, coder, s, n in items:
            size = len(TEXTS[d])
            s = min(s, size - 1)
            by_coder[coder].append(NewCoding(docs[d], CODES[c], s, min(size, s + n)))
        for coder, rows in by_coder.items():
            p.coder = coder
            p.add_codings(rows)


def sql(path: Path, q: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(q, params).fetchall()
    finally:
        conn.close()


def chars_of(path: Path, code_id: int, doc_ids: list[int]) -> int:
    """Coded characters by a set of positions (another way than union of spans)."""
    pos = set()
    for d, s, e in sql(path, f'SELECT document_id, start, "end" FROM codings WHERE code_id=? '
                       f'AND document_id IN ({",".join("?" * len(doc_ids))})', (code_id, *doc_ids)):
        pos.update((d, i) for i in range(s, e))
    return len(pos)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(coding, max_size=30))
def test_code_by_document_and_attribute_equal_sqlite(items):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.biaozhu"
        build(path, items)
        with open_project(path, readonly=True) as p:
            corpus = corpus_of(p)
            counts = compute_matrix(p, corpus, "document", "codings")
            chars = compute_matrix(p, corpus, "document", "chars")
            pct = compute_matrix(p, corpus, "document", "percent")
            by_region = compute_matrix(p, corpus, "attr:region", "chars")
        code_ids = dict(sql(path, "SELECT name, id FROM codes"))
        doc_ids = [r[0] for r in sql(path, "SELECT id FROM documents ORDER BY id")]
        sizes = dict(sql(path, "SELECT id, chars FROM documents"))
        for i, code_id in enumerate(counts.rows):
            assert counts.row_labels[i] == [n for n, k in code_ids.items() if k == code_id][0]
            for j, doc in enumerate(counts.columns):
                expected = sql(path, "SELECT id FROM codings WHERE code_id=? AND document_id=? "
                               "ORDER BY id", (code_id, doc))
                assert counts.cells[i][j] == len(expected)
                assert counts.coding_ids(i, j) == [r[0] for r in expected]
                assert chars.coding_ids(i, j) == [r[0] for r in expected]
                assert chars.cells[i][j] == chars_of(path, code_id, [doc])
                assert pct.cells[i][j] == round(100 * chars_of(path, code_id, [doc]) / sizes[doc], 2)
            assert counts.row_totals[i] == sql(path, "SELECT COUNT(*) FROM codings WHERE code_id=?",
                                               (code_id,))[0][0]
            assert counts.coding_ids(i, None) == [r[0] for r in sql(
                path, "SELECT id FROM codings WHERE code_id=? ORDER BY id", (code_id,))]
        for j, doc in enumerate(counts.columns):
            assert counts.column_totals[j] == sql(
                path, "SELECT COUNT(*) FROM codings WHERE document_id=?", (doc,))[0][0]
            pos = {i for s, e in sql(path, 'SELECT start, "end" FROM codings WHERE document_id=?',
                                     (doc,)) for i in range(s, e)}
            assert chars.column_totals[j] == len(pos)
        assert by_region.column_labels == ["嘉兴", "湖州"]
        for i, code_id in enumerate(by_region.rows):
            assert by_region.cells[i][0] == chars_of(path, code_id, [doc_ids[0], doc_ids[2]])
            assert by_region.cells[i][1] == chars_of(path, code_id, [doc_ids[1]])
            assert by_region.coding_ids(i, 0) == [r[0] for r in sql(
                path, "SELECT id FROM codings WHERE code_id=? AND document_id IN (?, ?) ORDER BY id",
                (code_id, doc_ids[0], doc_ids[2]))]


def _pairs_in_units(path: Path, split) -> dict[tuple[int, int], set]:
    """Pairs of codings sharing a unit, by brute force over every pair from SQLite."""
    texts = dict(sql(path, "SELECT id, text FROM documents"))
    rows = sql(path, 'SELECT id, document_id, code_id, coder_id, start, "end" FROM codings')
    out: dict[tuple[int, int], set] = defaultdict(set)
    for a in rows:
        for b in rows:
            if a[0] >= b[0] or a[1] != b[1] or a[3] != b[3] or a[2] == b[2]:
                continue
            units = split(texts[a[1]])
            if any(s < a[5] and a[4] < e and s < b[5] and b[4] < e for s, e in units):
                out[a[2], b[2]].add((a[0], b[0]))
                out[b[2], a[2]].add((a[0], b[0]))
    return out


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(coding, max_size=25))
def test_cooccurrence_equals_sqlite(items):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.biaozhu"
        build(path, items)
        with open_project(path, readonly=True) as p:
            corpus = corpus_of(p)
            overlap = compute_matrix(p, corpus, "code")
            sentence = compute_matrix(p, corpus, "code", unit="sentence")
            paragraph = compute_matrix(p, corpus, "code", unit="paragraph")
        pairs = defaultdict(set)
        for a, b, ca, cb in sql(
            path, "SELECT a.id, b.id, a.code_id, b.code_id FROM codings a JOIN codings b "
            "ON a.document_id = b.document_id AND a.coder_id = b.coder_id AND a.id < b.id "
            'AND a.code_id <> b.code_id AND a.start < b."end" AND b.start < a."end"'):
            pairs[ca, cb].add((a, b))
            pairs[cb, ca].add((a, b))
        for m, expected in ((overlap, pairs), (sentence, _pairs_in_units(path, sentence_spans)),
                            (paragraph, _pairs_in_units(path, paragraph_spans))):
            for i, ci in enumerate(m.rows):
                for j, cj in enumerate(m.columns):
                    if i == j:
                        n = sql(path, "SELECT COUNT(*) FROM codings WHERE code_id=?", (ci,))[0][0]
                        assert m.cells[i][j] == n
                        continue
                    found = expected.get((ci, cj), set())
                    assert m.cells[i][j] == len(found)
                    assert m.coding_ids(i, j) == sorted({x for pair in found for x in pair})


def test_filter_by_coder_code_and_attribute():
    corpus = Corpus(
        codings=[Coding(1, 10, 1, 1, 0, 5), Coding(2, 10, 2, 2, 3, 8), Coding(3, 11, 1, 2, 0, 2)],
        doc_titles={10: "a", 11: "b"}, doc_chars={10: 10, 11: 4}, code_names={1: "x", 2: "y"},
        attributes={10: {"region": "嘉兴"}, 11: {"region": "湖州"}})
    assert [c.id for c in corpus.filter(coders=[2]).codings] == [2, 3]
    sub = corpus.filter(attributes={"region": ["湖州"]})
    assert list(sub.doc_titles) == [11] and [c.id for c in sub.codings] == [3]
    m = mx.code_by_document(corpus.filter(codes=[1]), "percent")
    assert m.row_labels == ["x"] and m.cells == [[50.0, 50.0]]
    assert m.total == round(100 * 7 / 14, 2)
    with pytest.raises(ValueError):
        mx.code_by_document(corpus, "bogus")
