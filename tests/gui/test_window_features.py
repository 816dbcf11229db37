"""Filters, find, zoom, the view-filter hook and cancelling a worker operation."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt

from tests.gui.conftest import ASTRAL_TEXT, highlighted, rows


def test_filters_show_one_code_or_one_coder(qtbot, window, astral_project):
    view = window.panes.panes[0].view
    view.select_span(0, 3)
    qtbot.keyClicks(view, "1")
    view.select_span(5, 8)
    qtbot.keyClicks(view, "2")
    income = rows(astral_project, "SELECT id FROM codes WHERE name='居民增收'")[0][0]
    qtbot.waitUntil(lambda: window.code_filter.findData(income) >= 0)
    window.code_filter.setCurrentIndex(window.code_filter.findData(income))
    window._filters_changed()
    assert highlighted(view) == [(0, 3, (income,))]
    window.code_filter.setCurrentIndex(0)
    window._filters_changed()
    assert len(highlighted(view)) == 2
    window.session.set_filters(None, 999)  # a coder with no codings
    assert highlighted(view) == []
    window.session.set_filters(None, None)
    assert len(highlighted(view)) == 2


def test_find_in_document_selects_the_match(qtbot, window):
    pane = window.panes.panes[0]
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar.isVisible()
    pane.find_bar.edit.setText("社会保障")
    assert pane.find_bar.find()
    s = ASTRAL_TEXT.index("社会保障")
    assert pane.view.selection_span() == (s, s + 4)


def test_zoom_changes_the_text_size(window):
    view = window.panes.panes[0].view
    before = view.font().pointSizeF()
    window.zoom(2)
    assert view.font().pointSizeF() > before
    window.zoom(-2)
    assert view.font().pointSizeF() == before


def test_view_filter_hook_sees_mouse_events(qtbot, astral_project, monkeypatch):
    from desktop_app.gui.document.pane import DocumentPane
    from tests.gui.conftest import make_window

    seen = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.MouseButtonDblClick:
                seen.append(obj)
            return False

    monkeypatch.setattr(DocumentPane, "view_filter_factories", [lambda view: Spy()])
    w = make_window(qtbot, astral_project)
    view = w.panes.panes[0].view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect().center())
    assert seen and seen[0] is view.viewport()
    w.close()


def test_operation_cancel_stops_the_worker_without_error(qtbot, window):
    from desktop_app.core.errors import BiaozhuError
    from desktop_app.core.messages import Message
    from desktop_app.gui.ops import Op, in_dialog

    calls = {"success": 0, "error": 0, "steps": 0}

    def work(task):
        for i in range(10_000):
            calls["steps"] = i
            if task.progress(i, 10_000, "step") is False:
                raise BiaozhuError(Message("export cancelled; no file was written"))
            time.sleep(0.001)
        return "done"

    op = Op(work).success(lambda r: calls.__setitem__("success", 1)) \
        .failure(lambda e: calls.__setitem__("error", 1))
    in_dialog(window, op, "Working…")
    qtbot.waitUntil(lambda: calls["steps"] > 5)
    with qtbot.waitSignal(op.finished, timeout=10000):
        op.cancel()
    assert calls["success"] == 0 and calls["error"] == 0
    assert op.cancelled and isinstance(op.error, BiaozhuError)
    assert calls["steps"] < 9_999


def test_operation_failure_gets_the_exception_and_a_bug_is_logged(qtbot, caplog):
    from desktop_app.core.errors import BiaozhuError
    from desktop_app.core.messages import Message
    from desktop_app.gui.ops import Op, describe

    got: list[BaseException] = []
    known = Op(lambda task: (_ for _ in ()).throw(BiaozhuError(Message("nothing to export"))))
    with qtbot.waitSignal(known.failure(got.append).run().finished, timeout=10000):
        pass
    assert isinstance(got[0], BiaozhuError) and got[0].message == Message("nothing to export")
    assert describe(got[0]) == "nothing to export"

    def bug(task):
        raise ZeroDivisionError("boom")

    with caplog.at_level("ERROR", logger="biaozhu.ops"):
        op = Op(bug).failure(got.append).run()
        with qtbot.waitSignal(op.finished, timeout=10000):
            pass
    assert isinstance(got[1], ZeroDivisionError)
    assert "ZeroDivisionError: boom" in describe(got[1])
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
