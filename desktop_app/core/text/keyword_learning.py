"""Keywords learned from the researcher's own codings, proposed for review (never applied).

For each code, the sentences of every document are split into those the code's codings
touch (the coded sentences) and the rest. A jieba word is proposed when it is found in at
least ``min_coded`` (3) coded sentences and rarely elsewhere. Its score is the lower bound of a
Wilson interval (90 %) on the share of the sentences holding it that are coded: a word in 6
coded sentences and no other scores 0.69, one in 2 coded and 2 others 0.17. Words that are
already keywords of the code or hold one that matches anywhere (社会保障体系 when 社会保障 is
a keyword), stop words, numbers and single characters are left out.
``new`` counts the coded sentences holding the word that none of the code's keywords finds
(as text): the ones the word would add.

Accepting a proposal is the caller's choice: :func:`suggest.add_keyword` or
:func:`suggest.set_keywords`, one undoable action each.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.text.frequencies import stopwords
from desktop_app.core.text.normalise import fold_case
from desktop_app.core.text.segmentation import project_segmenter
from desktop_app.core.text.sentences import sentence_spans
from desktop_app.core.text.spans import union
from desktop_app.core.text.suggest import keyword_lists, matches_whole_words

if TYPE_CHECKING:
    from desktop_app.core.project import Project

Z = 1.645  # 90 % two-sided
_WORDLIKE = re.compile(r"^[\w\u3400-\u9fff\U00020000-\U0003ffff]+$")
_NUMBER = re.compile(r"^[\d.,%．，]+$")


@dataclass(frozen=True)
class LearnedKeyword:
    code_id: int
    code: str
    word: str
    score: float
    coded: int  # coded sentences holding the word
    other: int  # sentences holding it that the code does not touch
    new: int  # coded sentences holding it that the code's keywords do not find yet

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def wilson_lower(hits: int, total: int, z: float = Z) -> float:
    if total <= 0:
        return 0.0
    p = hits / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - margin) / (1 + z * z / total))


def _candidate(word: str, stops: frozenset[str]) -> bool:
    return (len(word) >= 2 and word not in stops and bool(_WORDLIKE.match(word))
            and not _NUMBER.match(word))


def learn_keywords(
    project: Project,
    code: int | str | None = None,
    *,
    min_coded: int = 3,
    min_score: float = 0.3,
    top: int = 20,
) -> list[LearnedKeyword]:
    """Proposed keywords per code (best first within each code), read-only.

    A code with fewer than ``min_coded`` coded sentences gets no proposals.
    """
    lists = keyword_lists(project)
    names = dict(project.conn.execute("SELECT id, name FROM codes"))
    code_ids = [project.resolve_code(code)] if code is not None else list(lists)
    coded_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for doc, cid, s, e in project.conn.execute(
            'SELECT document_id, code_id, start, "end" FROM codings'):
        if cid in code_ids and isinstance(s, int) and isinstance(e, int) and 0 <= s < e:
            coded_spans.setdefault((doc, cid), []).append((s, e))
    if not coded_spans:
        return []
    seg = project_segmenter(project)
    stops = stopwords()
    # per sentence: its set of candidate words and, per code, whether it is coded / found
    sentence_words: list[frozenset[str]] = []
    coded_in: dict[int, set[int]] = {cid: set() for cid in code_ids}
    found_by_keywords: dict[int, set[int]] = {cid: set() for cid in code_ids}
    needles = {cid: [fold_case(w) for w in lists[cid] if w] for cid in code_ids}
    for (doc_id,) in project.conn.execute("SELECT id FROM documents ORDER BY position, id"):
        text = project.document_text(doc_id)
        merged = {cid: union(coded_spans.get((doc_id, cid), [])) for cid in code_ids}
        for s, e in sentence_spans(text):
            n = len(sentence_words)
            sentence = text[s:e]
            sentence_words.append(frozenset(w for w in seg.words(sentence) if _candidate(w, stops)))
            folded = fold_case(sentence)
            for cid in code_ids:
                if any(a < e and s < b for a, b in merged[cid]):
                    coded_in[cid].add(n)
                if any(k in folded for k in needles[cid]):
                    found_by_keywords[cid].add(n)
    containing: dict[str, list[int]] = {}
    for n, words in enumerate(sentence_words):
        for w in words:
            containing.setdefault(w, []).append(n)

    out: list[LearnedKeyword] = []
    for cid in code_ids:
        coded = coded_in[cid]
        if len(coded) < min_coded:
            continue
        known = {fold_case(w) for w in lists[cid]}
        anywhere = [k for k in known if not matches_whole_words(k)]
        proposals = []
        for word, where in containing.items():
            a = sum(1 for n in where if n in coded)
            folded = fold_case(word)
            if a < min_coded or folded in known or any(k in folded for k in anywhere):
                continue  # a keyword already finds every sentence holding it
            score = wilson_lower(a, len(where))
            if score < min_score:
                continue
            new = sum(1 for n in where if n in coded and n not in found_by_keywords[cid])
            proposals.append(LearnedKeyword(cid, names[cid], word, round(score, 3), a,
                                            len(where) - a, new))
        proposals.sort(key=lambda k: (-k.score, -k.new, -k.coded, k.word))
        out.extend(proposals[:top])
    return out


__all__ = ["LearnedKeyword", "learn_keywords", "wilson_lower"]
