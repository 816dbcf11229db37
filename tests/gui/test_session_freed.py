"""A closed project and its session, models and panes are freed: opening and closing ten
projects leaves no session of the earlier ones alive."""

from __future__ import annotations

import gc
import weakref

from tests.gui.conftest import make_window


def test_ten_projects_opened_and_closed_leave_no_session_alive(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.project import create_project

    window = make_window(qtbot, None)
    alive: list[weakref.ref] = []
    projects: list[weakref.ref] = []
    try:
        for i in range(10):
            path = tmp_path / f"p{i}.biaozhu"
            with create_project(path, coder="alice") as p:
                p.add_document(f"文档{i}", "城乡居民收入增加。" * 200)
            assert window.files.open_project(str(path))
            QApplication.processEvents()
            alive.append(weakref.ref(window.session))
            projects.append(weakref.ref(window.session.project))
            window.text.open_search() if hasattr(window.text, "open_search") else None
            window.set_project(None)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
        gc.collect()
        assert [r for r in alive if r() is not None] == []
        assert [r for r in projects if r() is not None] == []
    finally:
        window.close()


def test_a_documents_spans_are_kept_out_of_later_collections_until_the_project_closes(
        qtbot, tmp_path):
    """The spans (named tuples, never untracked by the GC) are made with the collector paused
    and frozen: no full collection runs while a document of many codings opens, and a closed
    project's objects go back to the collector (its session is then freed)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.project import create_project
    from desktop_app.core.project.codings import NewCoding

    path = tmp_path / "many.biaozhu"
    with create_project(path, coder="alice") as p:
        doc = p.add_document("长文", "城乡居民收入稳步增长。\n" * 3000)
        code = p.add_code("收入")
        p.add_codings([NewCoding(doc, code, i * 3, i * 3 + 2) for i in range(10_000)])
    full: list[int] = []

    def seen(phase, info):
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    window = make_window(qtbot, None)
    gc.callbacks.append(seen)
    try:
        assert gc.get_freeze_count() == 0
        assert window.files.open_project(str(path))
        # every page read (no reference to the view kept here: it would keep the session)
        qtbot.waitUntil(lambda: not window.panes.active.view.loading(), timeout=5000)
        shown = len(window.panes.active.view.spans)
        assert shown == 10_000 and full == []
        assert gc.get_freeze_count() >= shown
        session = weakref.ref(window.session)
        window.set_project(None)
        assert gc.get_freeze_count() == 0
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
        assert session() is None
    finally:
        gc.callbacks.remove(seen)
        window.close()
