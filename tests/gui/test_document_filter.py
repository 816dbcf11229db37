"""The document filter (issue 10, item 7) on real widgets: choose region = 湖州 in the bar
above the document list, and the list, the coded segments, search, word frequencies, the
retrieval view and the Excel export cover only those documents. Data checks read the project
file with sqlite3 or the exported workbook with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.dialogs import prompts
from tests.gui.conftest import make_window, rows

HUZHOU_A = "湖州𠮷城乡居民收入增加。共同富裕示范区建设。"
JIAXING = "嘉兴城乡居民收入增加，😀社会保障完善。"
HUZHOU_B = "湖州数字化改革推进，城乡居民收入稳步增长。"


@pytest.fixture
def regions(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    from desktop_app.core.project import create_project

    path = tmp_path / "regions.biaozhu"
    with create_project(path, coder="alice") as p:
        ids = {
            "a": p.add_document("湖州甲", HUZHOU_A, attributes={"region": "湖州", "year": "2021"}),
            "j": p.add_document("嘉兴", JIAXING, attributes={"region": "嘉兴", "year": "2021"}),
            "b": p.add_document("湖州乙", HUZHOU_B, attributes={"region": "湖州", "year": "2020"}),
        }
        income = p.resolve_code("居民增收")
        for key, text in (("a", HUZHOU_A), ("j", JIAXING), ("b", HUZHOU_B)):
            s = text.index("居民收入")
            p.add_coding(ids[key], income, s, s + 4)
        s = HUZHOU_A.index("𠮷")
        p.add_coding(ids["a"], income, s, s + 3)
    return path, ids


@pytest.fixture
def window(qtbot, regions):
    w = make_window(qtbot, regions[0])
    qtbot.waitUntil(lambda: w.segments.model_.names is not None)
    yield w
    w.close()


def choose(window, attribute: str, value: str | None) -> None:
    """Pick a value in the filter's menu the way a click does (the menu is filled on show)."""
    bar = window.doc_filter.bar
    bar.menu.aboutToShow.emit()
    sub = bar.menu.findChild(type(bar.menu), f"documentFilter:{attribute}")
    assert sub is not None, f"no submenu for {attribute}"
    acts = [a for a in sub.actions() if not a.isSeparator()]
    act = acts[0] if value is None else next(a for a in acts if a.data() == value)
    act.trigger()


def listed(window) -> list[str]:
    return [d["title"] for d in window.doc_list.model_.docs]


def segment_docs(window) -> list[int]:
    return [k.document_id for k in window.segments.model_.keys]


def test_filter_by_region_narrows_the_list_and_the_segments(window, regions, qtbot):
    path, ids = regions
    bar = window.doc_filter.bar
    assert listed(window) == ["湖州甲", "嘉兴", "湖州乙"]
    assert bar.summary.text() == "All 3 documents"
    assert not bar.clear_button.isVisibleTo(bar)

    choose(window, "region", "湖州")
    assert window.session.document_filter == {"region": "湖州"}
    assert listed(window) == ["湖州甲", "湖州乙"]
    assert "Region = 湖州" in bar.summary.text() and "2 of 3" in bar.summary.text()
    assert bar.clear_button.isVisibleTo(bar)
    assert sorted(segment_docs(window)) == [ids["a"], ids["a"], ids["b"]]
    assert "Region = 湖州" in window.segments_hint.text()

    choose(window, "year", "2021")  # a second attribute narrows further
    assert listed(window) == ["湖州甲"]
    assert segment_docs(window) == [ids["a"], ids["a"]]
    choose(window, "year", None)  # "(any value)" lifts that one only
    assert listed(window) == ["湖州甲", "湖州乙"]

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.document_filter == {}
    assert listed(window) == ["湖州甲", "嘉兴", "湖州乙"]
    assert len(segment_docs(window)) == 4


def test_the_menu_lists_values_with_their_counts(window):
    bar = window.doc_filter.bar
    bar.menu.aboutToShow.emit()
    sub = bar.menu.findChild(type(bar.menu), "documentFilter:region")
    texts = [a.text() for a in sub.actions() if not a.isSeparator()]
    assert texts == ["(any value)", "嘉兴  (1)", "湖州  (2)"]
    assert sub.actions()[0].isChecked()


def code_in_pane(window, qtbot, doc_id: int, text: str, passage: str) -> None:
    pane = window.panes.open_document(doc_id)
    view = pane.view
    s = text.index(passage)
    view.select_span(s, s + len(passage))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2)


def test_new_codings_follow_the_filter(window, regions, qtbot):
    path, ids = regions
    choose(window, "region", "湖州")
    before = len(segment_docs(window))
    code_in_pane(window, qtbot, ids["j"], JIAXING, "社会保障")  # outside the filter
    qtbot.waitUntil(lambda: len(rows(path, "SELECT id FROM codings")) == 5)
    qtbot.wait(20)
    assert len(segment_docs(window)) == before  # in the file, not in the filtered list
    code_in_pane(window, qtbot, ids["b"], HUZHOU_B, "数字化改革")
    qtbot.waitUntil(lambda: len(segment_docs(window)) == before + 1)
    assert listed(window) == ["湖州甲", "湖州乙"]


