"""What one coding repaints and relays out, on the real window: the segments table draws again
only rows that moved, the count line above it asks no layout of the window, the codebook's
count column fits its widest count, and a new pane's view has its final width before its text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import make_window, rows

PARAGRAPH = "城乡居民收入稳步增长，社会保障体系更加健全，数字化改革全面推进。\n"


class Events(QObject):
    """Records (event type, object, rectangle of a paint) of the events Qt delivers."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[QEvent.Type, QObject, tuple | None]] = []

    def eventFilter(self, obj, event):  # noqa: N802
        rect = event.rect() if event.type() == QEvent.Type.Paint else None
        self.seen.append((event.type(), obj, None if rect is None else
                          (rect.top(), rect.bottom())))
        return False

    def paints_of(self, widget) -> list[tuple]:
        return [r for t, o, r in self.seen if t == QEvent.Type.Paint and o is widget]

    def layout_requests_of(self, widget) -> int:
        return sum(1 for t, o, _ in self.seen if t == QEvent.Type.LayoutRequest and o is widget)


@pytest.fixture
def long_project(tmp_path: Path) -> Path:
    """One document of 300 lines, 120 codings spread over it (more rows than the table shows)."""
    from desktop_app.core.project import create_project

    path = tmp_path / "long.biaozhu"
    with create_project(path, coder="alice") as p:
        doc = p.add_document("长文", PARAGRAPH * 300)
        code = p.add_code("收入", shortcut="1")
        step = len(PARAGRAPH) * 2
        for i in range(120):
            p.add_coding(doc, code, i * step + 2, i * step + 8)
    return path


def _code_at(qtbot, window, start: int, end: int) -> None:
    view = window.panes.active.view
    view.select_span(start, end)
    view.setFocus()
    qtbot.keyClicks(view, "1")


