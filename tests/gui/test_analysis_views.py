"""Analysis views: matrix cell -> retrieval lists exactly its passages -> click -> the pane
selects the passage; memos created, shown, undone; comparison and charts."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from desktop_app.core.project import open_project
from desktop_app.core.project.codings import NewCoding
from tests.gui.conftest import ASTRAL_TEXT, make_window


def _coded(path):
    with open_project(path, coder="alice") as p:
        a = ASTRAL_TEXT.index("城乡居民收入")
        b = ASTRAL_TEXT.index("社会保障体系")
        p.add_codings([NewCoding(1, "居民增收", a, a + 6), NewCoding(1, "社会保障", b, b + 6),
                       NewCoding(1, "居民增收", 0, 3), NewCoding(2, "城乡融合", 13, 19)])
        p.set_attribute(1, "region", "嘉兴")
        p.set_attribute(2, "region", "湖州")
        return {r["id"]: r for r in p.segments()}


def test_matrix_cell_to_retrieval_to_pane(qtbot, astral_project):
    segs = _coded(astral_project)
    window = make_window(qtbot, astral_project)
    an = window.analysis
    an.act_matrix.trigger()
    assert an.matrix_dock.isVisible()
    model = an.matrix.model_
    m = model.matrix
    row = m.row_labels.index("居民增收")
    col = m.columns.index(1)
    assert model.data(model.index(row, col)) == "2"
    assert model.data(model.index(row, col), 8) is not None  # BackgroundRole: heat
    an.matrix.table.clicked.emit(model.index(row, col))
    view = an.retrieval
    assert an.retrieval_dock.isVisible()
    expected = sorted(i for i, s in segs.items() if s["code"] == "居民增收" and s["document_id"] == 1)
    assert sorted(view.all_passages()) == expected
    html = view.browser.toPlainText()
    assert "城乡居民收入" in html and "𠮷野家" in html
    target = segs[expected[-1]]
    view.browser.anchorClicked.emit(QUrl(f"coding:{target['id']}"))
    pane = window.panes.pane_showing(1)
    assert pane.view.selection_span() == (target["start"], target["end"])
    # the percent switch and a totals cell
    an.matrix.choose("document", "percent")
    assert model.matrix.measure == "percent"
    an.matrix.table.clicked.emit(model.index(len(m.rows), col))  # column total
    assert sorted(view.all_passages()) == sorted(i for i, s in segs.items() if s["document_id"] == 1)
    an.matrix.choose("attr:region", "codings")
    assert model.matrix.column_labels == ["嘉兴", "湖州"]
    an.matrix.choose("code", "sentence")
    assert model.matrix.measure == "sentence"
    window.close()


def test_retrieval_is_lazy(qtbot, astral_project):
    from desktop_app.core.interchange.retrieval import CodeGroup, DocumentGroup, Passage, Retrieval
    from desktop_app.gui.analysis.retrieval import CHUNK, RetrievalView

    dg = DocumentGroup(1, "doc", [Passage(i, 1, 1, "a", 0, 3, f"段落{i}", "", "", "")
                                  for i in range(1000)])
    view = RetrievalView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_retrieval(Retrieval([CodeGroup(1, "code", "#F28E2B", [dg])]))
    assert len(view.passages_shown()) < CHUNK < len(view.all_passages()) == 1000
    bar = view.browser.verticalScrollBar()
    for _ in range(20):
        bar.setValue(bar.maximum())
    assert len(view.passages_shown()) > 2 * CHUNK


def _with_memo_panel(qtbot, path):
    """A window on `path`, coded by :func:`_coded`, with the memo panel shown."""
    _coded(path)
    window = make_window(qtbot, path)
    window.analysis.act_memos.trigger()
    return window, window.analysis, window.analysis.memos


def test_memo_created_shown_undone(qtbot, astral_project, monkeypatch):
    window, an, panel = _with_memo_panel(qtbot, astral_project)
    shown = []

    def fake_exec(self):
        shown.append(self.passage.text() if self.passage is not None else None)
        self.edit.setPlainText("社会保障的<备注> 😀")
        return QDialog.DialogCode.Accepted

    from desktop_app.gui.analysis import memos

    monkeypatch.setattr(memos.MemoDialog, "exec", fake_exec)
    window.tree.setCurrentIndex(window.tree.model_.index(1, 0))
    memo_id = panel.new_memo("code")
    assert memo_id is not None
    texts = [r["text"] for r in panel.model_.rows]
    assert "社会保障的<备注> 😀" in texts
    panel.search.setText("备注")
    assert [r["text"] for r in panel.model_.rows] == ["社会保障的<备注> 😀"]
    window.undo()
    assert panel.model_.rows == []
    panel.search.setText("")
    # a coding memo: the dialog shows its passage
    with open_project(astral_project, coder="alice") as p:
        cid = p.codings()[0]["id"]
    window.session.perform(None, lambda p: p.set_memo(cid, "看这里"))
    row = next(r for r in panel.model_.rows if r["kind"] == "coding")
    panel.edit(row)
    c = row["coding"]
    assert shown[-1] == ASTRAL_TEXT[c["start"]:c["end"]]
    window.close()


def test_comparison_and_charts(qtbot, astral_project, tmp_path):
    _coded(astral_project)
    window = make_window(qtbot, astral_project)
    an = window.analysis
    an.act_comparison.trigger()
    an.comparison.choose("attr:region", ["嘉兴", "湖州"])
    text = an.comparison.browser.toPlainText()
    assert "嘉兴" in text and "湖州" in text and "社会保障体系" in text and "城乡融合" in text
    an.act_charts.trigger()
    an.act_matrix.trigger()
    chart = an.charts.chart
    assert chart.matrix is an.matrix.model_.matrix
    an.charts.which.setCurrentIndex(2)
    an.charts._redraw()
    assert chart.save_png(str(tmp_path / "c.png"))
    chart.save_svg(str(tmp_path / "c.svg"))
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    colour = window.session.project.code(chart.matrix.rows[chart.code])["colour"].lower()
    assert colour in svg.lower()
    window.close()


def test_highlight_marks_codings_with_a_memo(qtbot, astral_project):
    _coded(astral_project)
    window = make_window(qtbot, astral_project)
    pane = window.panes.pane_showing(1)
    view = pane.view

    def overlined() -> list[int]:
        out = []
        block = view.document().begin()
        while block.isValid():
            for fr in block.layout().formats():
                if fr.format.fontOverline():
                    out.append(view.omap.to_code_point(block.position() + fr.start))
            block = block.next()
        return out

    assert overlined() == []
    cid, start = next((c["id"], c["start"]) for c in window.session.project.codings(1)
                      if c["code"] == "社会保障")
    window.session.perform(None, lambda p: p.set_memo(cid, "备注"))
    assert overlined() == [start]
    window.undo()
    assert overlined() == []
    window.close()


def test_word_frequency_chart_saved_as_png_and_svg(qtbot, astral_project, tmp_path):
    from desktop_app.gui.panels.wordfreq import WordFreqPanel

    panel = WordFreqPanel(str(astral_project))
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    from desktop_app.core.text.frequencies import FreqTable, WordCount

    panel.chart.colour = "#59A14F"
    panel.show_table(FreqTable("t", [WordCount("城乡", 3, 1), WordCount("融合", 1, 1)], 4))
    assert panel.chart.save(str(tmp_path / "w.png"))
    assert panel.chart.save(str(tmp_path / "w.svg"))
    svg = (tmp_path / "w.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "#59a14f" in svg.lower()
    from PySide6.QtGui import QImage

    assert not QImage(str(tmp_path / "w.png")).isNull()


def test_cowords_view_counts_and_exports(qtbot, astral_project, tmp_path, monkeypatch):
    import csv

    _coded(astral_project)
    window = make_window(qtbot, astral_project)
    an = window.analysis
    an.act_cowords.trigger()
    view = an.cowords
    view.run()
    qtbot.waitUntil(lambda: view.table_data is not None, timeout=20_000)
    assert view.model_.rowCount() == len(view.table_data.pairs) > 0
    from desktop_app.gui.dialogs import prompts

    monkeypatch.setattr(prompts, "save_file", lambda *a: str(tmp_path / "edges.csv"))
    view._export(".csv")
    with open(tmp_path / "edges.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Source", "Target", "Weight"] and len(rows) == len(view.table_data.pairs) + 1
    window.close()


def test_retrieval_follows_the_coder_filter(qtbot, astral_project):
    _coded(astral_project)
    with open_project(astral_project, coder="bob") as p:
        p.add_coding(2, "城乡融合", 0, 4)
    window = make_window(qtbot, astral_project)
    try:
        window.analysis.show_selected_codes()
        everyone = window.analysis.retrieval.all_passages()
        assert len(everyone) == 5
        bob = next(k["id"] for k in window.session.project.coders() if k["name"] == "bob")
        window.session.set_filters(None, bob)
        window.analysis.show_selected_codes()
        only_bob = window.analysis.retrieval.all_passages()
        assert len(only_bob) == 1 and set(only_bob) < set(everyone)
    finally:
        window.close()


def test_memo_panel_reads_only_changes_of_memos_and_hidden_waits(qtbot, astral_project):
    """A coding action must not read every coding memo again (a full scan with 100,000
    codings); a hidden panel reloads when shown, a coding memo's removal shows at once."""
    window, an, panel = _with_memo_panel(qtbot, astral_project)
    reloads = []
    original = panel.reload
    panel.reload = lambda: (reloads.append(1), original())[1]
    session = window.session
    doc = session.project.documents()[0]["id"]
    code = session.project.codes()[0]["id"]
    session.perform(None, lambda p: p.add_coding(doc, code, 0, 2))
    assert reloads == []  # a coding without a memo: nothing to read
    cid = session.perform(None, lambda p: p.add_coding(doc, code, 3, 5, memo="要点"))
    assert len(reloads) == 1 and any(r.get("text") == "要点" for r in panel.model_.rows)
    an.memo_dock.hide()
    session.perform(None, lambda p: p.remove_coding(cid))
    assert len(reloads) == 1  # hidden: later
    an.memo_dock.show()
    qtbot.waitUntil(lambda: len(reloads) == 2)
    assert not any(r.get("text") == "要点" for r in panel.model_.rows)
    window.close()
