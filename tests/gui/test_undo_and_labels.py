"""The GUI's undo is the library's: Ctrl+Z after reopening continues the earlier session;
labels are stored language-neutral and shown in the UI language; no SQL in the GUI."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import desktop_app.gui
from tests.gui.conftest import ASTRAL_TEXT, highlighted, make_window, rows

ACTION = "SELECT coder, label, message, kind FROM actions ORDER BY id DESC LIMIT 1"


def _code_with_key(qtbot, window, start: int, end: int, key: str = "1") -> None:
    pane = window.panes.panes[0]
    pane.view.select_span(start, end)
    pane.view.setFocus()
    qtbot.keyClicks(pane.view, key)


def test_same_action_in_chinese_and_english_stores_the_same_row(qtbot, astral_project, tmp_path):
    import shutil

    other = tmp_path / "copy.biaozhu"
    shutil.copy(astral_project, other)
    s = ASTRAL_TEXT.index("城乡居民收入")
    stored = []
    for path, language in ((astral_project, "zh_CN"), (other, "en")):
        window = make_window(qtbot, path, language=language)
        try:
            _code_with_key(qtbot, window, s, s + 6)
            stored.append(rows(path, ACTION)[0])
        finally:
            window.set_language("en")
            window.close()
    assert stored[0] == stored[1] == ("alice", "Code passage", '{"text": "Code passage"}', "do")


def test_ctrl_z_after_reopening_undoes_the_last_action_of_the_earlier_session(
        qtbot, astral_project):
    s = ASTRAL_TEXT.index("城乡居民收入")
    first = make_window(qtbot, astral_project)
    _code_with_key(qtbot, first, s, s + 6)
    assert len(rows(astral_project, "SELECT * FROM codings")) == 1
    first.close()

    again = make_window(qtbot, astral_project)
    again.activateWindow()  # the closed one was active: shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    try:
        assert again.act_undo.isEnabled() and "Code passage" in again.act_undo.text()
        view = again.panes.panes[0].view
        assert highlighted(view) != []
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert rows(astral_project, "SELECT * FROM codings") == []
        assert highlighted(view) == []
        assert "Code passage" in again.act_redo.text()
        qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert len(rows(astral_project, "SELECT * FROM codings")) == 1
    finally:
        again.close()


def test_edit_menu_labels_follow_the_language_switch(qtbot, window):
    s = ASTRAL_TEXT.index("城乡居民收入")
    _code_with_key(qtbot, window, s, s + 6)
    window.undo()
    _code_with_key(qtbot, window, s, s + 3, key="2")
    window.undo()  # now: undo "Import 第二篇", redo "Code passage"
    assert window.act_undo.text().endswith("Import 第二篇")
    assert window.act_redo.text().endswith("Code passage")
    try:
        window.set_language("zh_CN")
        assert window.act_undo.text() == "撤销(&U) 导入 第二篇"
        assert "Code passage" not in window.act_redo.text()
        assert window.act_redo.text().startswith("重做(&R) 编码")
        window.set_language("en")
        assert window.act_redo.text().endswith("Code passage")
        assert not re.search(r"[\u4e00-\u9fff]", window.act_redo.text())
    finally:
        window.set_language("en")


def test_no_sql_in_the_gui():
    sql = re.compile(r"\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s)|"
                     r"\.execute\(|\.executemany\(|\.query\(")
    found = []
    for path in Path(desktop_app.gui.__file__).parent.rglob("*.py"):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if sql.search(line):
                found.append(f"{path.name}:{i}: {line.strip()}")
    assert found == []
