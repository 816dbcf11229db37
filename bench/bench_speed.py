"""Whole user actions through the real window, the workloads of the peer comparison: each
figure is key press (or call) until the app is idle again (events drained, lists updated,
viewport painted), with peak memory.

Run: QT_QPA_PLATFORM=offscreen python -m bench speed
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
from pathlib import Path

from desktop_app.core.paths import seeds_dir

MB = 1_000_000
SMALL_ACTIONS = 1_000
SAMPLE_ACTIONS = 60  # the median of this many key presses (the machine is noisy)
SAMPLE_UNDOS = 15  # and of this many undos


def vm(field: str) -> float:
    """VmHWM / VmRSS of this process in MB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def seeds_text(utf8_bytes: int) -> str:
    """The two seeds concatenated (and repeated) to about `utf8_bytes` of UTF-8."""
    seeds = [f.read_text(encoding="utf-8") for f in sorted(seeds_dir().glob("*.txt"))]
    unit = "\n".join(seeds) + "\n"
    n = max(1, utf8_bytes // len(unit.encode("utf-8")))
    return unit * n


def _counter(target, kind=None):
    """An event filter installed on `target` that counts the events it sees (of `kind`, or
    all); kept on the target's wrapper, so it goes with it."""
    counter = getattr(target, "_bench_events", None)
    if counter is None:
        from PySide6.QtCore import QObject

        class Counter(QObject):
            n = 0

            def eventFilter(self, obj, event):  # noqa: N802
                if kind is None or event.type() == kind:
                    self.n += 1
                return False

        counter = target._bench_events = Counter(target)
        target.installEventFilter(counter)
    return counter


def _paints(widget) -> int:
    """How many paint events `widget` has received since first asked."""
    from PySide6.QtCore import QEvent

    return _counter(widget, QEvent.Type.Paint).n


def _events(app) -> int:
    """How many events Qt has delivered anywhere in the application (an application-wide
    filter): a pass of the event loop that delivers none means the app is idle."""
    return _counter(app).n


def drain(app, window) -> None:
    """Until idle: event-loop passes until one delivers no event at all (posted events,
    zero timers such as the list update and a table's deferred layout, the repaints they
    cause). A pane whose view Qt did not repaint in that time is painted once more, so every
    figure includes a paint of the text, and none paints it twice."""
    views = [p.view.viewport() for p in (window.panes.panes if window.panes else [])]
    before = [_paints(v) for v in views]
    for _ in range(200):
        n = _events(app)
        app.processEvents()
        if not window._refresh_timer.isActive() and _events(app) == n:
            break
    for v, n in zip(views, before, strict=True):
        if _paints(v) == n:
            v.repaint()


def first_paint(app, view) -> None:
    """Event-loop passes until the text view has painted once (its first screen shown)."""
    vp = view.viewport()
    n = _paints(vp)
    for _ in range(200):
        if _paints(vp) > n:
            return
        app.processEvents()


def key_actions(app, window, view, n: int, seed: int) -> list[float]:
    from PySide6.QtTest import QTest

    rnd = random.Random(seed)
    length = view.omap.length
    times = []
    for _ in range(n):
        start = rnd.randrange(0, length - 20)
        view.select_span(start, start + rnd.randint(2, 12))
        drain(app, window)
        t = time.perf_counter()
        QTest.keyClicks(view, rnd.choice("1234"))
        drain(app, window)
        times.append(time.perf_counter() - t)
    return times


def undo_actions(app, window, view, n: int, seed: int) -> list[float]:
    """`n` times: a coding by key press (not timed), then Edit > Undo, timed until idle. Each
    undo takes back a coding on screen, as a researcher's "oops" does."""
    times = []
    for i in range(n):
        key_actions(app, window, view, 1, seed=seed + i)
        t = time.perf_counter()
        window.undo()
        drain(app, window)
        times.append(time.perf_counter() - t)
    return times


def spread_codings(project, doc: int, n: int, seed: int) -> None:
    from desktop_app.core.project.codings import NewCoding

    length = project.document_length(doc)
    codes = [c["id"] for c in project.codes()]
    rnd = random.Random(seed)
    items = []
    for i in range(n):
        start = (i * (length - 200)) // n + rnd.randrange(0, 50)
        items.append(NewCoding(doc, rnd.choice(codes), start, start + rnd.randint(4, 60)))
    project.add_codings(items)


def run(tmp: Path) -> list:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BIAOZHU_DATA_DIR"] = str(tmp / "userdata")
    os.environ["BIAOZHU_CODER"] = "bench"
    from PySide6.QtTest import QTest

    from bench.qt_app import bench_application
    from desktop_app.core.ingest.importer import import_files
    from desktop_app.core.interchange.xlsx_export import export_workbook
    from desktop_app.core.project import create_project
    from desktop_app.gui.window.main_window import MainWindow

    app = bench_application()  # as the app makes it: its font and scroll bars
    from desktop_app.core.text import segmentation

    # jieba loads on a thread 0.8 s after a window shows and holds the GIL for about a second;
    # load it first, so that the figures are the actions' own and not that start-up contention
    segmentation.base_tokenizer()
    out: list = []

    big = tmp / "seeds-10mb.txt"
    big.write_text(seeds_text(10 * MB), encoding="utf-8")
    size_mb = big.stat().st_size / MB

    # import the 10 MB .txt (the core call, in a fresh project)
    path = tmp / "import.biaozhu"
    with create_project(path, coder="bench") as p:
        t = time.perf_counter()
        import_files(p, [big])
        out.append((f"import the {size_mb:.0f} MB .txt", (time.perf_counter() - t, "s"), 0.12))

    window = MainWindow(language="en")
    window.resize(1500, 940)
    window.show()
    app.processEvents()
    # a warm-up: a small project opened, coded once and closed, so that the figures do not
    # include PySide6 making its Python types and enums at their first use (about 30 ms, once
    # a process, much of it for the objects this benchmark's event filter sees)
    warm = tmp / "warm.biaozhu"
    with create_project(warm, coder="bench") as p:
        import_files(p, sorted(seeds_dir().glob("002_*.txt")))
    window.files.open_project(str(warm))
    drain(app, window)
    key_actions(app, window, window.panes.panes[0].view, 2, seed=1)
    window.set_project(None)
    drain(app, window)

    # show the 10 MB document with no codings
    t = time.perf_counter()
    window.files.open_project(str(path))
    drain(app, window)
    out.append((f"open and show the {size_mb:.0f} MB document, no codings",
                (time.perf_counter() - t, "s"), 0.15))
    window.set_project(None)
    app.processEvents()

    # 1,020 codings spread over it: open highlighted, then one coding action
    with create_project(tmp / "coded.biaozhu", coder="bench") as p:
        [res] = import_files(p, [big])
        spread_codings(p, res.document_id, 1020, seed=3)
    t = time.perf_counter()
    window.files.open_project(str(tmp / "coded.biaozhu"))
    drain(app, window)
    out.append(("open the 10 MB document with 1,020 codings, highlighted",
                (time.perf_counter() - t, "s"), 0.16))
    view = window.panes.panes[0].view
    times = key_actions(app, window, view, SAMPLE_ACTIONS, seed=5)
    out.append(("one coding action, 10 MB / 1,020 codings: key to idle (median)",
                (statistics.median(times) * 1000, "ms"), 5))
    undos = undo_actions(app, window, view, SAMPLE_UNDOS, seed=6)
    out.append(("undo a coding just made: to idle (median)",
                (statistics.median(undos) * 1000, "ms"), 5))

    # export 1,000 codings (the export call)
    t = time.perf_counter()
    export_workbook(tmp / "coded.biaozhu", tmp / "coded.xlsx")
    out.append(("export 1,000 codings to xlsx (the export call)",
                (time.perf_counter() - t, "s"), 0.03))
    window.set_project(None)
    app.processEvents()

    # 100,000 codings in the project: open in the window, then one coding action
    with create_project(tmp / "huge.biaozhu", coder="bench") as p:
        [res] = import_files(p, [big])
        spread_codings(p, res.document_id, 100_000, seed=7)
    gc.collect()
    rss0 = vm("VmRSS")
    t = time.perf_counter()
    window.files.open_project(str(tmp / "huge.biaozhu"))
    first_paint(app, window.panes.panes[0].view)
    shown = time.perf_counter() - t
    drain(app, window)
    out.append(("open a project with 100,000 codings in the window (all codings read)",
                (time.perf_counter() - t, "s"), 0.5))
    out.append(("  of which until its first screen is painted (the rest read in slices)",
                (shown, "s"), None))
    out.append(("  memory it added (VmRSS)", (vm("VmRSS") - rss0, "MB"), 250))
    view = window.panes.panes[0].view
    times = key_actions(app, window, view, SAMPLE_ACTIONS, seed=9)
    out.append(("one coding action with 100,000 codings: key to idle (median)",
                (statistics.median(times) * 1000, "ms"), 5))
    window.set_project(None)
    app.processEvents()

    # 1,000 coding actions in a row on seed 002, each drained
    small = tmp / "small.biaozhu"
    with create_project(small, coder="bench") as p:
        seed002 = sorted(seeds_dir().glob("002_*.txt"))[0]
        import_files(p, [seed002])
    window.files.open_project(str(small))
    drain(app, window)
    view = window.panes.panes[0].view
    t = time.perf_counter()
    times = key_actions(app, window, view, SMALL_ACTIONS, seed=11)
    total = time.perf_counter() - t
    out.append((f"{SMALL_ACTIONS:,} coding actions on seed 002, each drained (total)",
                (total, "s"), 3))
    out.append(("  of which key press to idle (the selections and scrolls are the rest)",
                (sum(times), "s"), None))
    out.append(("  each key press to idle (median)", (statistics.median(times) * 1000, "ms"), None))
    window.set_project(None)
    app.processEvents()

    # memory over 10 cycles: new project, import 10 MB, show, close
    rss = []
    for i in range(10):
        cycle = tmp / f"cycle{i}.biaozhu"
        with create_project(cycle, coder="bench") as p:
            import_files(p, [big])
        window.files.open_project(str(cycle))
        drain(app, window)
        window.set_project(None)
        QTest.qWait(400)  # the deferred deletes, then the memory handed back
        gc.collect()
        rss.append(vm("VmRSS"))
        cycle.unlink()
    out.append(("memory growth over 10 open/close cycles (VmRSS, 2nd to 10th)",
                (rss[-1] - rss[1], "MB"), 20))
    window.close()
    out.append(("peak memory of this benchmark (VmHWM)", (vm("VmHWM"), "MB"), None))
    return out
