"""A text view reads a long document's codings a page at a time (its first screen first):
the pages, read one after another by key, are exactly the whole list, with the filters."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.messages import Message
from desktop_app.core.project import create_project
from desktop_app.core.project.codings import NewCoding

TEXT = "城乡居民收入持续增长，社会保障体系更加健全。𠮷数字化改革" * 4


def pages(project, doc, size, **filters):
    out, after = [], None
    while True:
        page = project.coding_spans(doc, after=after, limit=size, **filters)
        out += page
        if len(page) < size:
            return out
        after = page[-1][:3]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 12),
                          st.integers(0, 3)), min_size=0, max_size=60),
       st.integers(1, 9))
def test_pages_by_key_are_the_whole_list(codings, size):
    with tempfile.TemporaryDirectory() as tmp, \
            create_project(Path(tmp) / "p.biaozhu", coder="alice") as p:
        doc = p.add_document("文", TEXT)
        codes = [c["id"] for c in p.codes()]
        with p.action(Message("test")):
            bob = p.coder_id("bob")
        items, seen = [], set()
        for start, length, code in codings:  # many share a start: the key is (start, end, id)
            end = min(len(TEXT), start + length)
            if (start, end, code) not in seen:
                seen.add((start, end, code))
                items.append(NewCoding(doc, codes[code], start, end))
        p.add_codings(items)
        if items:
            with p.action(Message("test")):
                p._update("codings", p.conn.execute("SELECT min(id) FROM codings").fetchone()[0],
                          {"coder_id": bob})
        full = p.coding_spans(doc)
        assert len(full) == len(items)
        assert full == sorted(full, key=lambda r: r[:3])
        assert pages(p, doc, size) == full
        one_code = {codes[1]}
        assert pages(p, doc, size, codes=one_code) == [r for r in full if r[3] in one_code]
        assert pages(p, doc, size, coders={bob}) == p.coding_spans(doc, coders={bob})
        assert len(p.coding_spans(doc, coders={bob})) == (1 if items else 0)
        assert p.coding_spans(doc, coders=set()) == []


def test_a_page_after_the_last_key_is_empty_and_crafted_rows_stay_out(project):
    doc = project.add_document("文", TEXT)
    code = project.codes()[0]["id"]
    first = project.add_coding(doc, code, 0, 4)
    last = project.add_coding(doc, code, 10, 14)
    with project.conn:  # a crafted row, written behind the library's back
        project.conn.execute(
            "INSERT INTO codings (document_id, code_id, coder_id, start, \"end\", created_at, "
            "updated_at) VALUES (?, ?, 1, 5, 100000, 'x', 'x')", (doc, code))  # past the end
    assert [r[2] for r in project.coding_spans(doc, after=(0, 4, first - 1), limit=10)] == [first, last]
    rows = project.coding_spans(doc, after=(0, 4, first), limit=10)
    assert [r[2] for r in rows] == [last]
    assert project.coding_spans(doc, after=(10, 14, last), limit=10) == []
    assert [r[:2] for r in project.coding_spans(doc, limit=1)] == [(0, 4)]
