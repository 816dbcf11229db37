"""Segments table without a selected code, document list sizing and tooltips, the code's
English name, pane widths kept between runs, highlights to the end of a line with 😀."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.dialogs import prompts
from tests.gui.conftest import ASTRAL_TEXT, highlighted, make_window, rows


def _code(window, name: str) -> int:
    return window.session.project.resolve_code(name)


def _code_span(window, start: int, end: int, key: str) -> None:
    view = window.panes.panes[0].view
    view.select_span(start, end)
    view.setFocus()
    window.qtbot.keyClicks(view, key)


def test_segments_table_lists_every_segment_when_no_code_is_selected(qtbot, window):
    window.qtbot = qtbot
    window.tree.clearSelection()
    _code_span(window, 0, 3, "1")
    _code_span(window, 8, 12, "2")
    table, hint = window.segments.model_, window.segments_hint
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert "All 2" in hint.text()
    income = _code(window, "居民增收")
    window.tree.setCurrentIndex(window.tree.model_.index_of(income))
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.index(0, 2).data() == "居民增收" and "居民增收" in hint.text()
    window.tree.clearSelection()
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    social = _code(window, "社会保障")
    window.session.set_filters(social, None)  # the toolbar's code filter
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.index(0, 2).data() == "社会保障" and "社会保障" in hint.text()
    window.session.set_filters(None, 999)  # a coder with no codings
    qtbot.waitUntil(lambda: table.rowCount() == 0)


def test_highlight_reaches_the_end_of_a_line_with_astral_characters(qtbot, window):
    window.qtbot = qtbot
    end = ASTRAL_TEXT.index("\n")  # the first line holds 𠮷 and 😀
    _code_span(window, end - 4, end, "1")
    income = _code(window, "居民增收")
    assert highlighted(window.panes.panes[0].view) == [(end - 4, end, (income,))]


def test_document_list_tooltips_and_widths(qtbot, window):
    lst = window.doc_list
    model = lst.model_
    for col in range(model.columnCount()):
        tip = model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("星号文档") and "characters" in tip
    for width in (1500, 984):  # a wide screen, and a 1024-px one
        window.resize(width, 900)
        window._size_docks()
        qtbot.wait(20)
        # the dock shows the title and the codings count, no more: the text panes get the width
        count = max(lst.sizeHintForColumn(1), lst.horizontalHeader().sectionSizeHint(1))
        assert lst.columnWidth(0) + count <= lst.viewport().width()
        assert window.doc_dock.width() <= max(0.17 * window.width() + 1, 171)
        assert lst.columnWidth(0) >= (160 if width == 1500 else 90)


def test_the_first_window_fits_the_screen():
    from PySide6.QtCore import QSize

    from desktop_app.gui.window.main_window import first_size

    assert first_size(QSize(1920, 1040)) == QSize(1500, 940)
    assert first_size(QSize(1024, 700)) == QSize(984, 660)


def test_english_name_of_a_code_is_editable_and_shown(qtbot, window, astral_project, monkeypatch):
    income = _code(window, "居民增收")
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Household income")
    window.tree.rename_code_en(income)
    assert rows(astral_project, "SELECT name, name_en FROM codes WHERE id=?", (income,)) == [
        ("居民增收", "Household income")]
    model = window.tree.model_
    qtbot.waitUntil(lambda: "Household income" in model.data(model.index_of(income),
                                                             Qt.ItemDataRole.ToolTipRole))
    window.undo()
    assert rows(astral_project, "SELECT name_en FROM codes WHERE id=?", (income,))[0][0] != (
        "Household income")


def test_pane_widths_are_restored(qtbot, astral_project):
    w = make_window(qtbot, astral_project)
    assert len(w.panes.panes) == 2
    w.panes.setSizes([300, 700])
    wanted = w.panes.pane_sizes()
    w.close()
    from desktop_app.gui import settings

    settings.put("window/geometry", "")  # the offscreen screen would shrink a restored window
    w2 = make_window(qtbot, astral_project)
    assert w2._saved_pane_sizes() == wanted
    qtbot.waitUntil(lambda: w2.panes._pending_sizes is None)  # applied once laid out
    got = w2.panes.pane_sizes()
    assert abs(got[0] / sum(got) - wanted[0] / sum(wanted)) < 0.05
    w2.close()
