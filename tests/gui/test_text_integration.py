"""The Chinese-text tools inside the main window: word selection in the panes, coding a
sentence, the search and suggestions docks writing through the session (one undo step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.text import segmentation
from desktop_app.core.text.sentences import paragraph_at, sentence_at
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.panels.search import SearchPanel
from desktop_app.gui.panels.suggestions import SuggestionsPanel
from tests.gui.conftest import ASTRAL_TEXT, highlighted, rows


@pytest.fixture(autouse=True)
def _jieba_loaded():
    segmentation.base_tokenizer()  # once per test session; later calls are free


def _point(view, cp: int) -> QPoint:
    """The viewport point in the middle of the character at code point `cp`."""
    c = QTextCursor(view.document())
    c.setPosition(view.omap.to_utf16(cp))
    left = view.cursorRect(c)
    c.setPosition(view.omap.to_utf16(cp + 1))
    right = view.cursorRect(c)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def _code_id(path: Path, name: str) -> int:
    return rows(path, "SELECT id FROM codes WHERE name=?", (name,))[0][0]


def _select_code(window, code_id: int) -> None:
    window.tree.setCurrentIndex(window.tree.model_.index_of(code_id))


def _put_cursor(view, cp: int) -> None:
    c = view.textCursor()
    c.setPosition(view.omap.to_utf16(cp))
    view.setTextCursor(c)
    view.setFocus()


def test_double_click_in_a_pane_selects_a_jieba_word_after_an_astral_character(qtbot, window):
    pane = window.panes.panes[0]
    view = pane.view
    assert pane.word_selection is not None
    at = ASTRAL_TEXT.index("政策")  # after 𠮷 (two UTF-16 units, one code point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, at + 1))
    seg = segmentation.project_segmenter(window.session.project)
    assert view.selection_span() == seg.word_at(ASTRAL_TEXT, at + 1) == (at, at + 2)
    assert view.textCursor().selectionStart() == at + 1  # Qt counts the surrogate pair


def test_project_dictionary_terms_apply_to_double_click_and_undo(qtbot, window, astral_project):
    view = window.panes.panes[0].view
    term = "城乡居民收入"
    at = ASTRAL_TEXT.index(term)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, at + 1))
    assert view.selection_span() != (at, at + len(term))
    dialog = window.text.open_dictionary()
    assert dialog.add_term(term)
    dialog.close()
    assert rows(astral_project, "SELECT term FROM user_terms") == [(term,)]
    # the dialog's action is the step Ctrl+Z undoes
    assert str(window.session.undo_status().undo) == f"Add dictionary term {term}"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, at + 1))
    assert view.selection_span() == (at, at + len(term))
    window.undo()
    assert rows(astral_project, "SELECT term FROM user_terms") == []


def test_code_this_sentence_codes_exactly_the_sentence_and_undo_removes_it(
        qtbot, window, astral_project):
    view = window.panes.panes[0].view
    income = _code_id(astral_project, "居民增收")
    _select_code(window, income)
    at = ASTRAL_TEXT.index("居民")
    _put_cursor(view, at)
    window.text.act_code_sentence.trigger()
    s, e = sentence_at(ASTRAL_TEXT, at)
    assert ASTRAL_TEXT[s:e] == "城乡居民收入😀增加。"
    assert rows(astral_project, "SELECT code_id, start, end FROM codings") == [(income, s, e)]
    assert highlighted(view) == [(s, e, (income,))]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(astral_project, "SELECT * FROM codings") == []
    assert highlighted(view) == []


def test_code_this_paragraph_asks_for_the_code_when_none_is_selected(
        qtbot, window, astral_project, monkeypatch):
    view = window.panes.panes[0].view
    window.tree.clearSelection()
    asked = []

    def choose(parent, title, label, items):
        asked.append(items)
        return next(i for i in items if i.endswith("社会保障"))

    monkeypatch.setattr(prompts, "get_item", choose)
    at = ASTRAL_TEXT.index("保障")
    _put_cursor(view, at)
    window.text.act_code_paragraph.trigger()
    s, e = paragraph_at(ASTRAL_TEXT, at)
    social = _code_id(astral_project, "社会保障")
    assert asked and rows(astral_project, "SELECT code_id, start, end FROM codings") == [(social, s, e)]
    assert ASTRAL_TEXT[s:e] == "第二段：𠀀社会保障体系健全。"


def test_context_menu_offers_code_this_sentence_as(qtbot, window, astral_project):
    pane = window.panes.panes[0]
    at = ASTRAL_TEXT.index("野家")
    menu = window.coding.build_menu(pane, _point(pane.view, at))
    sub = next(a.menu() for a in menu.actions() if a.menu() and
               a.menu().objectName() == "codeSentenceMenu")
    act = next(a for a in sub.actions() if "城乡融合" in a.text())
    act.trigger()
    s, e = sentence_at(ASTRAL_TEXT, at)
    assert rows(astral_project, "SELECT start, end FROM codings") == [(s, e)]
    assert ASTRAL_TEXT[s:e] == "𠮷野家的政策。"


def test_search_dock_code_all_is_one_undo_step(qtbot, window, astral_project):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    panel = window.text.search
    assert isinstance(panel, SearchPanel) and window.text.search_dock.isVisible()
    panel.query.setText("城乡")
    panel.mode.setCurrentIndex(panel.mode.findData("substring"))
    with qtbot.waitSignal(panel.searchFinished, timeout=20_000) as sig:
        panel.run_search()
    assert sig.args[0] == 2  # once in each document
    fusion = _code_id(astral_project, "城乡融合")
    panel.code_target.setCurrentIndex(panel.code_target.findData(fusion))
    before = window.session.undo_status().undo_step
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    got = rows(astral_project, "SELECT document_id, start, end, source FROM codings ORDER BY id")
    assert len(got) == 2 and {r[3] for r in got} == {"search"}
    first = window.panes.panes[0]
    s = ASTRAL_TEXT.index("城乡")
    assert highlighted(first.view) == [(s, s + 2, (fusion,))]
    status = window.session.undo_status()
    assert status.undo_step != before
    assert str(status.undo) == "Code 2 search results (hit) as 城乡融合"
    qtbot.waitUntil(lambda: window.segments.model_.rowCount() == 2)  # next event-loop turn
    window.undo()
    assert rows(astral_project, "SELECT * FROM codings") == []
    assert highlighted(first.view) == []
    window.redo()
    assert len(rows(astral_project, "SELECT * FROM codings")) == 2


def test_search_jump_shows_the_hit_in_a_pane(qtbot, window):
    panel = window.text.show_search()
    panel.query.setText("保障")
    panel.mode.setCurrentIndex(panel.mode.findData("substring"))
    with qtbot.waitSignal(panel.searchFinished, timeout=20_000):
        panel.run_search()
    panel.jump_to(0)
    s = ASTRAL_TEXT.index("保障")
    assert window.panes.active.view.selection_span() == (s, s + 2)


def test_accepted_suggestions_appear_in_panes_segments_and_undo(qtbot, window, astral_project):
    window.text.show_dock(window.text.suggest_dock)
    panel = window.text.suggestions
    assert isinstance(panel, SuggestionsPanel)
    income = _code_id(astral_project, "居民增收")
    panel.code_filter.setCurrentIndex(panel.code_filter.findData(income))
    with qtbot.waitSignal(panel.suggestionsReady, timeout=20_000) as sig:
        panel.run_suggest()
    assert sig.args[0] >= 1
    window.tree.clearSelection()
    accepted = panel.accept_rows(range(len(panel.items)))
    got = rows(astral_project, "SELECT id, start, end, source FROM codings ORDER BY id")
    assert [r[0] for r in got] == accepted and {r[3] for r in got} == {"suggestion"}
    s, e = got[0][1], got[0][2]
    assert "收入" in ASTRAL_TEXT[s:e]
    assert (s, e, (income,)) in highlighted(window.panes.panes[0].view)
    qtbot.waitUntil(lambda: window.segments.model_.rowCount() == len(got))
    window.undo()
    assert rows(astral_project, "SELECT * FROM codings") == []
    qtbot.waitUntil(lambda: window.segments.model_.rowCount() == 0)


def test_new_code_reaches_the_open_panels(qtbot, window):
    search = window.text.show_search()
    window.text.show_dock(window.text.suggest_dock)
    n = search.code_target.count()
    window.tree.add_code(None, name="新主题")
    window._refresh_lists()
    assert search.code_target.count() == n + 1
    assert window.text.suggestions.code_filter.findText("新主题") >= 0


def test_panels_start_again_on_another_project(qtbot, window, tmp_path):
    from desktop_app.core.project import create_project

    window.text.show_search()
    other = tmp_path / "other.biaozhu"
    with create_project(other, coder="alice") as p:
        p.add_document("别的", "完全不同的内容。")
    assert window.files.open_project(str(other))
    assert window.text.search.project_path == str(other)
    assert window.text.search.doc_filter.findText("别的") >= 0


def test_snap_option_is_remembered(qtbot, window):
    from desktop_app.gui import settings

    window.text.act_snap.setChecked(True)
    assert window.panes.panes[0].word_selection.snap
    window.new_pane()
    assert window.panes.panes[-1].word_selection.snap
    assert settings.get("text/snap_to_words") in (True, "true")
    window.text.act_snap.setChecked(False)


def test_text_menu_and_panels_follow_the_language(qtbot, window):
    window.text.show_search().query.setText("收入")
    window.set_language("zh_CN")
    assert window.text.menu.title() == "文本(&T)"
    assert window.text.search_dock.windowTitle() == "搜索"
    assert window.text.search.search_button.text() == "搜索"  # the panel was built again
    assert window.text.search.query.text() == "收入"
    window.set_language("en")
    assert window.text.search.search_button.text() == "Search"


def test_jieba_starts_in_the_background_once_the_window_is_shown(qtbot, astral_project,
                                                                 monkeypatch):
    from desktop_app.gui.window import main_window
    from tests.gui.conftest import make_window

    calls = []
    monkeypatch.setattr(main_window, "JIEBA_DELAY_MS", 0)
    monkeypatch.setattr(segmentation, "start_background_init", lambda: calls.append(1))
    w = make_window(qtbot, astral_project)
    qtbot.waitUntil(lambda: calls == [1])
    w.close()


def test_dictionary_change_marks_search_results_stale(qtbot, window):
    panel = window.text.show_search()
    dialog = window.text.open_dictionary()
    assert dialog.add_term("野家的政策")
    assert "dictionary changed" in panel.status.text()
    dialog.close()