def _settled(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


@contextmanager
def recorded(qtbot=None) -> Iterator[Events]:
    """The events Qt delivers inside the block (and, given `qtbot`, until the window settles
    after it)."""
    events = Events()
    QApplication.instance().installEventFilter(events)
    try:
        yield events
        if qtbot is not None:
            _settled(qtbot)
    finally:
        QApplication.instance().removeEventFilter(events)


@contextmanager
def table_window(qtbot, path: Path) -> Iterator:
    """A window on `path` with the segments table shown and filled."""
    window = make_window(qtbot, path)
    try:
        window.seg_dock.show()
        qtbot.waitUntil(lambda: window.segments.model_.rowCount() > 0)
        yield window
    finally:
        window.close()


def test_a_coding_listed_below_the_visible_rows_repaints_none_of_them(qtbot, long_project):
    with table_window(qtbot, long_project) as window:
        table = window.segments
        _settled(qtbot)
        vp = table.viewport()
        last_visible = table.rowAt(vp.height() - 1)
        assert last_visible != -1 and last_visible < table.model_.rowCount() - 1
        before = table.model_.rowCount()
        end = len(PARAGRAPH) * 299  # near the end of the text: the last row of the table
        with recorded(qtbot) as events:
            _code_at(qtbot, window, end, end + 4)
        assert rows(long_project, "SELECT count(*) FROM codings")[0][0] == 121
        assert table.model_.rowCount() == before + 1 or table.model_.total() == 121
        assert events.paints_of(vp) == []  # no row on screen moved
        # and the row is there when the reader scrolls to it
        table.scrollToBottom()
        _settled(qtbot)
        model = table.model_
        while model.canFetchMore(model.index(-1, -1)):
            model.fetchMore(model.index(-1, -1))
        last = model.key(model.rowCount() - 1)
        assert (last.start, last.end) == (end, end + 4)


def test_a_coding_listed_first_repaints_the_rows_from_the_top(qtbot, long_project):
    with table_window(qtbot, long_project) as window:
        table = window.segments
        _settled(qtbot)
        vp = table.viewport()
        with recorded(qtbot) as events:
            _code_at(qtbot, window, 0, 2)  # before every other coding: row 0
        first = table.model_.key(0)
        assert (first.start, first.end) == (0, 2)
        assert table.indexAt(vp.rect().topLeft()).row() == 0
        painted = events.paints_of(vp)
        assert painted and min(top for top, _ in painted) <= 0  # drawn from the top row down


def test_undoing_the_first_coding_repaints_the_rows_that_moved_up(qtbot, long_project):
    with table_window(qtbot, long_project) as window:
        table = window.segments
        _code_at(qtbot, window, 0, 2)
        _settled(qtbot)
        assert (table.model_.key(0).start, table.model_.key(0).end) == (0, 2)
        second = table.model_.key(1)
        vp = table.viewport()
        with recorded(qtbot) as events:
            window.undo()
        assert rows(long_project, 'SELECT count(*) FROM codings WHERE start = 0 AND "end" = 2') \
            == [(0,)]
        assert table.model_.key(0) == second  # the rows below moved up
        painted = events.paints_of(vp)
        assert painted and min(top for top, _ in painted) <= 0


def test_the_count_line_changes_without_a_layout_of_the_window(qtbot, long_project):
    window = make_window(qtbot, long_project)
    try:
        hint = window.segments_hint
        qtbot.waitUntil(lambda: "120" in hint.text())
        _settled(qtbot)
        with recorded(qtbot) as events:
            _code_at(qtbot, window, 3, 5)
        assert "121" in hint.text() and hint.toolTip() == hint.text()
        assert events.paints_of(hint)  # the new count is drawn
        assert events.layout_requests_of(window) == 0
        assert events.layout_requests_of(window.seg_dock) == 0
    finally:
        window.close()


def test_the_count_line_cuts_a_long_text_and_keeps_it_whole_in_its_tooltip(qtbot):
    from desktop_app.gui.widgets.hint_line import HintLine

    line = HintLine()
    qtbot.addWidget(line)
    line.resize(120, line.sizeHint().height())
    text = "全部 12345 个编码片段 — 在编码本中选择编码，只列出它们的片段"
    line.setText(text)
    assert line.text() == text and line.toolTip() == text
    shown = line.shown_text()  # what it draws
    assert shown.endswith("…") and len(shown) < len(text) and text.startswith(shown[:-1])
    line.resize(2000, line.height())
    assert line.shown_text() == text  # room enough: whole
    assert line.minimumSizeHint().width() == 0  # never widens its dock
    assert not line.grab().isNull()


def test_the_count_column_fits_the_widest_count(qtbot, long_project):
    window = make_window(qtbot, long_project)
    try:
        tree = window.tree
        model = tree.model_
        code = next(iter(model.rows))
        fm = tree.fontMetrics()
        assert tree.columnWidth(2) >= fm.horizontalAdvance("120")
        model.rows[code]["codings"] = 1234567
        index = model.index_of(code, 2)
        model.dataChanged.emit(index, index)
        assert tree.columnWidth(2) >= fm.horizontalAdvance("1234567")
        assert tree.columnWidth(1) >= fm.horizontalAdvance("9")
    finally:
        window.close()


def test_a_new_pane_has_its_final_width_before_it_gets_its_text(qtbot, long_project, tmp_path,
                                                                 monkeypatch):
    """Opening a project in a window that shows one: the new pane is laid out before its text
    is set (each later change of its width lays the whole text out again)."""
    from desktop_app.core.project import create_project
    from desktop_app.gui.document.view import DocumentView

    other = tmp_path / "other.biaozhu"
    with create_project(other, coder="alice") as p:
        p.add_document("另一篇", PARAGRAPH * 400)
    window = make_window(qtbot, long_project)
    widths: list[int] = []
    real = DocumentView.set_text

    def set_text(self, text, *args, **kwargs):
        if text:
            widths.append(self.viewport().width())
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(DocumentView, "set_text", set_text)
    try:
        _settled(qtbot)
        shown = window.panes.active.view.viewport().width()
        assert window.files.open_project(str(other))
        _settled(qtbot)
        view = window.panes.active.view
        # its place in the window (not a new widget's 100 px), give or take a dock settling
        assert len(widths) == 1 and abs(widths[0] - view.viewport().width()) <= 12
        assert abs(widths[0] - shown) <= 40
    finally:
        window.close()


def test_the_window_goes_idle_after_a_coding(qtbot, long_project):
    """A few event-loop passes after a coding deliver no event at all: nothing keeps Qt busy
    (a layout fighting a widget's visibility once did, for ever)."""
    window = make_window(qtbot, long_project)
    try:
        window.resize(1600, 1000)
        _settled(qtbot)
        _code_at(qtbot, window, 3, 5)
        with recorded() as events:
            quiet = False
            for _ in range(40):
                before = len(events.seen)
                QApplication.processEvents()
                if len(events.seen) == before:
                    quiet = True
                    break
        assert quiet, events.seen[-10:]
    finally:
        window.close()