def test_a_document_that_gains_the_value_joins_the_list(window, regions, qtbot):
    path, ids = regions
    choose(window, "region", "湖州")
    window.session.perform(None, lambda p: p.set_attributes(ids["j"], {"region": "湖州"}))
    qtbot.waitUntil(lambda: listed(window) == ["湖州甲", "嘉兴", "湖州乙"])
    qtbot.waitUntil(lambda: ids["j"] in segment_docs(window))
    assert rows(path, "SELECT value FROM document_attributes WHERE document_id=? AND name='region'",
                (ids["j"],)) == [("湖州",)]
    window.undo()
    qtbot.waitUntil(lambda: listed(window) == ["湖州甲", "湖州乙"])
    assert ids["j"] not in segment_docs(window)
    assert window.session.document_filter == {"region": "湖州"}  # undo keeps the filter


def test_search_and_word_counts_cover_the_filtered_documents(window, regions, qtbot):
    path, ids = regions
    search = window.text.show_search()
    choose(window, "region", "嘉兴")
    assert search.doc_filter.itemText(0).startswith("All documents with Region = 嘉兴")
    assert [search.doc_filter.itemData(i) for i in range(search.doc_filter.count())] == \
        [None, ids["j"]]
    search.query.setText("居民收入")
    search.mode.setCurrentIndex(search.mode.findData("substring"))
    with qtbot.waitSignal(search.searchFinished, timeout=20000):
        search.run_search()
    assert {h.document_id for h in search.hits} == {ids["j"]}

    freq = window.text.show_dock(window.text.freq_dock)  # made after the filter: applies
    assert freq.scope.itemText(0).startswith("All documents with Region = 嘉兴")
    with qtbot.waitSignal(freq.frequenciesReady, timeout=20000):
        freq.run_count()
    words = {r["word"] for r in freq.model_.rows}
    assert "社会保障" in words or "保障" in words
    assert "数字化" not in words and "改革" not in words and "示范区" not in words

    choose(window, "region", None)
    with qtbot.waitSignal(search.searchFinished, timeout=20000):
        search.run_search()
    assert {h.document_id for h in search.hits} == set(ids.values())


def test_retrieval_follows_the_filter(window, regions):
    path, ids = regions
    choose(window, "region", "湖州")
    window.analysis.show_selected_codes()
    report = window.analysis.retrieval.report
    docs = {d.document_id for g in report.groups for d in g.documents}
    assert docs == {ids["a"], ids["b"]}


def test_export_offers_and_applies_the_filter(window, regions, qtbot, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs.export_options import ExportOptionsDialog

    path, ids = regions
    choose(window, "region", "湖州")
    made: dict = {}

    def dialog(parent, codes, coders, suggested, lang, document_filter=None, filter_text=""):
        d = ExportOptionsDialog(parent, codes, coders, str(tmp_path / "out.xlsx"), lang,
                                document_filter=document_filter, filter_text=filter_text)
        made["box"] = d.only_filtered.text(), d.only_filtered.isChecked()
        return d.choice()

    monkeypatch.setattr(prompts, "export_options", dialog)
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    window.files.export_excel()
    out = tmp_path / "out.xlsx"
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    assert made["box"] == ("Only the documents with Region = 湖州", True)
    ws = openpyxl.load_workbook(out, read_only=True)["Segments"]
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    col = header.index("document title")
    titles = [r[col] for r in ws.iter_rows(min_row=2, values_only=True) if r[col]]
    assert sorted(titles) == ["湖州乙", "湖州甲", "湖州甲"]


def test_export_dialog_without_the_tick_exports_everything(qapp, tmp_path):
    from desktop_app.gui.dialogs.export_options import ExportOptionsDialog

    d = ExportOptionsDialog(None, [], [], str(tmp_path / "o.xlsx"), "en",
                            document_filter={"region": "湖州"}, filter_text="Region = 湖州")
    assert d.choice().attributes == {"region": "湖州"}
    d.only_filtered.setChecked(False)
    assert d.choice().attributes is None
    plain = ExportOptionsDialog(None, [], [], str(tmp_path / "o.xlsx"), "en")
    assert plain.choice().attributes is None and not plain.only_filtered.isVisibleTo(plain)


def test_keyboard_opens_the_filter_menu(window, qtbot):
    opened = []
    window.doc_filter.bar.menu.aboutToShow.connect(lambda: opened.append(True))
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, window.doc_filter.bar.menu.close)
    window.doc_filter.action.trigger()
    assert opened
    assert window.doc_filter.action.shortcut().toString() == "Ctrl+Shift+L"


def test_a_project_without_attributes_says_how_to_add_them(qtbot, tmp_path):
    from desktop_app.core.project import create_project

    path = tmp_path / "plain.biaozhu"
    with create_project(path, coder="alice") as p:
        p.add_document("一", "没有属性的文件。")
    w = make_window(qtbot, path)
    bar = w.doc_filter.bar
    assert not bar.button.isEnabled()
    assert "Attributes" in bar.button.toolTip()
    w.close()


def test_chinese_ui_names_the_filter(qtbot, regions):
    w = make_window(qtbot, regions[0], language="zh_CN")
    choose(w, "region", "湖州")
    text = w.doc_filter.bar.summary.text()
    assert "地区 = 湖州" in text and "2" in text and "of" not in text
    w.close()


