"""Word frequency panel (table, QPainter chart, export) and the user dictionary dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.ingest.demo import build_demo
from desktop_app.core.project import open_project
from desktop_app.core.text import segmentation
from desktop_app.core.text.frequencies import frequencies


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "demo.biaozhu"
    build_demo(p).close()
    return p


def _count(qtbot, panel, label: str | None = None) -> None:
    if label is not None:
        panel.scope.setCurrentIndex(panel.scope.findText(label))
    with qtbot.waitSignal(panel.frequenciesReady, timeout=20_000):
        panel.count_button.click()
    qtbot.waitUntil(lambda: not panel.taskbar.busy())


def test_table_chart_and_export(qtbot, path, tmp_path):
    from desktop_app.gui.panels.wordfreq import WordFreqPanel

    panel = WordFreqPanel(str(path))
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    panel.top.setValue(10)
    _count(qtbot, panel)
    with open_project(path, readonly=True) as p:
        expected = frequencies(p, top=10)
    assert panel.model_.rowCount() == 10
    assert [panel.table.text_at(r, 0) for r in range(10)] == [r.word for r in expected.rows]
    assert [panel.model_.index(r, 1).data() for r in range(10)] == [f"{r.count:,}" for r in expected.rows]
    # the chart: one bar per word, longest for the most frequent, proportional to the count
    rects = panel.chart.bar_rects()
    assert len(rects) == 10
    widths = [r.width() for r in rects]
    assert widths == sorted(widths, reverse=True)
    ratio = expected.rows[-1].count / expected.rows[0].count
    assert widths[-1] / widths[0] == pytest.approx(ratio, rel=0.01)
    panel.chart.grab()  # paints without error
    _count(qtbot, panel, "Passages coded 居民增收")
    out = panel.export_to(str(tmp_path / "freq.xlsx"))
    assert load_workbook(out).sheetnames == ["All documents", "居民增收"]
    panel.close()


def test_dictionary_dialog_adds_and_removes_terms(qtbot, path, _isolated_user_dirs):
    from desktop_app.gui.dialogs.user_dictionary import UserDictionaryDialog

    segmentation.base_tokenizer()
    dlg = UserDictionaryDialog(str(path), coder="alice")
    qtbot.addWidget(dlg)
    dlg.sample.setText("城乡居民收入倍差缩小")
    assert "收入倍差" not in dlg.preview.text().split(" / ")
    with qtbot.waitSignal(dlg.dictionaryChanged):
        dlg.term.setText("收入倍差")
        dlg.add_button.click()
    assert "收入倍差" in dlg.preview.text().split(" / ")
    assert dlg.terms.count() == 1 and dlg.term.text() == ""
    with open_project(path, readonly=True) as p:
        assert [t["term"] for t in segmentation.user_terms(p)] == ["收入倍差"]
    # a bad term: a message in the dialog, nothing saved
    assert not dlg.add_term("收入 倍差")
    assert "spaces" in dlg.status.text()
    dlg.terms.setCurrentRow(0)
    with qtbot.waitSignal(dlg.dictionaryChanged):
        assert dlg.remove_selected() == 1
    assert dlg.terms.count() == 0
    assert "收入倍差" not in dlg.preview.text().split(" / ")


def test_export_button_asks_for_a_file_and_writes_it(qtbot, path, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts
    from desktop_app.gui.panels.wordfreq import WordFreqPanel

    target = tmp_path / "chosen"  # the panel adds .xlsx
    monkeypatch.setattr(prompts, "save_file", lambda *a: str(target))
    panel = WordFreqPanel(str(path))
    qtbot.addWidget(panel)
    _count(qtbot, panel, "Document: " + _first_title(path))
    with qtbot.waitSignal(panel.exported) as sig:
        panel.export_button.click()
    assert sig.args[0].endswith("chosen.xlsx")
    assert load_workbook(sig.args[0]).sheetnames == [_first_title(path)[:31]]


def _first_title(path: Path) -> str:
    with open_project(path, readonly=True) as p:
        return p.documents()[0]["title"]
