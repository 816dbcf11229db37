"""A long document's codings are read a page at a time after its first screen: the view ends
with exactly the codings a full read gives, whatever is coded, removed, scrolled to, filtered
or opened while the pages come in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.project.codings import NewCoding
from desktop_app.gui.document import span_pages
from desktop_app.gui.document.spans import spans_of
from tests.gui.conftest import highlighted

LINE = "第{:03d}段，城乡居民收入持续增长，社会保障体系更加健全。𠮷\n"


@pytest.fixture
def paged(window, monkeypatch):
    """A document of 200 lines with a coding on each, shown in the first pane, read 20 codings
    first and then 15 a page."""
    monkeypatch.setattr(span_pages, "FIRST", 20)
    monkeypatch.setattr(span_pages, "PAGE", 15)
    session = window.session
    text = "".join(LINE.format(i) for i in range(200))
    doc = session.perform(None, lambda p: p.add_document("长文", text))
    codes = [c["id"] for c in session.project.codes()]

    def code_all(p):
        p.add_codings([NewCoding(doc, codes[i % 2], text.index(f"第{i:03d}段"),
                                 text.index(f"第{i:03d}段") + 6) for i in range(200)])

    session.perform(None, code_all)
    pane = window.panes.panes[0]
    pane.show_document(doc)
    return window, pane, doc, text, codes


def full_spans(pane, doc):
    rows = pane.session.coding_spans(doc, pane.coder_only)
    return spans_of(rows, pane.view.omap, pane.session.code_colours())


def settle(view):
    for _ in range(100):
        if not view.loading():
            return
        QApplication.processEvents()
    raise AssertionError("the pages never ended")


def expected_highlights(pane, doc):
    return [(r["start"], r["end"], (r["code_id"],)) for r in pane.session.codings(doc)]


def test_the_first_page_shows_and_the_rest_follows(qtbot, paged):
    window, pane, doc, text, codes = paged
    view = pane.view
    assert view.loading() and 20 <= len(view.spans) < 200
    assert view.firstVisibleBlock().layout().formats()  # the first screen is coloured
    settle(view)
    assert view.spans == full_spans(pane, doc) and len(view.spans) == 200
    assert highlighted(view) == expected_highlights(pane, doc)


def test_codings_made_and_removed_while_pages_come_in_are_shown_once(qtbot, paged):
    window, pane, doc, text, codes = paged
    view, session = pane.view, window.session
    assert view.loading()
    early, late = text.index("第005段") + 8, text.index("第150段") + 8
    session.perform(None, lambda p: p.add_coding(doc, codes[2], early, early + 3))
    session.perform(None, lambda p: p.add_coding(doc, codes[2], late, late + 3))
    ids = {r["start"]: r["id"] for r in session.codings(doc)}
    session.perform(None, lambda p: p.remove_coding(ids[text.index("第003段")]))
    session.perform(None, lambda p: p.remove_coding(ids[text.index("第160段")]))
    QApplication.processEvents()
    assert view.loading()
    session.undo()  # the late removal comes back, before its page is read
    settle(view)
    assert view.spans == full_spans(pane, doc)
    assert len(view.spans) == 200 + 2 - 1
    assert len({s.coding_id for s in view.spans}) == len(view.spans)
    assert highlighted(view) == expected_highlights(pane, doc)


def test_a_jump_past_what_is_read_reads_the_rest_at_once(qtbot, paged):
    window, pane, doc, text, codes = paged
    view = pane.view
    assert view.loading()
    at = text.index("第190段")
    view.select_span(at, at + 2)  # code points
    assert not view.loading()
    assert view.spans == full_spans(pane, doc)
    block = view.document().findBlock(view.omap.to_utf16(at))
    assert block.layout().formats()  # coloured before Qt paints it
    stripes = view.visible_stripes()
    assert any(s.start == view.omap.to_utf16(at) for s, _, _, _ in stripes)


def test_a_tooltip_past_what_is_read_knows_its_codings(qtbot, paged):
    window, pane, doc, text, codes = paged
    view = pane.view
    at = view.omap.to_utf16(text.index("第120段") + 1)
    assert view.loading()
    assert [s.start for s in view.spans_at(at)] == [view.omap.to_utf16(text.index("第120段"))]
    assert not view.loading()


def test_another_document_or_a_filter_ends_the_pages(qtbot, paged):
    window, pane, doc, text, codes = paged
    view, session = pane.view, window.session
    other = next(d["id"] for d in session.project.documents() if d["id"] != doc)
    pane.show_document(other)
    for _ in range(20):
        QApplication.processEvents()
    assert not view.loading()
    assert view.spans == full_spans(pane, other)  # nothing of the long document
    pane.show_document(doc)
    assert view.loading()
    index = window.code_filter.findData(codes[1])
    assert index > 0
    window.code_filter.setCurrentIndex(index)
    window.code_filter.activated.emit(index)  # as a user's choice does
    for _ in range(5):
        QApplication.processEvents()
    assert not view.loading()
    assert view.spans == full_spans(pane, doc) and {s.code_id for s in view.spans} == {codes[1]}

