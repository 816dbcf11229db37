"""Highlights cost only where there are codings: no work per block on a plain document; a long
document is painted around the view first and the rest in idle slices, exactly."""

from __future__ import annotations

from desktop_app.gui.document import highlighter as hl
from desktop_app.gui.document.spans import Span
from desktop_app.gui.document.view import DocumentView
from tests.gui.conftest import highlighted


def _count_paints(monkeypatch) -> list[int]:
    painted: list[int] = []
    real = hl.CodingHighlighter._paint

    def paint(self, block, mark=True):
        painted.append(block.blockNumber())
        return real(self, block, mark)

    monkeypatch.setattr(hl.CodingHighlighter, "_paint", paint)
    return painted


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
    assert sorted(set(painted)) == [10, 500, 501]
    assert highlighted(view) == [(60, 63, (1,)), (3001, 3005, (2,)), (3006, 3011, (2,))]
    painted.clear()
    view.update_spans([spans[1]], [])
    assert highlighted(view) == [(60, 63, (1,))]
    assert set(painted) <= {500, 501}


def test_a_long_document_is_painted_around_the_view_then_in_slices(qtbot, monkeypatch):
    monkeypatch.setattr(hl, "AT_ONCE", 50)
    text = "一行文字。\n" * 3000
    spans = [Span(6 * i, 6 * i + 2, i, 1, "#F28E2B") for i in range(0, 3000, 2)]  # 1,500 blocks
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.set_text(text, spans, {1: "甲"})
    shown = view.firstVisibleBlock().blockNumber()
    first = view.document().findBlockByNumber(shown)
    assert first.layout().formats()  # what the view shows is painted at once
    assert view.highlighter.pending()  # the rest follows in idle slices
    qtbot.waitUntil(lambda: not view.highlighter.pending(), timeout=10_000)
    assert highlighted(view) == [(6 * i, 6 * i + 2, (1,)) for i in range(0, 3000, 2)]
