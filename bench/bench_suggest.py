"""Keyword suggestions on the hand-coded seed sample: precision and recall, and learning.

Figures over (sentence, code) pairs of tests/data/suggest_gold.json (how it was coded: its
``about``). "Learned" codes one seed document by the sample, adds the keywords learned from
it with a score of at least 0.4, and scores the suggestions on the other document.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.suggest_gold import gold_project, load_gold, score

LEARNED_MIN_SCORE = 0.4


def _held_out(tmp: Path, gold: dict, train: str, test: str) -> tuple:
    from desktop_app.core.project.codings import NewCoding
    from desktop_app.core.text.keyword_learning import learn_keywords
    from desktop_app.core.text.suggest import keyword_lists, set_keywords, suggest

    project, files = gold_project(tmp / f"learn-{train}.biaozhu")
    with project:
        byfile = {f: i for i, f in files.items()}
        codes = {c["name"]: c["id"] for c in project.codes()}
        project.add_codings([NewCoding(byfile[train], codes[c], s["start"], s["end"])
                             for d in gold["documents"] if d["file"] == train
                             for s in d["sentences"] for c in s["codes"]])
        only_test = {"documents": [d for d in gold["documents"] if d["file"] == test]}
        before = score(suggest(project, documents=[byfile[test]]), files, only_test)
        t0 = time.perf_counter()
        learned = learn_keywords(project)
        learn_ms = (time.perf_counter() - t0) * 1000
        lists = keyword_lists(project)
        added = 0
        for k in learned:
            if k.score >= LEARNED_MIN_SCORE:
                lists[k.code_id].append(k.word)
                added += 1
        for cid, words in lists.items():
            set_keywords(project, cid, words)
        after = score(suggest(project, documents=[byfile[test]]), files, only_test)
    return before, after, added, learn_ms


def run(tmp: Path) -> list[tuple[str, tuple[float, str], float | None]]:
    from desktop_app.core.text.suggest import suggest

    gold = load_gold()
    project, files = gold_project(tmp / "gold.biaozhu")
    with project:
        t0 = time.perf_counter()
        items = suggest(project)
        ms = (time.perf_counter() - t0) * 1000
    s = score(items, files, gold)
    out = [
        (f"sample: sentence-code pairs coded by hand ({s.coded})", (s.coded, "pairs"), None),
        ("default keywords: precision", (s.precision, ""), None),
        ("default keywords: recall", (s.recall, ""), None),
    ]
    for code in gold["codes"]:
        c = score(items, files, gold, codes={code})
        out.append((f"  {code}: precision / recall", (c.precision, f"/ {c.recall:.3f}"), None))
    out.append(("suggest on the two seeds (includes loading jieba)", (ms, "ms"), None))
    docs = [d["file"] for d in gold["documents"]]
    for train, test in ((docs[1], docs[0]), (docs[0], docs[1])):
        before, after, added, learn_ms = _held_out(tmp, gold, train, test)
        tag = f"learned from {train[:3]}, on {test[:3]}"
        out += [
            (f"{tag}: keywords added (score >= {LEARNED_MIN_SCORE})", (added, ""), None),
            (f"{tag}: precision before -> after", (before.precision, f"-> {after.precision:.3f}"),
             None),
            (f"{tag}: recall before -> after", (before.recall, f"-> {after.recall:.3f}"), None),
            (f"{tag}: learning time", (learn_ms, "ms"), None),
        ]
    return out
