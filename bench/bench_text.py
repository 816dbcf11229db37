"""Chinese text tools over a 10 MB corpus: background word indexing, word search, suggestions."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

from bench.corpus import make_text

CORPUS_BYTES = 10_000_000
FILES = 100


def _corpus() -> list[str]:
    """FILES texts of about CORPUS_BYTES of UTF-8 in all."""
    sample = make_text(20_000, seed=99)
    bytes_per_char = len(sample.encode("utf-8")) / len(sample)
    chars = int(CORPUS_BYTES / bytes_per_char / FILES)
    return [make_text(chars, seed=i) + f"\n（第{i}篇）" for i in range(FILES)]


def _timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def run(tmp_dir: Path) -> list[tuple[str, tuple[float, str], float | None]]:
    from desktop_app.core.messages import Message
    from desktop_app.core.project import create_project, open_project
    from desktop_app.core.text.search import search, update_index
    from desktop_app.core.text.segmentation import base_tokenizer
    from desktop_app.core.text.suggest import suggest

    path = tmp_dir / "text.biaozhu"
    texts = _corpus()
    size = sum(len(t.encode("utf-8")) for t in texts)
    chars = sum(len(t) for t in texts)
    with create_project(path, coder="bench") as p, p.action(Message("Import corpus")):
        for i, t in enumerate(texts):
            p.add_document(f"doc {i}", t)
    t0 = time.perf_counter()
    base_tokenizer()
    jieba_load = time.perf_counter() - t0

    # index on a worker thread (its own connection) while this thread keeps ticking, as
    # the GUI thread would; the longest gap between ticks shows how responsive it stays
    progress: list[tuple[int, int]] = []
    report: dict = {}

    def work() -> None:
        with open_project(path, coder="bench") as wp:
            report["r"] = update_index(wp, progress=lambda d, t: progress.append((d, t)))

    worker = threading.Thread(target=work)
    gaps: list[float] = []
    with open_project(path, readonly=True) as reader:
        t0 = time.perf_counter()
        worker.start()
        last = time.perf_counter()
        while worker.is_alive():
            time.sleep(0.01)
            reader.conn.execute("SELECT COUNT(*) FROM documents").fetchone()
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        worker.join()
        index_s = time.perf_counter() - t0
    r = report["r"]

    with open_project(path, coder="bench") as p:
        common = search(p, "收入", limit=500)
        word_ms = _timed(lambda: search(p, "收入", limit=500))
        rare_ms = _timed(lambda: search(p, "飞地抱团", limit=500))
        all_ms = _timed(lambda: search(p, "收入"), repeat=3)
        sub_ms = _timed(lambda: search(p, "收入", mode="substring", limit=500), repeat=3)
        t0 = time.perf_counter()
        items = suggest(p)
        suggest_s = time.perf_counter() - t0

    return [
        (f"corpus: {FILES} documents, UTF-8 size", (size / 1e6, "MB"), None),
        ("corpus: characters", (chars / 1e6, "M chars"), None),
        ("jieba load (cache in the app cache folder)", (jieba_load * 1000, "ms"), None),
        ("word index, background thread: throughput", (r.chars / index_s, "chars/s"), None),
        ("word index: total time", (index_s, "s"), None),
        ("word index: progress reports", (len(progress), "calls"), None),
        ("other thread during indexing: longest gap (10 ms ticks)", (max(gaps) * 1000, "ms"),
         100),
        (f"word search 收入 ({common.total:,} hits, first 500 with KWIC)", (word_ms, "ms"), 100),
        ("word search 飞地抱团 (first 500 with KWIC)", (rare_ms, "ms"), 100),
        ("word search 收入, every hit with KWIC", (all_ms, "ms"), None),
        ("substring search 收入 (first 500)", (sub_ms, "ms"), None),
        (f"suggestions over the corpus ({len(items):,} sentences)", (suggest_s, "s"), 5),
    ]
