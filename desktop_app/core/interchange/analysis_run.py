"""The analysis figures of a project, as the CLI and the GUI ask for them: read the rows
once (Project.analysis_rows), filter, and compute a matrix or the co-word table."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from desktop_app.core.analysis import matrix as mx
from desktop_app.core.analysis.cowords import CowordTable, cowords
from desktop_app.core.analysis.data import Corpus
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.text.coword_sentences import sentence_words
from desktop_app.core.text.sentences import paragraph_spans, sentence_spans


def corpus_of(
    project: Project,
    codes: Collection[int] | None = None,
    coders: Collection[int] | None = None,
    documents: Collection[int] | None = None,
    attributes: Mapping[str, Collection[str]] | None = None,
) -> Corpus:
    corpus = Corpus.from_rows(project.analysis_rows())
    if codes is None and coders is None and documents is None and not attributes:
        return corpus
    return corpus.filter(codes, coders, documents, attributes)


def parse_by(by: str) -> tuple[str, str | None]:
    """``document``, ``code`` or ``attr:NAME``."""
    if by in ("document", "code"):
        return by, None
    if by.startswith("attr:") and by[5:].strip():
        return "attr", by[5:].strip()
    raise BiaozhuError(Message("'{by}' is not a matrix; use document, code or attr:NAME", by=by))


def unit_spans(project: Project, corpus: Corpus, unit: str) -> dict[int, list[tuple[int, int]]]:
    """Sentence or paragraph spans of the documents that have codings."""
    split = sentence_spans if unit == "sentence" else paragraph_spans
    docs = {c.document_id for c in corpus.codings}
    return {d: split(project.document_text(d)) for d in docs}


def compute_matrix(project: Project, corpus: Corpus, by: str = "document",
                   measure: str = "codings", unit: str = "overlap") -> mx.Matrix:
    kind, name = parse_by(by)
    if measure not in mx.MEASURES:
        raise BiaozhuError(Message("unknown measure '{measure}'; use codings, chars or percent", measure=measure))
    if kind == "document":
        return mx.code_by_document(corpus, measure)
    if kind == "attr":
        assert name is not None
        if not corpus.attribute_values(name) and name not in project.attribute_names():
            raise BiaozhuError(Message("no document has the attribute '{name}'", name=name))
        return mx.code_by_attribute(corpus, name, measure)
    if unit not in mx.UNITS:
        raise BiaozhuError(Message("unknown unit '{unit}'; use overlap, sentence or paragraph", unit=unit))
    units = None if unit == "overlap" else unit_spans(project, corpus, unit)
    return mx.code_by_code(corpus, unit, units)


def compute_cowords(project: Project, codes: Sequence[int] | None = None,
                    documents: Sequence[int] | None = None, top: int | None = None) -> CowordTable:
    if top is not None and top < 1:
        raise BiaozhuError(Message("--top must be at least 1"))
    return cowords(sentence_words(project, codes, documents), top)
