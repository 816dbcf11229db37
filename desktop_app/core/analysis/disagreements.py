"""Where two coders disagree, code by code: the passages one coder's codings of a code cover
and the other coder's codings of the same code do not.

Pure: it takes coding rows, never reads the project. Offsets are code points, end exclusive.
For each document and code, the union of coder A's spans minus the union of coder B's spans
gives the passages only A coded, and the other way round. Each such passage names the codings
it comes from (the ones a coder could adopt) and the codes the other coder gave to text
overlapping it ("who coded what"). This is the unit ``char`` of analysis/agreement: a
passage listed here is a run of characters the two coders rated differently.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.analysis.data import Coding
from desktop_app.core.text.spans import Span, union

__all__ = ["Disagreement", "difference", "disagreements"]


@dataclass(frozen=True)
class Disagreement:
    """[start, end) of a document carries `code_id` from coder `coded_by` (0: A, 1: B) only.

    `codings`: that coder's codings of the code overlapping the passage (sorted by start);
    `other_codes`: the codes the other coder gave to text overlapping it (sorted ids)."""

    document_id: int
    code_id: int
    start: int
    end: int
    coded_by: int
    codings: tuple[int, ...]
    other_codes: tuple[int, ...]


def difference(spans: Sequence[Span], minus: Sequence[Span]) -> list[Span]:
    """The parts of `spans` not covered by `minus`; both sorted and disjoint (a union)."""
    out: list[Span] = []
    j = 0
    for start, end in spans:
        while j < len(minus) and minus[j][1] <= start:
            j += 1
        k, pos = j, start
        while k < len(minus) and minus[k][0] < end:
            if minus[k][0] > pos:
                out.append((pos, minus[k][0]))
            pos = max(pos, minus[k][1])
            k += 1
        if pos < end:
            out.append((pos, end))
    return out


class _Sorted:
    """Codings sorted by start, for "which of them overlap [start, end)" in about log n."""

    def __init__(self, rows: Iterable[Coding]) -> None:
        self.rows = sorted(rows, key=lambda r: (r.start, r.end, r.id))
        self.starts = [r.start for r in self.rows]
        self.longest = max((r.end - r.start for r in self.rows), default=0)

    def overlapping(self, start: int, end: int) -> list[Coding]:
        lo = bisect_left(self.starts, start - self.longest + 1)
        hi = bisect_left(self.starts, end)
        return [r for r in self.rows[lo:hi] if r.end > start]


def disagreements(rows: Iterable[Coding], coder_a: int, coder_b: int,
                  codes: Collection[int] | None = None,
                  documents: Collection[int] | None = None) -> list[Disagreement]:
    """Every passage where one of the two coders coded a code and the other did not, ordered
    by document, start, code and coder. `codes` / `documents`: only these (None: all)."""
    if coder_a == coder_b:
        raise ValueError("a comparison needs two different coders")
    side = {coder_a: 0, coder_b: 1}
    by_doc: dict[int, list[list[Coding]]] = defaultdict(lambda: [[], []])
    for r in rows:
        if r.coder_id in side and r.end > r.start and (documents is None or r.document_id in documents):
            by_doc[r.document_id][side[r.coder_id]].append(r)
    out: list[Disagreement] = []
    for doc_id in sorted(by_doc):
        sides = by_doc[doc_id]
        everything = [_Sorted(sides[0]), _Sorted(sides[1])]
        per_code: list[dict[int, list[Coding]]] = [defaultdict(list), defaultdict(list)]
        for s in (0, 1):
            for r in sides[s]:
                if codes is None or r.code_id in codes:
                    per_code[s][r.code_id].append(r)
        for code_id in sorted(set(per_code[0]) | set(per_code[1])):
            unions = [union((r.start, r.end) for r in per_code[s].get(code_id, ())) for s in (0, 1)]
            for s in (0, 1):
                mine = _Sorted(per_code[s].get(code_id, ()))
                for start, end in difference(unions[s], unions[1 - s]):
                    others = {r.code_id for r in everything[1 - s].overlapping(start, end)}
                    out.append(Disagreement(
                        doc_id, code_id, start, end, s,
                        tuple(r.id for r in mine.overlapping(start, end)),
                        tuple(sorted(others - {code_id}))))
    out.sort(key=lambda d: (d.document_id, d.start, d.end, d.code_id, d.coded_by))
    return out
