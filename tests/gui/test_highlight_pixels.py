"""What the text view draws, read back as pixels: a coding action repaints only its block
(no relayout) and the colour is on screen; removing it, or a memo (bold: a relayout), shows
too. The format checks elsewhere read the layout's formats; these read the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.gui.document.spans import tint
from tests.gui.conftest import ASTRAL_TEXT, rows


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def pixel_at(view, cp: int) -> QColor:
    """The background colour drawn under character `cp` (code points), a little right of
    the cursor position and away from the text's strokes."""
    QApplication.processEvents()
    c = QTextCursor(view.document())
    c.setPosition(view.omap.to_utf16(cp))
    r = view.cursorRect(c)
    img = view.viewport().grab().toImage()
    # the most common colour of a few pixels across the character's top: its background,
    # not one of its strokes
    samples = [img.pixelColor(r.x() + dx, r.top() + dy).name() for dx in (2, 4, 6, 8)
               for dy in (1, 2)]
    return QColor(max(set(samples), key=samples.count))


def close(a: QColor, rgb: tuple[int, int, int], slack: int = 12) -> bool:
    return all(abs(x - y) <= slack for x, y in zip((a.red(), a.green(), a.blue()), rgb,
                                                   strict=True))


def test_a_coding_is_drawn_by_repainting_its_block_only(qtbot, window, astral_project):
    pane = window.panes.panes[0]
    view = pane.view
    at = ASTRAL_TEXT.index("第二段")  # the second line: a block of its own
    income = window.session.project.resolve_code("居民增收")
    # a first coding elsewhere: the margin gets its bracket column (a re-wrap, drawn whole)
    window.session.perform(None, lambda p: p.add_coding(pane.document_id, income, 0, 2))
    QApplication.processEvents()
    background = pixel_at(view, at + 1)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    view.select_span(at, at + 3)
    QApplication.processEvents()
    view.setFocus()
    paints.rects.clear()
    qtbot.keyClick(view, Qt.Key.Key_2)  # 社会保障
    QApplication.processEvents()
    drawn = list(paints.rects)  # (before the grab below, which draws the whole view)
    colour = window.session.project.code(window.session.project.resolve_code("社会保障"))["colour"]
    assert rows(astral_project, 'SELECT start, "end" FROM codings ORDER BY id') == [
        (0, 2), (at, at + 3)]
    assert close(pixel_at(view, at + 1), tint(colour))
    full = view.viewport().rect()
    assert drawn and all(r.height() < full.height() / 2 for r in drawn), drawn

    block = view.document().findBlock(view.omap.to_utf16(at))
    paints.rects.clear()
    window.undo()  # nothing else moves (no selection, no scroll): the block alone is drawn
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    drawn = list(paints.rects)
    area = view.blockBoundingGeometry(block).translated(view.contentOffset()).toAlignedRect()
    assert any(r.intersects(area) for r in drawn), (drawn, area)
    assert close(pixel_at(view, at + 1), (background.red(), background.green(),
                                          background.blue()))


def test_a_memo_mark_relays_the_block_out_and_shows(qtbot, window, astral_project):
    view = window.panes.panes[0].view
    at = ASTRAL_TEXT.index("第三段")
    session = window.session
    income = session.project.resolve_code("居民增收")
    cid = session.perform(None, lambda p: p.add_coding(view_doc(window), income, at, at + 3))
    QApplication.processEvents()
    layout = view.document().findBlock(view.omap.to_utf16(at)).layout()
    session.perform(None, lambda p: p.set_memo(cid, "备注"))
    QApplication.processEvents()
    bold = [r for r in layout.formats() if r.format.fontOverline()]
    assert len(bold) == 1 and bold[0].start == 0  # the mark on the coding's first character
    colour = session.project.code(income)["colour"]
    assert close(pixel_at(view, at + 1), tint(colour))
    session.perform(None, lambda p: p.set_memo(cid, ""))
    QApplication.processEvents()
    assert not [r for r in layout.formats() if r.format.fontOverline()]
    assert close(pixel_at(view, at + 1), tint(colour))


def view_doc(window) -> int:
    return window.panes.panes[0].document_id


def test_the_margins_kept_stripes_follow_scroll_zoom_resize_and_codings(qtbot, window):
    """The margin's stripes are kept between repaints; every change of what is on screen
    makes them again (compared with stripes computed afresh)."""
    pane = window.panes.panes[0]
    view = pane.view
    long_text = "".join(f"第{i}段，城乡居民收入增加，社会保障体系健全。" * 6 + "\n" for i in range(80))
    session = window.session
    doc = session.perform(None, lambda p: p.add_document("长文", long_text))
    pane.show_document(doc)
    income = session.project.resolve_code("居民增收")
    for i in range(60):  # every paragraph, into the next one
        at = long_text.index(f"第{i}段")
        session.perform(None, lambda p, at=at: p.add_coding(doc, income, at, at + 160))
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()

    def fresh():
        view._stripes = None
        return view.visible_stripes()

    def check():
        QApplication.processEvents()
        kept = view.visible_stripes()
        assert kept == fresh() and kept

    check()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    check()
    view.zoom(2)
    check()
    window.resize(window.width() - 120, window.height())
    check()
    at = view.omap.to_code_point(view.first_visible()) + 2  # a coding on screen: new stripes
    before = view.visible_stripes()
    session.perform(None, lambda p: p.add_coding(doc, income, at, at + 5))
    check()
    assert view.visible_stripes() != before


