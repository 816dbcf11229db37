"""Pure helpers for highlighting: codings in UTF-16 positions, elementary intervals, lanes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop_app.core.text.offsets import OffsetMap


class Span(NamedTuple):
    """A coding as the view sees it: UTF-16 positions (Qt's unit) plus what to draw.

    Spans sort by (start, end, coding_id), so a sorted list can be searched with bisect. A
    named tuple: 100,000 of them are made when a document opens (5x faster than a frozen
    dataclass, and compared in C).
    """

    start: int
    end: int
    coding_id: int
    code_id: int
    colour: str
    memo: bool = False  # the coding has a memo (the highlighter marks its first character)


GREY = "#999999"  # a code whose colour is unknown (a row read in between)


def spans_of(rows: Iterable[tuple], omap: OffsetMap, colours: dict[int, str]) -> list[Span]:
    """(start, end, id, code id, has memo) rows in code points, sorted by start as the core
    gives them (``Project.coding_spans``) -> spans in UTF-16 positions, sorted."""
    if omap.trivial:
        out = [Span(s, e, i, c, colours.get(c, GREY), bool(m)) for s, e, i, c, m in rows]
    else:
        u = omap.to_utf16
        out = [Span(u(s), u(e), i, c, colours.get(c, GREY), bool(m)) for s, e, i, c, m in rows]
    out.sort()  # already in order: a linear check
    return out


def _start(s: Span) -> int:
    return s.start


def _cut(spans: Sequence[Span], lo: int, hi: int):
    """Elementary intervals of `spans` clipped to [lo, hi): (starts, ends, keys)."""
    events: list[tuple[int, int, int]] = []
    for i, s in enumerate(spans):
        a, b = max(s.start, lo), min(s.end, hi)
        if b > a:
            events.append((a, 1, i))
            events.append((b, 0, i))
    events.sort()
    starts: list[int] = []
    ends: list[int] = []
    keys: list[tuple[tuple[int, str], ...]] = []
    active: dict[int, int] = {}
    prev = None
    singles: dict[int, tuple[tuple[int, str], ...]] = {}  # one coding active: its key
    for pos, kind, i in events:
        if prev is not None and pos > prev and active:
            if len(active) == 1:  # the common case: no overlap
                (j,) = active
                key = singles.get(j)
                if key is None:
                    key = singles[j] = ((spans[j].code_id, spans[j].colour),)
            else:
                key = tuple(sorted({(spans[j].code_id, spans[j].colour) for j in active}))
            if ends and ends[-1] == prev and keys[-1] == key:
                ends[-1] = pos  # extend the previous interval
            else:
                starts.append(prev)
                ends.append(pos)
                keys.append(key)
        if kind:
            active[i] = 1
        else:
            active.pop(i, None)
        prev = pos
    return starts, ends, keys


class Intervals:
    """Codings cut into elementary intervals: within each, the same codings apply.

    Cut lazily, one region of ``CHUNK`` UTF-16 units at a time, when :meth:`between` first
    asks for it: a document with 100,000 codings cuts what the view shows, not everything.
    :meth:`between` yields the intervals in order, disjoint, neighbours with the same key
    merged across regions; ``keys`` are tuples of (code_id, colour) pairs, sorted, without
    repeats. ``starts``/``ends``/``keys`` cut everything (for a reader of all of them).
    """

    CHUNK = 1 << 14

    __slots__ = ("_spans", "_max_len", "_cut", "_end")

    def __init__(self, spans: Sequence[Span], max_len: int | None = None) -> None:
        """`max_len`: the longest span's length, when the caller knows it (a pass over
        100,000 spans less)."""
        self._spans = spans
        self._max_len = max((sp.end - sp.start for sp in spans), default=0) \
            if max_len is None else max_len
        self._end = max((sp.end for sp in spans), default=0)
        self._cut: dict[int, tuple[list[int], list[int], list[tuple]]] = {}

    def update(self, spans: Sequence[Span], a: int, b: int, max_len: int) -> tuple[int, int]:
        """The spans in [a, b) changed; `spans` is the new sorted list and no span is longer
        than `max_len`. Regions there are cut again when next asked for. Returns [a, b)."""
        self._spans, self._max_len = spans, max(max_len, self._max_len)
        self._end = max(self._end, b)
        for c in range(max(0, a) // self.CHUNK, max(a, b - 1) // self.CHUNK + 1):
            got = self._cut.get(c)
            if got is None:
                continue  # not cut yet: cut with the new spans when asked for
            lo, hi = max(a, c * self.CHUNK), min(b, (c + 1) * self.CHUNK)
            starts, ends, keys = got
            # recut only [lo, hi) widened to the intervals it touches (a few codings, not the
            # 400 of a densely coded region)
            i = bisect_right(ends, lo)
            if i < len(starts) and starts[i] < lo:
                lo = starts[i]
            j = bisect_left(starts, hi)
            if j > 0 and ends[j - 1] > hi:
                hi = ends[j - 1]
            first = bisect_left(spans, lo - self._max_len, key=_start)
            last = bisect_left(spans, hi, key=_start)
            near = [sp for sp in spans[first:last] if sp.end > lo]
            starts[i:j], ends[i:j], keys[i:j] = _cut(near, lo, hi)
        return a, b

    def __len__(self) -> int:
        """The number of codings (0: nothing to colour anywhere)."""
        return len(self._spans)

    def _region(self, c: int) -> tuple[list[int], list[int], list[tuple]]:
        got = self._cut.get(c)
        if got is None:
            lo, hi = c * self.CHUNK, (c + 1) * self.CHUNK
            spans = self._spans
            i = bisect_left(spans, lo - self._max_len, key=_start)
            j = bisect_left(spans, hi, key=_start)
            got = self._cut[c] = _cut([sp for sp in spans[i:j] if sp.end > lo], lo, hi)
        return got

    def between(self, start: int, end: int) -> Iterable[tuple[int, int, tuple]]:
        """Intervals overlapping [start, end), clipped to it."""
        end = min(end, self._end)
        if end <= start or not self._spans:
            return
        held: list | None = None  # an interval that may go on in the next region
        for c in range(max(0, start) // self.CHUNK, (end - 1) // self.CHUNK + 1):
            starts, ends, keys = self._region(c)
            i = bisect_right(ends, start)
            n = len(starts)
            while i < n and starts[i] < end:
                a, b, key = max(starts[i], start), min(ends[i], end), keys[i]
                if held is not None and held[1] == a and held[2] == key:
                    held[1] = b
                else:
                    if held is not None:
                        yield held[0], held[1], held[2]
                    held = [a, b, key]
                i += 1
        if held is not None:
            yield held[0], held[1], held[2]

    def _all(self) -> list[tuple[int, int, tuple]]:
        return list(self.between(0, self._end))

    @property
    def starts(self) -> list[int]:
        return [a for a, _, _ in self._all()]

    @property
    def ends(self) -> list[int]:
        return [b for _, b, _ in self._all()]

    @property
    def keys(self) -> list[tuple]:
        return [k for _, _, k in self._all()]


def changed_range(old: Sequence[Span], new: Sequence[Span]) -> tuple[int, int] | None:
    """The smallest UTF-16 range outside which old and new spans draw the same."""
    diff = set(old).symmetric_difference(new)
    if not diff:
        return None
    return min(s.start for s in diff), max(s.end for s in diff)


def tint(hex_colour: str, strength: float = 0.45) -> tuple[int, int, int]:
    """A light version of a colour, as a highlight behind black text."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return tuple(round(c * strength + 255 * (1 - strength)) for c in (r, g, b))  # type: ignore[return-value]


def mix(colours: Sequence[str]) -> str:
    """The average of several #RRGGBB colours."""
    rgb = [[int(c.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)] for c in colours]
    avg = [round(sum(c[k] for c in rgb) / len(rgb)) for k in range(3)]
    return "#{:02X}{:02X}{:02X}".format(*avg)
