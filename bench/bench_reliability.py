"""Issue 14 figures: what the per-action checkpoint and identity check cost, the open-time
checks, and the word index's size and speed for a long document."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from desktop_app.core.project import create_project, open_project, trust
from desktop_app.core.project import store as store_module
from desktop_app.core.text.segmentation import project_segmenter
from desktop_app.core.text.wordindex import index_size, update_index

ACTIONS = 2000
LONG_DOC_CHARS = 2_000_000


def _per_action(path: Path, doc: int, n: int, seed: int) -> float:
    rnd = random.Random(seed)
    times = []
    with open_project(path, coder="bench") as p:
        for _ in range(ACTIONS):
            s = rnd.randrange(n - 50)
            t = time.perf_counter()
            try:
                p.add_coding(doc, "居民增收", s, s + rnd.randrange(1, 50))
            except Exception:  # a rare exact duplicate
                continue
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _long_text(chars: int) -> str:
    words = ["居民", "收入", "增长", "共同", "富裕", "乡村", "振兴", "政策", "改革", "八里店镇"]
    rnd = random.Random(2)
    lines, total = [], 0
    while total < chars:
        line = "".join(rnd.choice(words) for _ in range(60)) + "。"
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:chars]


def run(tmp: Path) -> list:
    path = tmp / "bench.biaozhu"
    with create_project(path, coder="bench") as p:
        doc = p.add_document("d", _long_text(200_000))
        n = p.document_length(doc)
    with_checkpoint = _per_action(path, doc, n, 1)
    real = store_module.Store.checkpoint
    store_module.Store.checkpoint = lambda self: None  # type: ignore[method-assign]
    try:
        without = _per_action(path, doc, n, 2)
    finally:
        store_module.Store.checkpoint = real  # type: ignore[method-assign]
    with open_project(path) as p:
        t = time.perf_counter()
        for _ in range(200):
            p.checkpoint()
        checkpoint_only = (time.perf_counter() - t) / 200 * 1000

    trust._record_path().unlink(missing_ok=True)
    t = time.perf_counter()
    open_project(path).close()
    first_open = time.perf_counter() - t
    t = time.perf_counter()
    open_project(path).close()
    later_open = time.perf_counter() - t

    long_path = tmp / "long.biaozhu"
    with create_project(long_path, coder="bench") as p:
        p.add_document("long", _long_text(LONG_DOC_CHARS))
        file_before = long_path.stat().st_size
        seg = project_segmenter(p)
        t = time.perf_counter()
        report = update_index(p, seg=seg)
        index_s = time.perf_counter() - t
        size = index_size(p)
    file_after = long_path.stat().st_size
    return [
        ("coding action, median, with identity check + checkpoint", (with_checkpoint, "ms"), 5),
        ("coding action, median, without the checkpoint", (without, "ms"), None),
        ("checkpoint cost per action (difference)", (with_checkpoint - without, "ms"), 2),
        ("checkpoint alone (nothing to copy)", (checkpoint_only, "ms"), None),
        ("open, first time on this machine (quick_check)", (first_open, "s"), None),
        ("open, seen before", (later_open, "s"), None),
        (f"word index of a {LONG_DOC_CHARS:,}-character document", (index_s, "s"), None),
        ("word index size per character of text", (size / report.chars, "bytes"), 8),
        ("project file growth from the index", (file_after / file_before, "x"), None),
    ]
