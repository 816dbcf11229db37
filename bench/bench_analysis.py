"""Analysis (issue 12): 1,000 documents x 50 codes x 100,000 codings.

matrix <= 300 ms, drill-down <= 100 ms, retrieval view of 10,000 passages first paint
<= 300 ms (lazy), .docx report of 10,000 passages <= 15 s.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from bench.corpus import make_text
from desktop_app.core.messages import Message
from desktop_app.core.project import create_project, now, open_project
from desktop_app.core.project.documents import text_sha256

DOCUMENTS = 1_000
CODES = 50
CODINGS = 100_000
CHARS_PER_DOC = 4_000


def build(path: Path, seed: int = 0) -> None:
    rnd = random.Random(seed)
    p = create_project(path, coder="alice")
    try:
        have = len(p.codes())
        for i in range(CODES - have):
            p.add_code(f"主题{i:02d}")
        code_ids = [r[0] for r in p.conn.execute("SELECT id FROM codes")]
        texts = [make_text(CHARS_PER_DOC, seed=seed + i) for i in range(20)]
        with p.action(Message("bench setup"), undoable=False):
            stamp = now()
            docs = []
            for i in range(DOCUMENTS):
                text = texts[i % 20] + f"\n文档{i:04d}。"
                doc_id = p._insert("documents", {
                    "title": f"文档{i:04d}", "text": text, "chars": len(text),
                    "sha256": text_sha256(text), "source_file": None, "encoding": "UTF-8",
                    "imported_at": stamp, "position": i})
                for name, value in (("region", rnd.choice(["嘉兴", "湖州", "杭州"])),
                                    ("year", str(2015 + i % 8))):
                    p.conn.execute("INSERT INTO document_attributes (document_id, name, value) "
                                   "VALUES (?,?,?)", (doc_id, name, value))
                docs.append((doc_id, len(text)))
            coder = p.coder_id("alice")
            seen: set[tuple] = set()
            batch = []
            while len(batch) < CODINGS:
                doc_id, n = rnd.choice(docs)
                start = rnd.randrange(n - 200)
                row = (doc_id, rnd.choice(code_ids), coder, start, start + rnd.randint(5, 150))
                if row in seen:
                    continue
                seen.add(row)
                batch.append((*row, rnd.choice(["", "", "", "备注"]), "manual", stamp, stamp))
            p.conn.executemany(
                'INSERT INTO codings (document_id, code_id, coder_id, start, "end", memo, source, '
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", batch)
    finally:
        p.close()


def _ms(f) -> tuple[float, object]:
    t = time.perf_counter()
    out = f()
    return (time.perf_counter() - t) * 1000, out


def run(tmp: Path) -> list:
    from desktop_app.core.analysis import matrix as mx
    from desktop_app.core.analysis.data import Corpus
    from desktop_app.core.interchange.reports import write_report
    from desktop_app.core.interchange.retrieval import retrieve

    path = tmp / "analysis.biaozhu"
    build(path)
    p = open_project(path, readonly=True)
    t_read, corpus = _ms(lambda: Corpus.from_rows(p.analysis_rows()))
    t_doc, m = _ms(lambda: mx.code_by_document(corpus, "codings"))
    t_pct, _ = _ms(lambda: mx.code_by_document(corpus, "percent"))
    t_attr, _ = _ms(lambda: mx.code_by_attribute(corpus, "region", "chars"))
    t_co, _ = _ms(lambda: mx.code_by_code(corpus))
    cell = max(((i, j) for i in range(len(m.rows)) for j in range(len(m.columns))),
               key=lambda ij: m.cells[ij[0]][ij[1]])
    t_drill, found = _ms(lambda: retrieve(p, coding_ids=m.coding_ids(*cell), corpus=corpus))
    assert found.count == m.cells[cell[0]][cell[1]]
    ids = m.coding_ids(0, None)[:0] or [c.id for c in corpus.codings[:10_000]]
    t_ret, report = _ms(lambda: retrieve(p, coding_ids=ids, corpus=corpus))
    t_docx, _ = _ms(lambda: write_report(report, tmp / "r.docx"))
    results = [
        (f"read {len(corpus.codings):,} codings for the figures", (t_read, "ms"), None),
        (f"matrix code x document ({len(m.rows)} x {len(m.columns)}), codings", (t_doc, "ms"), 300),
        ("matrix code x document, % of characters", (t_pct, "ms"), 300),
        ("matrix code x region, coded characters", (t_attr, "ms"), 300),
        ("co-occurrence code x code (overlap)", (t_co, "ms"), None),
        (f"drill-down: the {found.count} passages of a cell", (t_drill, "ms"), 100),
        (f"retrieve {report.count:,} passages with context", (t_ret, "ms"), None),
        (f".docx report of {report.count:,} passages", (t_docx / 1000, "s"), 15),
    ]
    results += _gui_first_paint(path, report)
    p.close()
    return results


def _gui_first_paint(path: Path, report) -> list:
    """The retrieval view showing 10,000 passages: time until the first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from bench.qt_app import bench_application
        from desktop_app.gui.analysis.retrieval import RetrievalView
    except ImportError:
        return []
    app = bench_application()  # as the app makes it: its font and scroll bars
    view = RetrievalView()
    view.resize(900, 700)
    t = time.perf_counter()
    view.show_retrieval(report)
    view.show()
    view.repaint()
    app.processEvents()
    ms = (time.perf_counter() - t) * 1000
    view.close()
    return [(f"retrieval view, {report.count:,} passages, first paint", (ms, "ms"), 300)]
