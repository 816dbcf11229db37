"""Inter-coder agreement on binary judgements: does a unit carry the code or not?

Pure: it takes spans and units, never reads the project. For each code, every unit (a
character, or a sentence/paragraph span) is rated 1 by a coder when that coder's codings
of the code cover it (unit ``char``) or overlap it (span units), else 0. What the figures
need is, per code, how many units got 1 from exactly j of the m coders (``hist[j]``) and how
many units each coder rated 1 (``ones``); from those:

- percent agreement: the share of units on which all coders agree, in per cent;
- Cohen's kappa (two coders): (po - pe) / (1 - pe), pe from each coder's share of 1s;
  None when undefined (pe = 1: no variation);
- Krippendorff's alpha, nominal, any number of coders, every unit rated by all of them:
  1 - (n - 1) * sum_j hist[j] * j * (m - j) / ((m - 1) * n0 * n1), with n = m * units
  pairable values, n1 of them 1; None when undefined (n0 * n1 = 0: no variation).

``overall`` pools the codes: every (unit, code) pair is one judgement.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.text.spans import Span, union

UNITS = ("char", "sentence", "paragraph")


@dataclass
class Tally:
    """The counts behind the figures of one code (or of all codes pooled)."""

    coders: int
    hist: list[int] = field(default_factory=list)  # hist[j]: units that j coders rated 1
    ones: list[int] = field(default_factory=list)  # per coder: units rated 1

    def __post_init__(self) -> None:
        if not self.hist:
            self.hist = [0] * (self.coders + 1)
        if not self.ones:
            self.ones = [0] * self.coders

    @property
    def units(self) -> int:
        return sum(self.hist)

    def add(self, other: Tally) -> None:
        for j, h in enumerate(other.hist):
            self.hist[j] += h
        for c, n in enumerate(other.ones):
            self.ones[c] += n

    @property
    def percent_agreement(self) -> float | None:
        n = self.units
        if not n:
            return None
        return 100.0 * (self.hist[0] + self.hist[-1]) / n

    @property
    def cohen_kappa(self) -> float | None:
        n = self.units
        if self.coders != 2 or not n:
            return None
        a, b = self.ones
        if (a == 0 and b == 0) or (a == n and b == n):
            return None  # pe = 1
        po = (self.hist[0] + self.hist[2]) / n
        pa, pb = a / n, b / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        return (po - pe) / (1 - pe)

    @property
    def krippendorff_alpha(self) -> float | None:
        m = self.coders
        if m < 2 or not self.units:
            return None
        n = m * self.units
        n1 = sum(j * h for j, h in enumerate(self.hist))
        n0 = n - n1
        if n0 == 0 or n1 == 0:
            return None
        disagree = sum(h * j * (m - j) for j, h in enumerate(self.hist))
        return 1.0 - (n - 1) * disagree / ((m - 1) * n0 * n1)

    def figures(self) -> dict[str, float | int | None]:
        return {"units": self.units, "percent_agreement": self.percent_agreement,
                "cohen_kappa": self.cohen_kappa, "krippendorff_alpha": self.krippendorff_alpha}


def pair_tally(units: int, first: int, second: int, both: int) -> Tally:
    """Two coders' counts (units, units each rated 1, units both rated 1) as a Tally."""
    return Tally(2, [units - first - second + both, first + second - 2 * both, both],
                 [first, second])


def _char_tally(length: int, unions: Sequence[list[Span]]) -> Tally:
    """Characters [0, length) against each coder's union of spans (clipped to the text)."""
    m = len(unions)
    t = Tally(m)
    events: list[tuple[int, int]] = []
    for c, spans in enumerate(unions):
        for s, e in spans:
            s, e = max(0, s), min(length, e)
            if s < e:
                t.ones[c] += e - s
                events.append((s, 1))
                events.append((e, -1))
    events.sort()
    active = 0
    last = 0
    covered = 0
    for pos, step in events:
        if pos > last and active:
            t.hist[active] += pos - last
            covered += pos - last
        last = pos
        active += step
    t.hist[0] += length - covered
    return t


def _overlaps(spans: list[Span], starts: list[int], unit: Span) -> bool:
    """Whether a union (disjoint, sorted; `starts` its starts) overlaps [unit)."""
    i = bisect_left(starts, unit[1])  # spans starting before the unit's end: [0, i)
    return i > 0 and spans[i - 1][1] > unit[0]


def _span_tally(units: Sequence[Span], unions: Sequence[list[Span]]) -> Tally:
    m = len(unions)
    t = Tally(m)
    starts = [[s for s, _ in u] for u in unions]
    for unit in units:
        j = 0
        for c in range(m):
            if unions[c] and _overlaps(unions[c], starts[c], unit):
                t.ones[c] += 1
                j += 1
        t.hist[j] += 1
    return t


class AgreementCounter:
    """Accumulates per-code tallies document by document."""

    def __init__(self, codes: Sequence[int], coders: Sequence[int]) -> None:
        if len(coders) < 2:
            raise ValueError("agreement needs at least two coders")
        self.codes = list(codes)
        self.coders = list(coders)
        self.tallies = {code: Tally(len(self.coders)) for code in self.codes}
        self.documents = 0

    def add_document(self, length: int,
                     spans: Mapping[tuple[int, int], Iterable[Span]],
                     units: Sequence[Span] | None = None) -> None:
        """One document: `spans[(code, coder)]` the coder's codings of the code; `units`
        the sentence/paragraph spans (None: every character of the `length`)."""
        self.documents += 1
        for code in self.codes:
            unions = [union(spans.get((code, coder), ())) for coder in self.coders]
            if units is None:
                if length:
                    self.tallies[code].add(_char_tally(length, unions))
            elif units:
                self.tallies[code].add(_span_tally(units, unions))

    def overall(self) -> Tally:
        pooled = Tally(len(self.coders))
        for t in self.tallies.values():
            pooled.add(t)
        return pooled
