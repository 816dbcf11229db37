"""The words of each sentence, for co-word analysis (core/analysis/cowords.py).

For a code, the sentences inside its passages (overlapping passages counted once); else the
sentences of whole documents. Words are jieba's, filtered as the word frequencies are
(stop words, numbers, punctuation and single characters out: frequencies.countable).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.core.text.frequencies import countable
from desktop_app.core.text.segmentation import project_segmenter
from desktop_app.core.text.sentences import sentence_spans
from desktop_app.core.text.spans import union

if TYPE_CHECKING:
    from desktop_app.core.project import Project


def sentence_words(
    project: Project,
    codes: Sequence[int] | None = None,
    documents: Sequence[int] | None = None,
    min_chars: int = 2,
) -> list[list[str]]:
    """One list of countable words per sentence of the chosen passages or documents."""
    seg = project_segmenter(project)
    doc_ids = [d["id"] for d in project.documents()] if documents is None else list(documents)
    for d in doc_ids:
        project.document_length(d)  # raises for an unknown document
    out: list[list[str]] = []
    if codes:
        chosen = set(doc_ids)
        spans: dict[int, list[tuple[int, int]]] = {}
        for r in project.codings(codes=list(codes)):
            if r["document_id"] in chosen:
                spans.setdefault(r["document_id"], []).append((r["start"], r["end"]))
        pieces = [(d, s, e) for d in doc_ids for s, e in union(spans.get(d, []))]
    else:
        pieces = [(d, 0, project.document_length(d)) for d in doc_ids]
    for d, s, e in pieces:
        text = project.document_text(d)[s:e]
        for a, b in sentence_spans(text):
            words = [w for w in seg.words(text[a:b]) if countable(w, min_chars)]
            if words:
                out.append(words)
    return out
