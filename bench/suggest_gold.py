"""Precision and recall of keyword suggestions on the hand-coded seed sample.

The sample is ``tests/data/suggest_gold.json``: every sentence of the two seed documents with
the themes a researcher would code it with (its ``about`` says how it was coded). A pair
(sentence, code) is a hit when a suggestion proposes that code for that sentence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.paths import seeds_dir

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggest_gold.json"


@dataclass(frozen=True)
class Score:
    true_positives: int
    suggested: int
    coded: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.coded if self.coded else 1.0


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def gold_project(path: Path):
    """A new project holding the seed documents (no codings), and {document id: file}."""
    from desktop_app.core.messages import Message
    from desktop_app.core.project import create_project
    from desktop_app.core.text.normalise import normalise

    gold = load_gold()
    project = create_project(path, coder="gold")
    ids = {}
    with project.action(Message("Import the seeds")):
        for d in gold["documents"]:
            text = normalise((seeds_dir() / d["file"]).read_text(encoding="utf-8"))[0]
            ids[project.add_document(d["file"], text)] = d["file"]
    return project, ids


def gold_pairs(gold: dict | None = None) -> set[tuple[str, int, int, str]]:
    gold = gold or load_gold()
    return {(d["file"], s["start"], s["end"], code)
            for d in gold["documents"] for s in d["sentences"] for code in s["codes"]}


def score(suggestions, files: dict[int, str], gold: dict | None = None,
          codes: set[str] | None = None) -> Score:
    """Suggestions against the sample; `codes` limits both to those code names."""
    want = gold_pairs(gold)
    got = {(files[s.document_id], s.start, s.end, s.code) for s in suggestions}
    if codes is not None:
        want = {p for p in want if p[3] in codes}
        got = {p for p in got if p[3] in codes}
    return Score(len(want & got), len(got), len(want))
