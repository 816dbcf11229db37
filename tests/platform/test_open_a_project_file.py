"""A double-clicked .biaozhu file opens it: macOS sends a QFileOpenEvent to the application,
Windows ("Open with", a file association) starts ``Biaozhu.exe <file>``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop_app.cli.main import gui_arguments, main
from desktop_app.core.project import create_project
from desktop_app.gui.app import FileOpenRouter
from tests.platform.conftest import USER

ROOT = Path(__file__).resolve().parents[2]


def make_project(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with create_project(path, coder="alice") as p:
        p.add_document(title, "城乡居民收入增加。")
    return path


@pytest.fixture
def two_projects(tmp_path: Path) -> tuple[Path, Path]:
    return (make_project(tmp_path / "first.biaozhu", "第一篇"),
            make_project(tmp_path / USER / "文档" / "双击 打开.biaozhu", "第二篇"))


@pytest.fixture
def window(qtbot, gui_env, two_projects):
    from desktop_app.gui.window.main_window import MainWindow

    w = MainWindow(language="en")
    qtbot.addWidget(w)
    assert w.files.open_project(str(two_projects[0]))
    w.show()
    yield w
    w.close()


def test_file_open_event_opens_the_project(window, two_projects) -> None:
    router = FileOpenRouter()
    router.attach(window)
    assert QApplication.sendEvent(router, QFileOpenEvent(str(two_projects[1])))
    assert Path(window.session.path) == two_projects[1]
    assert [d["title"] for d in window.session.project.documents()] == ["第二篇"]


def test_file_open_event_with_a_url(window, two_projects) -> None:
    router = FileOpenRouter()
    router.attach(window)
    QApplication.sendEvent(router, QFileOpenEvent(QUrl.fromLocalFile(str(two_projects[1]))))
    assert Path(window.session.path) == two_projects[1]


def test_a_file_before_the_window_waits_for_it(window, two_projects) -> None:
    router = FileOpenRouter()
    QApplication.sendEvent(router, QFileOpenEvent(str(two_projects[1])))
    assert router.pending == [str(two_projects[1])]
    router.attach(window)
    assert router.pending == [] and Path(window.session.path) == two_projects[1]


RUN = """
import os, sys
from pathlib import Path
from PySide6.QtGui import QFileOpenEvent
from desktop_app.gui import app as gui_app
app = gui_app.make_application(["Biaozhu"])
assert type(app).__name__ == "BiaozhuApplication", type(app)
# as macOS does for a double-clicked file that starts the app: the event waits in the queue
app.postEvent(app, QFileOpenEvent(sys.argv[1]))
os.environ[gui_app.STARTUP_PROBE] = sys.argv[2]
code = gui_app.run(None)
print(code, Path(sys.argv[2]).read_text(encoding="utf-8").strip())
"""


def test_the_app_started_by_a_double_click_opens_that_file(tmp_path: Path, two_projects) -> None:
    """The real BiaozhuApplication and run(): the posted QFileOpenEvent is the project the
    window shows (not the demo nor the last project)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BIAOZHU_CODER": "alice",
           "BIAOZHU_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", RUN, str(two_projects[1]),
                           str(tmp_path / "shown.txt")], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    code, title = done.stdout.strip().split(" ", 1)
    assert code == "0"
    assert "双击 打开" in title
    assert not (tmp_path / "data" / "demo.biaozhu").exists()  # the demo was never built


@pytest.mark.parametrize(("argv", "expected"), [
    ([], ["gui"]),
    ([rf"C:\Users\{USER}\文档\项目.biaozhu"], ["gui", rf"C:\Users\{USER}\文档\项目.biaozhu"]),
    ([r"\\fileserver\课题组\P.BIAOZHU"], ["gui", r"\\fileserver\课题组\P.BIAOZHU"]),
    (["-psn_0_1234567"], ["gui"]),  # older macOS launch argument
    (["codes", "p.biaozhu"], ["codes", "p.biaozhu"]),
    (["notes.txt"], ["notes.txt"]),  # not a project: argparse says so
])
def test_open_with_passes_the_file_as_the_only_argument(argv, expected) -> None:
    assert gui_arguments(argv) == expected


def test_main_starts_the_gui_on_the_file(monkeypatch, tmp_path: Path) -> None:
    started = []
    monkeypatch.setattr("desktop_app.gui.app.run",
                        lambda project=None, argv=None: started.append(project) or 0)
    path = str(tmp_path / f"{USER}.biaozhu")
    assert main([path]) == 0
    assert started == [path]
