"""GUI fixtures: a main window on a fresh project, never a modal dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

ASTRAL_TEXT = "𠮷野家的政策。城乡居民收入😀增加。\n第二段：𠀀社会保障体系健全。\n第三段没有特殊字符。"


@pytest.fixture(autouse=True)
def _gui_env(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A QApplication (pixmaps need one) with the app's scroll bars, own settings and demo
    per test, a coder name (no start-up question), and dialogs that fail loudly instead of
    waiting for a click."""
    from desktop_app.gui.widgets import flat_scroll_bars

    flat_scroll_bars.install(qapp)  # as make_application does
    monkeypatch.setenv("BIAOZHU_CODER", "alice")
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(tmp_path / "userdata"))
    from desktop_app.gui.dialogs import prompts

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("get_text", "get_item", "get_coder", "get_colour", "confirm", "error", "info",
                 "open_file", "open_files", "save_file", "open_folder", "export_options"):
        monkeypatch.setattr(prompts, name, refuse)


def make_window(qtbot, project_path: Path | None, language: str = "en"):
    from desktop_app.gui import i18n
    from desktop_app.gui.window.main_window import MainWindow

    i18n.install(language)
    window = MainWindow(language=language)
    qtbot.addWidget(window)
    if project_path is not None:
        assert window.files.open_project(str(project_path))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def astral_project(tmp_path: Path) -> Path:
    """A project with one document full of characters outside the BMP, plus the demo seeds'
    codebook (居民增收 has key 1, 社会保障 key 2)."""
    from desktop_app.core.project import create_project

    path = tmp_path / "astral.biaozhu"
    with create_project(path, coder="alice") as p:
        p.add_document("星号文档", ASTRAL_TEXT)
        p.add_document("第二篇", "另一篇文件，内容不同。😀城乡融合发展。")
    return path


@pytest.fixture
def window(qtbot, astral_project: Path):
    w = make_window(qtbot, astral_project)
    yield w
    w.close()


def highlighted(view) -> list[tuple[int, int, tuple]]:
    """What the highlighter drew: (start, end, code ids) in code points, adjacent runs merged.
    Blocks off screen are painted first (they get their formats as they come into view)."""
    from PySide6.QtGui import QTextCharFormat

    view.highlighter.finish()

    out: list[list] = []
    block = view.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            ids = fr.format.property(QTextCharFormat.Property.UserProperty)
            if not ids:
                continue
            s = view.omap.to_code_point(block.position() + fr.start)
            e = view.omap.to_code_point(block.position() + fr.start + fr.length)
            key = tuple(ids)
            if out and out[-1][1] == s and out[-1][2] == key:
                out[-1][1] = e
            else:
                out.append([s, e, key])
        block = block.next()
    return [tuple(x) for x in out]


def rows(path: Path, sql: str, params=()) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
