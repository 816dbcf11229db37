"""The plain rows the analysis figures work on (read by ``Project.analysis_corpus()``).

Nothing here knows where the rows came from: a :class:`Corpus` is codings, documents,
codes and attributes as plain Python values, and :meth:`Corpus.filter` narrows it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Coding:
    id: int
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int


@dataclass
class Corpus:
    codings: list[Coding]
    doc_titles: dict[int, str]  # document order
    doc_chars: dict[int, int]
    code_names: dict[int, str]  # codebook (tree) order
    code_colours: dict[int, str] = field(default_factory=dict)
    coder_names: dict[int, str] = field(default_factory=dict)
    attributes: dict[int, dict[str, str]] = field(default_factory=dict)  # document -> name -> value
    ordered: bool = False  # codings sorted by document, then start (as analysis_rows gives them)

    @classmethod
    def from_rows(cls, rows: Mapping) -> Corpus:
        """From ``Project.analysis_rows()`` (codings as plain tuples)."""
        return cls(
            codings=[Coding(*r) for r in rows["codings"]],
            doc_titles=dict(rows["doc_titles"]),
            doc_chars=dict(rows["doc_chars"]),
            code_names=dict(rows["code_names"]),
            code_colours=dict(rows.get("code_colours", {})),
            coder_names=dict(rows.get("coder_names", {})),
            attributes={d: dict(a) for d, a in rows.get("attributes", {}).items()},
            ordered=bool(rows.get("ordered", False)),
        )

    def filter(
        self,
        codes: Collection[int] | None = None,
        coders: Collection[int] | None = None,
        documents: Collection[int] | None = None,
        attributes: Mapping[str, Collection[str]] | None = None,
    ) -> Corpus:
        """Only the given codes, coders and documents, and documents whose attributes match:
        for every name in `attributes`, the document's value is one of the listed values."""
        docs = list(self.doc_titles)
        if documents is not None:
            wanted = set(documents)
            docs = [d for d in docs if d in wanted]
        if attributes:
            docs = [d for d in docs if all(self.attributes.get(d, {}).get(name) in set(values)
                                           for name, values in attributes.items())]
        kept_docs = set(docs)
        code_set = None if codes is None else set(codes)
        coder_set = None if coders is None else set(coders)
        rows = [c for c in self.codings if c.document_id in kept_docs
                and (code_set is None or c.code_id in code_set)
                and (coder_set is None or c.coder_id in coder_set)]
        code_names = self.code_names if code_set is None else {
            k: v for k, v in self.code_names.items() if k in code_set}
        return replace(
            self,
            codings=rows,
            doc_titles={d: self.doc_titles[d] for d in docs},
            doc_chars={d: self.doc_chars[d] for d in docs},
            code_names=code_names,
        )

    def attribute_values(self, name: str) -> list[str]:
        """The values documents have for `name`, in order of first appearance."""
        seen: dict[str, None] = {}
        for d in self.doc_titles:
            value = self.attributes.get(d, {}).get(name)
            if value is not None:
                seen.setdefault(value, None)
        return list(seen)
