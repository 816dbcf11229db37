"""Export: 100,000 codings to .xlsx in <= 10 s with peak memory <= 400 MB (issue 4).

The project is built quickly (one action, executemany); each export runs in a fresh
subprocess that reports its own time and peak RSS, so the figures are the export's alone.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import make_text
from desktop_app.core.messages import Message
from desktop_app.core.project import create_project, now
from desktop_app.core.project.documents import text_sha256

CODINGS = 100_000
DOCUMENTS = 200
CHARS_PER_DOC = 20_000
EXTRA_CODES = 16

_CHILD = """
import json, resource, sys, time
from desktop_app.core.interchange.{kind}_export import {func}
t = time.perf_counter()
s = {func}(sys.argv[1], sys.argv[2], lang="zh", progress=lambda d, n: None)
elapsed = time.perf_counter() - t
# VmHWM: this process's own peak RSS. ru_maxrss is not used when VmHWM exists: on Linux it
# keeps the parent's peak across fork/exec, which would hide the export's own figure.
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
try:
    with open("/proc/self/status") as f:
        peak_kb = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({{"seconds": elapsed, "peak_mb": peak_kb / 1024, "rows": s.rows}}))
"""


def build(path: Path, codings: int = CODINGS, seed: int = 0) -> None:
    rnd = random.Random(seed)
    p = create_project(path, coder="alice")
    try:
        for i in range(EXTRA_CODES):
            p.add_code(f"主题{i:02d}", parent=None if i % 3 else "社会保障")
        code_ids = [r[0] for r in p.conn.execute("SELECT id FROM codes")]
        with p.action(Message("bench setup")):
            stamp = now()
            docs = []
            for i in range(DOCUMENTS):
                text = make_text(CHARS_PER_DOC, seed=seed + i)
                doc_id = p._insert("documents", {
                    "title": f"文档{i:04d}", "text": text, "chars": len(text),
                    "sha256": text_sha256(text), "source_file": f"doc{i:04d}.txt",
                    "encoding": "UTF-8", "imported_at": stamp, "position": i,
                })
                for name, value in (("region", rnd.choice(["嘉兴", "湖州", "杭州"])),
                                    ("year", str(2015 + i % 8))):
                    p.conn.execute("INSERT INTO document_attributes (document_id, name, value) "
                                   "VALUES (?,?,?)", (doc_id, name, value))
                docs.append((doc_id, len(text)))
            coders = [p._insert("coders", {"name": n, "created_at": stamp}) for n in ("bob",)]
            coders.append(p.coder_id("alice"))
            seen: set[tuple] = set()
            batch = []
            while len(batch) < codings:
                doc_id, n = rnd.choice(docs)
                start = rnd.randrange(n - 300)
                row = (doc_id, rnd.choice(code_ids), rnd.choice(coders), start,
                       start + rnd.randint(5, 300))
                if row in seen:
                    continue
                seen.add(row)
                memo = rnd.choice(["", "", "", "=需要复核", "备注：" + "说明" * rnd.randint(1, 20)])
                batch.append((*row, memo, "manual", stamp, stamp))
            p.conn.executemany(
                'INSERT INTO codings (document_id, code_id, coder_id, start, "end", memo, source, '
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", batch)
    finally:
        p.close()


def _export(kind: str, func: str, project: Path, out: Path) -> dict:
    code = _CHILD.format(kind=kind, func=func)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, str(project), str(out)],
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"export subprocess failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    result["size_mb"] = out.stat().st_size / 1e6
    return result


def run(tmp_dir: Path) -> list[tuple[str, tuple[float, str], float | None]]:
    project = tmp_dir / "bench.biaozhu"
    t = time.perf_counter()
    build(project)
    setup = time.perf_counter() - t
    x = _export("xlsx", "export_workbook", project, tmp_dir / "out.xlsx")
    c = _export("csv", "export_csv", project, tmp_dir / "out.csv")
    assert x["rows"] == c["rows"] == CODINGS
    return [
        (f"setup: project with {CODINGS:,} codings, {DOCUMENTS} documents", (setup, "s"), None),
        (f"xlsx export of {CODINGS:,} codings (in the child)", (x["seconds"], "s"), 10),
        ("xlsx export, whole subprocess (start-up included)", (x["wall"], "s"), None),
        ("xlsx export peak memory (child peak RSS, VmHWM)", (x["peak_mb"], "MB"), 400),
        ("xlsx file size", (x["size_mb"], "MB"), None),
        (f"csv export of {CODINGS:,} codings (in the child)", (c["seconds"], "s"), None),
        ("csv export peak memory (child peak RSS, VmHWM)", (c["peak_mb"], "MB"), None),
    ]
