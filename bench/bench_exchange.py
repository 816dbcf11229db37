"""Issue 11 figures: merge a colleague's project (200 documents, 50,000 codings), export and
re-import it as .qdpx, inter-coder agreement over 3.5 M characters x 20 codes x 2 coders."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.corpus import make_text
from desktop_app.core.interchange.agreement_report import agreement_report
from desktop_app.core.interchange.merge import merge
from desktop_app.core.interchange.refi_export import export_qdpx
from desktop_app.core.project import Project, create_project
from desktop_app.core.project.codings import NewCoding

DOCUMENTS = 200
CHARS = 3_500_000
CODINGS = 50_000
CODES = 20


def _project(path: Path, coder: str, texts: list[str], seed: int) -> Project:
    p = create_project(path, coder=coder)
    for i in range(len(p.codes()), CODES):
        p.add_code(f"编码{i + 1:02d}")
    ids = [p.add_document(f"文档{i:03d}", t) for i, t in enumerate(texts)]
    codes = [c["id"] for c in p.codes()][:CODES]
    rnd = random.Random(seed)
    items = []
    seen = set()
    while len(items) < CODINGS:
        i = rnd.randrange(len(ids))
        start = rnd.randrange(len(texts[i]) - 200)
        item = (ids[i], rnd.choice(codes), start, start + rnd.randrange(1, 200))
        if item not in seen:
            seen.add(item)
            items.append(NewCoding(*item))
    p.add_codings(items)
    return p


def run(tmp: Path) -> list:
    texts = [make_text(CHARS // DOCUMENTS, seed=i) for i in range(DOCUMENTS)]
    ours = _project(tmp / "ours.biaozhu", "me", texts, seed=1)
    _project(tmp / "colleague.biaozhu", "colleague", texts, seed=2).close()

    t0 = time.perf_counter()
    report = merge(ours, tmp / "colleague.biaozhu")
    t_merge = time.perf_counter() - t0
    assert report.counts["codings"]["added"] == CODINGS, report.counts
    steps = ours.conn.execute(
        "SELECT COUNT(DISTINCT step_id) FROM actions WHERE id >= ?", (report.action_id,)).fetchone()[0]
    assert steps == 1

    t0 = time.perf_counter()
    agreement = agreement_report(ours, ["me", "colleague"])
    t_agree = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    assert agreement["documents"] == DOCUMENTS and len(agreement["codes"]) >= CODES
    assert agreement["codes"][0]["units"] == chars
    ours.close()

    t0 = time.perf_counter()
    export_qdpx(tmp / "colleague.biaozhu", tmp / "colleague.qdpx")
    t_export = time.perf_counter() - t0

    fresh = create_project(tmp / "fresh.biaozhu", coder="me")
    t0 = time.perf_counter()
    back = merge(fresh, tmp / "colleague.qdpx")
    t_import = time.perf_counter() - t0
    assert back.counts["codings"]["added"] == CODINGS, back.counts
    fresh.close()
    size = (tmp / "colleague.qdpx").stat().st_size / 2**20
    return [
        (f"merge {DOCUMENTS} documents, {CODINGS:,} codings (one action)", (t_merge, "s"), 10),
        (f"export .qdpx ({CODINGS:,} codings, {size:.1f} MB)", (t_export, "s"), 15),
        ("re-import that .qdpx into a new project", (t_import, "s"), 15),
        (f"agreement {chars / 1e6:.1f} M chars x {len(agreement['codes'])} codes x 2 coders",
         (t_agree, "s"), 2),
    ]
