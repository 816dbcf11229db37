from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text.spans import union

spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1])))


@given(spans)
def test_union_covers_exactly_the_same_characters(items):
    merged = union(items)
    covered = {i for s, e in items for i in range(s, e)}
    assert {i for s, e in merged for i in range(s, e)} == covered
    assert all(a[1] < b[0] for a, b in zip(merged, merged[1:], strict=False))  # disjoint, apart
