"""A long text is shown with several lines to a Qt block (U+2028 inside a block): the
positions, the codings, the highlights, copying and the lines on screen stay those of the
stored text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from desktop_app.gui.document import qt_blocks
from desktop_app.gui.document.qt_blocks import LINE_SEPARATOR, qt_text
from tests.gui.conftest import highlighted, make_window, rows
from tests.gui.test_coding import code_id, select_utf16

LINES = [f"第{i}行𠮷城乡居民收入😀" if i % 3 else "" for i in range(60)]
TEXT = "\n".join(LINES) + "\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("收\n𠮷a \u2028"), max_size=80), st.integers(1, 12))
def test_only_line_breaks_change_and_blocks_end_at_line_ends(text, max_blocks):
    out = qt_text(text, max_blocks)
    assert len(out) == len(text)
    assert all(a == b or (a, b) == ("\n", LINE_SEPARATOR) for a, b in zip(text, out, strict=True))
    if text.count("\n") < max_blocks:
        assert out == text
    else:  # blocks of at least len/max_blocks characters: at most max_blocks breaks left
        assert out.count("\n") <= max_blocks
        size = -(-len(text) // max_blocks)
        assert all(len(block) >= size for block in out.split("\n")[:-1])


@pytest.fixture
def long_project(tmp_path, monkeypatch):
    from desktop_app.core.project import create_project

    monkeypatch.setattr(qt_blocks, "MAX_BLOCKS", 6)  # 60 lines: about 6 blocks
    path = tmp_path / "long.biaozhu"
    with create_project(path, coder="alice") as p:
        p.add_document("长文", TEXT)
    return path


def test_a_coding_across_lines_of_one_block(qtbot, long_project):
    window = make_window(qtbot, long_project)
    view = window.panes.panes[0].view
    doc = view.document()
    assert 3 <= doc.blockCount() <= 7  # merged: not 61 blocks
    assert doc.toPlainText() == TEXT  # Qt gives the separators back as line breaks

    start = TEXT.index("第10行") + 3
    end = TEXT.index("第11行") + 4
    assert "\n" in TEXT[start:end]
    assert doc.findBlock(view.omap.to_utf16(start)) == doc.findBlock(view.omap.to_utf16(end))
    select_utf16(view, view.omap.to_utf16(start), view.omap.to_utf16(end))
    assert view.selection_span() == (start, end)
    view.copy()
    assert QApplication.clipboard().text() == TEXT[start:end]

    view.setFocus()
    qtbot.keyClicks(view, "1")
    income = code_id(long_project, "居民增收")
    [(s, e)] = rows(long_project, 'SELECT start, "end" FROM codings')
    assert (s, e) == (start, end)
    assert highlighted(view) == [(start, end, (income,))]
    stripes = [(sp.start, sp.end) for sp, *_ in view.visible_stripes()]
    assert stripes == [(view.omap.to_utf16(start), view.omap.to_utf16(end))]
    window.close()


def test_each_stored_line_starts_a_line_on_screen(qtbot, long_project):
    window = make_window(qtbot, long_project)
    view = window.panes.panes[0].view
    left = view.cursorRect(view.textCursor()).left()
    tops = []
    for i in (1, 2, 4, 5, 7):
        c = view.textCursor()
        c.setPosition(view.omap.to_utf16(TEXT.index(f"第{i}行")))
        rect = view.cursorRect(c)
        assert rect.left() == left, i
        tops.append(rect.top())
    assert tops == sorted(set(tops))  # one below the other, with the empty lines between
    window.close()