def test_a_coding_in_a_long_paragraph_redraws_its_lines_not_the_paragraph(qtbot, window):
    pane = window.panes.panes[0]
    view = pane.view
    session = window.session
    para = "城乡居民收入持续增长，社会保障体系更加健全。" * 30 + "\n"
    doc = session.perform(None, lambda p: p.add_document("长段", para))
    pane.show_document(doc)
    income = session.project.resolve_code("居民增收")
    session.perform(None, lambda p: p.add_coding(doc, income, 0, 2))  # the margin's column
    QApplication.processEvents()
    block = view.document().firstBlock()
    height = view.document().documentLayout().blockBoundingRect(block).height()
    assert block.layout().lineCount() > 6  # a paragraph of many lines
    paints = Paints()
    view.viewport().installEventFilter(paints)
    at = 200
    session.perform(None, lambda p: p.add_coding(doc, income, at, at + 3))
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    line = view.fontMetrics().lineSpacing()
    assert all(r.height() <= 3 * line + 4 for r in paints.rects), (paints.rects, line, height)
    colour = session.project.code(income)["colour"]
    assert close(pixel_at(view, at + 1), tint(colour))


def margin_on_screen(window, view):
    """The margin's pixels as last painted (the window's backing store, not a new paint)."""
    QApplication.processEvents()
    shot = window.screen().grabWindow(window.winId()).toImage()
    m = view.margin
    at = m.mapTo(window, m.rect().topLeft())
    ratio = shot.width() / window.width()
    return shot.copy(int(at.x() * ratio), int(at.y() * ratio), int(m.width() * ratio),
                     int(m.height() * ratio))


def test_a_coding_repaints_the_margin_where_brackets_moved_and_nowhere_else(qtbot, window):
    """A new coding that starts before a bracket pushes it into the next column, and the
    bracket that shared its lines comes back to the first, below the new coding's lines: the
    margin is drawn again where brackets changed, and what it shows then equals a margin
    drawn whole."""
    pane = window.panes.panes[0]
    view = pane.view
    session = window.session
    lines = [f"第{i}行，城乡居民收入增加。" for i in range(40)]
    text = "\n".join(lines) + "\n"
    doc = session.perform(None, lambda p: p.add_document("多行", text))
    pane.show_document(doc)
    income = session.project.resolve_code("居民增收")
    starts = [text.index(f"第{i}行") for i in range(40)]
    # lines 4-8 and 7-14 overlap (two columns already); 0-1 and 16 stay where they are
    for a, b in ((0, 1), (4, 8), (7, 14), (16, 16)):
        session.perform(None, lambda p, a=a, b=b: p.add_coding(doc, income, starts[a] + 2,
                                                                starts[b] + 6))
    qtbot.waitUntil(lambda: bool(view.visible_stripes()), timeout=2000)
    QApplication.processEvents()
    paints = Paints()
    view.margin.installEventFilter(paints)
    view.select_span(starts[3], starts[5] + 3)  # lines 3-5: before the bracket of 4-8
    QApplication.processEvents()
    before = {s.coding_id: lane for s, lane, _, _ in view.visible_stripes()}
    view.setFocus()  # (the frame's focus repaint draws the whole margin)
    QApplication.processEvents()
    paints.rects.clear()
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    shown = margin_on_screen(window, view)
    after = {s.coding_id: lane for s, lane, _, _ in view.visible_stripes()}
    moved = [c for c in before if after[c] != before[c]]
    assert len(moved) == 2  # 4-8 to the second column, 7-14 back to the first
    stripes = {s.coding_id: (top, bottom) for s, _, top, bottom in view.visible_stripes()}
    drawn = paints.rects
    for c in [*moved, max(after)]:  # each moved bracket and the new one: drawn again
        top, bottom = stripes[c]
        top, bottom = max(top, 0), min(bottom, view.margin.height() - 1)  # its part on screen
        assert any(r.top() <= top and r.bottom() >= bottom for r in drawn), (c, drawn)
    untouched = [stripes[c] for c in before if c not in moved]
    assert untouched  # a bracket that stays where it was, on screen
    assert not any(r.intersects(QRect(0, t, 20, b - t)) for r in drawn for t, b in untouched)
    view.margin.repaint()  # the whole margin from scratch
    assert margin_on_screen(window, view) == shown

    paints.rects.clear()
    window.undo()  # the bracket goes, the two others move back
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    shown = margin_on_screen(window, view)
    assert {s.coding_id: lane for s, lane, _, _ in view.visible_stripes()} == before
    assert not any(r.intersects(QRect(0, t, 20, b - t)) for r in paints.rects
                   for t, b in untouched)
    view.margin.repaint()
    assert margin_on_screen(window, view) == shown

    paints.rects.clear()
    window.redo()  # back, with no selection cleared: only the brackets' own rows are drawn
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    shown = margin_on_screen(window, view)
    assert {s.coding_id: lane for s, lane, _, _ in view.visible_stripes()} == after
    view.margin.repaint()
    assert margin_on_screen(window, view) == shown
