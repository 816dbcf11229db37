"""The figures of an export: code x document, co-occurrence and coder agreement.

Everything here works on plain tuples, one document at a time, so that an export of any
size streams through the codings once. The definitions (also printed in the About sheet):

- coded characters of a code in a document: the size of the union of that code's spans
  (over the exported coders), so overlapping codings are not counted twice;
- co-occurrence of codes i != j: the number of unordered pairs of codings, one with code i
  and one with code j, in the same document, by the same coder, sharing at least one
  character (a.start < b.end and b.start < a.end); the diagonal holds the number of codings
  of the code;
- agreement of two coders on a code: over every character of the documents that both coders
  coded (each has at least one exported coding there), whether each coder gave that
  character the code; percent agreement, Cohen's kappa and Krippendorff's alpha on those
  yes/no judgements (analysis/agreement.py, as ``biaozhu agreement`` computes them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Protocol, TypeVar

from desktop_app.core.analysis.agreement import Tally, pair_tally
from desktop_app.core.text.spans import Span, union


@dataclass(frozen=True)
class Row:
    """One exported coding, as the statistics need it."""

    code_id: int
    coder_id: int
    start: int
    end: int


def length(spans: Sequence[Span]) -> int:
    return sum(e - s for s, e in spans)


def intersection_length(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters in both of two unions (as returned by :func:`union`)."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


class _Extent(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Extent)


def overlapping_pairs(rows: Sequence[R]) -> Iterable[tuple[R, R]]:
    """Every unordered pair of rows (anything with a start and an end) sharing at least one
    character (sweep by start)."""
    ordered = sorted(rows, key=lambda r: (r.start, r.end))
    active: list[R] = []
    for r in ordered:
        active = [a for a in active if a.end > r.start]
        for a in active:
            yield a, r
        active.append(r)


@dataclass
class Agreement:
    characters: int = 0  # characters of the documents both coders coded
    first: int = 0  # characters the first coder gave the code
    second: int = 0
    both: int = 0

    def tally(self) -> Tally:
        """The counts as analysis/agreement.py takes them (the same figures everywhere)."""
        return pair_tally(self.characters, self.first, self.second, self.both)

    @property
    def percent(self) -> float | None:
        return self.tally().percent_agreement

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa; None when undefined (chance agreement is 1: no variation)."""
        return self.tally().cohen_kappa

    @property
    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal); None when undefined (no variation)."""
        return self.tally().krippendorff_alpha


@dataclass
class Stats:
    """Accumulates the figures document by document."""

    codings: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # per code
    documents: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # per code
    doc_codings: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # per document
    count: dict[tuple[int, int], int] = field(default_factory=dict)  # (doc, code) -> codings
    chars: dict[tuple[int, int], int] = field(default_factory=dict)  # (doc, code) -> union size
    cooccurrence: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    coder_docs: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    pair_chars: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    agreement: dict[tuple[int, int, int], Agreement] = field(default_factory=dict)
    coders: set[int] = field(default_factory=set)
    any_chars: dict[int, int] = field(default_factory=dict)  # per document, union of all codes

    def add_document(self, doc_id: int, chars: int, rows: Sequence[Row]) -> None:
        self.doc_codings[doc_id] += len(rows)
        by_code: dict[int, list[Span]] = defaultdict(list)
        by_coder: dict[int, list[Row]] = defaultdict(list)
        by_code_coder: dict[tuple[int, int], list[Span]] = defaultdict(list)
        for r in rows:
            by_code[r.code_id].append((r.start, r.end))
            by_coder[r.coder_id].append(r)
            by_code_coder[r.code_id, r.coder_id].append((r.start, r.end))
            self.codings[r.code_id] += 1
            self.documents[r.code_id].add(doc_id)
        for code_id, spans in by_code.items():
            self.count[doc_id, code_id] = len(spans)
            self.chars[doc_id, code_id] = length(union(spans))
        self.any_chars[doc_id] = length(union((r.start, r.end) for r in rows))
        for coder_rows in by_coder.values():
            for a, b in overlapping_pairs(coder_rows):
                if a.code_id != b.code_id:
                    self.cooccurrence[a.code_id, b.code_id] += 1
                    self.cooccurrence[b.code_id, a.code_id] += 1
        coders = sorted(by_coder)
        self.coders.update(coders)
        unions = {k: union(v) for k, v in by_code_coder.items()}
        for c1, c2 in combinations(coders, 2):
            self.pair_chars[c1, c2] += chars
            self.coder_docs[c1, c2] += 1
            for code_id in by_code:
                u1 = unions.get((code_id, c1), [])
                u2 = unions.get((code_id, c2), [])
                agreement = self.agreement.setdefault((code_id, c1, c2), Agreement())
                agreement.first += length(u1)
                agreement.second += length(u2)
                agreement.both += intersection_length(u1, u2)

    def pair_agreement(self, code_id: int, c1: int, c2: int) -> Agreement:
        """Agreement of coders c1 < c2 on a code (zero codings where neither used it)."""
        found = self.agreement.get((code_id, c1, c2), Agreement())
        return Agreement(self.pair_chars.get((c1, c2), 0), found.first, found.second, found.both)
