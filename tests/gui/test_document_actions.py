"""The Document menu on real widgets: split here, split at headings, rename, delete, attributes.
Every check of the data reads the project file with sqlite3."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.gui.dialogs import prompts
from tests.gui.conftest import ASTRAL_TEXT, make_window, rows

DOCS = "SELECT id, title, text FROM documents ORDER BY position, id"
CODINGS = 'SELECT c.id, c.document_id, c.start, c."end", d.text FROM codings c JOIN documents d ON d.id = c.document_id ORDER BY c.id'
NEWSPAPER = "湖州 报纸版面：无差别城乡、八里店探索、社会保障等四篇"


def passages(path: Path) -> list[tuple[int, int, str]]:
    """(coding id, document id, text[start:end]) of every coding."""
    return [(cid, doc, text[s:e]) for cid, doc, s, e, text in rows(path, CODINGS)]


def put_cursor(view, code_point: int) -> None:
    c = QTextCursor(view.document())
    c.setPosition(view.omap.to_utf16(code_point))
    view.setTextCursor(c)


def undo(qtbot, window) -> None:
    view = window.panes.active.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_document_menu_lists_the_actions(window):
    menu = window.findChild(type(window.file_menu), "documentMenu")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Split here", "Split at &headings…", "&Rename document…",
                     "&Delete document…", "&Attributes…", "&Filter documents by attribute…",
                     "Show &every document"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Document") < titles.index("&Help")


def test_split_here_after_astral_char_keeps_every_passage_and_undo_restores(
        qtbot, window, astral_project):
    p = window.session.project
    income = p.code_by_shortcut("1")
    cut = ASTRAL_TEXT.index("城乡")  # after 𠮷 (2 UTF-16 units, 1 code point) and "。"
    before = ASTRAL_TEXT.index("野家")
    across = ASTRAL_TEXT.index("政策。")
    after = ASTRAL_TEXT.index("居民收入")
    for s, e in ((before, before + 2), (across, cut + 2), (after, after + 4)):
        window.session.perform(None, lambda q, s=s, e=e: q.add_coding(1, income, s, e))
    original = {cid: text for cid, _doc, text in passages(astral_project)}
    docs_before = rows(astral_project, DOCS)

    pane = window.panes.panes[0]
    put_cursor(pane.view, cut)
    window.panes._activate(pane)
    window.documents.act_split_here.trigger()

    docs = rows(astral_project, DOCS)
    assert len(docs) == 3
    assert [d[2] for d in docs[:2]] == [ASTRAL_TEXT[:cut], ASTRAL_TEXT[cut:]]
    got = passages(astral_project)
    assert len(got) == 4  # the coding across the cut is now two pieces
    for cid, _doc, text in got:
        if cid in original and cid != 2:
            assert text == original[cid]
    pieces = [text for cid, _doc, text in got if cid not in (1, 3)]
    assert "".join(pieces) == original[2] == "政策。城乡"
    assert pane.view.toPlainText() == ASTRAL_TEXT[:cut]  # the pane shows the part
    qtbot.waitUntil(lambda: pane.chooser.count() == 3)  # the lists follow after the paint

    undo(qtbot, window)
    assert rows(astral_project, DOCS) == docs_before
    assert {cid: text for cid, _doc, text in passages(astral_project)} == original
    assert pane.view.toPlainText() == ASTRAL_TEXT
    qtbot.waitUntil(lambda: window.doc_list.model_.rowCount() == 2)


def test_split_here_at_the_start_says_why_and_changes_nothing(window, astral_project):
    before = rows(astral_project, DOCS)
    pane = window.panes.panes[0]
    put_cursor(pane.view, 0)
    window.panes._activate(pane)
    assert window.documents.split_here() is None
    assert rows(astral_project, DOCS) == before
    assert "between 1 and" in window.statusBar().currentMessage()


def test_split_here_from_the_pane_context_menu_at_the_mouse(window, astral_project):
    pane = window.panes.panes[0]
    cut = ASTRAL_TEXT.index("第二段")  # after 𠮷 and 😀: two code points fewer than UTF-16 units
    c = QTextCursor(pane.view.document())
    c.setPosition(pane.view.omap.to_utf16(cut))
    pos = pane.view.cursorRect(c).center()
    menu = window.coding.build_menu(pane, pos)
    split = next(a for a in menu.actions() if a.text() == "&Split here")
    split.trigger()
    assert [t for _i, _t, t in rows(astral_project, DOCS)][:2] == [ASTRAL_TEXT[:cut],
                                                                   ASTRAL_TEXT[cut:]]


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    from desktop_app.core.ingest.demo import build_demo

    path = tmp_path / "seed.biaozhu"
    build_demo(path).close()
    return path


def test_split_at_headings_on_the_seed_newspaper_page_gives_four_documents(qtbot, seed_project):
    window = make_window(qtbot, seed_project)
    try:
        doc = rows(seed_project, "SELECT id FROM documents WHERE title=?", (NEWSPAPER,))[0][0]
        original = {cid: text for cid, d, text in passages(seed_project) if d == doc}
        assert original
        seen = {}

        def choose(dlg) -> bool:
            cuts = dlg.table
            headings = [cuts.item(r, 0).text() for r in range(cuts.rowCount())]
            # the two headings with a byline are checked at first; the second article has none
            checked = [cuts.item(r, 0).checkState() == Qt.CheckState.Checked
                       for r in range(cuts.rowCount())]
            seen["checked"] = [h for h, c in zip(headings, checked, strict=True) if c]
            for r in range(cuts.rowCount()):
                dlg.set_checked(r, headings[r] == "中心组理论学习" or checked[r])
            seen["summary"] = dlg.summary.text()
            cuts.item(headings.index("中心组理论学习"), 2).setText("中心组理论学习（交通运输）")
            return True

        new = window.documents.split_at_headings(doc, dialog_hook=choose)
        assert seen["checked"] == ["城乡接合乡镇推进共同富裕的八里店探索", "加快健全社会保障体系"]
        assert seen["summary"] == "4 document(s) after the split"
        assert new is not None and len(new) == 4 and new[0] == doc
        titles = dict((i, t) for i, t, _ in rows(seed_project, DOCS))
        assert [titles[i] for i in new] == [
            "关于工业领域推进“无差别城乡”的思考", "中心组理论学习（交通运输）",
            "城乡接合乡镇推进共同富裕的八里店探索", "加快健全社会保障体系"]
        after = {cid: text for cid, d, text in passages(seed_project) if d in new}
        assert after == original  # every coding kept its passage (none crossed a cut)
        qtbot.waitUntil(lambda: window.doc_list.model_.rowCount() == 5)
        undo(qtbot, window)
        assert len(rows(seed_project, DOCS)) == 2
    finally:
        window.close()


def test_split_preview_cancel_changes_nothing(qtbot, seed_project):
    window = make_window(qtbot, seed_project)
    try:
        before = rows(seed_project, DOCS)
        doc = rows(seed_project, "SELECT id FROM documents WHERE title=?", (NEWSPAPER,))[0][0]
        assert window.documents.split_at_headings(doc, dialog_hook=lambda dlg: False) is None
        assert rows(seed_project, DOCS) == before
    finally:
        window.close()


def test_rename_from_the_list_context_menu_and_undo(qtbot, window, astral_project, monkeypatch):
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "  新标题  ")
    menu = window.doc_list.context_menu(0)
    entries = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert set(entries) == {"Split at &headings…", "&Rename document…", "&Delete document…",
                            "&Attributes…"}
    entries["&Rename document…"].trigger()
    assert rows(astral_project, "SELECT title FROM documents WHERE id=1") == [("新标题",)]
    qtbot.waitUntil(lambda: window.doc_list.model_.docs[0]["title"] == "新标题")
    assert window.panes.panes[0].chooser.currentText() == "新标题"
    undo(qtbot, window)
    assert rows(astral_project, "SELECT title FROM documents WHERE id=1") == [("星号文档",)]


def test_delete_states_the_codings_and_asks_then_undo(qtbot, window, astral_project, monkeypatch):
    p = window.session.project
    code = p.code_by_shortcut("1")
    for s in (1, 8):
        window.session.perform(None, lambda q, s=s: q.add_coding(1, code, s, s + 2))
    window.session.perform(None, lambda q: q.set_attribute(1, "region", "湖州"))
    asked = []

    def no(parent, title, text):
        asked.append(text)
        return False

    monkeypatch.setattr(prompts, "confirm", no)
    assert not window.documents.delete(1)
    assert "2 coding(s) and 1 attribute(s)" in asked[0] and "星号文档" in asked[0]
    assert len(rows(astral_project, DOCS)) == 2

    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    pane = window.panes.panes[0]
    assert window.documents.delete(1)
    assert rows(astral_project, "SELECT id FROM documents") == [(2,)]
    assert rows(astral_project, "SELECT COUNT(*) FROM codings") == [(0,)]
    assert pane.document_id is None and pane.view.toPlainText() == ""
    undo(qtbot, window)  # Ctrl+Z in the emptied pane
    assert len(rows(astral_project, DOCS)) == 2
    assert rows(astral_project, "SELECT COUNT(*) FROM codings") == [(2,)]
    assert rows(astral_project, "SELECT name, value FROM document_attributes") == [("region", "湖州")]


def test_attributes_edit_is_one_undoable_action(qtbot, window, astral_project):
    s = window.session
    s.perform(None, lambda q: q.set_attributes(1, {"region": "湖州", "year": "2021"}))
    s.perform(None, lambda q: q.set_attribute(2, "region", "嘉兴"))
    history = rows(astral_project, "SELECT COUNT(*) FROM actions")[0][0]
    seen = {}

    def edit(dlg) -> bool:
        t = dlg.table
        assert [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())] == [
            ("region", "湖州"), ("year", "2021")]
        # the value list of a field: the values it has in the project
        editor = dlg.table.itemDelegateForColumn(1).createEditor(
            t.viewport(), None, t.model().index(0, 1))
        seen["values"] = [editor.itemText(i) for i in range(editor.count())]
        editor.deleteLater()
        dlg.set_row(0, value="嘉兴")
        t.setCurrentCell(1, 0)
        dlg.remove_current()
        row = dlg.add_field(edit=False)
        dlg.set_row(row, name="issuer", value="湖州市经信局")
        dup = dlg.add_field(edit=False)
        dlg.set_row(dup, name="issuer")
        seen["dup"] = dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        t.setCurrentCell(dup, 0)
        dlg.remove_current()
        return True

    assert window.documents.edit_attributes(1, dialog_hook=edit)
    assert seen == {"values": ["嘉兴", "湖州"], "dup": False}
    attrs = "SELECT name, value FROM document_attributes WHERE document_id=1 ORDER BY id"
    assert rows(astral_project, attrs) == [("region", "嘉兴"), ("issuer", "湖州市经信局")]
    assert rows(astral_project, "SELECT COUNT(*) FROM actions")[0][0] == history + 1
    assert window.act_undo.text() == "&Undo Edit attributes of 星号文档"
    qtbot.waitUntil(lambda: "issuer" in window.doc_list.model_.attr_names)
    undo(qtbot, window)
    assert rows(astral_project, attrs) == [("region", "湖州"), ("year", "2021")]


def test_attributes_dialog_without_changes_writes_nothing(window, astral_project):
    history = rows(astral_project, "SELECT COUNT(*) FROM actions")[0][0]
    assert not window.documents.edit_attributes(1, dialog_hook=lambda dlg: True)
    assert rows(astral_project, "SELECT COUNT(*) FROM actions")[0][0] == history


def test_document_menu_in_chinese(qtbot, astral_project):
    window = make_window(qtbot, astral_project, language="zh_CN")
    try:
        texts = [a.text() for a in window.documents.menu.actions() if not a.isSeparator()]
        assert window.documents.menu.title() == "文档(&D)"
        assert texts[0] == "在此处拆分(&S)"
    finally:
        window.close()
        from desktop_app.gui import i18n

        i18n.install("en")
