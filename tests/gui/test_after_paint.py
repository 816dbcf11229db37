"""Work that waits for a widget's paint (the segments list, the next pages of codings) runs
after it, not before: the first screen of a document is not delayed by it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.widgets.after_paint import after_next_paint


class Order(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_it_runs_once_after_the_paint_or_without_one_after_a_while(qtbot):
    log: list[str] = []
    shown = QWidget()
    qtbot.addWidget(shown)
    order = Order(log)
    shown.installEventFilter(order)
    after_next_paint(shown, lambda: log.append("work"))
    QApplication.processEvents()
    assert log == []  # not shown: no paint, and not yet
    shown.show()
    qtbot.waitUntil(lambda: "work" in log, timeout=2000)
    assert log[0] == "paint" and log.count("work") == 1
    shown.update()
    qtbot.wait(150)
    assert log.count("work") == 1  # once
    hidden = QWidget()
    qtbot.addWidget(hidden)
    done: list[int] = []
    after_next_paint(hidden, lambda: done.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: done == [1], timeout=2000)  # it never paints: the fallback
    gone = QWidget()
    after_next_paint(gone, lambda: done.append(2), fallback_ms=30)
    gone.deleteLater()
    qtbot.wait(100)
    assert done == [1]  # deleted first: never


def test_the_segments_list_is_read_after_the_first_screen(qtbot, astral_project):
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[bool] = []

    class AtPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(window._segments_loaded)
            return False

    at_paint = AtPaint()
    assert window.files.open_project(str(astral_project))
    window.panes.panes[0].view.viewport().installEventFilter(at_paint)
    qtbot.waitUntil(lambda: window._segments_loaded, timeout=2000)
    assert seen == [False]  # the text was painted before the list was read
    assert window.segments.model_.rowCount() == len(window.session.project.codings())
    window.close()


def test_a_coding_before_the_list_is_read_is_in_it(qtbot, astral_project):
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(language="en")  # not shown: its list waits (for a paint, or a while)
    qtbot.addWidget(window)
    assert window.files.open_project(str(astral_project))
    assert not window._segments_loaded
    pane = window.panes.panes[0]
    income = window.session.project.resolve_code("居民增收")
    window.session.perform(None, lambda p: p.add_coding(pane.document_id, income, 0, 2))
    assert window._segments_loaded  # read at once, with the new coding
    keys = [window.segments.model_.key(i) for i in range(window.segments.model_.rowCount())]
    assert sorted(k[3] for k in keys) == sorted(c["id"] for c in window.session.project.codings())
    qtbot.wait(200)  # the waiting read comes too, and changes nothing
    assert [window.segments.model_.key(i) for i in range(window.segments.model_.rowCount())] == keys
    window.close()
