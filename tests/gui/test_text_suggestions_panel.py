"""The suggestions review panel on the demo project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.ingest.demo import build_demo
from desktop_app.core.project import open_project
from desktop_app.core.text.suggest import suggest


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "demo.biaozhu"
    build_demo(p).close()
    return p


@pytest.fixture
def panel(qtbot, path):
    from desktop_app.gui.panels.suggestions import SuggestionsPanel

    w = SuggestionsPanel(str(path), coder="alice")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.taskbar.wait()


def _keys(path: Path, source: str) -> set[tuple]:
    with open_project(path, readonly=True) as p:
        return {(r["document_id"], r["code_id"], r["start"], r["end"]) for r in p.codings()
                if r["source"] == source}


def _run(qtbot, panel, code: str | None) -> int:
    if code is not None:
        panel.code_filter.setCurrentIndex(panel.code_filter.findText(code))
    with qtbot.waitSignal(panel.suggestionsReady, timeout=20_000) as sig:
        qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.taskbar.busy())
    return sig.args[0]


def test_lists_the_core_suggestions(qtbot, panel, path):
    n = _run(qtbot, panel, "社会保障")
    with open_project(path, readonly=True) as p:
        expected = suggest(p, code="社会保障")
    assert n == len(expected) == panel.model_.rowCount() > 0
    assert [panel.table.text_at(r, 2) for r in range(n)] == [s.text for s in expected]
    assert panel.keywords.text().startswith("社会保障")
    with qtbot.waitSignal(panel.jumpRequested) as sig:
        panel.table.rowActivated.emit(0)
    assert tuple(sig.args) == (expected[0].document_id, expected[0].start, expected[0].end)


def test_accept_all_of_a_code_creates_exactly_those_codings(qtbot, panel, path):
    _run(qtbot, panel, "社会保障")
    listed = {s.key for s in panel.items}
    with qtbot.waitSignal(panel.codingsAdded) as sig:
        qtbot.mouseClick(panel.accept_all, Qt.MouseButton.LeftButton)
    assert sig.args[1] == len(listed)
    assert _keys(path, "suggestion") == listed
    assert panel.model_.rowCount() == 0


def test_reject_selected_creates_nothing_and_is_not_proposed_again(qtbot, panel, path):
    n = _run(qtbot, panel, "数字化改革")
    first = panel.items[0]
    panel.table.selectRow(0)
    assert panel.reject_rows(panel.selected_rows()) == 1
    assert _keys(path, "suggestion") == set()
    assert _run(qtbot, panel, None) >= n - 1
    assert first.key not in {s.key for s in panel.items}


def test_editing_keywords_changes_what_is_suggested(qtbot, panel, path):
    panel.code_filter.setCurrentIndex(panel.code_filter.findText("社会保障"))
    panel.keywords.setText("低保，大救助")
    with qtbot.waitSignal(panel.keywordsChanged):
        panel.save_keywords.click()
    _run(qtbot, panel, None)
    for s in panel.items:
        if s.code == "社会保障":
            assert set(s.keywords) <= {"低保", "大救助"}
