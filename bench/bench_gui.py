"""GUI figures: a 1,000,000-character document with 10,000 codings, and start-up time.

Run: QT_QPA_PLATFORM=offscreen python -m bench gui
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

DOC_CHARS = 1_000_000
CODINGS = 10_000
ACTIONS = 25

STARTUP = r"""
import sys, time
t0 = time.perf_counter()
from desktop_app.gui.app import create_window, make_application
app = make_application()
w = create_window(sys.argv[1])
w.show()
app.processEvents()
w.panes.panes[0].view.viewport().repaint()
print("ready", time.perf_counter() - t0, "jieba" in sys.modules, flush=True)
"""


def build(path: Path) -> None:
    from bench.corpus import make_text
    from desktop_app.core.project import create_project
    from desktop_app.core.project.codings import NewCoding

    text = make_text(DOC_CHARS, seed=7)
    rnd = random.Random(3)
    with create_project(path, coder="bench") as p:
        doc = p.add_document("百万字文档", text)
        codes = [c["id"] for c in p.codes()]
        items = []
        for _ in range(CODINGS):
            start = rnd.randrange(0, len(text) - 200)
            items.append(NewCoding(doc, rnd.choice(codes), start, start + rnd.randint(5, 120)))
        p.add_codings(items)


def startup_seconds(project: Path, env: dict) -> tuple[float, bool]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", STARTUP, str(project)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()  # type: ignore[union-attr]
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=60)
    parts = line.split()
    if not parts or parts[0] != "ready":
        raise RuntimeError(f"the app did not start: {line!r}")
    return elapsed, parts[2] == "True"


def run(tmp_dir: Path) -> list:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BIAOZHU_DATA_DIR"] = str(tmp_dir / "userdata")
    os.environ["BIAOZHU_CODER"] = "bench"
    from PySide6.QtTest import QTest

    from bench.qt_app import bench_application
    from desktop_app.gui.window.main_window import MainWindow

    path = tmp_dir / "big.biaozhu"
    t = time.perf_counter()
    build(path)
    build_s = time.perf_counter() - t

    app = bench_application()  # as the app makes it: its font and scroll bars
    from desktop_app.core.text import segmentation

    # jieba loads on a thread 0.8 s after a window shows and holds the GIL for about a second;
    # load it first, so that the figures are the actions' own and not that start-up contention
    segmentation.base_tokenizer()
    window = MainWindow(language="en")
    window.resize(1500, 940)
    window.show()
    app.processEvents()
    t = time.perf_counter()
    window.files.open_project(str(path))
    view = window.panes.panes[0].view
    view.viewport().repaint()
    open_s = time.perf_counter() - t
    app.processEvents()

    t = time.perf_counter()
    window.panes.panes[0].show_document(1)
    view.viewport().repaint()
    show_s = time.perf_counter() - t

    rnd = random.Random(11)
    times = []
    n = view.omap.length
    for _ in range(ACTIONS):
        start = rnd.randrange(0, n - 100)
        view.select_span(start, start + 7)
        app.processEvents()
        t = time.perf_counter()
        QTest.keyClicks(view, "1")
        view.viewport().repaint()
        times.append(time.perf_counter() - t)
        app.processEvents()
    rows = window.session.project.conn.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
    assert rows == CODINGS + ACTIONS, rows
    t = time.perf_counter()
    window._refresh_lists()  # nothing pending: every list read again, as a new filter does
    lists_s = time.perf_counter() - t
    t = time.perf_counter()
    window.undo()
    view.viewport().repaint()
    undo_s = time.perf_counter() - t
    window.close()

    env = {**os.environ}
    startup_seconds(path, env)  # warm the disk cache
    runs = [startup_seconds(path, env) for _ in range(3)]
    start_s = statistics.median(r[0] for r in runs)
    jieba_loaded = any(r[1] for r in runs)
    return [
        ("build the test project (1M chars, 10k codings)", (build_s, "s"), None),
        ("open project and show it highlighted", (open_s, "s"), 0.5),
        ("show the document again in a pane", (show_s, "s"), 0.5),
        ("coding action: key to committed row + repaint (median)",
         (statistics.median(times) * 1000, "ms"), 50),
        ("coding action, slowest of 25", (max(times) * 1000, "ms"), None),
        ("undo one coding (+ repaint)", (undo_s * 1000, "ms"), None),
        ("lists reloaded in full (a filter; a coding updates them in place)", (lists_s * 1000, "ms"),
         None),
        ("app start to usable window, subprocess (median of 3)", (start_s, "s"), 1.5),
        ("jieba imported during start-up (0 = no)", (float(jieba_loaded), ""), 0),
    ]
