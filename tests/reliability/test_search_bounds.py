"""Issue 14.8-9: regex search with a time limit, cancellable; an incremental word index."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.core.text import search as search_mod
from desktop_app.core.text.search import SearchTimeout, search
from desktop_app.core.text.segmentation import project_segmenter
from desktop_app.core.text.wordindex import Cancelled, clear_index, index_size, update_index

CATASTROPHIC = r"(a|aa)+$"  # exponential in the regex module too (Python's re: (a*)*b as well)


def test_a_catastrophic_regex_stops_at_its_time_limit(project):
    project.add_document("d", "a" * 60 + "b\n" + "收入" * 10)
    t0 = time.perf_counter()
    with pytest.raises(SearchTimeout, match="took longer"):
        search(project, CATASTROPHIC, mode="regex", time_limit=0.5)
    assert time.perf_counter() - t0 < 3
    assert search(project, "(a*)*b", mode="regex").total == 1  # fine in the regex module
    assert search(project, "收入", mode="regex", time_limit=0.5).total == 10


def test_a_regex_search_leaves_the_other_threads_running(project):
    """The matcher releases the GIL: a 'GUI thread' keeps ticking while it runs."""
    project.add_document("d", "a" * 60 + "b")
    ticks = []
    stop = threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.01)

    t = threading.Thread(target=tick)
    t.start()
    try:
        with pytest.raises(SearchTimeout):
            search(project, CATASTROPHIC, mode="regex", time_limit=0.6)
    finally:
        stop.set()
        t.join()
    assert len(ticks) >= 20


def test_a_regex_search_can_be_cancelled(project):
    for i in range(30):
        project.add_document(f"d{i}", f"第{i}篇 收入" * 100)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(search_mod.Cancelled):
        search(project, "收入", mode="regex", cancel=cancel)


def _text(paragraphs: int) -> str:
    words = ["居民", "收入", "增长", "共同", "富裕", "乡村", "振兴", "政策", "改革"]
    return "\n".join("".join(words[(i * 7 + j) % len(words)] for j in range(40)) + f"第{i}段"
                     for i in range(paragraphs))


def test_the_word_index_grows_in_proportion_to_the_text(project):
    small = project.add_document("small", _text(200))
    seg = project_segmenter(project)
    update_index(project, seg=seg)
    one = index_size(project)
    chars_small = project.document_length(small)
    project.add_document("big", _text(800).replace("第", "节"))
    report = update_index(project, seg=seg)
    total = index_size(project)
    chars_big = project.document_length(project.documents()[-1]["id"])
    ratio = (total - one) / one
    assert 0.7 * chars_big / chars_small < ratio < 1.3 * chars_big / chars_small
    assert report.index_bytes == total
    per_char = total / (chars_small + chars_big)
    assert per_char < 8  # bytes per character of text (UTF-8 CJK is 3)


def test_indexing_a_long_document_commits_in_batches_and_resumes(project):
    doc = project.add_document("long", _text(300))
    seg = project_segmenter(project)
    calls = []
    real_words = seg.words

    def counting(text):
        calls.append(text)
        return real_words(text)

    seg.words = counting  # type: ignore[method-assign]
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(Cancelled):
        update_index(project, seg=seg, batch_chars=2000, progress=progress,
                     cancel=lambda: len(calls) >= 150)
    first = len(calls)
    kept = project.conn.execute("SELECT COUNT(*) FROM text_chunks WHERE document_id=?",
                                (doc,)).fetchone()[0]
    assert 0 < kept < 300 and len(seen) >= 3 and seen == sorted(seen)
    calls.clear()
    update_index(project, seg=seg, batch_chars=2000)
    assert len(calls) == 300 - kept  # only what was not committed before
    assert first >= kept
    rows = project.conn.execute("SELECT COUNT(*) FROM text_chunks WHERE document_id=?",
                                (doc,)).fetchone()[0]
    assert rows == 300
    resumed = project.conn.execute("SELECT start, tokens FROM text_chunks ORDER BY start").fetchall()
    hits = search(project, "收入").total
    clear_index(project)
    update_index(project, seg=seg)
    assert project.conn.execute("SELECT start, tokens FROM text_chunks ORDER BY start").fetchall() == resumed
    assert search(project, "收入").total == hits > 0
