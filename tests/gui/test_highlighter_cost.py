"""Highlights cost only where there are codings: no work per block on a plain document; a long
document is painted where the view shows it and the rest as it comes into view, exactly."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.gui.document import highlighter as hl
from desktop_app.gui.document.spans import Span
from desktop_app.gui.document.view import DocumentView
from tests.gui.conftest import highlighted


def _count_paints(monkeypatch) -> list[int]:
    painted: list[int] = []
    real = hl.CodingHighlighter._paint

    def paint(self, block, mark=True, changed=None):
        painted.append(block.blockNumber())
        return real(self, block, mark, changed)

    monkeypatch.setattr(hl.CodingHighlighter, "_paint", paint)
    return painted


def _shown_view(qtbot, every: int) -> DocumentView:
    """A view on screen showing 3,000 lines of 6 characters, every `every`-th line coded
    (its first two characters)."""
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    spans = [Span(6 * i, 6 * i + 2, i, 1, "#F28E2B") for i in range(0, 3000, every)]
    view.set_text("一行文字。\n" * 3000, spans, {1: "甲"})
    return view


def test_a_plain_document_runs_no_code_per_block(qtbot, monkeypatch):
    painted = _count_paints(monkeypatch)
    view = DocumentView()
    qtbot.addWidget(view)
    view.set_text("没有编码的一行。\n" * 5000, [], {})
    assert painted == []
    assert highlighted(view) == []


def test_only_blocks_with_codings_are_painted_and_a_removal_clears_them(qtbot, monkeypatch):
    painted = _count_paints(monkeypatch)
    text = "一行文字。\n" * 1000  # 6 characters a line
    view = DocumentView()
    qtbot.addWidget(view)
    spans = [Span(6 * 10, 6 * 10 + 3, 1, 1, "#F28E2B"), Span(6 * 500 + 1, 6 * 502, 2, 2, "#4E79A7")]
    view.set_text(text, spans, {1: "甲", 2: "乙"})
    assert sorted(set(painted)) == [10]  # 500-501 are off screen: painted when they show
    assert highlighted(view) == [(60, 63, (1,)), (3001, 3005, (2,)), (3006, 3011, (2,))]
    painted.clear()
    view.update_spans([spans[1]], [])
    assert highlighted(view) == [(60, 63, (1,))]
    assert set(painted) <= {500, 501}


def test_a_long_document_is_painted_where_it_shows_and_as_it_comes_into_view(qtbot, monkeypatch):
    painted = _count_paints(monkeypatch)
    view = _shown_view(qtbot, every=2)  # 1,500 blocks coded
    doc = view.document()
    shown = view.firstVisibleBlock().blockNumber()
    assert doc.findBlockByNumber(shown).layout().formats()  # what the view shows: at once
    assert len(set(painted)) < 100  # one screen of the 1,500 blocks, not all of them
    before = len(painted)
    for _ in range(5):
        QApplication.processEvents()
    assert len(painted) == before  # and no work left behind (no idle slices painting on)
    far = doc.findBlockByNumber(2400)
    assert not far.layout().formats()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # scroll to the end
    QApplication.processEvents()
    last = view.firstVisibleBlock().blockNumber()
    assert last > 2400
    for n in range(last, min(last + 5, 2999)):  # the blocks now on screen have their colours
        has = bool(doc.findBlockByNumber(n).layout().formats())
        assert has == (n % 2 == 0), n
    assert highlighted(view) == [(6 * i, 6 * i + 2, (1,)) for i in range(0, 3000, 2)]


def test_a_jump_paints_the_screen_it_lands_on_once_and_a_return_paints_nothing(qtbot, monkeypatch):
    painted = _count_paints(monkeypatch)
    view = _shown_view(qtbot, every=3)
    QApplication.processEvents()
    doc = view.document()
    painted.clear()
    view.select_span(6 * 2000, 6 * 2000 + 3)  # two scrolls (into view, then centred)
    QApplication.processEvents()
    first = view.firstVisibleBlock().blockNumber()
    assert 1900 < first < 2000
    shown = range(first, first + 8)
    for n in shown:
        assert bool(doc.findBlockByNumber(n).layout().formats()) == (n % 3 == 0), n
    assert len(painted) == len(set(painted))  # each block once
    assert {n for n in shown if n % 3 == 0} <= set(painted)
    painted.clear()
    view.verticalScrollBar().setValue(0)  # back where it was: every block there is as it was
    view.select_span(6 * 2000, 6 * 2000 + 3)
    QApplication.processEvents()
    assert painted == []
    # a coding changed off screen: its block is painted when it shows, not before
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    new = Span(6 * 2002, 6 * 2002 + 4, 99999, 1, "#F28E2B")  # an uncoded line
    view.update_spans([], [new])
    view.select_span(6 * 2000, 6 * 2000 + 3)
    QApplication.processEvents()
    assert doc.findBlockByNumber(2002).layout().formats()
    assert highlighted(view) == sorted([(6 * i, 6 * i + 2, (1,)) for i in range(0, 3000, 3)]
                                       + [(6 * 2002, 6 * 2002 + 4, (1,))])
    # all spans replaced (a filter): blocks already examined are examined again when shown
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    other = Span(6 * 2003, 6 * 2003 + 2, 99998, 1, "#F28E2B")
    view.set_spans(sorted([*view.spans, other]), {1: "甲"})
    view.select_span(6 * 2000, 6 * 2000 + 3)
    QApplication.processEvents()
    assert doc.findBlockByNumber(2003).layout().formats()


def test_a_short_text_keeps_its_shaped_lines_and_a_long_one_does_not(qtbot, monkeypatch):
    from desktop_app.gui.document import view as view_module

    def caching(view: DocumentView) -> set[bool]:
        out, block = set(), view.document().begin()
        while block.isValid():
            out.add(block.layout().cacheEnabled())
            block = block.next()
        return out

    view = DocumentView()
    qtbot.addWidget(view)
    view.set_text("一行文字。\n" * 300, [Span(6, 8, 1, 1, "#F28E2B")], {1: "甲"})
    assert caching(view) == {True}
    assert highlighted(view) == [(6, 8, (1,))]  # drawn as without the cache
    monkeypatch.setattr(view_module, "CACHED_CHARS", 1000)
    view.set_text("一行文字。\n" * 300, [], {})  # 1,800 characters: longer
    assert caching(view) == {False}
