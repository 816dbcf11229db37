"""Project-wide search: word / substring / regex modes, KWIC, filters, index upkeep, coding."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.text import search as ts
from desktop_app.core.text.segmentation import add_term, project_segmenter, remove_term, segmenter
from desktop_app.core.text.sentences import paragraph_at, sentence_at
from tests.conftest import table_dump

ASTRAL = "𠮷𠀀😀"
# words that contain 收入 and that jieba may keep whole; the test uses those it does keep whole
LONGER = ["低收入", "居民收入", "农民收入", "财产性收入", "工资性收入", "人均收入", "收入水平"]


@pytest.fixture
def whole_word(_isolated_user_dirs) -> str:
    """A longer word holding 收入 that the default segmenter keeps as one token."""
    seg = segmenter()
    kept = [w for w in LONGER if w in seg.words(f"提高{w}。")]
    assert kept, "jieba splits every candidate: pick another word"
    return kept[0]


@pytest.fixture
def doc(project, whole_word):
    text = (f"{ASTRAL}城乡{whole_word}增长较快。\n"
            f"{ASTRAL[2]}完善收入分配制度𠮷，GDP和收入同步增长！\n\n最后一段没有那个词。")
    return project.add_document("测试文档", text)


def _positions(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_word_mode_finds_the_word_but_not_inside_a_longer_word(project, doc, whole_word):
    text = project.document_text(doc)
    words = ts.search(project, "收入", mode="word")
    subs = ts.search(project, "收入", mode="substring")
    assert words.total == len(words.hits)
    inside = text.index(whole_word) + whole_word.index("收入")
    assert inside in [h.start for h in subs.hits]
    assert inside not in [h.start for h in words.hits]
    assert [h.start for h in subs.hits] == _positions(text, "收入")
    # the word hits are exactly the tokens 收入 of the segmentation
    seg = project_segmenter(project)
    assert [h.start for h in words.hits] == [t.start for t in seg.tokens(text) if t.word == "收入"]
    assert len(words.hits) >= 1 and len(subs.hits) == len(words.hits) + 1


@pytest.mark.parametrize("mode, query", [("word", "收入"), ("substring", "收入"),
                                         ("regex", r"收入\w{2}"), ("word", "GDP")])
def test_offsets_are_code_points_after_astral_characters(project, doc, mode, query):
    text = project.document_text(doc)
    result = ts.search(project, query, mode=mode, context=5)
    assert result.hits
    for h in result.hits:
        assert text[h.start:h.end] == h.hit
        assert text[h.start - len(h.left):h.start] == h.left
        assert text[h.end:h.end + len(h.right)] == h.right
        assert "\n" not in h.left + h.right  # the context stays in the paragraph
    if mode == "word" and query == "收入":
        assert text[result.hits[-1].start - 1] == "和"


def test_word_search_is_case_insensitive_for_latin_words(project, doc):
    assert ts.search(project, "gdp").total == 1


def test_adding_a_term_changes_word_results(project, doc):
    before = ts.search(project, "收入")
    assert any(h.right.startswith("分配") for h in before.hits)
    assert ts.search(project, "收入分配").total in (0, 1)
    add_term(project, "收入分配")
    after = ts.search(project, "收入")
    assert not any(h.right.startswith("分配") for h in after.hits)
    assert after.total == before.total - 1
    assert ts.search(project, "收入分配").total == 1
    remove_term(project, "收入分配")
    assert ts.search(project, "收入").total == before.total


def test_index_follows_added_and_deleted_documents(project, doc):
    assert ts.search(project, "飞地抱团").total == 0
    other = project.add_document("第二篇", "推进飞地抱团项目。")
    hits = ts.search(project, "飞地抱团").hits
    assert [(h.document_id, h.start, h.end) for h in hits] == [(other, 2, 6)]
    project.delete_document(other)
    assert ts.search(project, "飞地抱团").total == 0
    assert project.conn.execute(
        "SELECT COUNT(*) FROM text_chunks WHERE document_id=?", (other,)).fetchone()[0] == 0
    project.undo(project.last_action()["id"])
    assert ts.search(project, "飞地抱团").total == 1


def test_indexing_reports_progress_and_can_be_cancelled(project, doc):
    project.add_document("第二篇", "推进飞地抱团项目。\n第二行。")
    with pytest.raises(ts.Cancelled):
        ts.update_index(project, cancel=lambda: True)
    stale, _ = ts.stale_documents(project)
    assert len(stale) == 2  # nothing half-done was kept
    seen: list[tuple[int, int]] = []
    report = ts.update_index(project, progress=lambda d, t: seen.append((d, t)))
    total = sum(d["chars"] for d in project.documents())
    assert report.documents == 2 and report.chars == total
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert ts.stale_documents(project) == ([], [])
    assert ts.update_index(project).documents == 0  # already up to date


def test_index_is_kept_out_of_the_history(project, doc):
    actions = project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    ts.update_index(project)
    assert project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == actions
    assert project.conn.execute(
        "SELECT COUNT(*) FROM history WHERE table_name LIKE 'text_%'").fetchone()[0] == 0


def test_filters_by_document_and_by_code(project, doc):
    other = project.add_document("第二篇", "收入提高了。")
    assert {h.document_id for h in ts.search(project, "收入").hits} == {doc, other}
    assert {h.document_id for h in ts.search(project, "收入", documents=[other]).hits} == {other}
    text = project.document_text(doc)
    s = text.index("完善")
    project.add_coding(doc, "居民增收", s, s + 8)  # 完善收入分配制度
    coded = ts.search(project, "收入", mode="substring", code="居民增收")
    assert [(h.document_id, h.start) for h in coded.hits] == [(doc, text.index("收入分配"))]
    with pytest.raises(BiaozhuError, match="no document"):
        ts.search(project, "收入", documents=[999])
    with pytest.raises(BiaozhuError, match="no code"):
        ts.search(project, "收入", code="没有这个")


def test_limit_keeps_the_total(project, doc):
    r = ts.search(project, "收入", mode="substring", limit=1)
    assert len(r.hits) == 1 and r.total == 3 and r.truncated


@pytest.mark.parametrize("mode, query, message", [
    ("regex", "收入(", "invalid regular expression"),
    ("word", "  ", "nothing to search"),
    ("word", "，。", "word search needs a word"),
    ("fuzzy", "收入", "unknown search mode"),
])
def test_bad_queries_are_clear_errors_and_change_nothing(project, doc, mode, query, message):
    ts.update_index(project)
    project.close()
    before = table_dump(project.path)
    from desktop_app.core.project import open_project

    p = open_project(project.path, coder="alice")
    try:
        with pytest.raises(BiaozhuError, match=message):
            ts.search(p, query, mode=mode)
    finally:
        p.close()
    assert table_dump(project.path) == before


def test_read_only_project_searches_words_without_writing(project, doc, tmp_path):
    from desktop_app.core.project import open_project

    expected = [(h.start, h.end) for h in ts.search(project, "收入").hits]
    project.add_document("第二篇", "收入提高了。")  # not indexed yet
    path = project.path
    project.close()
    before = table_dump(path)
    with open_project(path, readonly=True) as ro:
        r = ts.search(ro, "收入")
    assert [(h.start, h.end) for h in r.hits if h.document_id == doc] == expected
    assert r.total == len(expected) + 1
    assert table_dump(path) == before


@pytest.mark.parametrize("unit", ["hit", "sentence", "paragraph"])
def test_code_all_results_is_one_action(project, doc, unit):
    text = project.document_text(doc)
    hits = ts.search(project, "收入", mode="substring").hits
    actions = project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    ids = ts.code_results(project, hits, "居民增收", unit=unit)
    assert project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == actions + 1
    rows = project.codings(doc)
    assert {r["id"] for r in rows} == set(ids)
    assert {r["source"] for r in rows} == {"search"}
    spans = sorted((r["start"], r["end"]) for r in rows)
    if unit == "hit":
        expected = sorted((h.start, h.end) for h in hits)
    else:
        at = sentence_at if unit == "sentence" else paragraph_at
        expected = sorted({at(text, h.start) for h in hits})
    assert spans == expected
    for s, e in spans:
        assert "收入" in text[s:e]
    project.undo(project.last_action()["id"])
    assert project.codings(doc) == []


def test_code_results_refuses_nothing_and_bad_units(project, doc):
    with pytest.raises(BiaozhuError, match="no results"):
        ts.code_results(project, [], "居民增收")
    with pytest.raises(BiaozhuError, match="unknown unit"):
        ts.code_results(project, [(doc, 0, 1)], "居民增收", unit="page")
    assert project.codings() == []


def test_an_older_project_is_upgraded_and_searchable(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.core.project import open_project
    from desktop_app.core.project.schema import APP_ID, migrations

    path = tmp_path / "old.biaozhu"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0002_text")
    conn.executemany("INSERT INTO project_info (key, value) VALUES (?, ?)",
                     [("app", APP_ID), ("created_at", "2024-01-01"), ("name", "old")])
    conn.execute("INSERT INTO documents (title, text, chars, sha256, imported_at) "
                 "VALUES ('旧', '𠮷推进飞地抱团。', 8, 'x', '2024-01-01')")
    conn.commit()
    conn.close()
    with open_project(path, coder="alice") as p:
        hits = ts.search(p, "飞地抱团").hits
    assert [(h.start, h.end) for h in hits] == [(3, 7)]
    assert list(tmp_path.glob("old.biaozhu.before-0002_text.*.bak"))
