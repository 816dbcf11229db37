"""Coding in a pane: exact code point offsets, highlights, undo/redo, panes, menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from tests.gui.conftest import ASTRAL_TEXT, highlighted, rows

CODINGS = 'SELECT document_id, code_id, start, "end" FROM codings ORDER BY id'


def select_utf16(view, a: int, b: int) -> None:
    c = QTextCursor(view.document())
    c.setPosition(a)
    c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(c)


def code_id(path, name: str) -> int:
    return rows(path, "SELECT id FROM codes WHERE name=?", (name,))[0][0]


def test_key_codes_exact_span_after_astral_char_and_undo_redo(qtbot, window, astral_project):
    pane = window.panes.panes[0]
    view = pane.view
    assert view.objectName() == "documentPane"
    assert pane.document_id == 1
    # "城乡居民收入" comes after 𠮷 (2 UTF-16 units, 1 code point): code points 8..14
    start = ASTRAL_TEXT.index("城乡居民收入")
    u16 = start + 1
    select_utf16(view, u16, u16 + 6)
    view.setFocus()
    qtbot.keyClicks(view, "1")
    income = code_id(astral_project, "居民增收")
    assert rows(astral_project, CODINGS) == [(1, income, start, start + 6)]
    assert ASTRAL_TEXT[start:start + 6] == "城乡居民收入"
    assert highlighted(view) == [(start, start + 6, (income,))]

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(astral_project, CODINGS) == []
    assert highlighted(view) == []

    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(astral_project, CODINGS) == [(1, income, start, start + 6)]
    assert highlighted(view) == [(start, start + 6, (income,))]

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert rows(astral_project, CODINGS) == [(1, income, start, start + 6)]
    assert highlighted(view) == [(start, start + 6, (income,))]


def test_selection_ending_on_astral_char_includes_it(window, astral_project):
    view = window.panes.panes[0].view
    end = ASTRAL_TEXT.index("😀") + 1  # code points; the emoji is the last selected character
    select_utf16(view, 2, view.omap.to_utf16(end))  # 2 = just after 𠮷
    assert view.selection_span() == (1, end)
    assert ASTRAL_TEXT[1:end].endswith("😀")


def test_overlapping_codings_mix_and_keep_exact_edges(qtbot, window, astral_project):
    view = window.panes.panes[0].view
    s = ASTRAL_TEXT.index("社会保障")
    view.select_span(s - 2, s + 4)
    qtbot.keyClicks(view, "1")
    view.select_span(s, s + 6)
    qtbot.keyClicks(view, "2")
    a, b = code_id(astral_project, "居民增收"), code_id(astral_project, "社会保障")
    assert highlighted(view) == [(s - 2, s, (a,)), (s, s + 4, (a, b)), (s + 4, s + 6, (b,))]
    fmt = view.highlighter.format_for(((a, "#F28E2B"), (b, "#4E79A7")))
    # an overlap is the first code's tint underlined in the other's colour, not an average
    from desktop_app.gui.document.spans import tint
    assert fmt.background().color().getRgb()[:3] == tint("#F28E2B", 0.5)
    assert fmt.underlineStyle() == fmt.UnderlineStyle.SingleUnderline
    assert fmt.underlineColor().name().upper() == QColor("#4E79A7").darker(120).name().upper()
    assert view.highlighter.format_for(((a, "#F28E2B"),)).underlineStyle() == fmt.UnderlineStyle.NoUnderline


def test_two_panes_code_independently_and_share_a_document(qtbot, window, astral_project):
    first, second = window.panes.panes
    assert (first.document_id, second.document_id) == (1, 2)
    first.view.select_span(0, 3)
    second.view.select_span(5, 9)
    qtbot.keyClicks(second.view, "2")
    qtbot.keyClicks(first.view, "1")
    income, social = code_id(astral_project, "居民增收"), code_id(astral_project, "社会保障")
    assert rows(astral_project, CODINGS) == [(2, social, 5, 9), (1, income, 0, 3)]
    assert highlighted(first.view) == [(0, 3, (income,))]
    assert highlighted(second.view) == [(5, 9, (social,))]

    third = window.panes.add_pane(1)  # a second pane on document 1
    assert highlighted(third.view) == [(0, 3, (income,))]
    third.view.select_span(10, 12)
    qtbot.keyClicks(third.view, "2")
    expected = [(0, 3, (income,)), (10, 12, (social,))]
    assert highlighted(first.view) == expected and highlighted(third.view) == expected
    assert highlighted(second.view) == [(5, 9, (social,))]
    window.panes.close_pane(third)
    assert len(window.panes.panes) == 2


def test_key_without_selection_or_shortcut_does_nothing(qtbot, window, astral_project):
    view = window.panes.panes[0].view
    qtbot.keyClicks(view, "1")  # no selection
    view.select_span(0, 2)
    qtbot.keyClicks(view, "9")  # no code has key 9
    assert rows(astral_project, CODINGS) == []
    assert "9" in window.statusBar().currentMessage()


def test_context_menu_code_as_remove_recode_memo(qtbot, window, astral_project, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    pane = window.panes.panes[0]
    view = pane.view
    s = ASTRAL_TEXT.index("政策")
    view.select_span(s, s + 2)
    pos = view.cursorRect().center()
    menu = window.coding.build_menu(pane, pos)
    code_as = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "codeAsMenu")
    next(a for a in code_as.actions() if a.text().startswith("城乡融合")).trigger()
    merge = code_id(astral_project, "城乡融合")
    assert rows(astral_project, CODINGS) == [(1, merge, s, s + 2)]
    coding = rows(astral_project, "SELECT id FROM codings")[0][0]

    view.select_span(s, s)  # no selection: the menu is about the codings under the mouse
    menu = window.coding.build_menu(pane, view.cursorRect(view.textCursor()).center())
    sub = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == f"coding{coding}")
    change = next(a.menu() for a in sub.actions() if a.menu())
    next(a for a in change.actions() if a.text().startswith("数字化改革")).trigger()
    digital = code_id(astral_project, "数字化改革")
    assert rows(astral_project, CODINGS) == [(1, digital, s, s + 2)]
    assert highlighted(view) == [(s, s + 2, (digital,))]

    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "政策 memo 😀")
    next(a for a in sub.actions() if a.text() == "Edit memo…").trigger()
    assert rows(astral_project, "SELECT memo FROM codings") == [("政策 memo 😀",)]
    pane.show_codings_at(s)
    assert "数字化改革" in pane.info.text() and "alice" in pane.info.text()

    next(a for a in sub.actions() if a.text() == "Remove coding").trigger()
    assert rows(astral_project, CODINGS) == []
    assert highlighted(view) == []
    window.undo()
    assert rows(astral_project, CODINGS) == [(1, digital, s, s + 2)]
    window.undo()
    assert rows(astral_project, "SELECT memo FROM codings") == [("",)]
    window.undo()
    assert rows(astral_project, CODINGS) == [(1, merge, s, s + 2)]


def test_new_code_from_selection_and_tree_click(qtbot, window, astral_project, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    pane = window.panes.panes[0]
    s = ASTRAL_TEXT.index("社会保障体系")
    pane.view.select_span(s, s + 6)
    seen = {}

    def answer(parent, title, label, text="", **kw):
        seen["suggested"] = text
        return text

    monkeypatch.setattr(prompts, "get_text", answer)
    new_id = window.coding.new_code_from_selection(pane)
    assert seen["suggested"] == "社会保障体系"
    assert rows(astral_project, "SELECT name FROM codes WHERE id=?", (new_id,)) == [("社会保障体系",)]
    assert rows(astral_project, CODINGS) == [(1, new_id, s, s + 6)]
    window.undo()  # one undo step removes both the code and its coding
    assert rows(astral_project, "SELECT COUNT(*) FROM codes WHERE id=?", (new_id,)) == [(0,)]
    assert rows(astral_project, CODINGS) == []

    qtbot.waitUntil(lambda: window.tree.model_.rowCount() == 4)
    idx = window.tree.model_.index_of(code_id(astral_project, "数字化改革"))
    window.panes._activate(pane)
    pane.view.select_span(0, 1)
    rect = window.tree.visualRect(idx)
    # a click lists the code's segments and never codes the leftover selection ...
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert rows(astral_project, CODINGS) == []
    assert "数字化改革" in window.statusBar().currentMessage()
    assert pane.view.selection_span() == (0, 1)
    # ... the codebook's menu offers to code it, and says so once done
    menu = window.tree.build_menu(code_id(astral_project, "数字化改革"))
    act = next(a for a in menu.actions() if a.objectName() == "codeSelectionAction")
    act.trigger()
    assert rows(astral_project, CODINGS) == [(1, code_id(astral_project, "数字化改革"), 0, 1)]
    assert pane.view.selection_span() is None  # cleared: the new colour shows
    assert "数字化改革" in window.statusBar().currentMessage()
    pane.view.clear_selection()
    assert not any(a.objectName() == "codeSelectionAction"
                   for a in window.tree.build_menu(code_id(astral_project, "数字化改革")).actions())


def test_segments_table_shows_selected_code_and_jumps(qtbot, window, astral_project):
    pane = window.panes.panes[0]
    s = ASTRAL_TEXT.index("城乡居民收入")
    pane.view.select_span(s, s + 6)
    qtbot.keyClicks(pane.view, "1")
    income = code_id(astral_project, "居民增收")
    qtbot.waitUntil(lambda: window.tree.model_.rows[income]["codings"] == 1)
    window.tree.setCurrentIndex(window.tree.model_.index_of(income))
    table = window.segments
    assert table.objectName() == "segmentsTable"
    qtbot.waitUntil(lambda: table.model_.rowCount() == 1)
    assert table.model_.index(0, 1).data() == "城乡居民收入"
    pane.view.select_span(0, 0)
    table.doubleClicked.emit(table.model_.index(0, 1))
    assert pane.view.selection_span() == (s, s + 6)
    assert pane.view.extraSelections()  # the flash
