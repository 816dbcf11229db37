"""File menu: import (worker, summary of refusals), export to Excel (worker), open errors."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import make_window, rows


def test_import_with_refused_file_shows_summary_and_is_undoable(qtbot, window, astral_project,
                                                                 tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    good = tmp_path / "新文件.txt"
    good.write_text("共同富裕𠮷示范区建设的新文件。", encoding="utf-8")
    bad = tmp_path / "旧.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    op = window.files.import_documents([str(good), str(bad), str(empty)])
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert rows(astral_project, "SELECT title FROM documents ORDER BY id")[-1] == ("新文件",)
    summary = shown[-1]
    assert "1 of 3 file(s) imported" in summary
    assert "旧.doc" in summary and ".docx" in summary
    assert "empty.txt: " in summary
    qtbot.waitUntil(lambda: window.doc_list.model_.rowCount() == 3)
    assert window.panes.panes[0].chooser.count() == 3
    window.undo()  # the whole import is one undo step
    assert rows(astral_project, "SELECT COUNT(*) FROM documents") == [(2,)]


def test_export_to_excel_runs_on_worker_and_offers_folder(qtbot, window, astral_project,
                                                          tmp_path, monkeypatch):
    import openpyxl

    from desktop_app.gui.dialogs import prompts

    pane = window.panes.panes[0]
    pane.view.select_span(1, 4)
    qtbot.keyClicks(pane.view, "1")
    asked, opened = [], []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(prompts, "open_folder", opened.append)
    out = tmp_path / "out" / "结果.xlsx"
    out.parent.mkdir()
    op = window.files.export_excel(str(out))
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert out.exists()
    wb = openpyxl.load_workbook(out, read_only=True)
    values = [c for row in wb.worksheets[0].iter_rows(values_only=True) for c in row]
    assert "野家的" in values
    assert str(out) in asked[-1]
    assert opened == [str(out.parent)]


def test_export_error_is_shown_not_raised(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    op = window.files.export_excel(str(tmp_path / "no" / "such" / "folder" / "x.xlsx"))
    if op is not None:
        with qtbot.waitSignal(op.finished, timeout=30000):
            pass
    assert errors and "x.xlsx" in errors[-1]


def test_open_bad_project_names_the_file(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    bad = tmp_path / "broken.biaozhu"
    bad.write_text("not a database", encoding="utf-8")
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    before = window.session.path
    assert not window.files.open_project(str(bad))
    assert "broken.biaozhu" in errors[-1] and "not a Biaozhu project" in errors[-1]
    assert window.session.path == before  # the open project stays


def test_new_project_and_recent(qtbot, window, tmp_path):
    from desktop_app.gui import settings

    path = tmp_path / "新项目"
    assert window.files.new_project(str(path))
    assert window.session.path == str(path) + ".biaozhu"
    assert Path(window.session.path).exists()
    assert str(Path(window.session.path).resolve()) in [str(Path(p).resolve())
                                                         for p in settings.recent_projects()]
    assert window.tree.model_.rowCount() == 4  # the default codebook


def test_first_run_opens_demo_side_by_side_without_dialog(qtbot, monkeypatch):
    from desktop_app.gui import app

    window = app.create_window(None)
    qtbot.addWidget(window)
    window.show()
    titles = [p.chooser.currentText() for p in window.panes.panes]
    assert len(titles) == 2 and titles[0].startswith("以红船精神") and titles[1].startswith("湖州")
    assert window.coder_label.text().endswith("alice")
    assert window.session.project.coder == "alice"
    assert window.findChild(type(window.doc_list), "documentList") is window.doc_list
    window.panes.close_pane(window.panes.panes[1])
    window.close()  # the layout (one pane) is kept for the next run
    again = make_window(qtbot, None)
    app.start_project(again, None)
    assert [p.document_id for p in again.panes.panes] == [1]
    again.close()


def test_folder_dropped_on_the_window_is_imported(qtbot, window, astral_project, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop_app.gui.dialogs import prompts
    from desktop_app.gui.window import file_actions

    folder = tmp_path / "政策"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text("# 标题一\n\n拖放导入的第一份文件。", encoding="utf-8")
    (folder / "sub" / "b.html").write_text("<title>第二份</title><p>拖放导入的网页正文。</p>", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    ops = []
    real_import = window.files.import_documents
    monkeypatch.setattr(window.files, "import_documents", lambda paths=None: ops.append(real_import(paths)) or ops[-1])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert ops and ops[0] is not None
    with qtbot.waitSignal(ops[0].finished, timeout=20000):
        pass
    titles = [t for (t,) in rows(astral_project, "SELECT title FROM documents ORDER BY id")]
    assert titles[-2:] == ["标题一", "第二份"]
    assert "2 of 3 file(s) imported" in shown[-1] and "photo.png" in shown[-1]
    empty = QMimeData()
    empty.setText("just text")
    assert window.files.dropped_paths(empty) == []
    assert "*.pdf" in file_actions.IMPORT_FILTER and "*.html" in file_actions.IMPORT_FILTER
