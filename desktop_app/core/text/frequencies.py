"""Word frequencies (jieba words) for documents or for the passages of a code (their Excel
sheets: interchange/wordfreq_xlsx.py).

Left out: stop words (``resources/stopwords_zh.txt``), whitespace, punctuation, numbers
(Arabic digits and Chinese numerals alone, e.g. 2020, 1.61, 十四), and words shorter than
`min_chars` (default 2: single characters are mostly particles).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.paths import resource
from desktop_app.core.text.segmentation import Segmenter, project_segmenter
from desktop_app.core.text.spans import union

if TYPE_CHECKING:
    from desktop_app.core.project import Project

STOPWORDS_FILE = "stopwords_zh.txt"
_NUMERALS = set("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟") | set(".,%‰+-∶:/")


@dataclass(frozen=True)
class WordCount:
    word: str
    count: int
    documents: int  # how many documents it occurs in


@dataclass
class FreqTable:
    title: str
    rows: list[WordCount] = field(default_factory=list)
    total_words: int = 0  # every counted word (after filtering), for shares

    def to_dicts(self) -> list[dict]:
        return [{"word": r.word, "count": r.count, "documents": r.documents,
                 "per_mille": round(1000 * r.count / self.total_words, 3) if self.total_words else 0}
                for r in self.rows]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = resource(STOPWORDS_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def countable(word: str, min_chars: int = 2) -> bool:
    """A word worth counting: long enough, not a stop word, not a number or punctuation."""
    if len(word) < min_chars or word in stopwords():
        return False
    has_letter = False
    only_number = True
    for ch in word:
        cat = unicodedata.category(ch)
        if cat[0] == "L":
            has_letter = True
        if not (cat[0] == "N" or ch in _NUMERALS):
            only_number = False
    return has_letter and not only_number


def _indexed_words(project: Project, doc_id: int, seg: Segmenter) -> list[str] | None:
    """The document's words from a fresh word index, if there is one."""
    from desktop_app.core.text.wordindex import SEP

    row = project.conn.execute(
        "SELECT s.dictionary = ? AND s.sha256 = d.sha256 FROM text_index_state s "
        "JOIN documents d ON d.id = s.document_id WHERE s.document_id=?", (seg.version, doc_id),
    ).fetchone()
    if not row or not row[0]:
        return None
    words: list[str] = []
    for (tokens,) in project.conn.execute(
        "SELECT tokens FROM text_chunks WHERE document_id=? ORDER BY start", (doc_id,)
    ):
        words += tokens.split(SEP)
    return words


def frequencies(
    project: Project,
    documents: Sequence[int] | None = None,
    code: int | str | None = None,
    top: int | None = None,
    min_chars: int = 2,
    include_children: bool = False,
) -> FreqTable:
    """Counts for the given documents (all when None), or only inside passages coded `code`
    (overlapping passages counted once), most frequent first."""
    if top is not None and top < 1:
        raise BiaozhuError(Message("--top must be at least 1"))
    seg = project_segmenter(project)
    titles = dict(project.conn.execute("SELECT id, title FROM documents"))
    doc_ids = list(titles) if documents is None else list(documents)
    for d in doc_ids:
        if d not in titles:
            raise BiaozhuError(Message("there is no document {n}", n=d))
    counts: Counter[str] = Counter()
    doc_counts: Counter[str] = Counter()

    if code is not None:
        cid = project.resolve_code(code)
        cids = [cid, *(project.descendants(cid) if include_children else [])]
        spans: dict[int, list[tuple[int, int]]] = {}
        chosen = set(doc_ids)
        for doc, s, e in project.conn.execute(
            f'SELECT document_id, start, "end" FROM codings WHERE code_id IN '
            f'({",".join("?" * len(cids))})', cids,
        ):
            if doc in chosen:
                spans.setdefault(doc, []).append((s, e))
        name = project.code(cid)["name"]
        title = f"{name}" if documents is None else f"{name} ({len(doc_ids)} documents)"
        for doc, doc_spans in spans.items():
            text = project.document_text(doc)
            words = [w for s, e in union(doc_spans) for w in seg.words(text[s:e])]
            _count(words, min_chars, counts, doc_counts)
    else:
        if documents is None:
            title = "All documents"
        elif len(doc_ids) == 1:
            title = titles[doc_ids[0]]
        else:
            title = f"{len(doc_ids)} documents"
        for doc in doc_ids:
            indexed = _indexed_words(project, doc, seg)
            words = seg.words(project.document_text(doc)) if indexed is None else indexed
            _count(words, min_chars, counts, doc_counts)

    rows = [WordCount(w, c, doc_counts[w]) for w, c in counts.most_common(top)]
    return FreqTable(title, rows, sum(counts.values()))


def _count(words: list[str], min_chars: int, counts: Counter, doc_counts: Counter) -> None:
    kept = [w for w in words if countable(w, min_chars)]
    counts.update(kept)
    doc_counts.update(set(kept))


__all__ = ["FreqTable", "WordCount", "countable", "frequencies", "stopwords"]
