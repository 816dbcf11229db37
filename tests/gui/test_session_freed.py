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
