"""Word-aware selection on a plain QPlainTextEdit (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.core.text import segmentation
from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.word_selection import install_word_selection

TEXT = "𠮷𠮷共同富裕示范区。😀城乡居民收入增加！\n第二段：𠀀社会保障体系健全。"


@pytest.fixture
def view(qtbot, _isolated_user_dirs):
    segmentation.base_tokenizer()  # loaded once per session; later calls are free
    v = QPlainTextEdit()
    v.setReadOnly(True)
    v.setPlainText(TEXT)
    v.resize(600, 300)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def _point(view: QPlainTextEdit, cp: int) -> QPoint:
    """The viewport point in the middle of the character at code point `cp`."""
    omap = OffsetMap(TEXT)
    c = QTextCursor(view.document())
    c.setPosition(omap.to_utf16(cp))
    left = view.cursorRect(c)
    c.setPosition(omap.to_utf16(cp + 1))
    right = view.cursorRect(c)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def _selected(ws) -> str:
    s, e = ws.selection()
    return TEXT[s:e]


def test_double_click_selects_a_whole_word_after_astral_characters(qtbot, view):
    ws = install_word_selection(view, lambda: TEXT)
    with qtbot.waitSignal(ws.unitSelected) as sig:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, 4))
    kind, start, end = sig.args
    assert kind == "word" and TEXT[start:end] in ("共同富裕", "共同富裕示范区")
    assert (start, end) == ws.selection() and start == 2
    # Qt's own positions are UTF-16: the selection starts after two surrogate pairs
    assert view.textCursor().selectionStart() == 4


def test_double_click_on_a_word_after_an_emoji(qtbot, view):
    ws = install_word_selection(view, lambda: TEXT)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_point(view, TEXT.index("收入")))
    assert _selected(ws) in ("收入", "居民收入", "城乡居民收入")
    assert ws.selection()[0] >= TEXT.index("😀") + 1


def test_triple_click_selects_the_sentence(qtbot, view):
    ws = install_word_selection(view, lambda: TEXT)
    p = _point(view, TEXT.index("保障"))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=p)
    with qtbot.waitSignal(ws.unitSelected) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=p)
    assert sig.args[0] == "sentence"
    assert _selected(ws) == "第二段：𠀀社会保障体系健全。"  # ： ends no sentence


def test_snap_widens_a_selection_to_words(qtbot, view):
    ws = install_word_selection(view, lambda: TEXT, snap=True)
    ws.select(TEXT.index("同"), TEXT.index("富") + 1)  # 同富: inside 共同富裕
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, 3))
    assert _selected(ws).startswith("共同富裕")
    ws.set_snap(False)
    ws.select(TEXT.index("同"), TEXT.index("富") + 1)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=_point(view, 3))
    assert _selected(ws) == "同富"


def test_code_this_sentence_and_paragraph_emit_code_points(qtbot, view):
    ws = install_word_selection(view, lambda: TEXT)
    ws.select(TEXT.index("居民"), TEXT.index("居民") + 2)
    with qtbot.waitSignal(ws.codeUnitRequested) as sig:
        ws.action_code_sentence.trigger()
    s, e, unit = sig.args
    assert unit == "sentence" and TEXT[s:e] == "😀城乡居民收入增加！"
    with qtbot.waitSignal(ws.codeUnitRequested) as sig:
        ws.action_code_paragraph.trigger()
    s, e, unit = sig.args
    assert unit == "paragraph" and TEXT[s:e] == TEXT.split("\n")[0]


def test_project_terms_reach_the_selection(qtbot, view, project):
    segmentation.add_term(project, "体系健全")
    ws = install_word_selection(view, lambda: TEXT,
                                segmenter=lambda: segmentation.project_segmenter(project))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_point(view, TEXT.index("健")))
    assert _selected(ws) == "体系健全"
