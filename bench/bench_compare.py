"""Issue 11 item 4: what the Compare coders panel reads (agreement per code + the list of
disagreements) for two coders over 200 documents (3.5 M characters), 25,000 codings each of
20 codes, and one adopt (one action) on that project."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.corpus import make_text
from desktop_app.core.interchange.agreement_report import agreement_report
from desktop_app.core.interchange.disagreement_report import disagreement_report
from desktop_app.core.project import create_project
from desktop_app.core.project.codings import NewCoding

DOCUMENTS = 200
CHARS = 3_500_000
PER_CODER = 25_000
CODES = 20


def _build(path: Path) -> None:
    texts = [make_text(CHARS // DOCUMENTS, seed=i) for i in range(DOCUMENTS)]
    with create_project(path, coder="me") as p:
        for i in range(len(p.codes()), CODES):
            p.add_code(f"编码{i + 1:02d}")
        ids = [p.add_document(f"文档{i:03d}", t) for i, t in enumerate(texts)]
        codes = [c["id"] for c in p.codes()][:CODES]
        rnd = random.Random(7)
        mine = set()
        while len(mine) < PER_CODER:
            i = rnd.randrange(len(ids))
            start = rnd.randrange(len(texts[i]) - 200)
            mine.add((ids[i], rnd.choice(codes), start, start + rnd.randrange(1, 200)))
        p.add_codings([NewCoding(*m) for m in sorted(mine)])
        # the colleague agrees on most passages, shifts some ends and codes some others
        theirs = set()
        for doc, code, s, e in sorted(mine):
            roll = rnd.random()
            if roll < 0.6:
                theirs.add((doc, code, s, e))
            elif roll < 0.8:
                theirs.add((doc, code, s, max(s + 1, e + rnd.randrange(-20, 20))))
            elif roll < 0.9:
                theirs.add((doc, rnd.choice(codes), s, e))
        while len(theirs) < PER_CODER:
            i = rnd.randrange(len(ids))
            start = rnd.randrange(len(texts[i]) - 200)
            theirs.add((ids[i], rnd.choice(codes), start, start + rnd.randrange(1, 200)))
        p.coder = "colleague"
        p.add_codings([NewCoding(*t) for t in sorted(theirs)])


def run(tmp: Path) -> list:
    path = tmp / "two-coders.biaozhu"
    _build(path)
    from desktop_app.core.project import open_project

    with open_project(path, coder="me", readonly=True) as p:
        t0 = time.perf_counter()
        agreement = agreement_report(p, ["me", "colleague"])
        t_agree = time.perf_counter() - t0
        t0 = time.perf_counter()
        diffs = disagreement_report(p, ["me", "colleague"])
        t_diff = time.perf_counter() - t0
    n = len(diffs["disagreements"])
    assert agreement["documents"] == DOCUMENTS and n > 1000
    theirs = next(d for d in diffs["disagreements"] if d["coded_by"] == "colleague")
    with open_project(path, coder="me") as p:
        t0 = time.perf_counter()
        p.adopt_codings(theirs["codings"])
        t_adopt = time.perf_counter() - t0
    return [
        (f"agreement, 2 x {PER_CODER:,} codings, {CODES} codes", (t_agree, "s"), 2),
        (f"disagreements ({n:,} passages with their text)", (t_diff, "s"), 2),
        ("the panel's read (both)", (t_agree + t_diff, "s"), 4),
        ("adopt one coding (one action)", (t_adopt * 1000, "ms"), 100),
    ]
