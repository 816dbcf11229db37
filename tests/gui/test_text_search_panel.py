"""The search panel: lists hits, emits code point offsets, codes all results in one action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.project import create_project, open_project
from desktop_app.core.text import segmentation
from desktop_app.gui.panels.search import SearchPanel

TEXT = "𠮷𠀀😀城乡居民收入增加。\n第二段：𠮷低收入农户的收入也在提高！"


@pytest.fixture
def path(tmp_path: Path, _isolated_user_dirs) -> Path:
    segmentation.base_tokenizer()
    p = tmp_path / "s.biaozhu"
    with create_project(p, coder="alice") as project:
        project.add_document("星号", TEXT)
        project.add_document("其他", "这里没有那个词。")
    return p


@pytest.fixture
def panel(qtbot, path):
    w = SearchPanel(str(path), coder="alice")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.taskbar.wait()


def _search(qtbot, panel, query: str, mode: str = "word") -> int:
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    with qtbot.waitSignal(panel.searchFinished, timeout=20_000) as sig:
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def test_lists_hits_and_emits_code_point_offsets(qtbot, panel):
    total = _search(qtbot, panel, "收入", "substring")
    assert total == 3 and panel.model_.rowCount() == 3
    assert [panel.table.text_at(r, 2) for r in range(3)] == ["收入"] * 3
    assert panel.table.text_at(0, 0) == "星号"
    for row in range(3):
        with qtbot.waitSignal(panel.jumpRequested) as sig:
            panel.table.rowActivated.emit(row)
        doc, start, end = sig.args
        assert TEXT[start:end] == "收入"
        assert (start, end) == (panel.hits[row].start, panel.hits[row].end)
    assert panel.hits[0].start == TEXT.index("收入")  # code points: 3 astral characters = 3


def test_word_mode_skips_words_jieba_keeps_whole(qtbot, panel):
    seg = segmentation.segmenter()
    expected = sum(1 for t in seg.tokens(TEXT) if t.word == "收入")
    assert _search(qtbot, panel, "收入", "word") == expected
    assert expected < 3  # 低收入 and/or 居民收入 are one word each


def test_document_filter_and_bad_regex(qtbot, panel):
    panel.doc_filter.setCurrentIndex(panel.doc_filter.findText("其他"))
    assert _search(qtbot, panel, "收入", "substring") == 0
    panel.query.setText("收入(")
    panel.mode.setCurrentIndex(panel.mode.findData("regex"))
    with qtbot.waitSignal(panel.searchFailed, timeout=10_000) as sig:
        panel.run_search()
    assert "invalid regular expression" in sig.args[0]
    assert "invalid regular expression" in panel.status.text()


def test_code_all_results_is_one_action(qtbot, panel, path):
    _search(qtbot, panel, "收入", "substring")
    panel.code_target.setCurrentIndex(panel.code_target.findData(
        _code_id(path, "居民增收")))
    panel.unit.setCurrentIndex(panel.unit.findData("sentence"))
    with qtbot.waitSignal(panel.codingsAdded) as sig:
        qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    action_id, n = sig.args
    assert n == 2  # two hits share a sentence
    with open_project(path, readonly=True) as p:
        rows = p.codings()
        assert {r["source"] for r in rows} == {"search"} and len(rows) == 2
        assert {r["coder"] for r in rows} == {"alice"}
        assert {TEXT[r["start"]:r["end"]] for r in rows} == {
            "𠮷𠀀😀城乡居民收入增加。", "第二段：𠮷低收入农户的收入也在提高！"}
        assert p.conn.execute("SELECT COUNT(*) FROM history WHERE action_id=? AND table_name='codings'",
                              (action_id,)).fetchone()[0] == 2


def test_code_all_through_the_windows_project(qtbot, path):
    project = open_project(path, coder="bob")
    try:
        panel = SearchPanel(str(path), write_project=lambda: project)
        qtbot.addWidget(panel)
        panel.show()
        _search(qtbot, panel, "收入", "substring")
        panel.code_target.setCurrentIndex(panel.code_target.findData(_code_id(path, "居民增收")))
        with qtbot.waitSignal(panel.codingsAdded) as sig:
            panel.code_all()
        assert sig.args[1] == 3
        assert {r["coder"] for r in project.codings()} == {"bob"}
        project.undo(sig.args[0])
        assert project.codings() == []
        panel.close()
    finally:
        project.close()


def _code_id(path: Path, name: str) -> int:
    with open_project(path, readonly=True) as p:
        return p.resolve_code(name)


def test_long_work_can_be_cancelled_from_the_panel(qtbot, panel):
    import time

    from desktop_app.core.text.search import Cancelled

    def work(task):
        for i in range(1000):
            if task.cancelled():
                raise Cancelled("stopped")
            task.progress(i, 1000)
            time.sleep(0.01)
        return "done"

    got = []
    task = panel.taskbar.start(work, got.append, "working")
    qtbot.waitUntil(lambda: panel.progress.maximum() == 1000, timeout=5000)
    assert panel.cancel_button.isVisibleTo(panel)
    with qtbot.waitSignal(task.finished, timeout=5000):
        panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.taskbar.busy())
    assert got == [] and panel.status.text() == "Cancelled"
    assert not panel.cancel_button.isVisibleTo(panel)
