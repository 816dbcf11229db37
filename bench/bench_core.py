"""Issue 2 figures: import 10 MB, 50,000 single-action codings, open, list segments."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from bench.corpus import write_corpus
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.project import create_project, open_project

CODINGS = 50_000


def run(tmp: Path) -> list:
    files = write_corpus(tmp / "corpus", total_chars=3_800_000, files=40)
    size_mb = sum(f.stat().st_size for f in files) / 2**20
    path = tmp / "bench.biaozhu"
    project = create_project(path, coder="bench")

    t0 = time.perf_counter()
    results = import_files(project, files)
    t_import = time.perf_counter() - t0
    docs = [(r.document_id, r.chars) for r in results if r.status == "imported"]

    rnd = random.Random(1)
    codes = [c["id"] for c in project.codes()]
    per_action = []
    for _ in range(CODINGS):
        doc, n = rnd.choice(docs)
        start = rnd.randrange(n - 200)
        t = time.perf_counter()
        try:
            project.add_coding(doc, rnd.choice(codes), start, start + rnd.randrange(1, 200))
        except Exception:  # a rare exact duplicate
            continue
        per_action.append(time.perf_counter() - t)
    project.close()
    tail = per_action[-5000:]  # the last 10%: 45,000+ codings present

    t0 = time.perf_counter()
    project = open_project(path)
    t_open = time.perf_counter() - t0
    t0 = time.perf_counter()
    segs = project.segments()
    t_list = time.perf_counter() - t0
    project.close()
    assert len(segs) == len(per_action)
    return [
        (f"import {size_mb:.1f} MB ({len(files)} files)", (t_import, "s"), 3),
        ("coding action, median (last 5,000 of 50,000)", (statistics.median(tail) * 1000, "ms"), 5),
        ("coding action, p95 (last 5,000 of 50,000)",
         (statistics.quantiles(tail, n=20)[-1] * 1000, "ms"), None),
        ("coding action, median (all 50,000)", (statistics.median(per_action) * 1000, "ms"), 5),
        ("open project (10 MB, 50,000 codings)", (t_open * 1000, "ms"), 100),
        (f"list all {len(segs):,} segments", (t_list, "s"), None),
    ]
