"""The interval arithmetic behind the highlights, against a character-by-character model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.text.offsets import OffsetMap
from desktop_app.gui.document.spans import Intervals, Span, mix, spans_of, tint

COLOURS = {1: "#F28E2B", 2: "#4E79A7", 3: "#59A14F"}
N = 60

span_st = st.builds(
    lambda a, ln, code, cid: Span(a, min(N, a + ln), cid, code, COLOURS[code]),
    st.integers(0, N - 1), st.integers(1, 25), st.sampled_from([1, 2, 3]), st.integers(1, 10**6),
)


def per_char(intervals: Intervals) -> list[tuple]:
    out = [()] * N
    for s, e, key in intervals.between(0, N):
        for i in range(s, e):
            out[i] = tuple(k for k, _ in key)
    return out


def expected(spans) -> list[tuple]:
    return [tuple(sorted({s.code_id for s in spans if s.start <= i < s.end})) for i in range(N)]


@settings(max_examples=150, deadline=None)
@given(st.lists(span_st, max_size=12), st.lists(span_st, max_size=4), st.data(),
       st.sampled_from([7, 16, 1 << 14]))
def test_intervals_match_per_character_model_and_incremental_update(spans, extra, data, chunk):
    """With regions smaller than the text too (cut lazily region by region, merged across)."""
    Intervals.CHUNK = chunk
    try:
        spans = sorted(set(spans))
        iv = Intervals(spans)
        if spans:  # a region asked for first, the rest later: the same intervals in the end
            list(iv.between(N // 2, N // 2 + 3))
        assert per_char(iv) == expected(spans)
        assert all(a < b for a, b in zip(iv.starts, iv.ends, strict=True))
        assert all(b <= a for b, a in zip(iv.ends, iv.starts[1:], strict=False))
        removed = data.draw(st.lists(st.sampled_from(spans), unique=True)) if spans else []
        new = sorted((set(spans) - set(removed)) | set(extra))
        changed = [*removed, *extra]
        if changed:
            max_len = max((s.end - s.start for s in [*spans, *extra]), default=0)
            iv.update(new, min(s.start for s in changed), max(s.end for s in changed), max_len)
        assert per_char(iv) == expected(new)
        assert all(a < b for a, b in zip(iv.starts, iv.ends, strict=True))
        # neighbours with the same codings are one interval, across regions too
        assert all(not (b == a2 and k == k2) for b, a2, k, k2 in
                   zip(iv.ends, iv.starts[1:], iv.keys, iv.keys[1:], strict=False))
    finally:
        Intervals.CHUNK = 1 << 14


def test_spans_of_converts_code_points_to_utf16():
    text = "𠮷a😀bc"
    spans = spans_of([(0, 1, 2, 9, False), (1, 4, 1, 1, True)], OffsetMap(text), {1: "#000000"})
    # 𠮷 and 😀 are two UTF-16 units each; an unknown code's colour is grey
    assert [tuple(s) for s in spans] == [(0, 2, 2, 9, "#999999", False), (2, 6, 1, 1, "#000000", True)]
    assert spans_of([(1, 4, 1, 1, False)], OffsetMap("abcde"), {})[0][:2] == (1, 4)


def test_colours():
    assert mix(["#FF0000", "#0000FF"]) == "#800080"
    assert tint("#000000", 0.5) == (128, 128, 128)
