from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text.offsets import OffsetMap

chars = st.sampled_from(list("ab收入\n𠮷𠀀😀。"))


@given(st.lists(chars, max_size=60).map("".join))
def test_round_trip_matches_utf16_encoding(text):
    m = OffsetMap(text)
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_code_point(u16) == cp


def test_index_inside_a_surrogate_pair_rounds_down():
    m = OffsetMap("a𠮷b")  # UTF-16: a=0, 𠮷=1,2, b=3
    assert m.to_code_point(2) == 1
    assert m.to_code_point(3) == 2
    assert m.to_utf16(3) == 4
