"""Pure helpers for highlighting: codings in UTF-16 positions, elementary intervals, lanes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.offsets import OffsetMap


@dataclass(frozen=True, slots=True)
class Span:
    """A coding as the view sees it: UTF-16 positions (Qt's unit) plus what to draw."""

    start: int
    end: int
    coding_id: int
    code_id: int
    colour: str


def to_spans(codings: Iterable[dict[str, Any]], omap: OffsetMap) -> list[Span]:
    """Coding rows (code point offsets) -> spans in UTF-16 positions, sorted by start."""
    out = [
        Span(omap.to_utf16(c["start"]), omap.to_utf16(c["end"]), c["id"], c["code_id"], c["colour"])
        for c in codings
    ]
    out.sort(key=lambda s: (s.start, s.end, s.coding_id))
    return out


class Intervals:
    """Codings cut into elementary intervals: within each, the same codings apply.

    ``starts``/``ends`` are sorted and disjoint; ``keys[i]`` is the tuple of
    (code_id, colour) pairs active in interval i, sorted, without repeats.
    """

    __slots__ = ("starts", "ends", "keys")

    def __init__(self, spans: Sequence[Span]) -> None:
        events: list[tuple[int, int, int]] = []
        for i, s in enumerate(spans):
            if s.end > s.start:
                events.append((s.start, 1, i))
                events.append((s.end, 0, i))
        events.sort()
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.keys: list[tuple[tuple[int, str], ...]] = []
        active: dict[int, int] = {}
        prev = None
        for pos, kind, i in events:
            if prev is not None and pos > prev and active:
                key = tuple(sorted({(spans[j].code_id, spans[j].colour) for j in active}))
                if self.ends and self.ends[-1] == prev and self.keys[-1] == key:
                    self.ends[-1] = pos  # extend the previous interval
                else:
                    self.starts.append(prev)
                    self.ends.append(pos)
                    self.keys.append(key)
            if kind:
                active[i] = 1
            else:
                active.pop(i, None)
            prev = pos

    def __len__(self) -> int:
        return len(self.starts)

    def between(self, start: int, end: int) -> Iterable[tuple[int, int, tuple]]:
        """Intervals overlapping [start, end), clipped to it."""
        i = bisect_right(self.ends, start)
        n = len(self.starts)
        while i < n and self.starts[i] < end:
            yield max(self.starts[i], start), min(self.ends[i], end), self.keys[i]
            i += 1


def changed_range(old: Sequence[Span], new: Sequence[Span]) -> tuple[int, int] | None:
    """The smallest UTF-16 range outside which old and new spans draw the same."""
    diff = set(old).symmetric_difference(new)
    if not diff:
        return None
    return min(s.start for s in diff), max(s.end for s in diff)


def assign_lanes(spans: Sequence[Span], max_lanes: int) -> list[int]:
    """A margin column per span so that overlapping spans sit side by side (greedy)."""
    lane_end: list[int] = []
    lanes = []
    for s in spans:  # sorted by start
        for k, e in enumerate(lane_end):
            if e <= s.start:
                lane_end[k] = s.end
                lanes.append(k)
                break
        else:
            if len(lane_end) < max_lanes:
                lane_end.append(s.end)
                lanes.append(len(lane_end) - 1)
            else:  # too many at once: share the lane that frees up first
                k = min(range(len(lane_end)), key=lane_end.__getitem__)
                lane_end[k] = max(lane_end[k], s.end)
                lanes.append(k)
    return lanes


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
