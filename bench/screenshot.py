"""`make screenshot`: PNGs of the main window on the demo project, in screenshots/.

Uses a real X server: the current DISPLAY, else an Xvfb it starts itself, else Qt's
offscreen platform. User folders go to a temporary place; the real settings are not touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = (1600, 1000)


def start_display() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    display = f":{90 + os.getpid() % 9}"
    proc = subprocess.Popen([xvfb, display, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    return proc


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, widget, name: str) -> Path:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def shoot_screen(app, name: str) -> None:
    """The whole screen (popup menus included), when ImageMagick's `import` is there."""
    settle(app)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or not shutil.which("import"):
        return
    path = OUT / name
    subprocess.run(["import", "-window", "root", str(path)], check=False)
    print(f"wrote {path}")


def scenes() -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from desktop_app.gui.app import create_window, make_application

    app = make_application()  # as the app makes it: its icon, font and scroll bars
    window = create_window(None)  # first run: the demo, both seed documents side by side
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    shoot(app, window, "01-demo-first-run.png")

    left, right = window.panes.panes[:2]
    text = window.session.project.document_text(left.document_id)
    for phrase, key in (("共同富裕先行市", "1"), ("全力争创共同富裕", "2"), ("统筹城乡发展", "4")):
        i = text.find(phrase)
        if i >= 0:
            left.view.select_span(i, i + len(phrase), centre=False)
            QTest.keyClicks(left.view, key)
    i = text.find("共同富裕先行市")
    left.view.select_span(i, i, centre=False)
    left.view.verticalScrollBar().setValue(0)
    left.show_codings_at(i + 1)
    income = window.session.project.resolve_code("居民增收")
    window.tree.setCurrentIndex(window.tree.model_.index_of(income))
    shoot(app, window, "02-coding-overlaps-and-segments.png")

    row = window.segments.model_.index(0, 1)
    window.segments.doubleClicked.emit(row)
    right.open_find()
    right.find_bar.edit.setText("社会保障")
    right.find_bar.find()
    shoot(app, window, "03-jump-and-find.png")

    left.view.select_span(i, i + 4, centre=False)
    pos = left.view.cursorRect().center()
    menu = window.coding.build_menu(left, pos)
    menu.popup(left.view.viewport().mapToGlobal(pos + QPoint(4, 4)))
    shoot_screen(app, "04-context-menu-screen.png")
    menu.close()

    window.set_language("zh_CN")
    window.tree.setCurrentIndex(window.tree.model_.index_of(income))
    shoot(app, window, "05-chinese-ui.png")
    window.set_language("en")
    text_scenes(app, window)
    window.close()


def wait_idle(app, panel, seconds: float = 30.0) -> None:
    """Let a panel's background task (search, suggestions) finish."""
    end = time.monotonic() + seconds
    settle(app, 0.1)
    while panel.taskbar.busy() and time.monotonic() < end:
        settle(app, 0.05)


def text_scenes(app, window) -> None:
    """The search dock with keyword-in-context results, then the suggestions to review."""
    window.tree.clearSelection()
    search = window.text.show_search()
    search.query.setText("共同富裕")
    search.mode.setCurrentIndex(search.mode.findData("word"))
    search.run_search()
    wait_idle(app, search)
    search.table.selectRow(1)
    search.jump_to(1)
    shoot(app, window, "06-search-kwic.png")

    window.text.show_dock(window.text.suggest_dock)
    panel = window.text.suggestions
    panel.run_suggest()
    wait_idle(app, panel)
    panel.table.selectRow(0)
    panel.accept_rows([0])
    shoot(app, window, "07-suggestions.png")

    window.set_language("zh_CN")  # the panels are built again in Chinese
    window.text.suggestions.run_suggest()
    wait_idle(app, window.text.suggestions)
    shoot(app, window, "08-suggestions-chinese-ui.png")
    window.set_language("en")

    window.text.show_dock(window.text.freq_dock)
    freq = window.text.wordfreq
    freq.run_count()
    wait_idle(app, freq)
    shoot(app, window, "09-word-frequencies.png")


def main() -> int:
    OUT.mkdir(exist_ok=True)
    xvfb = start_display()
    tmp = tempfile.mkdtemp(prefix="biaozhu-shots-")
    os.environ["BIAOZHU_DATA_DIR"] = tmp
    os.environ.setdefault("BIAOZHU_CODER", "研究员")
    try:
        scenes()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
