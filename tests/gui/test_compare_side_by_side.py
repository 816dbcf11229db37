"""Compare coders side by side: one document in two panes, each restricted to one coder's
codings (highlights, margin, codings line, tooltips), scrolled together; the restriction lifts,
coding and undo keep working in a restricted pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from desktop_app.core.paths import seeds_dir
from desktop_app.core.project import create_project
from desktop_app.gui.window.linked_panes import top_position
from tests.gui.conftest import highlighted, make_window, rows


def seed_text() -> str:
    """The long seed document with characters outside the BMP at the start of paragraphs."""
    text = (seeds_dir() / "002_293c53b2b8ac09bd.txt").read_text(encoding="utf-8")
    paras = [p for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    marks = "𠮷😀𠀀"
    return "\n".join(marks[i % 3] + p for i, p in enumerate(paras)) + "\n"


@pytest.fixture
def pair_project(tmp_path: Path):
    """alice and bob code the seed document differently; bob's codings come first in the text
    where alice has none (a disagreement), and both code one passage alike."""
    path = tmp_path / "pair.biaozhu"
    text = seed_text()
    with create_project(path, coder="alice") as p:
        doc = p.add_document("无差别城乡", text)
        other = p.add_document("第二篇", "另一篇文件，内容不同。😀城乡融合发展。")
        x, y = p.codes()[0]["id"], p.codes()[1]["id"]
        paras = [i for i, ch in enumerate(text) if ch in "𠮷😀𠀀"]
        assert len(paras) > 20
        # alice: the first character (astral) plus some of each of several paragraphs
        a_spans = [(paras[i], paras[i] + 9) for i in (0, 4, 8, 16)]
        for s, e in a_spans:
            p.add_coding(doc, x, s, e)
        p.coder = "bob"
        b_spans = [(paras[i] + 2, paras[i] + 12) for i in (2, 4, 12, 20)]
        for s, e in b_spans:
            p.add_coding(doc, y, s, e)
        p.add_coding(doc, x, paras[8], paras[8] + 9)  # the same as alice's
        ids = {name: p.coder_id(name, create=False) for name in ("alice", "bob")}
    return {"path": path, "doc": doc, "other": other, "text": text, "x": x, "y": y,
            "paras": paras, "alice": ids["alice"], "bob": ids["bob"]}


def codings_of(path: Path, doc: int, coder: int) -> list[tuple[int, int, int]]:
    return [tuple(r) for r in rows(path, 'SELECT id, start, "end" FROM codings WHERE document_id=? '
                                   "AND coder_id=? ORDER BY start, \"end\", id", (doc, coder))]


def big_window(qtbot, path: Path, language: str = "en"):
    """A window wide enough for a third pane (the first window fits the screen, 800 px
    offscreen)."""
    window = make_window(qtbot, path, language=language)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600, timeout=2000)
    return window


def open_compare(qtbot, window):
    window.compare.action.trigger()
    panel = window.compare.panel
    qtbot.waitUntil(lambda: not panel.taskbar.busy() and panel.model_.rowCount() > 0, timeout=10_000)
    assert (panel.coder_a.currentText(), panel.coder_b.currentText()) == ("alice", "bob")
    return panel


def press_side_by_side(qtbot, window, panel, row: int | None = 0):
    if row is None:
        panel.table.clearSelection()
    else:
        panel.table.selectRow(row)
    assert panel.side_button.isEnabled()
    qtbot.mouseClick(panel.side_button, Qt.MouseButton.LeftButton)
    pair = window.compare.linked_panes()
    assert pair is not None
    qtbot.wait(30)  # the new pane is laid out
    for pane in pair:
        pane.view.highlighter.finish()
    return pair


def shown(view) -> list[tuple[int, int, int]]:
    """(coding id, start, end) of the spans a view holds, in code points."""
    om = view.omap
    out = [(s.coding_id, om.to_code_point(s.start), om.to_code_point(s.end)) for s in view.spans]
    return sorted(out, key=lambda c: (c[1], c[2], c[0]))


def expected_highlights(codings: list[tuple[int, int, int]], codes: dict[int, int]):
    """What the highlighter should draw for these codings: runs of (start, end, code ids)."""
    at: dict[int, set[int]] = {}
    for cid, s, e in codings:
        for i in range(s, e):
            at.setdefault(i, set()).add(codes[cid])
    out: list[list] = []
    for i in sorted(at):
        key = tuple(sorted(at[i]))
        if out and out[-1][1] == i and out[-1][2] == key:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1, key])
    return [tuple(x) for x in out]


def code_ids_at(view, cp: int) -> list[int]:
    """The code ids of the highlight format the layout carries at code point `cp`."""
    u16 = view.omap.to_utf16(cp)
    block = view.document().findBlock(u16)
    ranges = block.layout().formats()  # kept: the formats live as long as the list
    for fr in ranges:
        if fr.start <= u16 - block.position() < fr.start + fr.length:
            fmt = QTextCharFormat(fr.format)
            return list(fmt.property(QTextCharFormat.Property.UserProperty) or [])
    return []


def test_side_by_side_restricts_each_pane_to_one_coder_and_links_their_scrolling(qtbot, pair_project):
    d = pair_project
    path, doc = d["path"], d["doc"]
    window = big_window(qtbot, path)
    panel = open_compare(qtbot, window)
    before = len(window.panes.panes)
    row = panel.model_.row(0)
    assert row["document_id"] == doc
    left, right = press_side_by_side(qtbot, window, panel, 0)
    assert len(window.panes.panes) == before + 1  # the pane showing it, and one beside it
    i = window.panes.panes.index(left)
    assert window.panes.panes[i + 1] is right
    assert left.document_id == right.document_id == doc
    assert (left.coder_only, right.coder_only) == (d["alice"], d["bob"])
    assert left.width() == right.width()  # equally wide: the lines wrap alike

    # each pane holds exactly its coder's codings, at the right places
    alices, bobs = codings_of(path, doc, d["alice"]), codings_of(path, doc, d["bob"])
    assert shown(left.view) == alices and shown(right.view) == bobs
    for pane, mine in ((left, alices), (right, bobs)):
        for cid, s, e in mine:
            assert d["text"][s:e] == window.session.project.document_text(doc)[s:e]
            span = next(x for x in pane.view.spans if x.coding_id == cid)
            assert (span.start, span.end) == (pane.view.omap.to_utf16(s), pane.view.omap.to_utf16(e))
    code_of = {r[0]: r[1] for r in rows(path, "SELECT id, code_id FROM codings")}
    assert highlighted(left.view) == expected_highlights(alices, code_of)
    assert highlighted(right.view) == expected_highlights(bobs, code_of)
    # a passage only bob coded: coloured on the right, plain on the left
    paras = d["paras"]
    bob_only = paras[2] + 3
    assert code_ids_at(right.view, bob_only) == [d["y"]] and code_ids_at(left.view, bob_only) == []
    alice_only = paras[0]  # an astral character
    assert d["text"][alice_only] == "𠮷"
    assert code_ids_at(left.view, alice_only) == [d["x"]] and code_ids_at(right.view, alice_only) == []
    # the codings line and the tooltips name only the pane's coder
    left.show_codings_at(paras[4] + 5)  # both coded here (different codes)
    right.show_codings_at(paras[4] + 5)
    assert "alice" in left.info.text() and "bob" not in left.info.text()
    assert "bob" in right.info.text() and "alice" not in right.info.text()
    every = [c for c, *_ in alices + bobs]
    assert all("alice" in line for line in left.describe_codings(every))
    assert len(left.describe_codings(every)) == len(alices)
    assert all("bob" in line for line in right.describe_codings(every))
    # the headers say whose codings they show
    assert left.coder_badge.isVisible() and left.coder_badge.label.text() == "Only: alice"
    assert right.coder_badge.label.text() == "Only: bob"
    assert left.coder_badge.link_mark.isVisible() and right.coder_badge.link_mark.isVisible()
    # both flashed the passage of the disagreement
    assert left.view.selection_span() == right.view.selection_span() == (row["start"], row["end"])

    # scrolling one scrolls the other to the same text (the same top line)
    bar = left.view.verticalScrollBar()
    assert bar.maximum() > 20
    for value in (bar.maximum() // 2, bar.maximum() // 3, 5):
        bar.setValue(value)
        assert top_position(left.view) > 0
        assert top_position(right.view) == top_position(left.view)
    right.view.verticalScrollBar().setValue(bar.maximum() // 4)
    assert top_position(left.view) == top_position(right.view) > 0
    # a different width (the right pane narrower): the left's top character is on the
    # right's top line
    sizes = window.panes.sizes()
    sizes[i], sizes[i + 1] = sizes[i] + 150, sizes[i + 1] - 150
    window.panes.setSizes(sizes)
    qtbot.wait(30)
    for value in (bar.maximum() // 2, bar.maximum() // 5):
        bar.setValue(value)
        first = top_position(left.view)
        block = right.view.document().findBlock(first)
        line = block.layout().lineForTextPosition(first - block.position())
        assert line.isValid() and top_position(right.view) == block.position() + line.textStart()
        assert 0 <= first - top_position(right.view) < 40

    # pressing again reuses the same two panes
    count = len(window.panes.panes)
    assert press_side_by_side(qtbot, window, panel, 1) == (left, right)
    assert len(window.panes.panes) == count
    r1 = panel.model_.row(1)
    assert left.view.selection_span() == right.view.selection_span() == (r1["start"], r1["end"])
    # a click on a disagreement flashes it in both linked panes
    r0 = panel.model_.row(0)
    rect = panel.table.visualRect(panel.model_.index(0, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert left.view.selection_span() == right.view.selection_span() == (r0["start"], r0["end"])

    # lifting the restriction shows every coder's codings and unlinks
    qtbot.mouseClick(right.coder_badge.lift_btn, Qt.MouseButton.LeftButton)
    assert right.coder_only is None and not right.coder_badge.isVisible()
    right.view.highlighter.finish()
    assert shown(right.view) == sorted(alices + bobs, key=lambda c: (c[1], c[2], c[0]))
    assert code_ids_at(right.view, alice_only) == [d["x"]]
    assert window.compare.linked_panes() is None
    assert not left.coder_badge.link_mark.isVisible()
    right.view.verticalScrollBar().setValue(0)
    bar.setValue(bar.maximum() // 2)
    assert right.view.verticalScrollBar().value() == 0  # no longer follows
    window.close()


def test_coding_and_undo_in_restricted_panes(qtbot, pair_project):
    d = pair_project
    path, doc = d["path"], d["doc"]
    window = big_window(qtbot, path)
    panel = open_compare(qtbot, window)
    left, right = press_side_by_side(qtbot, window, panel, 0)
    assert window.session.project.coder == "alice"
    paras = d["paras"]
    start, end = paras[6], paras[6] + 5  # starts with an astral character, coded by no one
    assert d["text"][start] in "𠮷😀𠀀"

    # alice codes in bob's pane: her coding is saved, shown in her pane, hidden in bob's, and
    # bob's pane says so
    right.view.select_span(start, end)
    right.view.setFocus()
    qtbot.keyClick(right.view, Qt.Key.Key_1)
    new = rows(path, 'SELECT id, code_id, coder_id FROM codings WHERE document_id=? AND start=? '
               'AND "end"=?', (doc, start, end))
    assert len(new) == 1 and new[0][2] == d["alice"]
    coding_id = new[0][0]
    assert coding_id not in {s.coding_id for s in right.view.spans}
    assert coding_id in {s.coding_id for s in left.view.spans}
    left.view.highlighter.finish()
    assert code_ids_at(left.view, start) == [new[0][1]] and code_ids_at(right.view, start) == []
    assert "hidden" in right.info.text() and "alice" in right.info.text()
    assert window.compare.linked_panes() == (left, right)  # coding keeps the link

    # undo takes it away everywhere
    window.activateWindow()
    qtbot.keyClick(right.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(path, "SELECT id FROM codings WHERE id=?", (coding_id,)) == []
    assert coding_id not in {s.coding_id for s in left.view.spans}
    assert code_ids_at(left.view, start) == []
    # redo brings it back in alice's pane only
    window.session.redo()
    assert coding_id in {s.coding_id for s in left.view.spans}
    assert coding_id not in {s.coding_id for s in right.view.spans}

    # as bob, a coding in bob's pane shows there at once, not in alice's
    window.set_coder("bob")
    s2, e2 = paras[10], paras[10] + 4
    right.view.select_span(s2, e2)
    qtbot.keyClick(right.view, Qt.Key.Key_2)
    made = rows(path, 'SELECT id, coder_id FROM codings WHERE start=? AND "end"=?', (s2, e2))
    assert len(made) == 1 and made[0][1] == d["bob"]
    assert made[0][0] in {s.coding_id for s in right.view.spans}
    assert made[0][0] not in {s.coding_id for s in left.view.spans}
    assert "hidden" not in right.info.text()
    right.view.highlighter.finish()
    assert code_ids_at(right.view, s2) == [d["y"]]
    # the window's coder filter applies on top: showing only bob's empties alice's pane
    window.session.set_filters(None, d["bob"])
    assert left.view.spans == [] and {s.coding_id for s in right.view.spans} == \
        {c for c, *_ in codings_of(path, doc, d["bob"])}
    window.session.set_filters(None, None)
    assert shown(left.view) == codings_of(path, doc, d["alice"])
    window.close()


def test_another_document_or_closing_a_pane_unlinks(qtbot, pair_project):
    d = pair_project
    window = big_window(qtbot, d["path"])
    panel = open_compare(qtbot, window)
    left, right = press_side_by_side(qtbot, window, panel, 0)
    right.show_document(d["other"])
    assert window.compare.linked_panes() is None
    assert right.coder_only == d["bob"]  # the restriction stays, and says so
    assert right.coder_badge.label.text() == "Only: bob"
    # again: the pane showing the document gets a partner; the old right pane is not reused
    left2, right2 = press_side_by_side(qtbot, window, panel, 0)
    assert left2.document_id == right2.document_id == d["doc"] and right2 is not right
    n = len(window.panes.panes)
    window.panes.close_pane(right2)
    qtbot.wait(10)
    assert window.compare.linked_panes() is None and len(window.panes.panes) == n - 1
    assert not left2.coder_badge.link_mark.isVisible()
    left2.view.verticalScrollBar().setValue(3)  # nothing follows, nothing breaks
    window.close()


def test_without_a_selected_disagreement_the_active_panes_document(qtbot, pair_project):
    d = pair_project
    window = big_window(qtbot, d["path"])
    panel = open_compare(qtbot, window)
    other_pane = window.panes.pane_showing(d["other"])
    assert other_pane is not None
    other_pane.view.setFocus()
    qtbot.waitUntil(lambda: window.panes.active is other_pane, timeout=2000)
    left, right = press_side_by_side(qtbot, window, panel, None)
    assert left is other_pane and left.document_id == right.document_id == d["other"]
    assert left.view.spans == [] and right.view.spans == []  # no one coded it
    window.close()


def test_side_by_side_in_chinese(qtbot, pair_project):
    d = pair_project
    window = big_window(qtbot, d["path"], language="zh_CN")
    panel = open_compare(qtbot, window)
    assert panel.side_button.text() == "并排比较"
    left, right = press_side_by_side(qtbot, window, panel, 0)
    assert left.coder_badge.label.text() == "仅显示：alice"
    assert right.coder_badge.lift_btn.text() == "显示全部"
    window.set_language("en")
    assert left.coder_badge.label.text() == "Only: alice" and panel.side_button.text() == "Side by side"
    window.close()


def test_restriction_survives_a_reload_of_the_pane(qtbot, pair_project):
    """A change that is not only codings (a new code) re-reads the pane: still one coder."""
    d = pair_project
    window = make_window(qtbot, d["path"])
    pane = window.panes.pane_showing(d["doc"])
    pane.set_coder_only(d["bob"])
    bobs = codings_of(d["path"], d["doc"], d["bob"])
    assert shown(pane.view) == bobs
    window.session.perform(None, lambda p: p.add_code("新代码"))
    assert shown(pane.view) == bobs
    window.session.undo()
    assert shown(pane.view) == bobs
    window.close()


def test_a_small_window_compares_in_the_pane_beside_instead_of_adding_one(qtbot, pair_project):
    d = pair_project
    window = make_window(qtbot, d["path"])
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024, timeout=2000)
    panel = open_compare(qtbot, window)
    assert [p.document_id for p in window.panes.panes] == [d["doc"], d["other"]]
    left, right = press_side_by_side(qtbot, window, panel, 0)
    assert window.panes.panes == [left, right]  # no third pane squeezed in
    assert left.document_id == right.document_id == d["doc"]
    assert (left.coder_only, right.coder_only) == (d["alice"], d["bob"])
    assert window.width() <= 1024 and left.width() == right.width()
    window.close()


def test_a_closed_project_after_side_by_side_leaves_no_session_alive(qtbot, pair_project):
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window = big_window(qtbot, pair_project["path"])
    panel = open_compare(qtbot, window)
    left, right = press_side_by_side(qtbot, window, panel, 0)
    press_side_by_side(qtbot, window, panel, 1)  # a second link replaces the first
    session = weakref.ref(window.session)
    panes = [weakref.ref(left), weakref.ref(right)]
    del left, right, panel
    window.set_project(None)
    assert window.compare.link is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    assert session() is None and all(p() is None for p in panes)
    window.close()
