"""Retrieval: the passages of the chosen codes (and coders, documents, attribute values),
grouped by code then document, each whole with its surrounding sentence as context.

What the reports (report_docx/report_html/report_pdf) and the GUI's retrieval view show.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.analysis.data import Corpus
from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.text.sentences import enclosing, sentence_spans

CONTEXT_MAX = 300  # characters of context kept on each side of a passage


@dataclass
class Passage:
    coding_id: int
    document_id: int
    code_id: int
    coder: str
    start: int
    end: int
    text: str  # document text[start:end], exactly
    before: str  # the rest of the surrounding sentence(s)
    after: str
    memo: str


@dataclass
class DocumentGroup:
    document_id: int
    title: str
    passages: list[Passage] = field(default_factory=list)


@dataclass
class CodeGroup:
    code_id: int
    name: str
    colour: str
    documents: list[DocumentGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(d.passages) for d in self.documents)


@dataclass
class Retrieval:
    groups: list[CodeGroup]
    attributes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(g.count for g in self.groups)

    def passages(self) -> list[Passage]:
        return [p for g in self.groups for d in g.documents for p in d.passages]


def parse_attribute_filters(items: Sequence[str] | None) -> dict[str, list[str]]:
    """``["region=嘉兴", "region=湖州", "year=2021"]`` -> {"region": ["嘉兴", "湖州"], ...}."""
    out: dict[str, list[str]] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BiaozhuError(Message("'{item}' is not an attribute filter; write name=value", item=item))
        out.setdefault(name.strip(), []).append(value.strip())
    return out


def resolve_filters(
    project: Project,
    codes: Sequence[str | int] | None = None,
    coders: Sequence[str] | None = None,
    documents: Sequence[str | int] | None = None,
) -> tuple[list[int] | None, list[int] | None, list[int] | None]:
    """Names to ids; an unknown code, coder or document is a clear error."""
    code_ids = [project.resolve_code(c) for c in codes] if codes else None
    coder_ids = None
    if coders:
        coder_ids = []
        for name in coders:
            k = project.coder_id(name, create=False)
            if k is None:
                raise BiaozhuError(Message("there is no coder '{name}'", name=name))
            coder_ids.append(k)
    doc_ids = [project.resolve_document(d) for d in documents] if documents else None
    return code_ids, coder_ids, doc_ids


def retrieve(
    project: Project,
    codes: Collection[int] | None = None,
    coders: Collection[int] | None = None,
    documents: Collection[int] | None = None,
    attributes: Mapping[str, Collection[str]] | None = None,
    coding_ids: Collection[int] | None = None,
    corpus: Corpus | None = None,
) -> Retrieval:
    """The passages, codes in codebook order, documents in project order, passages by start.
    `coding_ids` keeps only those codings (a matrix cell's drill-down)."""
    base = corpus if corpus is not None else Corpus.from_rows(project.analysis_rows())
    sub = base.filter(codes=codes, coders=coders, documents=documents, attributes=attributes)
    rows = sub.codings
    if coding_ids is not None:
        wanted = set(coding_ids)
        rows = [c for c in rows if c.id in wanted]
    details = project.coding_details([c.id for c in rows])
    by_code: dict[int, dict[int, list]] = {}
    for c in rows:
        by_code.setdefault(c.code_id, {}).setdefault(c.document_id, []).append(c)
    sentences: dict[int, list[tuple[int, int]]] = {}
    groups = []
    for code_id, name in sub.code_names.items():
        docs = by_code.get(code_id)
        if not docs:
            continue
        group = CodeGroup(code_id, name, base.code_colours.get(code_id, "#999999"))
        for doc_id, title in sub.doc_titles.items():
            found = docs.get(doc_id)
            if not found:
                continue
            try:
                text = project.document_text(doc_id)
            except BiaozhuError:  # a damaged document (crafted file): its passages are left out
                continue
            if doc_id not in sentences:
                sentences[doc_id] = sentence_spans(text)
            dg = DocumentGroup(doc_id, title)
            for c in sorted(found, key=lambda r: (r.start, r.end, r.id)):
                s, e = enclosing(sentences[doc_id], c.start, c.end)
                s = max(s, c.start - CONTEXT_MAX)
                e = min(e, c.end + CONTEXT_MAX)
                info = details.get(c.id, {})
                dg.passages.append(Passage(
                    c.id, doc_id, code_id, info.get("coder", ""), c.start, c.end,
                    text[c.start:c.end], text[s:c.start], text[c.end:e], info.get("memo", "")))
            group.documents.append(dg)
        groups.append(group)
    return Retrieval(groups, {k: list(v) for k, v in (attributes or {}).items()})
